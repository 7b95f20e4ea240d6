/**
 * The few package facts the adapter reads from the zip itself: which XML part holds which sheet
 * (xl/workbook.xml + xl/_rels/workbook.xml.rels), and XML text escaping. Cheap regular expressions
 * over small parts only.
 */

export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, ent: string) => {
    switch (ent) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(ent[1] === "x" ? parseInt(ent.slice(2), 16) : parseInt(ent.slice(1), 10));
    }
  });
}

export function encodeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Attributes of one start tag's attribute text: `name="x" r:id="rId2"` → map (values decoded). */
export function parseAttributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out[m[1]] = decodeXml(m[3] ?? m[4] ?? "");
  return out;
}

export interface SheetPart {
  name: string;
  /** Zip path of the worksheet XML, e.g. `xl/worksheets/sheet3.xml`. */
  path: string;
}

/** Resolves a relationship target against the folder of the part that owns the rels file. */
export function resolveTarget(baseFolder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = baseFolder.split("/").filter(Boolean);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRelationships(relsXml: string): Relationship[] {
  const out: Relationship[] = [];
  const re = /<(?:\w+:)?Relationship\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(relsXml))) {
    const a = parseAttributes(m[1]);
    if (a.Id) out.push({ id: a.Id, type: a.Type ?? "", target: a.Target ?? "", external: a.TargetMode === "External" });
  }
  return out;
}

/** The worksheets of a package, in workbook order, with the XML part of each. */
export function sheetParts(workbookXml: string, workbookRelsXml: string): SheetPart[] {
  const rels = new Map(parseRelationships(workbookRelsXml).map((r) => [r.id, r]));
  const out: SheetPart[] = [];
  const re = /<(?:\w+:)?sheet\b([^>]*?)\/?>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(workbookXml))) {
    const a = parseAttributes(m[1]);
    const rid = Object.keys(a).find((k) => k === "r:id" || k.endsWith(":id"));
    const rel = rid ? rels.get(a[rid]) : undefined;
    if (a.name !== undefined && rel && /worksheet$/.test(rel.type)) {
      out.push({ name: a.name, path: resolveTarget("xl", rel.target) });
    }
  }
  return out;
}

/** `xl/worksheets/sheet3.xml` → `xl/worksheets/_rels/sheet3.xml.rels`. */
export function relsPathOf(partPath: string): string {
  const i = partPath.lastIndexOf("/");
  return `${partPath.slice(0, i)}/_rels/${partPath.slice(i + 1)}.rels`;
}
