/**
 * Small hand-made workbooks for the row-shift tests: a few sheets of raw XML zipped with fflate, and
 * readers of what a user would see in the result (cells, merges, dropdowns, breaks, notes…).
 */
import { zipSync, strToU8 } from "fflate";
import type { Element } from "@xmldom/xmldom";
import { XlsxPackage } from "../../../src/workbook/package/opc";
import { readBook, type BookInfo } from "../../../src/workbook/package/workbook";
import { parseDom } from "../../../src/workbook/package/xml";
import { allElements } from "../../../src/workbook/package/write/shift/dom";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

export interface SheetSpec {
  name: string;
  /** The worksheet's inner XML (everything inside `<worksheet>`). */
  xml: string;
  /** Parts related to the sheet: kind (`comments`, `vmlDrawing`, `drawing`, `table`), file name under xl/, content. */
  related?: Array<{ kind: string; path: string; xml: string; contentType: string }>;
}

export function worksheet(inner: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">${inner}</worksheet>`;
}

/** `extra`: more parts, by zip path (a drawing's relationships, a chart…), with their content type when not plain XML. */
export function buildBook(sheets: SheetSpec[], definedNames = "", extra: Array<{ path: string; xml: string; contentType?: string }> = []): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const overrides: string[] = [];
  for (const e of extra) {
    files[e.path] = strToU8(e.xml);
    if (e.contentType) overrides.push(`<Override PartName="/${e.path}" ContentType="${e.contentType}"/>`);
  }
  sheets.forEach((s, i) => {
    const n = i + 1;
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(worksheet(s.xml));
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    if (s.related && s.related.length > 0) {
      const rels = s.related.map((r, k) => `<Relationship Id="rId${k + 1}" Type="${REL_BASE}${r.kind}" Target="../${r.path}"/>`).join("");
      files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
      );
      for (const r of s.related) {
        files[`xl/${r.path}`] = strToU8(r.xml);
        overrides.push(`<Override PartName="/xl/${r.path}" ContentType="${r.contentType}"/>`);
      }
    }
  });
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides.join("")}</Types>`,
  );
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_BASE}officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_BASE}worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}</Relationships>`,
  );
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets>${sheets
      .map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets>${definedNames ? `<definedNames>${definedNames}</definedNames>` : ""}</workbook>`,
  );
  return zipSync(files);
}

export function open(bytes: Uint8Array): { pkg: XlsxPackage; book: BookInfo } {
  const pkg = XlsxPackage.open(bytes);
  return { pkg, book: readBook(pkg) };
}

/** The package saved and opened again: what another program would read. */
export function reopen(pkg: XlsxPackage): { pkg: XlsxPackage; book: BookInfo } {
  return open(pkg.save());
}

const parsed = new WeakMap<XlsxPackage, Map<string, Element[]>>();

/**
 * The elements named `local` of a part as saved. A package nobody changed since it was opened has its
 * parts parsed once (the CNIL's sheets are large).
 */
export function elementsOf(pkg: XlsxPackage, part: string, local: string): Element[] {
  const fresh = pkg.touched().length === 0;
  let parts = parsed.get(pkg);
  if (!parts) parsed.set(pkg, (parts = new Map()));
  let all = fresh ? parts.get(part) : undefined;
  if (!all) {
    all = allElements(parseDom(pkg.bytes(part), part).documentElement);
    if (fresh) parts.set(part, all);
  }
  return all.filter((el) => el.localName === local);
}

/** Cell address → its value as written (`v` or inline text), and its formula when it has one. */
export function cellsOf(pkg: XlsxPackage, part: string): Map<string, { v?: string; f?: string; s?: string }> {
  const out = new Map<string, { v?: string; f?: string; s?: string }>();
  for (const c of elementsOf(pkg, part, "c")) {
    const get = (local: string): string | undefined => {
      for (let n = c.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === local) return (n as Element).textContent ?? "";
      return undefined;
    };
    const entry: { v?: string; f?: string; s?: string } = {};
    const v = get("v") ?? get("is");
    const f = get("f");
    if (v !== undefined) entry.v = v;
    if (f !== undefined) entry.f = f;
    if (c.getAttribute("s")) entry.s = c.getAttribute("s") as string;
    out.set(c.getAttribute("r") ?? "?", entry);
  }
  return out;
}

export function attrsOf(pkg: XlsxPackage, part: string, local: string, name: string): string[] {
  return elementsOf(pkg, part, local).map((el) => el.getAttribute(name) ?? "");
}

export function textsOf(pkg: XlsxPackage, part: string, local: string): string[] {
  return elementsOf(pkg, part, local).map((el) => el.textContent ?? "");
}
