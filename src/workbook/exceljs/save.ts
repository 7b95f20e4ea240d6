/**
 * Writing a file: ExcelJS writes the workbook, then the zip is touched up for what ExcelJS cannot
 * write: each sheet's x14 data validations, and links to places in the workbook.
 */
import JSZip from "jszip";
import { findSheet, XlsxWorkbook } from "./book";
import { encodeXml, parseAttributes, parseRelationships, relsPathOf, sheetParts } from "./parts";
import { injectExt, renderX14Ext } from "./x14";

function plainBytes(buf: ArrayBuffer | Uint8Array): Uint8Array {
  return buf instanceof Uint8Array ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
}

/**
 * ExcelJS writes a link to `#'Sheet'!B4` as an external relationship; Excel wants
 * `<hyperlink ref="…" location="'Sheet'!B4"/>`. Returns the fixed sheet XML and rels, or null.
 */
function fixInternalLinks(sheetXml: string, relsXml: string): { sheet: string; rels: string } | null {
  const internal = new Map(
    parseRelationships(relsXml)
      .filter((r) => r.target.startsWith("#"))
      .map((r) => [r.id, r.target.slice(1)]),
  );
  if (internal.size === 0) return null;
  const used = new Set<string>();
  const sheet = sheetXml.replace(/<hyperlink\b([^>]*?)\/>/g, (whole, attrText: string) => {
    const a = parseAttributes(attrText);
    const location = a["r:id"] !== undefined ? internal.get(a["r:id"]) : undefined;
    if (location === undefined) return whole;
    used.add(a["r:id"]);
    const tooltip = a.tooltip !== undefined ? ` tooltip="${encodeXml(a.tooltip)}"` : "";
    return `<hyperlink ref="${encodeXml(a.ref ?? "")}" location="${encodeXml(location)}"${tooltip}/>`;
  });
  const rels = relsXml.replace(/<Relationship\b([^>]*?)\/>/g, (whole, attrText: string) => (used.has(parseAttributes(attrText).Id ?? "") ? "" : whole));
  return { sheet, rels };
}

/** Writes the workbook to .xlsx bytes, keeping Excel's x14 dropdowns. */
export async function saveXlsx(book: XlsxWorkbook): Promise<Uint8Array> {
  const written = plainBytes(await book.excel.xlsx.writeBuffer());
  const zip = await JSZip.loadAsync(written);
  const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (workbookXml === undefined || relsXml === undefined) return written;

  let changed = false;
  for (const part of sheetParts(workbookXml, relsXml)) {
    const ws = findSheet(book, part.name);
    const block = ws ? book.x14.get(ws.id) : undefined;
    const ext = block ? renderX14Ext(block) : "";
    const relsPath = relsPathOf(part.path);
    const sheetRels = await zip.file(relsPath)?.async("string");
    const needsLinks = sheetRels !== undefined && sheetRels.includes('Target="#');
    if (!ext && !needsLinks) continue;
    let xml = await zip.file(part.path)?.async("string");
    if (xml === undefined) continue;
    if (needsLinks && sheetRels !== undefined) {
      const fixed = fixInternalLinks(xml, sheetRels);
      if (fixed) {
        xml = fixed.sheet;
        zip.file(relsPath, fixed.rels);
      }
    }
    if (ext) xml = injectExt(xml, ext);
    zip.file(part.path, xml);
    changed = true;
  }
  if (!changed) return written;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
