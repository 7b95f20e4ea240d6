/**
 * `cpts-registre consolider`, run as a user would (the built CLI): a folder of registers gives the
 * workbook and the HTML page, even with an unreadable file (said on the error stream, exit 0); the
 * saved output of `valider --json` is read back; a usage error is 64 and an existing output 73, checked
 * before any work so that nothing is written.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dayClock } from "../fixtures/clocks";
import { writeRegistersFolder } from "../consolidate/folder";
import { ensureBuilt, runCli, sha256, snapshotOfFile, tempDir } from "./helpers";

jest.setTimeout(120_000);

let registers: string;
let work: string;

beforeAll(async () => {
  ensureBuilt();
  registers = tempDir();
  work = tempDir();
  await writeRegistersFolder(registers, dayClock(2026, 11, 24));
}, 120_000);

describe("cpts-registre consolider", () => {
  test("a folder gives the workbook and the page; the unreadable file is said on stderr and the run still succeeds", async () => {
    const xlsx = join(work, "synthese.xlsx");
    const html = join(work, "synthese.html");
    const before = sha256(join(registers, "cpts-sud.xlsx"));
    const r = runCli(["consolider", registers, "--sortie", xlsx, "--html", html], work);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Synthèse écrite : ${xlsx}`);
    expect(r.out).toContain(`Synthèse écrite : ${html}`);
    expect(r.out).toContain("4 registres : 1 prêt, 2 pas prêts, 1 illisible ; 12 fiches.");
    expect(r.err).toContain(`${join(registers, "abime.xlsx")} : Ce fichier n'est pas un classeur Excel`);
    expect(r.err).not.toContain("~$");
    expect(r.err).not.toContain("archives");
    const snapshot = await snapshotOfFile(xlsx);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Synthèse", "Constats fréquents", "Traitements"]);
    expect(snapshot.sheets[0].values.slice(3).map((row) => row[2])).toEqual(["Illisible", "Pas prêt", "Pas prêt", "Prêt"]);
    const page = readFileSync(html, "utf8");
    expect(page).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(page).not.toMatch(/<script/i);
    expect(sha256(join(registers, "cpts-sud.xlsx"))).toBe(before);
  });

  test("the saved output of valider --json is read back and gives the same figures", async () => {
    const saved = join(work, "rapports.jsonl");
    const v = runCli(["valider", "--json", ...["cpts-du-nord.xlsx", "cpts-script.xlsx", "cpts-sud.xlsx"].map((f) => join(registers, f))], work);
    writeFileSync(saved, v.out);
    const fromReports = join(work, "depuis-rapports.xlsx");
    const fromWorkbooks = join(work, "depuis-classeurs.xlsx");
    const a = runCli(["consolider", saved, "--sortie", fromReports], work);
    const b = runCli(
      ["consolider", ...["cpts-du-nord.xlsx", "cpts-script.xlsx", "cpts-sud.xlsx"].map((f) => join(registers, f)), "--sortie", fromWorkbooks],
      work,
    );
    expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, "", ""]);
    // Same day, same registers: the same three sheets (the title carries the day the synthesis was made).
    const [x, y] = [await snapshotOfFile(fromReports), await snapshotOfFile(fromWorkbooks)];
    expect(x.sheets.map((s) => s.values)).toEqual(y.sheets.map((s) => s.values));
  });

  test("a broken saved report is a line with its French message, not the end of the run", () => {
    const broken = join(work, "casse.jsonl");
    writeFileSync(broken, '{"schemaVersion":1,"file":"a.xlsx","organisation":"CPTS A"}\n');
    const out = join(work, "casse.html");
    const r = runCli(["consolider", broken, "--html", out], work);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${broken}, ligne 1 : oldestUpdate : champ absent`);
    expect(readFileSync(out, "utf8")).toContain("oldestUpdate : champ absent");
  });

  test("without an output option, or with a wrong extension: 64, and nothing is read", () => {
    for (const args of [
      [registers],
      [registers, "--sortie", join(work, "x.csv")],
      [registers, "--html", join(work, "x.txt")],
      ["--sortie", join(work, "y.xlsx")],
    ]) {
      const r = runCli(["consolider", ...args], work);
      expect(r.code).toBe(64);
      expect(r.err).toMatch(/Indiquez|doit se terminer/);
    }
  });

  test("an existing output is never written over (73), checked before the work: the other output is not written either", () => {
    const xlsx = join(work, "deja.xlsx");
    const html = join(work, "nouvelle.html");
    writeFileSync(xlsx, "mon fichier");
    const r = runCli(["consolider", registers, "--html", html, "--sortie", xlsx], work);
    expect(r.code).toBe(73);
    expect(r.err).toContain("existe déjà");
    expect(readFileSync(xlsx, "utf8")).toBe("mon fichier");
    expect(existsSync(html)).toBe(false);
  });

  test("--help describes the command", () => {
    const r = runCli(["--help"], work);
    expect(r.out).toContain("consolider DOSSIER|FICHIER… --sortie SYNTHESE.xlsx [--html SYNTHESE.html]");
  });
});
