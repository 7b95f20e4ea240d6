import type { CellWrite, Register, Report, WorkbookSnapshot, WritePlan, CellValue, SheetSnapshot } from "../../src/register";
import { MARK_CELL, OWNED_MARKS, freeSheetName, parseCell, isOwnedSheet, planReportSheet, planTick, quoteSheetName, readPathTicks } from "../../src/register";
import { clockAt, dayClock } from "../fixtures/clocks";

/**
 * Carries out a plan on a snapshot the way an adapter would on a workbook (enough for the ops the
 * owned sheets use), so that what was written can be read back.
 */
function applyToSnapshot(snapshot: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = snapshot.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  for (const op of plan.ops) {
    if (op.op === "deleteSheet") {
      const i = sheets.findIndex((s) => s.name === op.name);
      if (i < 0) throw new Error(`no sheet ${op.name}`);
      sheets.splice(i, 1);
    } else if (op.op === "addSheet") {
      if (sheets.some((s) => s.name.toLowerCase() === op.name.toLowerCase())) throw new Error(`duplicate ${op.name}`);
      sheets.push({ name: op.name, visibility: "Visible", values: [] });
    } else if (op.op === "write") {
      const sheet = sheets.find((s) => s.name === op.sheet);
      if (!sheet) throw new Error(`no sheet ${op.sheet}`);
      for (const c of op.cells) {
        const at = parseCell(c.address)!;
        const col = at.col - 1;
        const row = at.row - 1;
        while (sheet.values.length <= row) sheet.values.push([]);
        const r = sheet.values[row];
        while (r.length <= col) r.push("");
        r[col] = c.kind === "clear" ? "" : c.value;
      }
    }
  }
  return { sheets, validations: snapshot.validations };
}

function cellOf(snapshot: WorkbookSnapshot, sheet: string, address: string): CellValue {
  const at = parseCell(address)!;
  return snapshot.sheets.find((s) => s.name === sheet)?.values[at.row - 1]?.[at.col - 1] ?? "";
}

function writesOf(plan: WritePlan, sheet: string): CellWrite[] {
  return plan.ops.flatMap((op) => (op.op === "write" && op.sheet === sheet ? op.cells : []));
}

const baseSnapshot = (): WorkbookSnapshot => ({
  sheets: [
    { name: "Tutoriel", visibility: "Visible", values: [["Registre des traitements"]] },
    { name: "2_-_Liste_des_traitements", visibility: "Visible", values: [["Coordonnées du responsable", "Nom :", "CPTS du Vexin"]] },
    { name: "Fiche adhérents", visibility: "Visible", values: [["Nom du traitement", "Gestion des adhérents"]] },
  ],
  validations: [],
});

const register = {
  tabs: { list: "2_-_Liste_des_traitements" },
  listTab: { controller: { name: { value: "MARTIN", cell: "C1" }, firstName: { value: "Anne", cell: "E1" } } },
  fiches: [],
  lists: {},
  dropdowns: [],
} as unknown as Register; // only the name of the organisation's head (tab 2) is read by the report

const report: Report = {
  verdict: "not-ready",
  summary: { errors: 1, warnings: 1, infos: 0, fiches: 1, setAside: 0 },
  fiches: [{ sheet: "Fiche adhérents", ref: "2", name: "Gestion des adhérents", completeness: 87.5, aipd: "not-required" }],
  findings: [
    { rule: "art30.fiche.purpose-missing", severity: "error", sheet: "Fiche adhérents", cell: "B14", message: "La finalité principale est vide." },
    { rule: "retention.vague", severity: "warning", sheet: "Fiche adhérents", cell: "E21", message: "« illimité » n'est pas une durée." },
  ],
  audit: null,
  incidents: { open: 0, overdue: 0 },
  requests: { open: 0, overdue: 0 },
};

const meta = { clock: clockAt("2026-11-24T14:05:00+01:00"), addinVersion: "0.1.0" };

