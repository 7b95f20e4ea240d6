// `npm run doc:regles`: writes the README's rule table from the rule catalogue (src/register/rules/
// catalogue.ts), between its markers. Builds ruleTable.ts (tsconfig.doc.json → dist/doc) then runs it.
// test/register/rules/ruleTable.test.ts fails when the README is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { compile, root } from "./compile.mjs";

compile("tsconfig.doc.json");
const require = createRequire(import.meta.url);
const { withRuleTable } = require(path.join(root, "dist", "doc", "register", "rules", "ruleTable.js"));
const readmePath = path.join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");
const updated = withRuleTable(readme);
if (updated === null) {
  process.stderr.write("README.md n'a pas les repères <!-- regles:debut … --> et <!-- regles:fin -->.\n");
  process.exit(1);
}
if (updated === readme) console.log("README.md : la table des règles est déjà à jour.");
else {
  writeFileSync(readmePath, updated);
  console.log("README.md : table des règles réécrite à partir du catalogue.");
}
