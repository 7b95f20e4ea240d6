/**
 * Small .xlsx packages made by hand for the reader's tests (fflate's zipSync, no ExcelJS): each test
 * writes the XML a given writer would, and nothing else, so that what is read comes from that XML.
 */
import { zipSync, strToU8 } from "fflate";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_REL_NS = "http://purl.oclc.org/ooxml/officeDocument/relationships";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

export interface SheetSpec {
  name: string;
  /** The whole worksheet part (starting `<?xml`), or its content, put inside `<worksheet>` (see `worksheet`). */
  xml: string;
  /** Where the part is in the zip; `xl/worksheets/sheetN.xml` by default. */
  path?: string;
  state?: "hidden" | "veryHidden";
}

export interface BookSpec {
  sheets: SheetSpec[];
  /** Shared strings as plain items, or the whole part as XML. */
  sharedStrings?: string[] | { xml: string };
  /** The whole styles part. */
  styles?: string;
  date1904?: boolean;
  /** Strict OOXML: purl.oclc.org namespaces and relationship types. */
  strict?: boolean;
  /** Relationship targets written from the package root (`/xl/worksheets/sheet1.xml`), as openpyxl does. */
  absoluteTargets?: boolean;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A worksheet part around `content` (`<sheetData>…</sheetData>` and what follows it). */
export function worksheet(content: string, ns = MAIN): string {
  return `${XML_DECL}<worksheet xmlns="${ns}" xmlns:r="${REL_NS}">${content}</worksheet>`;
}

/** `<row>`s from rows of `<c>` XML strings, rows numbered from 1. */
export function sheetData(...rows: string[][]): string {
  return `<sheetData>${rows.map((cells, i) => `<row r="${i + 1}">${cells.join("")}</row>`).join("")}</sheetData>`;
}

export function buildXlsx(spec: BookSpec): Uint8Array {
  const mainNs = spec.strict ? STRICT_MAIN : MAIN;
  const relNs = spec.strict ? STRICT_REL_NS : REL_NS;
  const relType = (kind: string): string => `${spec.strict ? STRICT_REL_NS : REL_NS}/${kind}`;
  const target = (path: string): string => (spec.absoluteTargets ? `/${path}` : path.replace(/^xl\//, ""));
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  const rels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const path = sheet.path ?? `xl/worksheets/sheet${i + 1}.xml`;
    const xml = sheet.xml.startsWith("<?xml") ? sheet.xml : worksheet(sheet.xml, mainNs);
    files[path] = strToU8(xml);
    overrides.push(`<Override PartName="/${path}" ContentType="${SHEET_TYPE}"/>`);
    rels.push(`<Relationship Id="rId${i + 1}" Type="${relType("worksheet")}" Target="${target(path)}"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    sheets.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${state} r:id="rId${i + 1}"/>`);
  });
  let next = spec.sheets.length + 1;
  if (spec.sharedStrings) {
    const sst = Array.isArray(spec.sharedStrings)
      ? `${XML_DECL}<sst xmlns="${mainNs}" count="${spec.sharedStrings.length}" uniqueCount="${spec.sharedStrings.length}">${spec.sharedStrings
          .map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
          .join("")}</sst>`
      : spec.sharedStrings.xml;
    files["xl/sharedStrings.xml"] = strToU8(sst);
    overrides.push(`<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`);
    rels.push(`<Relationship Id="rId${next++}" Type="${relType("sharedStrings")}" Target="${target("xl/sharedStrings.xml")}"/>`);
  }
  if (spec.styles) {
    files["xl/styles.xml"] = strToU8(spec.styles);
    overrides.push(`<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`);
    rels.push(`<Relationship Id="rId${next++}" Type="${relType("styles")}" Target="${target("xl/styles.xml")}"/>`);
  }
  const workbookPr = spec.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>";
  files["xl/workbook.xml"] = strToU8(`${XML_DECL}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">${workbookPr}<sheets>${sheets.join("")}</sheets></workbook>`);
  files["xl/_rels/workbook.xml.rels"] = strToU8(`${XML_DECL}<Relationships xmlns="${PACKAGE_RELS}">${rels.join("")}</Relationships>`);
  files["_rels/.rels"] = strToU8(
    `${XML_DECL}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${relType("officeDocument")}" Target="${spec.absoluteTargets ? "/" : ""}xl/workbook.xml"/></Relationships>`,
  );
  files["[Content_Types].xml"] = strToU8(
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`,
  );
  return zipSync(files);
}