describe("planReportSheet", () => {
  it("writes a dated, marked report with the verdict, the counts and every finding linked to its cell", () => {
    const snap = baseSnapshot();
    const plan = planReportSheet(snap, register, report, meta);
    expect(plan.ops.some((op) => op.op === "deleteSheet")).toBe(false);
    expect(plan.ops[0]).toMatchObject({ op: "addSheet", name: "Rapport de vérification" });
    const after = applyToSnapshot(snap, plan);
    const sheet = after.sheets.find((s) => s.name === "Rapport de vérification")!;
    expect(isOwnedSheet(sheet, "report")).toBe(true);
    expect(cellOf(after, sheet.name, MARK_CELL)).toBe(OWNED_MARKS.report);
    const texts = sheet.values.flat().map(String);
    expect(texts).toContain("24/11/2026 à 14:05");
    expect(texts).toContain("0.1.0");
    expect(texts).toContain("Anne MARTIN");
    expect(texts).toContain("Pas prêt — 1 erreur");
    expect(texts).toContain("88 %");
    // in the engine's order (errors, then warnings, then conseils: validate.ts sorts them)
    const messages = texts.filter((t) => t.includes("finalité principale") || t.includes("illimité"));
    expect(messages).toEqual(["La finalité principale est vide.", "« illimité » n'est pas une durée."]);
    const links = writesOf(plan, "Rapport de vérification").filter((c) => c.kind === "link");
    expect(links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: "B14", target: { sheet: "Fiche adhérents", address: "B14" } }),
        expect.objectContaining({ value: "E21", target: { sheet: "Fiche adhérents", address: "E21" } }),
      ]),
    );
  });

  it("says how many findings the CPTS set aside, beside the counts they are left out of", () => {
    const plan = planReportSheet(baseSnapshot(), register, { ...report, summary: { ...report.summary, setAside: 3 } }, meta);
    const sheet = applyToSnapshot(baseSnapshot(), plan).sheets.find((s) => s.name === "Rapport de vérification")!;
    const labels = sheet.values.map((r) => [String(r[0] ?? ""), String(r[1] ?? "")]);
    const at = labels.findIndex(([label]) => label === "Constats écartés");
    expect(labels[at]).toEqual(["Constats écartés", "3"]);
    expect(labels[at - 1][0]).toBe("Conseils");
  });

  it("writes only text and links, never a formula or a number", () => {
    const plan = planReportSheet(baseSnapshot(), register, report, meta);
    for (const c of writesOf(plan, "Rapport de vérification")) {
      expect(["text", "link"]).toContain(c.kind);
      if (c.kind === "text") expect(c.value.startsWith("=")).toBe(false);
    }
  });

  it("replaces its own previous report, and only it", () => {
    const first = applyToSnapshot(baseSnapshot(), planReportSheet(baseSnapshot(), register, report, meta));
    const ready: Report = { ...report, verdict: "ready", summary: { errors: 0, warnings: 0, infos: 0, fiches: 1, setAside: 0 }, findings: [] };
    const plan = planReportSheet(first, register, ready, meta);
    expect(plan.ops.filter((op) => op.op === "deleteSheet")).toEqual([{ op: "deleteSheet", name: "Rapport de vérification" }]);
    const second = applyToSnapshot(first, plan);
    expect(second.sheets.filter((s) => s.name.startsWith("Rapport")).length).toBe(1);
    const texts = second.sheets
      .find((s) => s.name === "Rapport de vérification")!
      .values.flat()
      .map(String);
    expect(texts).toContain("Prêt à envoyer");
    expect(texts).toContain("Aucun point relevé : bravo !");
    expect(texts.some((t) => t.includes("finalité principale"))).toBe(false);
  });

  it("never replaces nor deletes a user's own sheet named like the report", () => {
    const snap = baseSnapshot();
    snap.sheets.push({ name: "Rapport de Vérification", visibility: "Visible", values: [["Mes notes pour SESAN"]] });
    const plan = planReportSheet(snap, register, report, meta);
    expect(plan.ops.some((op) => op.op === "deleteSheet")).toBe(false);
    expect(plan.ops[0]).toMatchObject({ op: "addSheet", name: "Rapport de vérification (2)" });
    const after = applyToSnapshot(snap, plan);
    // a second report replaces ours, not the user's
    const plan2 = planReportSheet(after, register, report, meta);
    expect(plan2.ops.filter((op) => op.op === "deleteSheet")).toEqual([{ op: "deleteSheet", name: "Rapport de vérification (2)" }]);
    expect(plan2.ops).toContainEqual(expect.objectContaining({ op: "addSheet", name: "Rapport de vérification (2)" }));
    const after2 = applyToSnapshot(after, plan2);
    expect(cellOf(after2, "Rapport de Vérification", "A1")).toBe("Mes notes pour SESAN");
  });

  it("does not link a finding whose sheet is not in the workbook", () => {
    const r: Report = { ...report, findings: [{ rule: "art30.fiche.purpose-missing", severity: "error", sheet: "Fiche disparue", cell: "B5", message: "m" }] };
    const plan = planReportSheet(baseSnapshot(), register, r, meta);
    expect(writesOf(plan, "Rapport de vérification").some((c) => c.kind === "link" && c.target.sheet === "Fiche disparue")).toBe(false);
  });
});

