/**
 * Registers written by other tools (test/fixtures/writers/): each must read as the same register as
 * the base one (same tabs, values, dropdowns and findings), and « ajouter-fiche » must leave every
 * part it does not concern byte for byte as it was (zip entry by entry, uncompressed) and change the
 * parts it concerns only as the plan says.
 */
import type { Element } from "@xmldom/xmldom";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { planNewFiche, readRegister, validateWorkbook, type WorkbookSnapshot, type WritePlan } from "../../src/register";
import { buildCnilWorkbook, cellsOf, cleanRegister, cnilReferenceBytes, diffMaps, dropdownsOf } from "../fixtures/xlsxFiles";
import { TEST_CLOCK } from "../fixtures/clocks";
import { WRITERS, Pkg, ODD_NAMES, DAYS_1900_TO_1904, asOpenpyxl, relsPartOf, unzipEntries } from "../fixtures/writers";
import { applyPlanSurgically } from "../fixtures/writers/reference";
import {
  appendOnly,
  changedParts,
  contentTypeChanges,
  relatedParts,
  relationshipChanges,
  sheetDifferences,
  stylesDifferences,
} from "../fixtures/writers/compare";
import { NS, childElements, firstChild, root, serializeToString } from "../fixtures/writers/xml";

jest.setTimeout(120_000);

const EMPTY = { added: [], removed: [], changed: [] };
const NEW_FICHE = "Coordination des soins non programmés";

/** The registers every writer rewrites: one built here (3 fiches, LibreOffice's layout) and the CNIL's own file. */
const BASES: Record<string, () => Promise<Uint8Array>> = {
  "the built register": () => buildCnilWorkbook(cleanRegister(3)),
  "the CNIL's workbook": async () => cnilReferenceBytes(),
};
/** « ajouter-fiche » by the file layer on the CNIL's 3 MB workbook: the writers whose packaging differs most (time counts). */
const NEW_FICHE_ON_CNIL = new Set(["LibreOffice", "Excel", "odd part names"]);

const baseSnapshots = new Map<string, WorkbookSnapshot>();
const files = new Map<string, Uint8Array>();
const fileOf = (base: string, writer: string) => (): Uint8Array => files.get(`${base} / ${writer}`) as Uint8Array;

beforeAll(async () => {
  for (const [name, make] of Object.entries(BASES)) {
    const bytes = await make();
    baseSnapshots.set(name, snapshotOf(await loadXlsx(bytes)));
    for (const [writer, write] of Object.entries(WRITERS)) files.set(`${name} / ${writer}`, await write(bytes));
  }
});

function findings(snapshot: WorkbookSnapshot): unknown {
  const report = validateWorkbook(snapshot, { clock: TEST_CLOCK });
  return { verdict: report.verdict, summary: report.summary, findings: report.findings };
}

/** The cells a plan writes, by sheet. */
function writtenCells(plan: WritePlan): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const op of plan.ops) {
    if (op.op !== "write") continue;
    const set = out.get(op.sheet) ?? new Set<string>();
    for (const c of op.cells) set.add(c.address);
    out.set(op.sheet, set);
  }
  return out;
}

describe("unzipEntries", () => {
  test("gives every file entry of a zip, uncompressed, in the zip's order", async () => {
    const entries = unzipEntries(await asOpenpyxl(await buildCnilWorkbook()));
    const names = [...entries.keys()];
    expect(names[0]).toBe("docProps/app.xml");
    expect(names[names.length - 1]).toBe("[Content_Types].xml");
    expect(names.some((n) => n.endsWith("/"))).toBe(false);
    expect(new TextDecoder().decode(entries.get("xl/workbook.xml")).startsWith("<?xml")).toBe(true);
  });
});

/**
 * Each writer's file really has that writer's habits (else the reading tests below would pass on a
 * file no different from the base, and prove nothing).
 */
