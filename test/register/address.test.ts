/**
 * The add-in's one A1 codec: what the engine writes in a finding, a plan or a link, the file adapter and
 * the in-memory Excel read back as the same cell, with the same 1-based row and column.
 */
import {
  MAX_COLS,
  MAX_ROWS,
  cellAddress,
  colOf,
  columnLetters,
  columnNumber,
  isEntireColumns,
  isEntireRows,
  parseAddress,
  parseCell,
  parseRange,
  qualifiedAddress,
  quoteSheetName,
  rectAddress,
  rowOf,
  splitSheet,
  topLeft,
  unquoteSheetName,
} from "../../src/register";
import { coalesceRects, containsCell, growToMerges, parseSqref, shiftRect, shiftRow, sqrefOf, subtractRect } from "../../src/register";

describe("columns", () => {
  it("counts from 1, as Excel shows them", () => {
    expect(columnLetters(1)).toBe("A");
    expect(columnLetters(26)).toBe("Z");
    expect(columnLetters(27)).toBe("AA");
    expect(columnLetters(52)).toBe("AZ");
    expect(columnLetters(53)).toBe("BA");
    expect(columnLetters(702)).toBe("ZZ");
    expect(columnLetters(703)).toBe("AAA");
    expect(columnLetters(MAX_COLS)).toBe("XFD");
    expect(columnNumber("a")).toBe(1);
    expect(columnNumber("XFD")).toBe(16_384);
  });

  it("round-trips every column from A to XFD", () => {
    const seen = new Set<string>();
    for (let col = 1; col <= MAX_COLS; col++) {
      const letters = columnLetters(col);
      expect(columnNumber(letters)).toBe(col);
      seen.add(letters);
    }
    expect(seen.size).toBe(MAX_COLS);
  });
});

describe("cells", () => {
  it("reads relative and $-absolute references alike", () => {
    expect(parseCell("B4")).toEqual({ row: 4, col: 2 });
    expect(parseCell("$B$4")).toEqual({ row: 4, col: 2 });
    expect(parseCell("$B4")).toEqual({ row: 4, col: 2 });
    expect(parseCell(" xfd1048576 ")).toEqual({ row: MAX_ROWS, col: MAX_COLS });
    expect(cellAddress(4, 2)).toBe("B4");
    expect(parseCell("B")).toBeNull();
    expect(parseCell("4")).toBeNull();
    expect(parseCell("B4:C5")).toBeNull();
    expect(parseCell("Fiche 1")).toBeNull();
  });

  it("finds the top-left cell of any reference a finding or a plan carries", () => {
    expect(topLeft("'Fiche 1'!$B$4:$H$4")).toBe("B4");
    expect(topLeft("b44:d44")).toBe("B44");
    expect(rowOf("'L''an'!C7")).toBe(7);
    expect(colOf("'L''an'!C7")).toBe(3);
    expect(rowOf("pas une cellule")).toBe(0);
    expect(colOf("pas une cellule")).toBe(0);
  });
});

describe("sheet names", () => {
  it("quotes a name only when a formula or a link needs it", () => {
    expect(quoteSheetName("Listes")).toBe("Listes");
    expect(quoteSheetName("Feuil1")).toBe("Feuil1");
    expect(quoteSheetName("5_-_Listes")).toBe("'5_-_Listes'");
    expect(quoteSheetName("Fiche 1")).toBe("'Fiche 1'");
    expect(quoteSheetName("Registre de l'activité")).toBe("'Registre de l''activité'");
    // A bare name that reads as a cell would point at that cell.
    expect(quoteSheetName("AB12")).toBe("'AB12'");
  });

  it("reads back what it writes, apostrophes included", () => {
    for (const name of ["Listes", "5_-_Listes", "Fiche 1", "Registre de l'activité", "''", "AB12", "Suivi (2)"]) {
      expect(unquoteSheetName(quoteSheetName(name))).toBe(name);
      expect(splitSheet(`${quoteSheetName(name)}!B4`)).toEqual({ sheet: name, local: "B4" });
    }
    expect(splitSheet("B4:C5")).toEqual({ local: "B4:C5" });
  });

  it("writes the address Range.address gives", () => {
    expect(qualifiedAddress("Fiche 1", { top: 4, left: 2, bottom: 4, right: 8 })).toBe("'Fiche 1'!B4:H4");
    expect(qualifiedAddress("Tutoriel", { top: 1, left: 1, bottom: 1, right: 1 })).toBe("Tutoriel!A1");
  });
});

