/**
 * SESAN's synthesis, in-process with a fixed clock: a folder of generated registers (ready, not ready,
 * damaged, Excel's lock file, a note, a sub-folder) through `consolidationEntries` and `synthesise`,
 * the workbook written on a fresh file and read back, every figure checked against each register's
 * own report (the line `valider --json` writes); the same folder's saved reports give the same
 * synthesis; a broken report is refused with its French message; the HTML page escapes what the
 * workbooks say and requests nothing from elsewhere.
 */
import { mkdtempSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import JSZip from "jszip";
import { isRuleId, ruleInfo, serialOfDay, synthesise, synthesisHtml, type CellValue, type Synthesis } from "../../src/register";
import type { RegisterReportJson } from "../../src/register/report/schema";
import { consolidationEntries } from "../../src/cli/consolidate/run";
import { expandInputs } from "../../src/cli/consolidate/inputs";
import { reportOfWorkbook } from "../../src/cli/consolidate/reportOfWorkbook";
import { parseSavedReports } from "../../src/cli/consolidate/savedReports";
import { synthesisWorkbookBytes } from "../../src/cli/consolidate/synthesisWorkbook";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { TEST_CLOCK } from "../fixtures/clocks";
import { AMPERSAND_FICHE, READ_REGISTERS, SCRIPT_CPTS, writeRegistersFolder } from "./folder";

jest.setTimeout(120_000);

let dir: string;
let synthesis: Synthesis;
let bytes: Uint8Array;
let sheets: Map<string, CellValue[][]>;
/** Each register's own report, as `valider --json` gives it, by file name. */
const reports = new Map<string, RegisterReportJson>();

const serial = (iso: string | null | undefined): CellValue => {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return serialOfDay(y, m, d) as number;
};
const cell = (v: CellValue[] | undefined, i: number): CellValue => v?.[i] ?? "";
/** The data rows of a sheet read back (header on row 3). */
const dataRows = (name: string): CellValue[][] => (sheets.get(name) ?? []).slice(3).filter((r) => r.some((v) => v !== ""));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "cpts-consolider-"));
  await writeRegistersFolder(dir, TEST_CLOCK);
  for (const name of READ_REGISTERS) {
    const line = await reportOfWorkbook(join(dir, name), TEST_CLOCK);
    if ("error" in line) throw new Error(`${name} should be readable: ${line.error}`);
    reports.set(name, line);
  }
  synthesis = synthesise(await consolidationEntries([dir], TEST_CLOCK, { workers: 0 }), { clock: TEST_CLOCK });
  bytes = await synthesisWorkbookBytes(synthesis);
  const snapshot = snapshotOf(await loadXlsx(bytes));
  sheets = new Map(snapshot.sheets.map((s) => [s.name, s.values]));
});

describe("the inputs of a folder", () => {
  test("registers and saved reports directly in it, in name order; no lock file, no note, no sub-folder", () => {
    writeFileSync(join(dir, "zz-rapports.jsonl"), "");
    try {
      expect(expandInputs([dir]).map((i) => [i.kind, basename(i.file)])).toEqual([
        ["workbook", "abime.xlsx"],
        ["workbook", "cpts-du-nord.xlsx"],
        ["workbook", "cpts-script.xlsx"],
        ["workbook", "cpts-sud.xlsx"],
        ["reports", "zz-rapports.jsonl"],
      ]);
    } finally {
      unlinkSync(join(dir, "zz-rapports.jsonl"));
    }
  });

  test("a file named explicitly is always answered for: another kind, or missing, has its line", () => {
    const inputs = expandInputs([join(dir, "notes.txt"), join(dir, "absent"), join(dir, "cpts-sud.xlsx"), join(dir, "cpts-sud.xlsx")]);
    expect(inputs.map((i) => i.kind)).toEqual(["unreadable", "unreadable", "workbook"]);
    expect(inputs[0]).toMatchObject({ error: expect.stringContaining("ni un registre (.xlsx) ni un rapport enregistré") });
    expect(inputs[1]).toMatchObject({ error: expect.stringContaining("introuvable") });
  });
});

