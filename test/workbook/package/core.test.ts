/**
 * The core of the file layer on small packages made here, byte by byte where it matters: what a zip
 * claims is checked before and while inflating, XML that could hurt is refused, parts are found
 * through relationships, and a package saved without changes keeps every entry's compressed bytes.
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { readFileSync } from "fs";
import { XlsxReadError } from "../../../src/workbook/package/errors";
import { LIMITS, type Limits } from "../../../src/workbook/package/limits";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { readBook } from "../../../src/workbook/package/workbook";
import { readZip, writeZip } from "../../../src/workbook/package/zip";
import { CNIL_XLSX_PATH } from "../../fixtures/cnilWorkbook";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The smallest package Excel opens: one sheet, written as `files` says (names, targets). */
function tinyPackage(options: { sheetPart?: string; target?: string; sheetXml?: string; extra?: Record<string, string> } = {}): Record<string, Uint8Array> {
  const sheetPart = options.sheetPart ?? "xl/worksheets/sheet1.xml";
  const target = options.target ?? "worksheets/sheet1.xml";
  const files: Record<string, string> = {
    "[Content_Types].xml": `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/${sheetPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr date1904="1"/><sheets><sheet name="Fiche 1" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'Fiche 1'!$A$1:$D$40</definedName></definedNames></workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="${target}"/></Relationships>`,
    [sheetPart]:
      options.sheetXml ??
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nom</t></is></c></row></sheetData></worksheet>`,
    ...options.extra,
  };
  return Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]));
}

function zip(files: Record<string, Uint8Array>): Uint8Array {
  return zipSync(files, { level: 6 });
}

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof XlsxReadError) return `${e.reason}: ${e.message}`;
    throw e;
  }
  return "no error";
}

const small = (over: Partial<Limits>): Limits => ({ ...LIMITS, ...over });

describe("a package saved without changes", () => {
  test("keeps every entry of the CNIL workbook, compressed bytes, checksums and dates included", () => {
    const bytes = new Uint8Array(readFileSync(CNIL_XLSX_PATH));
    const before = readZip(bytes, LIMITS);
    const after = readZip(XlsxPackage.open(bytes).save(), LIMITS);
    expect(after.map((e) => e.name)).toEqual(before.map((e) => e.name));
    after.forEach((e, i) => {
      expect({ name: e.name, crc: e.crc32, date: e.date, time: e.time }).toEqual({
        name: before[i].name,
        crc: before[i].crc32,
        date: before[i].date,
        time: before[i].time,
      });
      expect(Buffer.from(e.raw).equals(Buffer.from(before[i].raw))).toBe(true);
    });
  });

  test("writes an edited part anew and the rest as it was; fflate reads the result", () => {
    const pkg = XlsxPackage.open(zip(tinyPackage()));
    const doc = pkg.dom("/xl/worksheets/sheet1.xml");
    doc.documentElement?.setAttribute("data-test", "1");
    expect(pkg.touched()).toEqual(["/xl/worksheets/sheet1.xml"]);
    const files = unzipSync(pkg.save());
    expect(new TextDecoder().decode(files["xl/worksheets/sheet1.xml"])).toContain('data-test="1"');
    expect(new TextDecoder().decode(files["xl/workbook.xml"])).toContain("Fiche 1");
  });
});

describe("parts are found through relationships", () => {
  test.each([
    ["relative target, Excel's names", {}],
    ["absolute target (openpyxl)", { target: "/xl/worksheets/sheet1.xml" }],
    ["a part named as nobody expects", { sheetPart: "xl/feuilles/fiche-traitement.xml", target: "feuilles/fiche-traitement.xml" }],
    ["a target going up and down", { sheetPart: "xl/feuilles/f1.xml", target: "../xl/./feuilles/f1.xml" }],
    ["a percent-encoded target", { sheetPart: "xl/feuilles/fiche 1.xml", target: "feuilles/fiche%201.xml" }],
  ])("%s", (_, options) => {
    const pkg = XlsxPackage.open(zip(tinyPackage(options)));
    const book = readBook(pkg);
    expect(book.sheets.map((s) => s.name)).toEqual(["Fiche 1"]);
    expect(pkg.text(book.sheets[0].part)).toContain("Nom");
    expect(book.date1904).toBe(true);
    expect(book.definedNames).toEqual([{ name: "_xlnm.Print_Area", localSheetId: 0, text: "'Fiche 1'!$A$1:$D$40" }]);
  });

  test("a new relationship is written the way the part's others are: relative, or absolute as openpyxl's", () => {
    const relative = XlsxPackage.open(zip(tinyPackage()));
    relative.addRelationship("/xl/workbook.xml", relative.relationshipType("worksheet"), "/xl/worksheets/sheet2.xml");
    expect(relative.text("/xl/_rels/workbook.xml.rels")).toContain('Id="rId2"');
    expect(relative.relationships("/xl/workbook.xml").map((r) => r.target)).toEqual(["/xl/worksheets/sheet1.xml", "/xl/worksheets/sheet2.xml"]);
    expect(relative.text("/xl/_rels/workbook.xml.rels")).toContain('Target="worksheets/sheet2.xml"');
    const absolute = XlsxPackage.open(zip(tinyPackage({ target: "/xl/worksheets/sheet1.xml" })));
    absolute.addRelationship("/xl/workbook.xml", absolute.relationshipType("worksheet"), "/xl/worksheets/sheet2.xml");
    expect(absolute.text("/xl/_rels/workbook.xml.rels")).toContain('Target="/xl/worksheets/sheet2.xml"');
  });

  test("relative targets between folders", () => {
    const pkg = XlsxPackage.open(zip(tinyPackage()));
    expect(pkg.relativeTarget("/xl/worksheets/sheet1.xml", "/xl/comments/comment1.xml")).toBe("../comments/comment1.xml");
    expect(pkg.relativeTarget("/xl/workbook.xml", "/xl/worksheets/sheet3.xml")).toBe("worksheets/sheet3.xml");
    expect(pkg.relativeTarget("/", "/xl/workbook.xml")).toBe("xl/workbook.xml");
  });

  test("a new part gets its content type, a removed part loses it", () => {
    const pkg = XlsxPackage.open(zip(tinyPackage()));
    const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
    pkg.put("/xl/comments/comment9.xml", "<comments/>", type);
    expect(XlsxPackage.open(pkg.save()).contentType("/xl/comments/comment9.xml")).toBe(type);
    pkg.remove("/xl/comments/comment9.xml");
    const again = XlsxPackage.open(pkg.save());
    expect(again.has("/xl/comments/comment9.xml")).toBe(false);
    expect(again.text("/[Content_Types].xml")).not.toContain("comment9");
  });
});

describe("what a file claims is checked", () => {
  test("a part larger than the limit is refused before it is inflated", () => {
    const files = tinyPackage({ extra: { "xl/media/big.xml": "x".repeat(50_000) } });
    const pkg = XlsxPackage.open(zip(files), small({ partBytes: 20_000 }));
    expect(reasonOf(() => pkg.bytes("/xl/media/big.xml"))).toMatch(/^too-large: La partie \/xl\/media\/big\.xml pèse/);
  });

  test("a part that inflates beyond the size it claims is stopped there (a zip bomb that lies)", () => {
    const bytes = zip(tinyPackage({ extra: { "xl/bomb.xml": "<a>" + "a".repeat(2_000_000) + "</a>" } }));
    const entries = readZip(bytes, LIMITS);
    const bomb = entries.find((e) => e.name === "xl/bomb.xml")!;
    const lying = writeZip(entries.map((e) => ({ copy: e === bomb ? { ...e, size: 1000 } : e })));
    const pkg = XlsxPackage.open(lying);
    expect(reasonOf(() => pkg.bytes("/xl/bomb.xml"))).toMatch(/^too-large: La partie xl\/bomb\.xml se décompresse bien au-delà/);
  });

  test("the parts inflated add up to a limit too", () => {
    const files = tinyPackage({ extra: { "xl/a.xml": "a".repeat(30_000), "xl/b.xml": "b".repeat(30_000) } });
    const pkg = XlsxPackage.open(zip(files), small({ totalBytes: 50_000 }));
    pkg.bytes("/xl/a.xml");
    expect(reasonOf(() => pkg.bytes("/xl/b.xml"))).toMatch(/^too-large: Le classeur dépasse/);
  });

  test("a file too heavy, or with too many parts, is refused at once", () => {
    const bytes = zip(tinyPackage());
    expect(reasonOf(() => XlsxPackage.open(bytes, small({ fileBytes: 100 })))).toMatch(/^too-large: Le fichier pèse/);
    expect(reasonOf(() => XlsxPackage.open(bytes, small({ parts: 3 })))).toMatch(/^too-large: Le fichier contient 5 parties/);
  });

  test("a wrong checksum, an encrypted entry, a part twice, a truncated file are « abîmé »", () => {
    const bytes = zip(tinyPackage());
    const entries = readZip(bytes, LIMITS);
    const wrongCrc = writeZip(entries.map((e) => ({ copy: e.name === "xl/workbook.xml" ? { ...e, crc32: e.crc32 ^ 1 } : e })));
    expect(reasonOf(() => readBook(XlsxPackage.open(wrongCrc)))).toMatch(/^corrupt: La partie xl\/workbook\.xml est abîmée \(somme de contrôle fausse\)/);
    const encrypted = writeZip(entries.map((e) => ({ copy: e.name === "xl/workbook.xml" ? { ...e, flags: e.flags | 1 } : e })));
    expect(reasonOf(() => XlsxPackage.open(encrypted))).toMatch(/^corrupt: La partie xl\/workbook\.xml du fichier est chiffrée/);
    const twice = writeZip([...entries.map((e) => ({ copy: e })), { copy: entries[0] }]);
    expect(reasonOf(() => XlsxPackage.open(twice))).toMatch(/figure deux fois/);
    expect(reasonOf(() => XlsxPackage.open(bytes.subarray(0, bytes.length - 30)))).toMatch(/^corrupt: /);
  });

  test("an archive that is not a workbook says so", () => {
    const docx = zipSync({
      "[Content_Types].xml": strToU8("<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>"),
      "word/document.xml": strToU8("<w/>"),
    });
    expect(reasonOf(() => XlsxPackage.open(docx))).toMatch(/^not-xlsx: /);
    expect(reasonOf(() => XlsxPackage.open(zipSync({ "a.txt": strToU8("bonjour") })))).toMatch(/^not-xlsx: /);
  });
});

describe("XML that could hurt is refused", () => {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;

  test("a DOCTYPE (billion laughs) is refused, in the stream and before a DOM", () => {
    const pkg = XlsxPackage.open(zip(tinyPackage({ sheetXml: laughs })));
    expect(reasonOf(() => pkg.dom("/xl/worksheets/sheet1.xml"))).toMatch(/^hostile: La partie \/xl\/worksheets\/sheet1\.xml déclare un DOCTYPE/);
  });

  test("nesting deeper than the limit is refused without exhausting the stack", () => {
    const deep = `<worksheet xmlns="${MAIN}">${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</worksheet>`;
    const pkg = XlsxPackage.open(zip(tinyPackage({ sheetXml: deep })));
    expect(reasonOf(() => pkg.dom("/xl/worksheets/sheet1.xml"))).toMatch(/^hostile: .*imbrique plus de 128 niveaux/);
  });

  test("a workbook part that is not XML is « abîmé »", () => {
    const files = tinyPackage();
    files["xl/workbook.xml"] = strToU8("<workbook><sheets></workbook>");
    expect(reasonOf(() => readBook(XlsxPackage.open(zip(files))))).toMatch(/^corrupt: La partie \/xl\/workbook\.xml n'est pas du XML valide/);
  });

  test("a stored (uncompressed) entry is read as it is", () => {
    const files = tinyPackage();
    const bytes = zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [v, { level: 0 }]])));
    expect(readBook(XlsxPackage.open(bytes)).sheets[0].name).toBe("Fiche 1");
  });
});