describe("the writers' files have their writers' habits", () => {
  const built = "the built register";
  const pkg = (writer: string): Pkg => Pkg.open(fileOf(built, writer)());
  const cellTypes = (p: Pkg): Set<string> => new Set(p.sheets().flatMap((s) => p.cells(s.part).map((c) => c.getAttribute("t") ?? "")));

  test("Excel: x14 dropdowns, revision ids, markup compatibility", () => {
    const p = pkg("Excel");
    const model = p.sheets()[2].part;
    const text = new TextDecoder().decode(p.bytes(model));
    expect(text).toContain("x14:dataValidations");
    expect(root(p.doc(model)).getAttributeNS(NS.xr, "uid")).toBeTruthy();
    expect(root(p.doc(p.mainPart())).getAttributeNS(NS.mc, "Ignorable")).toContain("xr");
  });

  test("openpyxl: absolute targets, comments under xl/comments/, numbers typed t=n", () => {
    const p = pkg("openpyxl");
    const sheets = p.relationships(p.mainPart()).filter((r) => r.type.endsWith("/worksheet"));
    expect(sheets.every((r) => r.target.startsWith("/xl/worksheets/"))).toBe(true);
    const comments = p.relationships(p.sheets()[2].part).find((r) => r.type.endsWith("/comments"));
    expect(comments?.target).toBe("/xl/comments/comment1.xml");
    expect(cellTypes(p)).toContain("n");
  });

  test("XlsxWriter: its entry order and relationship ids, comments numbered from 1", () => {
    const p = pkg("XlsxWriter");
    expect(p.parts().slice(0, 3)).toEqual(["/docProps/app.xml", "/docProps/core.xml", "/[Content_Types].xml"]);
    expect(p.sheets()[0].rId).toBe("rId1");
    expect(p.has("/xl/comments1.xml")).toBe(true);
  });

  test("SheetJS: ISO dates t=d, text t=str, no shared strings", () => {
    const p = pkg("SheetJS");
    const dates = p.sheets().flatMap((s) => p.cells(s.part).filter((c) => c.getAttribute("t") === "d"));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates[0].textContent).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(cellTypes(p)).toContain("str");
    expect(cellTypes(p)).not.toContain("s");
    expect(p.bookPart("sharedStrings")).toBeUndefined();
  });

  test("Google Sheets: inline strings, no shared strings", () => {
    const p = pkg("Google Sheets");
    expect(cellTypes(p)).toContain("inlineStr");
    expect(cellTypes(p)).not.toContain("s");
    expect(p.bookPart("sharedStrings")).toBeUndefined();
  });

  test("Strict Open XML: strict namespaces and relationship types", () => {
    const p = pkg("Strict Open XML");
    expect(root(p.doc(p.mainPart())).namespaceURI).toBe(NS.strictMain);
    expect(root(p.doc(p.sheets()[0].part)).namespaceURI).toBe(NS.strictMain);
    expect(p.relationships("/").find((r) => r.part === "/xl/workbook.xml")?.type).toBe(
      "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    );
  });

  test("odd part names: no part where a guess would look for it", () => {
    const p = pkg("odd part names");
    expect(p.mainPart()).toBe(ODD_NAMES.book);
    expect(p.parts().filter((x) => x.startsWith("/xl/worksheets/sheet"))).toEqual([]);
    expect(p.sheets().map((s) => s.part)).toContain(ODD_NAMES.model);
  });

  test("1904 dates: the flag, and every date 1462 days lower", () => {
    const p = pkg("1904 dates");
    const base = pkg("LibreOffice");
    expect(firstChild(root(p.doc(p.mainPart())), "workbookPr")?.getAttribute("date1904")).toBe("1");
    const list = (x: Pkg): number => Number(x.cells(x.sheets()[1].part).find((c) => c.getAttribute("r") === "C10")?.textContent);
    expect(list(p)).toBe(list(base) - DAYS_1900_TO_1904);
  });
});

/** How a test applies a plan to a file's bytes. */
type Apply = (bytes: Uint8Array, plan: WritePlan) => Promise<Uint8Array>;

/** The file layer, through the facade every face uses (as « ajouter-fiche » does). */
const facade: Apply = async (bytes, plan) => {
  const book = await loadXlsx(bytes);
  applyPlanToXlsx(book, plan);
  return saveXlsx(book);
};

/** The oracle of test/fixtures/writers/reference.ts: a change exactly as the plan says. */
const reference: Apply = async (bytes, plan) => applyPlanSurgically(bytes, plan);

/**
 * The package checks of « ajouter-fiche » on the file `bytes()` gives: the plan is made from the
 * register `read` finds in it and carried out by `apply`.
 */