describe("the workbook for SESAN", () => {
  test("has the three sheets, and only them", () => {
    expect([...sheets.keys()]).toEqual(["Synthèse", "Constats fréquents", "Traitements"]);
  });

  test("« Synthèse »: the unreadable file first, then not ready by errors, then ready; every figure is the register's own report's", () => {
    const rows = dataRows("Synthèse");
    expect(rows.map((r) => cell(r, 2))).toEqual(["Illisible", "Pas prêt", "Pas prêt", "Prêt"]);
    expect(basename(String(cell(rows[0], 1)))).toBe("abime.xlsx");
    expect(cell(rows[0], 14)).toContain("n'est pas un classeur Excel");
    expect(rows.slice(1).map((r) => basename(String(cell(r, 1))))).toEqual(["cpts-sud.xlsx", "cpts-script.xlsx", "cpts-du-nord.xlsx"]);
    for (const row of rows.slice(1)) {
      const r = reports.get(basename(String(cell(row, 1)))) as RegisterReportJson;
      const mean = Math.round(r.fiches.reduce((a, f) => a + f.completeness, 0) / r.fiches.length);
      expect(row.slice(0, 14)).toEqual([
        r.organisation,
        r.file,
        r.verdict === "ready" ? "Prêt" : "Pas prêt",
        r.summary.errors,
        r.summary.warnings,
        r.fiches.length,
        mean,
        r.fiches.filter((f) => f.aipd === "required").length,
        serial(r.oldestUpdate),
        serial(r.audit?.date),
        r.audit ? "Insuffisant" : "",
        r.audit ? serial("2026-09-10") : "",
        r.incidents.open,
        r.requests.overdue,
      ]);
    }
    // The generated registers differ where it matters: an audit and an open incident in one, errors in two.
    const sud = reports.get("cpts-sud.xlsx") as RegisterReportJson;
    expect(sud.audit?.date).toBe("2026-03-10");
    expect(sud.incidents.open).toBe(1);
    expect(sud.summary.errors).toBe(2);
    expect(cell(rows[1], 14)).toContain("réévaluation est passée");
    expect(reports.get("cpts-script.xlsx")?.summary.errors).toBe(1);
  });

  test("« Synthèse » says the counts above its table", () => {
    const values = sheets.get("Synthèse") ?? [];
    expect(cell(values[0], 0)).toBe("Synthèse des registres RGPD des CPTS du 24/11/2026");
    expect(cell(values[1], 0)).toContain("4 registres reçus : 1 prêt à envoyer, 2 pas prêts, 1 illisible ; 12 fiches en tout.");
  });

  test("« Constats fréquents »: each rule with the CPTS and fiches it hits, counted from the single reports, most frequent first", () => {
    const all = [...reports.values()];
    const expected = new Map<string, { registers: number; fiches: number; findings: number }>();
    for (const r of all) {
      const ficheSheets = new Set(r.fiches.map((f) => f.sheet));
      const rules = new Set(r.findings.map((f) => f.rule));
      for (const rule of rules) {
        const hits = r.findings.filter((f) => f.rule === rule);
        const e = expected.get(rule) ?? { registers: 0, fiches: 0, findings: 0 };
        e.registers++;
        e.fiches += new Set(hits.filter((f) => ficheSheets.has(f.sheet)).map((f) => f.sheet)).size;
        e.findings += hits.length;
        expected.set(rule, e);
      }
    }
    const rows = dataRows("Constats fréquents");
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) {
      const rule = String(cell(row, 0));
      expect(isRuleId(rule)).toBe(true);
      expect(cell(row, 1)).toBe(isRuleId(rule) ? ruleInfo(rule).title : "");
      expect([cell(row, 3), cell(row, 4), cell(row, 5)]).toEqual([expected.get(rule)?.registers, expected.get(rule)?.fiches, expected.get(rule)?.findings]);
    }
    const counts = rows.map((r) => [Number(cell(r, 3)), Number(cell(r, 4))]);
    expect(counts).toEqual([...counts].sort((a, b) => b[0] - a[0] || b[1] - a[1]));
    const purpose = rows.find((r) => cell(r, 0) === "art30.fiche.purpose-missing");
    expect(purpose && [cell(purpose, 2), cell(purpose, 3), cell(purpose, 4)]).toEqual(["Erreur", 2, 3]);
  });

  test("« Traitements »: every fiche of every register read, as its report gives it", () => {
    const rows = dataRows("Traitements");
    const fiches = [...reports.values()].flatMap((r) => r.fiches.map((f) => ({ r, f })));
    expect(rows).toHaveLength(fiches.length);
    for (const { r, f } of fiches) {
      const row = rows.find((x) => cell(x, 11) === r.file && cell(x, 10) === f.sheet);
      expect(row?.slice(0, 7)).toEqual([r.organisation, f.ref, f.name, f.completeness, expect.any(String), "", f.health ? "Oui" : "Non"]);
      expect(cell(row, 9)).toBe(serial(f.updated));
    }
    expect(rows.some((r) => cell(r, 2) === AMPERSAND_FICHE && cell(r, 0) === SCRIPT_CPTS)).toBe(true);
    expect(rows.every((r) => ["Requise", "Probable", "À examiner", "Non requise", "À déterminer"].includes(String(cell(r, 4))))).toBe(true);
  });

  test("each sheet has its header frozen, filter buttons, colours by value, fitted widths, and no formula", async () => {
    const zip = await JSZip.loadAsync(bytes);
    const parts = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/[^/]+\.xml$/.test(f));
    expect(parts).toHaveLength(3);
    for (const part of parts) {
      const xml = (await zip.file(part)?.async("string")) ?? "";
      expect(xml).toMatch(/<pane [^>]*ySplit="3"[^>]*state="frozen"/);
      expect(xml).toMatch(/<autoFilter ref="A3:[A-Z]+\d+"/);
      expect(xml).toContain("<conditionalFormatting");
      expect(xml).toMatch(/<col [^>]*customWidth="1"/);
      expect(xml).not.toMatch(/<f[ >]/);
    }
    const summary = (await zip.file(parts[0])?.async("string")) ?? "";
    expect(summary).toContain('<autoFilter ref="A3:O7"');
    expect(summary).toContain('operator="equal"><formula>"Pas prêt"</formula>');
  });
});

