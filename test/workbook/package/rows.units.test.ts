/**
 * Row insertion and deletion in the package layer, on small hand-made sheets: each kind of thing Excel
 * moves along with the rows is checked where a user would see it.
 */
import { insertRows, deleteRows } from "../../../src/workbook/package/write/rows";
import { XlsxPlanError } from "../../../src/workbook/package/errors";
import { attrsOf, buildBook, cellsOf, elementsOf, open, reopen, textsOf } from "./rowsBook";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const SHEET1 = "/xl/worksheets/sheet1.xml";
const SHEET2 = "/xl/worksheets/sheet2.xml";
const SHEET3 = "/xl/worksheets/sheet3.xml";

const sheet1 = [
  `<dimension ref="A1:F6"/>`,
  `<sheetViews><sheetView workbookViewId="0"><pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A5" sqref="A5"/></sheetView></sheetViews>`,
  `<sheetData>`,
  `<row r="1"><c r="A1" t="inlineStr"><is><t>Titre</t></is></c><c r="C1"><f t="shared" ref="C1:C6" si="0">A1*2</f><v>0</v></c></row>`,
  `<row r="2"><c r="A2"><v>2</v></c><c r="C2"><f t="shared" si="0"/><v>4</v></c></row>`,
  `<row r="3" s="7" customFormat="1" ht="30" customHeight="1" x14ac:dyDescent="0.25"><c r="A3" s="7"><v>3</v></c><c r="B3" s="8"><v>33</v></c><c r="C3" s="9" t="s"><v>0</v></c></row>`,
  `<row r="4"><c r="A4"><v>4</v></c></row>`,
  `<row r="5"><c r="A5"><v>5</v></c><c r="B5"><f>A5*2</f><v>10</v></c></row>`,
  `<row r="6"><c r="A6"><f>SUM(A1:A5)</f><v>14</v></c></row>`,
  `</sheetData>`,
  `<autoFilter ref="A1:C6"/>`,
  `<mergeCells count="2"><mergeCell ref="B3:C3"/><mergeCell ref="A5:A6"/></mergeCells>`,
  `<conditionalFormatting sqref="A4:A6"><cfRule type="expression" dxfId="0" priority="1"><formula>A4&gt;$F$5</formula></cfRule></conditionalFormatting>`,
  `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2:B3 D5"><formula1>$F$1:$F$6</formula1></dataValidation></dataValidations>`,
  `<hyperlinks><hyperlink ref="A5" location="Sheet1!A6" display="vers A6"/></hyperlinks>`,
  `<rowBreaks count="2" manualBreakCount="2"><brk id="2" max="16383" man="1"/><brk id="4" max="16383" man="1"/></rowBreaks>`,
  `<colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/></colBreaks>`,
  `<legacyDrawing r:id="rId2"/>`,
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Listes!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>C3</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`,
  `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" id="{1}"><xm:f>$A$5&gt;1</xm:f></x14:cfRule><xm:sqref>D4:D6</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
].join("");

const comments = `<?xml version="1.0" encoding="UTF-8"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>CNIL</author></authors><commentList><comment ref="A5" authorId="0"><text><t>Note longue</t></text></comment><comment ref="A1" authorId="0"><text><t>Titre</t></text></comment></commentList></comments>`;
const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Anchor>1, 15, 3, 10, 3, 15, 15, 4</x:Anchor><x:Row>4</x:Row><x:Column>0</x:Column></x:ClientData></v:shape><v:shape id="_x0000_s1026" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Anchor>1, 15, 0, 2, 3, 15, 4, 4</x:Anchor><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`;
const drawing = `<?xml version="1.0" encoding="UTF-8"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>3</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp/><xdr:clientData/></xdr:twoCellAnchor><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp/><xdr:clientData/></xdr:twoCellAnchor><xdr:oneCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>4</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="10" cy="10"/><xdr:sp/><xdr:clientData/></xdr:oneCellAnchor></xdr:wsDr>`;
const table = `<?xml version="1.0" encoding="UTF-8"?><table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="T" displayName="T" ref="H1:I6"><autoFilter ref="H1:I6"/><tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"><calculatedColumnFormula>Sheet1!$A$5</calculatedColumnFormula></tableColumn></tableColumns></table>`;