describe("ranges", () => {
  it("reads a rectangle whatever the order and the sheet", () => {
    expect(parseRange("B44:B45")).toEqual({ top: 44, left: 2, bottom: 45, right: 2 });
    expect(parseRange("'5_-_Listes'!$F$10:$F$2")).toEqual({ top: 2, left: 6, bottom: 10, right: 6 });
    expect(parseRange("D5:B3")).toEqual({ top: 3, left: 2, bottom: 5, right: 4 });
    expect(parseRange("A1:B2:C3")).toBeNull();
  });

  it("keeps whole rows and columns out of parseRange, and reads them with parseAddress", () => {
    expect(parseRange("A:A")).toBeNull();
    expect(parseRange("1:1")).toBeNull();
    const column = parseAddress("A:A");
    expect(column).toEqual({ top: 1, left: 1, bottom: MAX_ROWS, right: 1 });
    expect(isEntireColumns(column!)).toBe(true);
    expect(rectAddress(column!)).toBe("A:A");
    const rows = parseAddress("Feuil1!$5:$3");
    expect(rows).toEqual({ top: 3, left: 1, bottom: 5, right: MAX_COLS });
    expect(isEntireRows(rows!)).toBe(true);
    expect(rectAddress(rows!)).toBe("3:5");
    expect(rectAddress(parseAddress("1:1")!)).toBe("1:1");
    expect(rectAddress(parseAddress("B:D")!)).toBe("B:D");
  });

  it("refuses what falls outside a sheet", () => {
    expect(parseAddress("A0")).toBeNull();
    expect(parseAddress("XFE1")).toBeNull();
    expect(parseAddress(`A${MAX_ROWS + 1}`)).toBeNull();
    expect(parseAddress("A1:")).toBeNull();
    expect(parseAddress("B4 : C5")).toBeNull();
    expect(parseRange("B4 : C5")).toEqual({ top: 4, left: 2, bottom: 5, right: 3 });
    expect(parseAddress("XFD1048576")).toEqual({ top: MAX_ROWS, left: MAX_COLS, bottom: MAX_ROWS, right: MAX_COLS });
  });

  it("writes a rectangle back as Excel writes it", () => {
    expect(rectAddress({ top: 4, left: 2, bottom: 4, right: 2 })).toBe("B4");
    expect(rectAddress({ top: 4, left: 2, bottom: 6, right: 28 })).toBe("B4:AB6");
  });
});

describe("sqref lists and row shifts", () => {
  it("reads and writes a validation's cell list, joining what touches", () => {
    expect(parseSqref("B44:B45 B48  $C$1 F:F")).toEqual([
      { top: 44, left: 2, bottom: 45, right: 2 },
      { top: 48, left: 2, bottom: 48, right: 2 },
      { top: 1, left: 3, bottom: 1, right: 3 },
    ]);
    expect(sqrefOf(coalesceRects(parseSqref("B44 B45 B46 C44:C46 B48")))).toBe("B44:C46 B48");
    expect(sqrefOf([])).toBe("");
  });

  it("moves rows and rectangles as Excel does on insertion and deletion", () => {
    expect(shiftRow(10, 5, 2)).toBe(12);
    expect(shiftRow(4, 5, 2)).toBe(4);
    expect(shiftRow(6, 5, -2)).toBeNull();
    expect(shiftRow(9, 5, -2)).toBe(7);
    expect(shiftRect({ top: 4, left: 2, bottom: 8, right: 2 }, 6, 1)).toEqual({ top: 4, left: 2, bottom: 9, right: 2 });
    expect(shiftRect({ top: 4, left: 2, bottom: 8, right: 2 }, 4, -5)).toBeNull();
  });

  it("grows a selection to the merged areas it touches and cuts one rectangle out of another", () => {
    const merges = [{ top: 4, left: 2, bottom: 4, right: 8 }];
    expect(growToMerges({ top: 4, left: 3, bottom: 4, right: 3 }, merges)).toEqual({ top: 4, left: 2, bottom: 4, right: 8 });
    const pieces = subtractRect({ top: 1, left: 1, bottom: 3, right: 3 }, { top: 2, left: 2, bottom: 2, right: 2 });
    expect(pieces).toHaveLength(4);
    const cells = pieces.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    expect(cells).toBe(8);
    expect(pieces.some((r) => containsCell(r, 2, 2))).toBe(false);
  });
});