describe("a synthesis saved in the folder it sums up", () => {
  test("is left aside, said, on the next run over that folder; named on its own, it is still answered for", async () => {
    const synthesisFile = join(dir, "synthese-novembre.xlsx");
    writeFileSync(synthesisFile, bytes);
    try {
      const skipped: string[] = [];
      const again = await consolidationEntries([dir], TEST_CLOCK, { workers: 0, onSkipped: (f) => skipped.push(f) });
      expect(skipped).toEqual([synthesisFile]);
      expect(again.some((e) => e.input === synthesisFile)).toBe(false);
      expect(synthesise(again, { clock: TEST_CLOCK }).totals).toEqual(synthesis.totals);
      // Named explicitly, a synthesis is not a register: its own line says why, nothing is hidden.
      const named = await consolidationEntries([synthesisFile], TEST_CLOCK, { workers: 0 });
      expect(named.map((e) => e.kind)).toEqual(["unreadable"]);
    } finally {
      unlinkSync(synthesisFile);
    }
  });
});

describe("saved reports", () => {
  /** What `valider --json` writes for the folder's files, one line each (abime.xlsx's line says it is unreadable). */
  async function savedLines(): Promise<string[]> {
    const files = ["abime.xlsx", ...READ_REGISTERS].map((n) => join(dir, n));
    return Promise.all(files.map(async (f) => JSON.stringify(await reportOfWorkbook(f, TEST_CLOCK))));
  }

  test("a folder of saved reports gives the same synthesis as the workbooks", async () => {
    const saved = mkdtempSync(join(tmpdir(), "cpts-rapports-"));
    writeFileSync(join(saved, "rapports.jsonl"), `${(await savedLines()).join("\n")}\n`);
    const again = synthesise(await consolidationEntries([saved], TEST_CLOCK, { workers: 0 }), { clock: TEST_CLOCK });
    const readable = (s: Synthesis) => s.rows.filter((r) => r.kind === "report");
    expect(readable(again)).toEqual(readable(synthesis));
    expect(again.frequent).toEqual(synthesis.frequent);
    expect(again.fiches).toEqual(synthesis.fiches);
    expect(again.totals).toEqual(synthesis.totals);
    expect(again.rows[0]).toMatchObject({
      kind: "unreadable",
      line: 1,
      error: expect.stringContaining("abime.xlsx » n'a pas pu être lu lors de la vérification"),
    });
  });

  test("a JSON array of lines, or one line written over several lines, reads the same", async () => {
    const lines = (await savedLines()).map((l) => JSON.parse(l) as unknown);
    const asArray = parseSavedReports(JSON.stringify(lines, null, 2), "rapports.json");
    expect(asArray.filter((e) => e.kind === "report")).toHaveLength(3);
    const one = parseSavedReports(JSON.stringify(lines[1], null, 2), "un.json");
    expect(one).toEqual([{ kind: "report", input: "un.json", line: 1, report: lines[1] }]);
  });

  test("a broken line is refused with a French message naming the file, the line and the field; the other lines are read", async () => {
    const [, good] = await savedLines();
    const broken = JSON.parse(good) as { summary: Record<string, unknown>; fiches: Record<string, unknown>[]; organisation?: unknown };
    broken.summary.errors = 1.5;
    const missing = JSON.parse(good) as Record<string, unknown>;
    delete missing.organisation;
    const badFiche = JSON.parse(good) as { fiches: Record<string, unknown>[] };
    badFiche.fiches[0].aipd = "peut-être";
    const newer = { ...(JSON.parse(good) as object), schemaVersion: 2 };
    const text = [good, JSON.stringify(broken), "", JSON.stringify(missing), "{pas du json", JSON.stringify(newer), JSON.stringify(badFiche), "[]"].join("\n");
    const entries = parseSavedReports(text, "rapports.jsonl");
    expect(entries.map((e) => e.kind)).toEqual(["report", "unreadable", "unreadable", "unreadable", "unreadable", "unreadable", "unreadable"]);
    const errors = entries.flatMap((e) => (e.kind === "unreadable" ? [e.error] : []));
    expect(errors).toEqual([
      "rapports.jsonl, ligne 2 : summary.errors : nombre entier attendu, trouvé 1.5",
      "rapports.jsonl, ligne 4 : organisation : champ absent (texte attendu)",
      "rapports.jsonl, ligne 5 : ce n'est pas du JSON lisible : un rapport de « valider --json » a un objet JSON par ligne.",
      expect.stringMatching(/^rapports\.jsonl, ligne 6 : rapport au format 2, plus récent que celui que cette version de cpts-registre sait lire \(format 1\)/),
      expect.stringMatching(/^rapports\.jsonl, ligne 7 : fiches\[0\]\.aipd : valeur attendue : « required » ou .*, trouvé « peut-être »$/),
      "rapports.jsonl, ligne 8 : un objet JSON est attendu : chaque ligne de « valider --json » en est un.",
    ]);
    expect(entries.filter((e) => e.kind === "unreadable").map((e) => e.line)).toEqual([2, 4, 5, 6, 7, 8]);
  });
});