function checkNewFiche(bytes: () => Uint8Array, apply: Apply, read: (bytes: Uint8Array) => Promise<WorkbookSnapshot>, readBack = true): void {
  let before: Pkg;
  let after: Pkg;
  let plan: WritePlan;
  let listSheet: string;
  let modelSheet: string;
  let newSheet: string;
  let afterSheet: string;

  beforeAll(async () => {
    const register = readRegister(await read(bytes()));
    plan = planNewFiche(register, { name: NEW_FICHE, clock: TEST_CLOCK });
    listSheet = register.listTab?.sheet ?? "";
    const copy = plan.ops.find((op) => op.op === "copySheet");
    if (!copy || copy.op !== "copySheet") throw new Error("planNewFiche copies no sheet");
    modelSheet = copy.source;
    newSheet = copy.name;
    afterSheet = copy.after;
    before = Pkg.open(bytes());
    after = Pkg.open(await apply(bytes(), plan));
  });

  /** The parts the plan concerns, by their names in the original file. */
  function concerned(): Set<string> {
    const book = before.mainPart();
    const set = new Set<string>(["/[Content_Types].xml", book, relsPartOf(book), "/docProps/app.xml", "/docProps/core.xml"]);
    set.add(before.sheet(listSheet).part);
    const styles = before.bookPart("styles");
    const strings = before.bookPart("sharedStrings");
    if (styles) set.add(styles);
    if (strings) set.add(strings);
    return set;
  }

  test("leaves every part it does not concern identical (entry by entry, uncompressed)", () => {
    // Selecting the new tab may unselect the tab that was selected (`tabSelected` in its sheetViews):
    // that change, and only that, is allowed on another sheet.
    const sheets = new Set(before.sheets().map((s) => s.part));
    const changed = changedParts(before, after, concerned()).filter((line) => {
      const part = line.slice(0, line.lastIndexOf(": "));
      return !(line.endsWith(": changed") && sheets.has(part) && sheetDifferences(before.doc(part), after.doc(part), new Set(), ["sheetViews"]).length === 0);
    });
    expect(changed).toEqual([]);
  });

  test("adds one sheet where the plan says, keeping every sheet, relationship and setting of the workbook", () => {
    const expected = before.sheets().map((s) => s.name);
    expected.splice(expected.indexOf(afterSheet) + 1, 0, newSheet);
    expect(after.sheets().map((s) => s.name)).toEqual(expected);
    const book = before.mainPart();
    expect(after.mainPart()).toBe(book);
    const rels = relationshipChanges(before.relationships(book), after.relationships(book));
    expect(rels.lost).toEqual([]);
    expect(rels.added.map((r) => r.type.slice(r.type.lastIndexOf("/") + 1))).toEqual(["worksheet"]);
    expect(before.has(rels.added[0].part)).toBe(false);
    // every sheet keeps its part, id and state
    const entry = (p: Pkg, name: string): string => serializeToString(p.sheet(name).el.cloneNode(false));
    for (const s of before.sheets()) expect(entry(after, s.name)).toBe(entry(before, s.name));
    // the rest of workbook.xml is untouched (the views may select the new tab), except that Excel is
    // asked to recalculate on opening, since cells changed under formulas
    const rest = (p: Pkg): string[] =>
      childElements(root(p.doc(book)))
        .filter((e) => !["sheets", "bookViews", "definedNames"].includes(e.localName ?? ""))
        .map((e) => {
          const copy = e.cloneNode(true) as Element;
          if (copy.localName === "calcPr") copy.removeAttribute("fullCalcOnLoad");
          return serializeToString(copy);
        });
    expect(rest(after)).toEqual(rest(before));
  });

  test("keeps every content type and declares only new parts", () => {
    expect(contentTypeChanges(before, after)).toEqual([]);
  });

  test("writes the list tab's new line and nothing else there", () => {
    const part = before.sheet(listSheet).part;
    expect(after.sheet(listSheet).part).toBe(part);
    const written = writtenCells(plan).get(listSheet) ?? new Set<string>();
    expect(written.size).toBeGreaterThan(0);
    expect(sheetDifferences(before.doc(part), after.doc(part), written, ["sheetViews", "dimension"])).toEqual([]);
  });

  test("the new sheet is the model's copy: same XML outside the written cells, same related parts", () => {
    const source = before.sheet(modelSheet).part;
    const copy = after.sheet(newSheet).part;
    expect(before.has(copy)).toBe(false);
    const written = writtenCells(plan).get(newSheet) ?? new Set<string>();
    expect(sheetDifferences(before.doc(source), after.doc(copy), written, ["sheetViews", "dimension"])).toEqual([]);
    const kinds = (p: Pkg, part: string): string[] =>
      p
        .relationships(part)
        .map((r) => r.type.slice(r.type.lastIndexOf("/") + 1))
        .sort();
    expect(kinds(after, copy)).toEqual(kinds(before, source));
    // comments identical; notes drawing: the same notes at the same cells
    for (const r of before.relationships(source)) {
      if (r.external) continue;
      const twin = after.relationships(copy).find((x) => x.type === r.type);
      if (!twin || twin.external) throw new Error(`the copy has no ${r.type} part`);
      expect(before.has(twin.part)).toBe(false);
      if (r.type.endsWith("/comments")) expect(serializeToString(root(after.doc(twin.part)))).toBe(serializeToString(root(before.doc(r.part))));
      if (r.type.endsWith("/vmlDrawing")) expect(descendantsText(after, twin.part, "ClientData")).toEqual(descendantsText(before, r.part, "ClientData"));
    }
    for (const p of relatedParts(after, copy)) expect(before.has(p)).toBe(false);
  });

  test("shared strings and styles only grow at the end (no index a cell uses moves)", () => {
    const strings = before.bookPart("sharedStrings");
    if (strings) {
      // a writer may write its new texts inline and leave the table as it is
      expect(after.bookPart("sharedStrings")).toBe(strings);
      expect(appendOnly(before.sharedStrings(), after.sharedStrings(), "si")).toEqual([]);
    }
    const styles = before.bookPart("styles");
    if (styles) expect(stylesDifferences(before.doc(styles), after.doc(styles))).toEqual([]);
  });

  if (!readBack) return;
  test("reads back as the register plus the new fiche and its line", async () => {
    const snapshotBefore = snapshotOf(await loadXlsx(bytes()));
    const snapshotAfter = snapshotOf(await loadXlsx(after.save()));
    const written = writtenCells(plan).get(listSheet) ?? new Set<string>();
    const keep = (k: string): boolean => {
      const at = k.lastIndexOf("!");
      const sheet = k.slice(0, at);
      return sheet !== newSheet && !(sheet === listSheet && written.has(k.slice(at + 1)));
    };
    const only = <V>(m: Map<string, V>): Map<string, V> => new Map([...m].filter(([k]) => keep(k)));
    expect(diffMaps(only(cellsOf(snapshotBefore)), only(cellsOf(snapshotAfter)))).toEqual(EMPTY);
    expect(diffMaps(only(dropdownsOf(snapshotBefore)), only(dropdownsOf(snapshotAfter)))).toEqual(EMPTY);
    // the written cells read as the plan wrote them (a date in a 1904 workbook included)
    const cells = cellsOf(snapshotAfter);
    for (const op of plan.ops) {
      if (op.op !== "write") continue;
      for (const c of op.cells) {
        const expected = c.kind === "clear" ? "" : c.value;
        expect([`${op.sheet}!${c.address}`, cells.get(`${op.sheet}!${c.address}`) ?? ""]).toEqual([`${op.sheet}!${c.address}`, expected]);
      }
    }
    const fiches = (x: WorkbookSnapshot): number => validateWorkbook(x, { clock: TEST_CLOCK }).summary.fiches;
    expect(fiches(snapshotAfter)).toBe(fiches(snapshotBefore) + 1);
  });
}