describe("tracking sheet (Suivi de conformité)", () => {
  const clock = clockAt("2026-11-24T09:00:00+01:00");

  it("has no ticks when the workbook has no tracking sheet", () => {
    expect(readPathTicks(baseSnapshot())).toEqual({});
  });

  it("creates the owned sheet on the first tick, and the tick reads back with its date", () => {
    const snap = baseSnapshot();
    const plan = planTick(snap, "rights.procedure", true, clock, { label: "Une procédure pour répondre aux demandes existe", step: "3" });
    expect(plan.ops[0]).toMatchObject({ op: "addSheet", name: "Suivi de conformité" });
    expect(plan.title).toContain("Cocher");
    const after = applyToSnapshot(snap, plan);
    expect(isOwnedSheet(after.sheets.at(-1)!, "tracking")).toBe(true);
    expect(readPathTicks(after)).toEqual({ "rights.procedure": { done: true, date: "24/11/2026" } });
    const texts = after.sheets.at(-1)!.values.flat().map(String);
    expect(texts).toEqual(expect.arrayContaining(["Oui", "24/11/2026", "Une procédure pour répondre aux demandes existe"]));
  });

  it("names the point and its step from the path's own texts", () => {
    const after = applyToSnapshot(baseSnapshot(), planTick(baseSnapshot(), "rights-channel", true, clock));
    const row = after.sheets.at(-1)!.values.find((r) => r[4] === "rights-channel")!;
    expect(row.slice(0, 3)).toEqual(["3. Respectez les droits des personnes", "Une adresse permet d'exercer ses droits", "Oui"]);
  });

  it("keeps one row per item: a second tick updates its row, another item gets the next row", () => {
    let snap = applyToSnapshot(baseSnapshot(), planTick(baseSnapshot(), "a", true, clock));
    const p2 = planTick(snap, "b", true, dayClock(2026, 11, 25));
    expect(p2.ops.some((op) => op.op === "addSheet")).toBe(false);
    snap = applyToSnapshot(snap, p2);
    const p3 = planTick(snap, "a", false, dayClock(2026, 12, 1));
    expect(p3.title).toContain("Décocher");
    snap = applyToSnapshot(snap, p3);
    expect(readPathTicks(snap)).toEqual({ a: { done: false, date: "01/12/2026" }, b: { done: true, date: "25/11/2026" } });
    const sheet = snap.sheets.find((s) => s.name === "Suivi de conformité")!;
    expect(sheet.values.filter((r) => r[4] === "a").length).toBe(1);
  });

  it("reads a tick the user changed by hand in the sheet (« oui », « non »)", () => {
    let snap = applyToSnapshot(baseSnapshot(), planTick(baseSnapshot(), "a", false, clock));
    const sheet = snap.sheets.find((s) => s.name === "Suivi de conformité")!;
    const row = sheet.values.find((r) => r[4] === "a")!;
    row[2] = " oui ";
    expect(readPathTicks(snap).a.done).toBe(true);
    row[2] = "Non";
    snap = { ...snap };
    expect(readPathTicks(snap).a.done).toBe(false);
  });

  it("ignores a user's own sheet named « Suivi de conformité » and never writes into it", () => {
    const snap = baseSnapshot();
    snap.sheets.push({
      name: "Suivi de conformité",
      visibility: "Visible",
      values: [["Mon suivi"], [], [], ["Étape", "Point", "Fait ?", "Date", "Identifiant"], ["1", "x", "Oui", "01/01/2026", "a"]],
    });
    expect(readPathTicks(snap)).toEqual({});
    const plan = planTick(snap, "a", true, clock);
    expect(plan.ops[0]).toMatchObject({ op: "addSheet", name: "Suivi de conformité (2)" });
    expect(plan.ops.some((op) => op.op === "write" && op.sheet === "Suivi de conformité")).toBe(false);
  });

  it("does not overwrite a note the user typed below the table", () => {
    let snap = applyToSnapshot(baseSnapshot(), planTick(baseSnapshot(), "a", true, clock));
    const sheet = snap.sheets.find((s) => s.name === "Suivi de conformité")!;
    while (sheet.values.length < 6) sheet.values.push([]);
    sheet.values[5] = ["Note : revoir avec SESAN"];
    snap = applyToSnapshot(snap, planTick(snap, "b", true, clock));
    expect(cellOf(snap, "Suivi de conformité", "A6")).toBe("Note : revoir avec SESAN");
    expect(readPathTicks(snap).b.done).toBe(true);
  });
});

