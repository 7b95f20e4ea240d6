/** A shared formula read in another cell of its group: relative references move, `$` ones stay. */
import { translateFormula } from "../../../src/workbook/package/write/shift/translate";

describe("translateFormula", () => {
  it.each([
    ["A1*2", 3, 0, "A4*2"],
    ["$A$1+A$1+$A1", 2, 1, "$A$1+B$1+$A3"],
    ["SUM(A1:B2)", 1, 1, "SUM(B2:C3)"],
    ["'Fiche 1'!B5+Listes!C3", 1, 0, "'Fiche 1'!B6+Listes!C4"],
    ["'It''s'!A1", 1, 0, "'It''s'!A2"],
    ['IF(A1="B2",LOG10(A1),1)', 1, 0, 'IF(A2="B2",LOG10(A2),1)'],
    ["SUM(2:3)+SUM(B:C)", 1, 1, "SUM(3:4)+SUM(C:D)"],
    ["Table1[Col]+Name_1+TRUE", 1, 0, "Table1[Col]+Name_1+TRUE"],
  ])("%s moved by (%i, %i) reads %s", (formula, dRow, dCol, expected) => {
    expect(translateFormula(formula, dRow, dCol)).toBe(expected);
  });

  it("turns a reference moved off the sheet into #REF!", () => {
    expect(translateFormula("A1+B2", -1, 0)).toBe("#REF!+B1");
    expect(translateFormula("A1", 0, -1)).toBe("#REF!");
  });
});