const readByFacade = async (bytes: Uint8Array): Promise<WorkbookSnapshot> => snapshotOf(await loadXlsx(bytes));

describe.each(Object.keys(BASES))("%s", (base) => {
  describe.each(Object.keys(WRITERS))("as %s writes it", (writer) => {
    const bytes = fileOf(base, writer);

    test("reads as the same register: tabs, values, dropdowns by cell, findings", async () => {
      const expected = baseSnapshots.get(base) as WorkbookSnapshot;
      const snapshot = snapshotOf(await loadXlsx(bytes()));
      expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual(expected.sheets.map((s) => [s.name, s.visibility]));
      expect(diffMaps(cellsOf(expected), cellsOf(snapshot))).toEqual(EMPTY);
      expect(diffMaps(dropdownsOf(expected), dropdownsOf(snapshot))).toEqual(EMPTY);
      expect(findings(snapshot)).toEqual(findings(expected));
    });

    if (base === "the built register" || NEW_FICHE_ON_CNIL.has(writer))
      describe("« ajouter-fiche » by the file layer", () => checkNewFiche(bytes, facade, readByFacade));
  });
});

/**
 * The checks above, tried on a change made exactly as the plan says (by the oracle of reference.ts,
 * the plan made from the base register's reading): they must accept it, on every writer's file,
 * or they would fail the file layer for the wrong reason. (Reading back is the file layer's part:
 * it is checked above only.)
 */
describe.each(Object.keys(BASES))("the checks themselves, on a surgical change of %s", (base) => {
  describe.each(Object.keys(WRITERS))("as %s writes it", (writer) => {
    checkNewFiche(fileOf(base, writer), reference, async () => baseSnapshots.get(base) as WorkbookSnapshot, false);
  });
});

/** The text of every descendant of that local name (VML `x:ClientData`: anchor, row, column of a note). */
function descendantsText(pkg: Pkg, part: string, local: string): string[] {
  const out: string[] = [];
  const walk = (el: ReturnType<typeof root>): void => {
    for (const c of childElements(el)) {
      if (c.localName === local) out.push(serializeToString(c));
      else walk(c);
    }
  };
  walk(root(pkg.doc(part)));
  return out;
}
