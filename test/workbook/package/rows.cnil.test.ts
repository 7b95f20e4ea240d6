/**
 * Row insertion on the CNIL's real workbook: rows added to the model fiche's recipients block take its
 * dropdown, merges and format; the long notes below keep their sizes; nothing else in the file moves.
 */
import { cnilXlsxBytes } from "../../fixtures/cnilWorkbook";
import { insertRows, deleteRows } from "../../../src/workbook/package/write/rows";
import { attrsOf, cellsOf, elementsOf, open, reopen, textsOf } from "./rowsBook";

const MODEL = "3_-_Modèle_de_fiche_de_registre";

function partsOf(info: ReturnType<typeof open>): { sheet: string; comments: string; vml: string } {
  const sheet = info.book.sheets.find((s) => s.name === MODEL)?.part ?? "";
  const rels = info.pkg.relationships(sheet);
  return {
    sheet,
    comments: rels.find((r) => r.kind === "comments")?.target ?? "",
    vml: rels.find((r) => r.kind === "vmlDrawing")?.target ?? "",
  };
}

/** Each note's cell row (1-based) → its box's top row and height in rows. */
function noteBoxes(pkg: ReturnType<typeof open>["pkg"], vml: string): Map<number, { top: number; rows: number }> {
  const out = new Map<number, { top: number; rows: number }>();
  for (const data of elementsOf(pkg, vml, "ClientData")) {
    const child = (local: string): string => Array.from(data.childNodes).find((n) => (n as { localName?: string }).localName === local)?.textContent ?? "";
    const a = child("Anchor")
      .split(",")
      .map((p) => Number(p.trim()));
    out.set(Number(child("Row")) + 1, { top: a[2] + 1, rows: a[6] - a[2] });
  }
  return out;
}

describe("insertRows on the CNIL workbook", () => {
  // rows 48…51 are the recipients (« Destinataires ») of the model fiche; row 52 is the blank row under them
  const before = open(cnilXlsxBytes());
  const parts = partsOf(before);

  const book = open(cnilXlsxBytes());
  insertRows(book.pkg, book.book, MODEL, 52, 3, 51);
  const touched = book.pkg.touched();
  // what Excel would open: the saved file
  const after = reopen(book.pkg);
  const inserted = (): ReturnType<typeof open> => after;

  it("extends the recipients' dropdown over the new rows and moves the dropdowns below", () => {
    const { pkg } = inserted();
    expect(attrsOf(pkg, parts.sheet, "dataValidation", "sqref")).toEqual(["B44:B45", "B48:B54", "B57:B59", "B60", "C62:C65", "D62:D65"]);
  });

  it("gives each new row the recipients' merges and the template row's fixed height and styles, without values", () => {
    const { pkg } = inserted();
    const merges = attrsOf(pkg, parts.sheet, "mergeCell", "ref");
    for (const row of [52, 53, 54]) expect(merges).toEqual(expect.arrayContaining([`B${row}:D${row}`, `E${row}:H${row}`]));
    expect(merges).toEqual(expect.arrayContaining(["B56:D56", "E56:H56", "F65:G65"]));
    // the block below moved three rows down as a whole
    expect(merges).not.toContain("D58:E58");
    expect(merges).toContain("D61:E61");
    expect(merges).toHaveLength(79 + 6);
    const row53 = elementsOf(pkg, parts.sheet, "row").find((r) => r.getAttribute("r") === "53");
    expect(row53?.getAttribute("ht")).toBe("26.25");
    const cells = cellsOf(pkg, parts.sheet);
    expect(cells.get("B53")).toEqual({ s: "98" });
    expect(cells.get("A53")).toEqual({ s: "73" });
  });

  it("moves the blocks below: the values a user reads are three rows lower", () => {
    const original = cellsOf(before.pkg, parts.sheet);
    const { pkg } = inserted();
    const cells = cellsOf(pkg, parts.sheet);
    for (const [address, cell] of original) {
      if (cell.v === undefined) continue;
      const row = Number(address.replace(/^[A-Z]+/, ""));
      const moved = row >= 52 ? address.replace(/\d+$/, String(row + 3)) : address;
      expect(cells.get(moved)?.v).toBe(cell.v);
    }
  });

  it("moves the notes below with their cells and keeps every note box's size", () => {
    const boxesBefore = noteBoxes(before.pkg, parts.vml);
    const { pkg } = inserted();
    const boxes = noteBoxes(pkg, parts.vml);
    expect(boxes.size).toBe(boxesBefore.size);
    for (const [row, box] of boxesBefore) {
      const moved = row >= 52 ? row + 3 : row;
      expect(boxes.get(moved)).toEqual({ top: box.top >= 52 ? box.top + 3 : box.top, rows: box.rows });
    }
    // the long note of row 53 (8 rows high) is now on row 56, still 8 rows high
    expect(boxes.get(56)).toEqual({ top: 57, rows: 8 });
    expect(attrsOf(pkg, parts.comments, "comment", "ref")).toEqual(expect.arrayContaining(["A47", "A56", "A61"]));
  });

  it("keeps the page breaks above and touches only the model fiche and its notes", () => {
    expect(touched.sort()).toEqual([parts.comments, parts.sheet, parts.vml].map((p) => p.toLowerCase()).sort());
    expect(attrsOf(after.pkg, parts.sheet, "brk", "id")).toEqual(["30", "31", "7"]);
  });

  it("deleting the inserted rows gives back the workbook as it read", () => {
    deleteRows(after.pkg, after.book, MODEL, 52, 3);
    const { pkg } = reopen(after.pkg);
    expect(cellsOf(pkg, parts.sheet)).toEqual(cellsOf(before.pkg, parts.sheet));
    expect(attrsOf(pkg, parts.sheet, "mergeCell", "ref")).toEqual(attrsOf(before.pkg, parts.sheet, "mergeCell", "ref"));
    expect(attrsOf(pkg, parts.sheet, "dataValidation", "sqref")).toEqual(attrsOf(before.pkg, parts.sheet, "dataValidation", "sqref"));
    expect(textsOf(pkg, parts.vml, "Anchor")).toEqual(textsOf(before.pkg, parts.vml, "Anchor"));
  });
});
