/**
 * Excel 2010+ keeps a validation whose list lives on another sheet (every dropdown of a fiche) in the
 * worksheet's `<extLst>` as `<x14:dataValidations>`, which ExcelJS neither reads nor writes. This
 * module reads that block with a cheap scan of the sheet XML's tail, and renders it back.
 */
import { parseSqref, sqrefOf, type Rect } from "../../register";
import { decodeXml, encodeXml, parseAttributes } from "./parts";

/** The `uri` Excel gives the extension that holds x14 data validations. */
export const X14_DV_URI = "{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}";
export const NS_X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
export const NS_XM = "http://schemas.microsoft.com/office/excel/2006/main";

export interface X14Validation {
  /**
   * Attribute text of `<x14:dataValidation …>` as written back: the unprefixed attributes as read
   * (prefixed ones such as Excel's `xr:uid` are dropped: their namespace is not declared any more).
   */
  attributes: string;
  /** `list`, `whole`, `custom`… (`none` when absent). */
  type: string;
  /** Formula text without a leading `=`, e.g. `'5_-_Listes'!$F$2:$F$10` or `"Oui,Non"`. */
  formula1?: string;
  formula2?: string;
  ranges: Rect[];
}

export interface X14Block {
  /** Attributes of `<x14:dataValidations>` other than `count` and namespace declarations. */
  attributes: string;
  validations: X14Validation[];
}

/** An internal link (`<hyperlink ref="A14" location="Feuil2!A1"/>`), which ExcelJS drops on read. */
export interface InternalLink {
  address: string;
  location: string;
}

export interface SheetXmlExtras {
  x14: X14Block | null;
  internalLinks: InternalLink[];
}

/** The part of a sheet's XML after its cells: where `<hyperlinks>` and `<extLst>` live. */
function tailOf(xml: string): string {
  const end = xml.lastIndexOf("</sheetData>");
  if (end >= 0) return xml.slice(end);
  const empty = xml.lastIndexOf("<sheetData");
  return empty >= 0 ? xml.slice(empty) : xml;
}

function firstFormula(body: string, n: 1 | 2): string | undefined {
  const re = new RegExp(`<(\\w+:)?formula${n}\\b[^>]*>\\s*<(\\w+:)?f\\b[^>]*>([\\s\\S]*?)</(\\w+:)?f>`);
  const m = re.exec(body);
  return m ? decodeXml(m[3]) : undefined;
}

/** ` a="1" b="2"`: the attributes without a namespace prefix, minus `skip`. */
function unprefixedAttributes(attrs: Record<string, string>, skip: string[]): string {
  return Object.entries(attrs)
    .filter(([k]) => !k.includes(":") && k !== "xmlns" && !skip.includes(k))
    .map(([k, v]) => ` ${k}="${encodeXml(v)}"`)
    .join("");
}

export function parseX14Block(extXml: string): X14Block | null {
  const open = /<(\w+:)?dataValidations\b([^>]*)>/.exec(extXml);
  if (!open) return null;
  const containerAttributes = unprefixedAttributes(parseAttributes(open[2]), ["count"]);
  const validations: X14Validation[] = [];
  const re = /<(\w+:)?dataValidation\b([^>]*?)(\/>|>([\s\S]*?)<\/\1?dataValidation>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(extXml))) {
    const attrs = m[2];
    const body = m[4] ?? "";
    const sq = /<(\w+:)?sqref\b[^>]*>([^<]*)<\//.exec(body);
    const attrMap = parseAttributes(attrs);
    const ranges = parseSqref(sq ? sq[2] : (attrMap.sqref ?? ""));
    if (ranges.length === 0) continue;
    validations.push({
      attributes: unprefixedAttributes(attrMap, ["sqref"]).trim(),
      type: attrMap.type ?? "none",
      formula1: firstFormula(body, 1),
      formula2: firstFormula(body, 2),
      ranges,
    });
  }
  return { attributes: containerAttributes, validations };
}

/** Reads the x14 data validations and the internal links of one worksheet XML. */
export function readSheetExtras(xml: string): SheetXmlExtras {
  const tail = tailOf(xml);
  let x14: X14Block | null = null;
  const uriAt = tail.toUpperCase().indexOf(X14_DV_URI.toUpperCase());
  if (uriAt >= 0) {
    const start = tail.lastIndexOf("<", uriAt);
    const close = /<\/(\w+:)?ext>/g;
    close.lastIndex = uriAt;
    const end = close.exec(tail);
    x14 = parseX14Block(tail.slice(start, end ? end.index : tail.length));
  }
  const internalLinks: InternalLink[] = [];
  const hl = /<(?:\w+:)?hyperlink\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = hl.exec(tail))) {
    const a = parseAttributes(m[1]);
    const hasRel = Object.keys(a).some((k) => k === "r:id" || /:id$/.test(k));
    if (!hasRel && a.ref && a.location) internalLinks.push({ address: a.ref.split(":")[0], location: a.location });
  }
  return { x14: x14 && x14.validations.length > 0 ? x14 : null, internalLinks };
}

/** The `<ext>` element holding `block`, as Excel writes it. */
export function renderX14Ext(block: X14Block): string {
  const items = block.validations
    .filter((v) => v.ranges.length > 0)
    .map((v) => {
      const f1 = v.formula1 !== undefined ? `<x14:formula1><xm:f>${encodeXml(v.formula1)}</xm:f></x14:formula1>` : "";
      const f2 = v.formula2 !== undefined ? `<x14:formula2><xm:f>${encodeXml(v.formula2)}</xm:f></x14:formula2>` : "";
      const attrs = v.attributes ? ` ${v.attributes.trim()}` : "";
      return `<x14:dataValidation${attrs}>${f1}${f2}<xm:sqref>${sqrefOf(v.ranges)}</xm:sqref></x14:dataValidation>`;
    });
  if (items.length === 0) return "";
  return (
    `<ext uri="${X14_DV_URI}" xmlns:x14="${NS_X14}">` +
    `<x14:dataValidations count="${items.length}" xmlns:xm="${NS_XM}"${block.attributes}>` +
    items.join("") +
    `</x14:dataValidations></ext>`
  );
}

/**
 * Puts `ext` inside the worksheet's `<extLst>` (created when absent, as its last child), after any
 * ext already there (ExcelJS writes x14 conditional formats in one).
 */
export function injectExt(sheetXml: string, ext: string): string {
  if (!ext) return sheetXml;
  const endLst = sheetXml.lastIndexOf("</extLst>");
  const endSheet = sheetXml.lastIndexOf("</worksheet>");
  if (endLst >= 0 && endLst < endSheet) return sheetXml.slice(0, endLst) + ext + sheetXml.slice(endLst);
  if (endSheet < 0) return sheetXml;
  return `${sheetXml.slice(0, endSheet)}<extLst>${ext}</extLst>${sheetXml.slice(endSheet)}`;
}