describe("the owned sheets in a real workbook (ExcelJS adapter, saved and opened again)", () => {
  // Imported here so that the pure tests above do not load ExcelJS.
  const load = () => Promise.all([import("../../src/workbook/xlsx"), import("../../src/workbook/template")]);

  it("writes the report with links to the cells, replaces it, and keeps the user's ticks", async () => {
    const [{ applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf }, { buildExampleRegister }] = await load();
    const { readRegister, validateRegister } = await import("../../src/register");
    let book = await buildExampleRegister({ clock: meta.clock });
    const reread = async () => (book = await loadXlsx(await saveXlsx(book)));
    const snap0 = snapshotOf(book);
    const reg = readRegister(snap0);
    const planted: Report = {
      ...validateRegister(reg, { clock: meta.clock }),
      findings: [{ rule: "art30.fiche.retention-missing", severity: "error", sheet: reg.fiches[1].sheet, cell: "E29", message: "Durée manquante." }],
    };
    applyPlanToXlsx(book, planTick(snap0, "backups", true, meta.clock));
    applyPlanToXlsx(book, planReportSheet(snapshotOf(book), reg, planted, meta));
    await reread();
    let snap = snapshotOf(book);
    const report = snap.sheets.find((s) => s.name === "Rapport de vérification")!;
    expect(isOwnedSheet(report, "report")).toBe(true);
    const row = report.values.findIndex((r) => r.includes("Durée manquante."));
    expect(row).toBeGreaterThan(0);
    expect(report.values[row].slice(0, 5)).toEqual(["Erreur", reg.fiches[1].sheet, "E29", "Durée manquante.", "art30.fiche.retention-missing"]);
    // The link survives the file: a hyperlink to the sheet and cell, as Excel keeps it.
    const { readBook } = await import("../../src/workbook/package/workbook");
    const { DOMParser } = await import("@xmldom/xmldom");
    const part = readBook(book).sheets.find((s) => s.name === "Rapport de vérification")!.part;
    const sheetXml = new DOMParser().parseFromString(book.text(part), "application/xml");
    const link = Array.from(sheetXml.getElementsByTagNameNS("*", "hyperlink")).find((el) => el.getAttribute("ref") === `C${row + 1}`);
    expect(link?.getAttribute("location")).toBe(`${quoteSheetName(reg.fiches[1].sheet)}!E29`);

    applyPlanToXlsx(book, planReportSheet(snap, reg, { ...planted, findings: [] }, meta));
    await reread();
    snap = snapshotOf(book);
    expect(snap.sheets.filter((s) => s.name.startsWith("Rapport de vérification")).map((s) => s.name)).toEqual(["Rapport de vérification"]);
    expect(readPathTicks(snap)).toEqual({ backups: { done: true, date: "24/11/2026" } });
  }, 30_000);
});

describe("a long owned sheet name beside a user's sheet of the same name", () => {
  const base = "Demandes d'exercice des droits"; // 30 characters: « (2) » cannot simply be added
  const userSheet: SheetSnapshot = { name: base, visibility: "Visible", values: [["Mes notes"]] };

  it("is shortened so that « (2) » fits in Excel's 31 characters", () => {
    const name = freeSheetName([base], base);
    expect(name.endsWith(" (2)")).toBe(true);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toBe(base);
  });

  it("is still recognised as the add-in's own under its shortened name, and the user's sheet never is", () => {
    const name = freeSheetName([base], base);
    const marked: SheetSnapshot = { name, visibility: "Visible", values: [] };
    const at = parseCell(MARK_CELL)!;
    marked.values = Array.from({ length: at.row }, () => Array.from({ length: at.col }, () => ""));
    marked.values[at.row - 1][at.col - 1] = OWNED_MARKS.requests;
    expect(isOwnedSheet(marked, "requests")).toBe(true);
    expect(isOwnedSheet(userSheet, "requests")).toBe(false);
  });

  it("keeps a short base whole", () => {
    expect(freeSheetName(["AIPD réalisées"], "AIPD réalisées")).toBe("AIPD réalisées (2)");
  });
});
