/**
 * The add-in's notice sheet « Mentions <RÉF> <public> »: written into the CNIL's real workbook and read
 * back from the saved file (its text as text, never a formula, the gaps first, its print setup), found
 * again by readNoticeSheets and by readRegister, rewritten in place for the same fiche and audience
 * (undoable), and a user's sheet of the same name never touched.
 */
import { unzipSync } from "fflate";
import {
  OWNED_MARKS,
  buildNotices,
  NOTICE_SHEET_NAME_MAX,
  invertPlan,
  isOwnedSheet,
  noticeSheetName,
  planNoticeSheet,
  readNoticeSheets,
  readRegister,
  type Notice,
  type WorkbookSnapshot,
} from "../../../src/register";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { cnilXlsxBytes } from "../../fixtures/cnilWorkbook";
import { applyPlanToSnapshot, cnilSnapshot, contentOf, serial } from "../../fixtures/snapshots";
import { clockAt, dayClock } from "../../fixtures/clocks";
import { printLayoutOf } from "../../fixtures/printLayout";

jest.setTimeout(60_000);

const clock = dayClock(2026, 12, 7);
const EXAMPLE_SHEET = "4_-_Exemple_de_fiche";

/** A notice as the engine gives it, for the CNIL's example fiche (the payroll, addressed to staff). */
function payrollNotice(over: Partial<Notice> = {}): Notice {
  return {
    sheet: EXAMPLE_SHEET,
    ficheRef: "1 - Exemple",
    ficheName: "Gestion de la paie",
    audience: "staff",
    title: "Information sur vos données personnelles – Gestion de la paie",
    intro: "Votre employeur traite vos données pour vous payer.",
    collection: "direct",
    gaps: [
      {
        item: "legalBasis",
        message: "La fiche n'indique pas de base légale : la mention ne peut pas dire sur quoi repose le traitement.",
        at: { sheet: EXAMPLE_SHEET, cell: "B12" },
      },
    ],
    sections: [
      {
        item: "controller",
        heading: "Qui est responsable de vos données ?",
        paragraphs: ["La société Exemple, 1 rue de la Paix, 75000 Paris.", "=SOMME(A1:A3) reste du texte."],
        bullets: [],
      },
      {
        item: "rights",
        heading: "Vos droits",
        paragraphs: ["Vous pouvez demander :"],
        bullets: ["l'accès à vos données", "leur rectification", "+33 1 23 45 67 89 pour nous joindre"],
      },
    ],
    ...over,
  };
}

async function cnilBook(): Promise<XlsxWorkbook> {
  return loadXlsx(cnilXlsxBytes());
}

async function roundTrip(book: XlsxWorkbook): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot }> {
  const bytes = await saveXlsx(book);
  return { bytes, snapshot: snapshotOf(await loadXlsx(bytes)) };
}

const columnA = (s: WorkbookSnapshot, name: string): string[] => (s.sheets.find((x) => x.name === name)?.values ?? []).map((r) => String(r[0] ?? ""));

/** The XML of the sheet `name` in the saved file. */
function sheetXml(bytes: Uint8Array, name: string): string {
  const files = unzipSync(bytes);
  const decode = (p: string) => new TextDecoder().decode(files[p]);
  const workbook = decode("xl/workbook.xml");
  const rels = decode("xl/_rels/workbook.xml.rels");
  const escaped = name.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
  const rid = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels);
  const path = (target?.[1] ?? target?.[2] ?? "").replace(/^\/?(xl\/)?/, "xl/");
  return decode(path);
}

describe("the sheet's name", () => {
  test("the prefix, the RÉF and the audience, within 27 characters, without a character Excel refuses", () => {
    expect(noticeSheetName("ref-002", "patients")).toBe("Mentions ref-002 patients");
    expect(noticeSheetName("ref-002", "professionals")).toBe("Mentions ref-002 pros");
    expect(noticeSheetName("R1", "professionals")).toBe("Mentions R1 professionnels");
    expect(noticeSheetName("1 - Exemple", "staff")).toBe("Mentions 1-Exemple salariés");
    expect(noticeSheetName("", "members")).toBe("Mentions adhérents");
    const long = noticeSheetName("CPTS/2026:soins non programmés [SAS]", "members");
    expect(long.length).toBeLessThanOrEqual(NOTICE_SHEET_NAME_MAX);
    expect(long).toBe("Mentions CPTS-202 adhérents");
    expect(long).not.toMatch(/[\\/?*[\]:]/);
  });
});

