/** The README's rule table is the catalogue's: `npm run doc:regles` rewrites it, this test catches a stale one. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { RULE_IDS, ruleInfo } from "../../../src/register/rules/catalogue";
import { RULE_TABLE_END, RULE_TABLE_START, ruleTableMarkdown, withRuleTable } from "../../../src/register/rules/ruleTable";

const README = fs.readFileSync(path.resolve(__dirname, "../../../README.md"), "utf8");

test("the README's rule table is up to date with the catalogue (else run `npm run doc:regles`)", () => {
  expect(README).toContain(RULE_TABLE_START);
  expect(README).toContain(RULE_TABLE_END);
  expect(withRuleTable(README)).toBe(README);
});

test("the table lists every rule once, with its severity in French", () => {
  const table = ruleTableMarkdown();
  for (const id of RULE_IDS) {
    const rows = table.split("\n").filter((l) => l.startsWith(`| \`${id}\` |`));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain({ error: "| Erreur |", warning: "| Avertissement |", info: "| Conseil |" }[ruleInfo(id).severity]);
  }
});

test("a README whose table was edited by hand is seen as stale", () => {
  const edited = README.replace("| `retention.endless` | Erreur |", "| `retention.endless` | Avertissement |");
  expect(edited).not.toBe(README);
  expect(withRuleTable(edited)).toBe(README);
});

test("the severity policy is written once in the README", () => {
  expect(README.split("Chaque règle a une gravité, selon une seule politique").length).toBe(2);
});

test("the generated table survives `npm run format` (prettier leaves it as written)", () => {
  // Prettier's own command, on the README's text, with the project's settings.
  const formatted = execFileSync(process.execPath, [require.resolve("prettier/bin/prettier.cjs"), "--stdin-filepath", "README.md"], {
    input: README,
    cwd: path.resolve(__dirname, "../../.."),
    encoding: "utf8",
  });
  const region = (text: string): string => text.slice(text.indexOf(RULE_TABLE_START), text.indexOf(RULE_TABLE_END));
  expect(region(formatted)).toBe(region(README));
});