describe("the HTML page", () => {
  let html: string;
  beforeAll(() => {
    html = synthesisHtml(synthesis);
  });

  test("escapes every text of the workbooks: a CPTS named <script>, a fiche named with &", () => {
    expect(html).not.toContain(SCRIPT_CPTS);
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("Gestion des adhérents &amp; partenaires");
    expect(html).not.toContain(AMPERSAND_FICHE);
  });

  test("requests nothing from elsewhere: no address, no source, no url(), and a policy that forbids them", () => {
    expect(html).not.toMatch(/https?:|\/\/[a-z]/i);
    expect(html).not.toMatch(/src=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  test("has the same tables and a chart of the verdicts and of the most frequent findings", () => {
    expect(html).toContain('<html lang="fr">');
    expect(html.match(/<table>/g)).toHaveLength(3);
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/g)?.map((b) => b.match(/<tr>/g)?.length)).toEqual([
      synthesis.rows.length,
      synthesis.frequent.length,
      synthesis.fiches.length,
    ]);
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
    expect(svg).toContain("Prêts à envoyer</text>");
    expect(svg).toMatch(/Pas prêts<\/text>\s*<rect[^>]*\/>\s*<text[^>]*>2<\/text>/);
    expect(svg).toContain(">Finalité principale absente</text>");
  });
});