describe("a notice written into the CNIL's workbook and read back from the file", () => {
  test("the add-in's sheet, marked, its text as text in one column, the gaps first with a link to the cell, the keys read back, laid out to print", async () => {
    const book = await cnilBook();
    const plan = planNoticeSheet(snapshotOf(book), payrollNotice(), clock);
    expect(plan.title).toBe("Écrire les mentions d'information de 1 - Exemple (salariés)");
    expect(plan.ops.at(-1)).toEqual({ op: "select", sheet: "Mentions 1-Exemple salariés", address: "A1" });
    applyPlanToXlsx(book, plan);
    const { bytes, snapshot } = await roundTrip(book);

    const sheet = snapshot.sheets.find((s) => s.name === "Mentions 1-Exemple salariés");
    expect(sheet?.values[0][25]).toBe(OWNED_MARKS.notice);
    const lines = columnA(snapshot, "Mentions 1-Exemple salariés");
    expect(lines.slice(0, 2)).toEqual([
      "Information sur vos données personnelles – Gestion de la paie",
      "Mentions rédigées le 07/12/2026 à partir de la fiche 1 - Exemple « Gestion de la paie » du registre des traitements, pour les salariés.",
    ]);
    const gapsAt = lines.indexOf("À compléter avant de diffuser ces mentions");
    const firstHeading = lines.indexOf("Qui est responsable de vos données ?");
    expect(gapsAt).toBeGreaterThan(1);
    expect(gapsAt).toBeLessThan(firstHeading);
    expect(lines).toContain("• La fiche n'indique pas de base légale : la mention ne peut pas dire sur quoi repose le traitement.");
    expect(lines.filter((l) => l !== "").slice(-6)).toEqual([
      "=SOMME(A1:A3) reste du texte.",
      "Vos droits",
      "Vous pouvez demander :",
      "• l'accès à vos données",
      "• leur rectification",
      "• +33 1 23 45 67 89 pour nous joindre",
    ]);

    const xml = sheetXml(bytes, "Mentions 1-Exemple salariés");
    // Text, never a formula; the gap's line links to the fiche's cell.
    expect(xml).not.toMatch(/<f[ >]/);
    expect(xml).toMatch(/<hyperlink [^>]*location="'?4_-_Exemple_de_fiche'?!B12"/);

    expect(readNoticeSheets(snapshot)).toEqual([
      { sheet: "Mentions 1-Exemple salariés", ficheRef: "1 - Exemple", audience: "staff", madeOn: serial(2026, 12, 7) },
    ]);
    expect(readRegister(snapshot).notices).toEqual(readNoticeSheets(snapshot));

    // On paper: A4 portrait, the width of one page, as many pages as needed, numbered; the keys' column hidden.
    const rows = columnA(snapshot, "Mentions 1-Exemple salariés").length;
    expect(printLayoutOf(bytes, "Mentions 1-Exemple salariés")).toMatchObject({
      orientation: "portrait",
      paperSize: "9",
      fitToPage: true,
      fitToWidth: "1",
      fitToHeight: "0",
      printArea: `'Mentions 1-Exemple salariés'!$A$1:$A$${rows}`,
      oddFooter: "&CPage &P / &N",
      hiddenColumns: [26],
    });
    // A line longer than the page's width wraps onto a row tall enough for two lines.
    const gapRow = lines.indexOf("• La fiche n'indique pas de base légale : la mention ne peut pas dire sur quoi repose le traitement.") + 1;
    const rowTag = [...xml.matchAll(/<row [^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(` r="${gapRow}"`)) ?? "";
    expect(Number(/ ht="([\d.]+)"/.exec(rowTag)?.[1])).toBeGreaterThanOrEqual(30);
  });

  test("the engine's notices of the CNIL's example fiche, each on its sheet, every line in reading order", async () => {
    const book = await cnilBook();
    const register = readRegister(snapshotOf(book));
    const fiche = register.fiches.find((f) => f.sheet === EXAMPLE_SHEET)!;
    const notices = buildNotices(register, fiche);
    expect(notices.length).toBeGreaterThan(0);
    for (const notice of notices) applyPlanToXlsx(book, planNoticeSheet(snapshotOf(book), notice, clock));
    const { snapshot } = await roundTrip(book);
    const sheets = readNoticeSheets(snapshot);
    expect(sheets.map((n) => n.audience)).toEqual(notices.map((n) => n.audience));
    notices.forEach((notice, i) => {
      const written = columnA(snapshot, sheets[i].sheet).filter((l) => l !== "");
      const expected = [
        notice.title,
        ...notice.gaps.map((g) => `• ${g.message}`),
        notice.intro,
        ...notice.sections.flatMap((sec) => [sec.heading, ...sec.paragraphs, ...sec.bullets.map((b) => `• ${b}`)]),
      ].filter((l) => l.trim() !== "");
      // Each expected line is there, in the same order (the frame's own lines between them).
      let at = -1;
      for (const line of expected) {
        const next = written.indexOf(line, at + 1);
        expect({ line, found: next > at }).toEqual({ line, found: true });
        at = next;
      }
    });
  });

  test("a user's sheet of the same name is left as it was: the notice goes beside it", async () => {
    const book = await cnilBook();
    applyPlanToXlsx(book, {
      title: "la feuille de l'utilisateur",
      ops: [
        { op: "addSheet", name: "Mentions 1-Exemple salariés" },
        { op: "write", sheet: "Mentions 1-Exemple salariés", cells: [{ address: "A1", kind: "text", value: "Mes propres mentions" }] },
      ],
    });
    applyPlanToXlsx(book, planNoticeSheet(snapshotOf(book), payrollNotice(), clock));
    const { snapshot } = await roundTrip(book);
    expect(columnA(snapshot, "Mentions 1-Exemple salariés")).toEqual(["Mes propres mentions"]);
    expect(readNoticeSheets(snapshot).map((n) => n.sheet)).toEqual(["Mentions 1-Exemple salariés (2)"]);
    // Writing again finds the add-in's own sheet, never the user's.
    applyPlanToXlsx(book, planNoticeSheet(snapshotOf(book), payrollNotice({ gaps: [] }), clock));
    const again = (await roundTrip(book)).snapshot;
    expect(columnA(again, "Mentions 1-Exemple salariés")).toEqual(["Mes propres mentions"]);
    expect(again.sheets.filter((s) => s.name.startsWith("Mentions"))).toHaveLength(2);
  });

  test("written again for the same fiche and audience: the same sheet rewritten, nothing of the old notice left, and undo gives it back", async () => {
    const book = await cnilBook();
    applyPlanToXlsx(book, planNoticeSheet(snapshotOf(book), payrollNotice(), clock));
    const first = (await roundTrip(book)).snapshot;
    const shorter = payrollNotice({ gaps: [], sections: [{ item: "controller", heading: "Responsable", paragraphs: ["La CPTS."], bullets: [] }] });
    const plan = planNoticeSheet(first, shorter, clockAt("2027-01-15T09:00:00+01:00"));
    expect(plan.title).toBe("Mettre à jour les mentions d'information de 1 - Exemple (salariés)");
    expect(plan.ops.some((op) => op.op === "addSheet" || op.op === "deleteSheet")).toBe(false);
    applyPlanToXlsx(book, plan);
    const { snapshot: second } = await roundTrip(book);
    expect(columnA(second, "Mentions 1-Exemple salariés").filter((l) => l !== "")).toEqual([
      "Information sur vos données personnelles – Gestion de la paie",
      "Mentions rédigées le 15/01/2027 à partir de la fiche 1 - Exemple « Gestion de la paie » du registre des traitements, pour les salariés.",
      "Votre employeur traite vos données pour vous payer.",
      "Responsable",
      "La CPTS.",
    ]);
    expect(readNoticeSheets(second)).toEqual([
      { sheet: "Mentions 1-Exemple salariés", ficheRef: "1 - Exemple", audience: "staff", madeOn: serial(2027, 1, 15) },
    ]);
    // Undo, as the pane does it: the previous notice's values come back.
    applyPlanToXlsx(book, invertPlan(plan, first));
    expect(contentOf((await roundTrip(book)).snapshot)).toEqual(contentOf(first));
  });

  test("another audience or another fiche gets its own sheet", () => {
    const base = cnilSnapshot();
    const one = applyPlanToSnapshot(base, planNoticeSheet(base, payrollNotice(), clock));
    const two = applyPlanToSnapshot(one, planNoticeSheet(one, payrollNotice({ audience: "patients" }), clock));
    const three = applyPlanToSnapshot(two, planNoticeSheet(two, payrollNotice({ ficheRef: "ref-002", sheet: "Autre fiche" }), clock));
    expect(readNoticeSheets(three).map((n) => [n.sheet, n.ficheRef, n.audience])).toEqual([
      ["Mentions 1-Exemple salariés", "1 - Exemple", "staff"],
      ["Mentions 1-Exemple patients", "1 - Exemple", "patients"],
      ["Mentions ref-002 salariés", "ref-002", "staff"],
    ]);
  });

  test("a RÉF written another way (case, spaces, accents) is the same fiche: its sheet is rewritten, not doubled", () => {
    const base = cnilSnapshot();
    const one = applyPlanToSnapshot(base, planNoticeSheet(base, payrollNotice({ ficheRef: "Réf-002" }), clock));
    const plan = planNoticeSheet(one, payrollNotice({ ficheRef: " ref-002 " }), clock);
    expect(plan.ops.some((op) => op.op === "addSheet")).toBe(false);
  });

  test("a hidden notice sheet of the add-in is shown again when rewritten", () => {
    const base = cnilSnapshot();
    const one = applyPlanToSnapshot(base, planNoticeSheet(base, payrollNotice(), clock));
    const hidden = { ...one, sheets: one.sheets.map((s) => (s.name.startsWith("Mentions") ? { ...s, visibility: "Hidden" as const } : s)) };
    expect(planNoticeSheet(hidden, payrollNotice(), clock).ops).toContainEqual({
      op: "sheetVisibility",
      sheet: "Mentions 1-Exemple salariés",
      visibility: "Visible",
    });
  });
});

describe("which sheets are the add-in's notices", () => {
  const marked = (name: string) => ({
    name,
    visibility: "Visible" as const,
    values: [
      [...new Array<string>(25).fill(""), OWNED_MARKS.notice],
      [...new Array<string>(25).fill(""), "ref-1"],
      [...new Array<string>(25).fill(""), "patients"],
    ],
  });

  test("the mark and a name starting with « Mentions »: any RÉF, any audience, a copy's « (2) »", () => {
    expect(isOwnedSheet(marked("Mentions ref-1 patients"), "notice")).toBe(true);
    expect(isOwnedSheet(marked("mentions ref-1 patients (2)"), "notice")).toBe(true);
    expect(isOwnedSheet(marked("Mentions"), "notice")).toBe(true);
  });

  test("a name of the user's, or a sheet without the mark, is not", () => {
    expect(isOwnedSheet(marked("Mes mentions"), "notice")).toBe(false);
    expect(isOwnedSheet(marked("Mentionsref-1"), "notice")).toBe(false);
    expect(isOwnedSheet({ name: "Mentions ref-1 patients", visibility: "Visible", values: [["Mentions"]] }, "notice")).toBe(false);
    // The other kinds keep their exact names: a « Registre des violations 2026 » is the user's.
    expect(isOwnedSheet({ ...marked("Registre des violations 2026"), values: [[...new Array<string>(25).fill(""), OWNED_MARKS.breaches]] }, "breaches")).toBe(
      false,
    );
  });

  test("a notice sheet whose audience key is gone is not counted as a notice", () => {
    const sheet = marked("Mentions ref-1 patients");
    sheet.values[2][25] = "";
    expect(readNoticeSheets({ sheets: [sheet], validations: [] })).toEqual([]);
  });
});