const chart = `<?xml version="1.0" encoding="UTF-8"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:ser><c:cat><c:strRef><c:f>Sheet1!$A$1:$A$3</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$A$4:$A$6</c:f></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`;

function book(vmlPart = vml): Uint8Array {
  return buildBook(
    [
      {
        name: "Sheet1",
        xml: sheet1,
        related: [
          { kind: "comments", path: "comments1.xml", xml: comments, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml" },
          { kind: "vmlDrawing", path: "drawings/vmlDrawing1.vml", xml: vmlPart, contentType: "application/vnd.openxmlformats-officedocument.vmlDrawing" },
          { kind: "drawing", path: "drawings/drawing1.xml", xml: drawing, contentType: "application/vnd.openxmlformats-officedocument.drawing+xml" },
          { kind: "table", path: "tables/table1.xml", xml: table, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml" },
        ],
      },
      {
        name: "Listes",
        xml: `<sheetData><row r="1"><c r="A1"><f>Sheet1!A5+A1</f><v>5</v></c><c r="B1"><f>Sheet1!A3</f><v>3</v></c></row></sheetData><dataValidations count="1"><dataValidation type="list" sqref="C1"><formula1>Sheet1!$A$4:$A$6</formula1></dataValidation></dataValidations>`,
      },
      { name: "Autre", xml: `<sheetData><row r="1"><c r="A1"><f>Listes!A5</f><v>1</v></c></row></sheetData>` },
    ],
    `<definedName name="_xlnm.Print_Area" localSheetId="0">Sheet1!$A$1:$F$6</definedName><definedName name="Haut">Sheet1!$A$1:$A$2</definedName>`,
    [
      {
        path: "xl/drawings/_rels/drawing1.xml.rels",
        xml: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>`,
      },
      { path: "xl/charts/chart1.xml", xml: chart, contentType: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" },
    ],
  );
}

function inserted(): ReturnType<typeof open> {
  const { pkg, book: info } = open(book());
  insertRows(pkg, info, "Sheet1", 4, 2, 3);
  return reopen(pkg);
}

describe("insertRows on one sheet", () => {
  it("moves the values below the insertion and leaves the new rows empty", () => {
    const cells = cellsOf(inserted().pkg, SHEET1);
    expect(cells.get("A3")?.v).toBe("3");
    expect(cells.get("A6")?.v).toBe("4");
    expect(cells.get("A7")?.v).toBe("5");
    expect(cells.get("A4")?.v).toBeUndefined();
    expect(cells.get("A5")?.v).toBeUndefined();
  });

  it("gives the new rows the template row's format and its cells' styles, without values", () => {
    const { pkg } = inserted();
    const rows = elementsOf(pkg, SHEET1, "row");
    const r4 = rows.find((r) => r.getAttribute("r") === "4");
    expect(r4?.getAttribute("s")).toBe("7");
    expect(r4?.getAttribute("ht")).toBe("30");
    expect(r4?.getAttribute("customHeight")).toBe("1");
    const cells = cellsOf(pkg, SHEET1);
    expect(cells.get("B4")).toEqual({ s: "8" });
    expect(cells.get("C5")).toEqual({ s: "9" });
    expect(rows.map((r) => r.getAttribute("r"))).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("keeps a new row auto-height when its template row has no fixed height", () => {
    const { pkg, book: info } = open(book());
    insertRows(pkg, info, "Sheet1", 5, 1, 4);
    const r5 = elementsOf(reopen(pkg).pkg, SHEET1, "row").find((r) => r.getAttribute("r") === "5");
    expect(r5).toBeDefined();
    expect(r5?.hasAttribute("customHeight")).toBe(false);
    expect(r5?.hasAttribute("ht")).toBe(false);
  });

  it("moves merges below and repeats the template row's merges on each new row", () => {
    const { pkg } = inserted();
    expect(attrsOf(pkg, SHEET1, "mergeCell", "ref").sort()).toEqual(["A7:A8", "B3:C3", "B4:C4", "B5:C5"]);
    expect(attrsOf(pkg, SHEET1, "mergeCells", "count")).toEqual(["4"]);
  });

  it("extends both kinds of dropdowns of the template row over the new rows and moves their sources", () => {
    const { pkg } = inserted();
    const standard = elementsOf(pkg, SHEET1, "dataValidation").filter((el) => el.namespaceURI !== X14);
    expect(standard.map((el) => el.getAttribute("sqref"))).toEqual(["B2:B5 D7"]);
    expect(textsOf(pkg, SHEET1, "formula1")[0]).toBe("$F$1:$F$8");
    const x14Sqrefs = elementsOf(pkg, SHEET1, "sqref").filter((el) => el.namespaceURI === XM);
    expect(x14Sqrefs.map((el) => el.textContent)).toEqual(["C3:C5", "D6:D8"]);
  });

  it("moves conditional formats and their formulas", () => {
    const { pkg } = inserted();
    expect(attrsOf(pkg, SHEET1, "conditionalFormatting", "sqref")[0]).toBe("A6:A8");
    expect(textsOf(pkg, SHEET1, "formula")).toEqual(["A6>$F$7"]);
    expect(
      elementsOf(pkg, SHEET1, "f")
        .filter((el) => el.namespaceURI === XM)
        .map((el) => el.textContent),
    ).toEqual(["Listes!$A$1:$A$3", "$A$7>1"]);
  });

  it("moves every formula of the sheet, shared formula ranges included", () => {
    const { pkg } = inserted();
    const cells = cellsOf(pkg, SHEET1);
    expect(cells.get("A8")?.f).toBe("SUM(A1:A7)");
    expect(cells.get("B7")?.f).toBe("A7*2");
    expect(
      elementsOf(pkg, SHEET1, "f")
        .find((el) => el.getAttribute("t") === "shared" && el.hasAttribute("ref"))
        ?.getAttribute("ref"),
    ).toBe("C1:C8");
  });

  it("moves hyperlinks, page breaks, the filter, the dimension and the selection", () => {
    const { pkg } = inserted();
    expect(attrsOf(pkg, SHEET1, "hyperlink", "ref")).toEqual(["A7"]);
    expect(attrsOf(pkg, SHEET1, "hyperlink", "location")).toEqual(["Sheet1!A8"]);
    expect(attrsOf(pkg, SHEET1, "brk", "id")).toEqual(["2", "6", "3"]);
    expect(attrsOf(pkg, SHEET1, "autoFilter", "ref")).toEqual(["A1:C8"]);
    expect(attrsOf(pkg, SHEET1, "dimension", "ref")).toEqual(["A1:F8"]);
    expect(attrsOf(pkg, SHEET1, "selection", "sqref")).toEqual(["A7"]);
    expect(attrsOf(pkg, SHEET1, "selection", "activeCell")).toEqual(["A7"]);
    expect(attrsOf(pkg, SHEET1, "pane", "ySplit")).toEqual(["2"]);
  });

  it("freezes rows inserted inside the frozen rows with them", () => {
    const { pkg, book: info } = open(book());
    insertRows(pkg, info, "Sheet1", 2, 3, 1);
    expect(attrsOf(reopen(pkg).pkg, SHEET1, "pane", "ySplit")).toEqual(["5"]);
  });

  it("moves notes and keeps their boxes' height in rows", () => {
    const { pkg } = inserted();
    expect(attrsOf(pkg, "/xl/comments1.xml", "comment", "ref")).toEqual(["A7", "A1"]);
    expect(textsOf(pkg, "/xl/drawings/vmlDrawing1.vml", "Row")).toEqual(["6", "0"]);
    // the first box moves 2 rows down and stays 12 rows high; the second, above, spans the insertion and stays as it was
    expect(textsOf(pkg, "/xl/drawings/vmlDrawing1.vml", "Anchor")).toEqual(["1, 15, 5, 10, 3, 15, 17, 4", "1, 15, 0, 2, 3, 15, 4, 4"]);
  });

  it("moves drawings: a two-cell anchor sizes with its cells, a one-cell one keeps its size", () => {
    const { pkg } = inserted();
    const rows = elementsOf(pkg, "/xl/drawings/drawing1.xml", "row").map((el) => el.textContent);
    expect(rows).toEqual(["5", "7", "1", "4", "6"]);
  });

  it("moves tables and their formulas", () => {
    const { pkg } = inserted();
    expect(attrsOf(pkg, "/xl/tables/table1.xml", "table", "ref")).toEqual(["H1:I8"]);
    expect(attrsOf(pkg, "/xl/tables/table1.xml", "autoFilter", "ref")).toEqual(["H1:I8"]);
    expect(textsOf(pkg, "/xl/tables/table1.xml", "calculatedColumnFormula")).toEqual(["Sheet1!$A$7"]);
  });

  it("moves defined names, and the formulas and dropdown sources of other sheets that point below", () => {
    const { pkg } = inserted();
    expect(textsOf(pkg, "/xl/workbook.xml", "definedName")).toEqual(["Sheet1!$A$1:$F$8", "Sheet1!$A$1:$A$2"]);
    const cells = cellsOf(pkg, SHEET2);
    expect(cells.get("A1")?.f).toBe("Sheet1!A7+A1");
    expect(cells.get("B1")?.f).toBe("Sheet1!A3");
    expect(textsOf(pkg, SHEET2, "formula1")).toEqual(["Sheet1!$A$6:$A$8"]);
  });

  it("moves the data ranges of charts", () => {
    const { pkg } = inserted();
    expect(textsOf(pkg, "/xl/charts/chart1.xml", "f")).toEqual(["Sheet1!$A$1:$A$3", "Sheet1!$A$6:$A$8"]);
  });

  it("leaves the parts it does not concern untouched", () => {
    const { pkg, book: info } = open(book());
    insertRows(pkg, info, "Sheet1", 4, 2, 3);
    const touched = pkg.touched();
    expect(touched).not.toContain(SHEET3);
    expect(touched).toEqual(expect.arrayContaining([SHEET1, SHEET2, "/xl/workbook.xml"]));
    const { pkg: again, book: info2 } = open(book());
    insertRows(again, info2, "Sheet1", 30, 2, 29);
    // nothing below row 29 anywhere: only the sheet itself changes
    expect(again.touched()).toEqual([SHEET1]);
  });

  it("refuses an unknown sheet with a French message", () => {
    const { pkg, book: info } = open(book());
    expect(() => insertRows(pkg, info, "Nulle part", 2, 1, 1)).toThrow(XlsxPlanError);
    expect(() => deleteRows(pkg, info, "Nulle part", 2, 1)).toThrow(/introuvable/);
  });
});

describe("deleteRows", () => {
  it("undoes an insertion: the sheet reads as before", () => {
    const { pkg, book: info } = open(book());
    const before = { cells: cellsOf(pkg, SHEET1), merges: attrsOf(pkg, SHEET1, "mergeCell", "ref"), dv: attrsOf(pkg, SHEET1, "dataValidation", "sqref") };
    insertRows(pkg, info, "Sheet1", 4, 2, 3);
    deleteRows(pkg, info, "Sheet1", 4, 2);
    const { pkg: after } = reopen(pkg);
    expect(cellsOf(after, SHEET1)).toEqual(before.cells);
    expect(attrsOf(after, SHEET1, "mergeCell", "ref")).toEqual(before.merges);
    expect(attrsOf(after, SHEET1, "dataValidation", "sqref")).toEqual(before.dv);
    expect(textsOf(after, SHEET1, "sqref")).toEqual(["C3", "D4:D6"]);
    expect(textsOf(after, "/xl/drawings/vmlDrawing1.vml", "Anchor")).toEqual(["1, 15, 3, 10, 3, 15, 15, 4", "1, 15, 0, 2, 3, 15, 4, 4"]);
    expect(textsOf(after, "/xl/workbook.xml", "definedName")).toEqual(["Sheet1!$A$1:$F$6", "Sheet1!$A$1:$A$2"]);
    expect(attrsOf(after, SHEET1, "brk", "id")).toEqual(["2", "4", "3"]);
  });

  it("turns references into deleted rows into #REF! and drops what lay on them", () => {
    const { pkg, book: info } = open(book());
    deleteRows(pkg, info, "Sheet1", 5, 1);
    const { pkg: after } = reopen(pkg);
    const cells = cellsOf(after, SHEET1);
    expect(cells.get("A5")?.f).toBe("SUM(A1:A4)");
    expect(cellsOf(after, SHEET2).get("A1")?.f).toBe("Sheet1!#REF!+A1");
    expect(attrsOf(after, SHEET1, "hyperlink", "ref")).toEqual([]);
    expect(elementsOf(after, SHEET1, "hyperlinks")).toHaveLength(0);
    expect(attrsOf(after, "/xl/comments1.xml", "comment", "ref")).toEqual(["A1"]);
    expect(textsOf(after, "/xl/drawings/vmlDrawing1.vml", "Row")).toEqual(["0"]);
    // A5:A6 lost a row: a one-cell merge is no merge
    expect(attrsOf(after, SHEET1, "mergeCell", "ref")).toEqual(["B3:C3"]);
    expect(attrsOf(after, SHEET1, "dataValidation", "sqref")[0]).toBe("B2:B3");
  });

  it("removes the x14 lists and their extension when every range of them is deleted", () => {
    const { pkg, book: info } = open(book());
    deleteRows(pkg, info, "Sheet1", 3, 4);
    const { pkg: after } = reopen(pkg);
    expect(elementsOf(after, SHEET1, "dataValidations").filter((el) => el.namespaceURI === X14)).toHaveLength(0);
    expect(elementsOf(after, SHEET1, "conditionalFormattings")).toHaveLength(0);
    expect(elementsOf(after, SHEET1, "ext")).toHaveLength(0);
    expect(elementsOf(after, SHEET1, "extLst")).toHaveLength(0);
    expect(cellsOf(after, SHEET1).get("A2")?.v).toBe("2");
  });

  it("gives the cells of a shared formula whose first cell is deleted their own formulas", () => {
    const { pkg, book: info } = open(book());
    deleteRows(pkg, info, "Sheet1", 1, 1);
    const cells = cellsOf(reopen(pkg).pkg, SHEET1);
    // C2 was the shared `A1*2` one row down: `A2*2`, now on row 1 and pointing at row 1
    expect(cells.get("C1")).toEqual({ v: "4", f: "A1*2" });
  });
});

describe("shared formulas", () => {
  const shared = (formula: string, rows: number): string[] =>
    Array.from({ length: rows }, (_, i) =>
      i === 0 ? `<c r="C1"><f t="shared" ref="C1:C${rows}" si="0">${formula}</f><v>0</v></c>` : `<c r="C${i + 1}"><f t="shared" si="0"/><v>0</v></c>`,
    );

  function sheetWith(formula: string, otherFormula: string): Uint8Array {
    const cells = shared(formula, 6);
    const rows = Array.from({ length: 8 }, (_, i) => `<row r="${i + 1}"><c r="B${i + 1}"><v>${i + 1}</v></c>${cells[i] ?? ""}</row>`).join("");
    const other = shared(otherFormula, 6)
      .map((c, i) => `<row r="${i + 1}">${c}</row>`)
      .join("");
    return buildBook([
      { name: "S", xml: `<sheetData>${rows}</sheetData>` },
      { name: "L", xml: `<sheetData>${other}</sheetData>` },
      {
        name: "M",
        xml: `<sheetData>${shared("S!B1", 2)
          .map((c, i) => `<row r="${i + 1}">${c}</row>`)
          .join("")}</sheetData>`,
      },
    ]);
  }

  function formulas(pkg: ReturnType<typeof open>["pkg"], part: string): string[] {
    return [...cellsOf(pkg, part)].filter(([, c]) => c.f !== undefined).map(([a, c]) => `${a}=${c.f}`);
  }

  it("writes out a group whose cells point on both sides of the insertion, each cell pointing where it did", () => {
    const { pkg, book: info } = open(sheetWith("B2", "S!B1"));
    insertRows(pkg, info, "S", 4, 2, 3);
    const { pkg: after } = reopen(pkg);
    expect(formulas(after, SHEET1)).toEqual(["C1=B2", "C2=B3", "C3=B6", "C6=B7", "C7=B8", "C8=B9"]);
    expect(formulas(after, SHEET2)).toEqual(["C1=S!B1", "C2=S!B2", "C3=S!B3", "C4=S!B6", "C5=S!B7", "C6=S!B8"]);
    expect(elementsOf(after, SHEET1, "f").filter((f) => f.getAttribute("t") === "shared")).toHaveLength(0);
    // the third sheet's group points above the insertion only: untouched
    expect(pkg.touched()).not.toContain(SHEET3);
  });

  it("keeps a group that moves as one block shared, its range moved", () => {
    const { pkg, book: info } = open(sheetWith("B1*2", "S!$B$7+S!B1"));
    insertRows(pkg, info, "S", 1, 2, 1);
    const { pkg: after } = reopen(pkg);
    const f = elementsOf(after, SHEET1, "f");
    expect(f.filter((el) => el.getAttribute("t") === "shared")).toHaveLength(6);
    expect(f[0].getAttribute("ref")).toBe("C3:C8");
    expect(f[0].textContent).toBe("B3*2");
    const other = elementsOf(after, SHEET2, "f");
    expect(other[0].textContent).toBe("S!$B$9+S!B3");
    expect(other.filter((el) => el.getAttribute("t") === "shared")).toHaveLength(6);
  });
});

describe("odd files", () => {
  it("numbers rows and cells that have no r before moving them", () => {
    const bytes = buildBook([
      {
        name: "S",
        xml: `<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c><v>3</v></c></row><row r="5"><c r="B5"><v>5</v></c><c><v>6</v></c></row></sheetData>`,
      },
    ]);
    const { pkg, book: info } = open(bytes);
    insertRows(pkg, info, "S", 2, 1, 1);
    const cells = cellsOf(reopen(pkg).pkg, SHEET1);
    expect([...cells].filter(([, c]) => c.v).map(([a, c]) => `${a}=${c.v}`)).toEqual(["A1=1", "B1=2", "A3=3", "B6=5", "C6=6"]);
  });

  it("keeps huge ranges as ranges: whole columns do not move, ranges to the last row stay there", () => {
    const bytes = buildBook([
      {
        name: "S",
        xml: `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="D5:E1048576"/></mergeCells><conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>SUM(B:B)&gt;0</formula></cfRule></conditionalFormatting><dataValidations count="1"><dataValidation type="list" sqref="B:B C3:C1048576"><formula1>$Z$1:$Z$3</formula1></dataValidation></dataValidations>`,
      },
    ]);
    const { pkg, book: info } = open(bytes);
    const started = Date.now();
    insertRows(pkg, info, "S", 3, 4, 2);
    const { pkg: after } = reopen(pkg);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(attrsOf(after, SHEET1, "mergeCell", "ref")).toEqual(["D9:E1048576"]);
    expect(attrsOf(after, SHEET1, "conditionalFormatting", "sqref")).toEqual(["A1:XFD1048576"]);
    expect(textsOf(after, SHEET1, "formula")).toEqual(["SUM(B:B)>0"]);
    expect(attrsOf(after, SHEET1, "dataValidation", "sqref")).toEqual(["B:B C7:C1048576"]);
  });

  it("leaves a VML notes part that is not well-formed XML as it is, and moves the rest", () => {
    const broken = vml.replace("<x:Row>4</x:Row>", "<x:Row>4</x:Row><br>");
    const { pkg, book: info } = open(book(broken));
    insertRows(pkg, info, "Sheet1", 4, 2, 3);
    expect(pkg.touched()).not.toContain("/xl/drawings/vmlDrawing1.vml");
    expect(attrsOf(reopen(pkg).pkg, "/xl/comments1.xml", "comment", "ref")).toEqual(["A7", "A1"]);
  });
});
