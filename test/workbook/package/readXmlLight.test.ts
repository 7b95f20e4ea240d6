/**
 * The light streaming mode the reader uses for worksheets and shared strings: the same refusals as
 * `streamXml` (DOCTYPE, nesting, long texts and attributes, broken XML), and namespaces resolved
 * from the declarations in scope, never from prefixes.
 */
import { XlsxReadError } from "../../../src/workbook/package/errors";
import { LIMITS } from "../../../src/workbook/package/limits";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { snapshotOfPackage } from "../../../src/workbook/package/read";
import { streamXmlLight, type LightElement } from "../../../src/workbook/package/xml";
import { buildXlsx, MAIN } from "./readFixtures";

function reasonOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof XlsxReadError) return `${e.reason}: ${e.message}`;
    throw e;
  }
  return "read";
}

const readSheet = (xml: string) => () => snapshotOfPackage(XlsxPackage.open(buildXlsx({ sheets: [{ name: "F", xml }] })));

describe("hostile worksheets are refused by the reader", () => {
  test("a DOCTYPE (billion laughs)", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    expect(reasonOf(readSheet(laughs))).toMatch(/^hostile: La partie \/xl\/worksheets\/sheet1\.xml déclare un DOCTYPE/);
  });

  test("nesting deeper than the limit", () => {
    const deep = `<?xml version="1.0"?><worksheet xmlns="${MAIN}">${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</worksheet>`;
    expect(reasonOf(readSheet(deep))).toMatch(/^hostile: .*imbrique plus de 128 niveaux/);
  });

  test("an attribute longer than a cell's text may be", () => {
    const long = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1" x="${"a".repeat(LIMITS.stringLength + 1)}"/></sheetData></worksheet>`;
    expect(reasonOf(readSheet(long))).toMatch(/^too-large: Un attribut de la partie/);
  });

  test("broken XML, an undeclared prefix, a cell reference outside the sheet", () => {
    expect(reasonOf(readSheet(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row></sheetData></worksheet>`))).toMatch(
      /^corrupt: La partie .* n'est pas du XML valide/,
    );
    expect(reasonOf(readSheet(`<?xml version="1.0"?><x:worksheet><x:sheetData/></x:worksheet>`))).toMatch(/^corrupt: .*préfixe non déclaré/);
    expect(
      reasonOf(readSheet(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="XFE1"><v>1</v></c></row></sheetData></worksheet>`)),
    ).toMatch(/^corrupt: La feuille « F » contient une référence de cellule invalide/);
  });
});

describe("namespaces in the light stream", () => {
  function elementsOf(xml: string): string[] {
    const out: string[] = [];
    streamXmlLight(xml, { open: (el: LightElement) => out.push(`${el.local}@${el.uri}`) }, "/test.xml");
    return out;
  }

  test("a declaration holds for its element and its descendants only, and a redeclaration shadows it", () => {
    const xml = '<a xmlns="urn:1" xmlns:p="urn:p"><p:b xmlns:p="urn:q"><p:c/></p:b><p:d/><e xmlns=""/><f/></a>';
    expect(elementsOf(xml)).toEqual(["a@urn:1", "b@urn:q", "c@urn:q", "d@urn:p", "e@", "f@urn:1"]);
  });

  test("attributes are read by their name as written", () => {
    const seen: Record<string, string>[] = [];
    streamXmlLight('<a xmlns="urn:1" xmlns:x="urn:x" r="A1" x:r="B2"/>', { open: (el) => seen.push({ ...el.attributes }) }, "/test.xml");
    expect(seen[0]).toMatchObject({ r: "A1", "x:r": "B2" });
  });
});
