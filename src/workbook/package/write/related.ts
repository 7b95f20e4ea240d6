/**
 * The parts that belong to a sheet (its notes, their drawing, its drawing and charts, printer
 * settings, tables): copied with a copied sheet, removed with a deleted one. Parts shared with the
 * rest of the workbook (images, which we never change; anything we do not know) stay shared.
 */
import type { Document } from "@xmldom/xmldom";
import type { XlsxPackage } from "../opc";
import { attr, parseDom, serializeDom, streamXml } from "../xml";
import { elements, root } from "./dom";

/** Relationship kinds whose target is owned by the part that points at it. */
const OWNED = new Set([
  "comments",
  "vmlDrawing",
  "drawing",
  "printerSettings",
  "table",
  "chart",
  "chartUserShapes",
  "chartStyle",
  "chartColorStyle",
  "threadedComment",
  "ctrlProp",
  "customProperty",
]);

const TABLE_TYPE_SUFFIX = "spreadsheetml.table+xml";

function splitName(part: string): { dir: string; stem: string; ext: string } {
  const slash = part.lastIndexOf("/");
  const dir = part.slice(0, slash + 1);
  const file = part.slice(slash + 1);
  const dot = file.lastIndexOf(".");
  const base = dot > 0 ? file.slice(0, dot) : file;
  const ext = dot > 0 ? file.slice(dot) : "";
  return { dir, stem: base.replace(/\d+$/, ""), ext };
}

/** A part name not used yet, in the folder of `like` and named like it (`sheet6.xml`, `comments5.xml`). */
export function unusedPartName(pkg: XlsxPackage, like: string): string {
  const { dir, stem, ext } = splitName(like);
  for (let n = 1; ; n++) {
    const name = `${dir}${stem}${n}${ext}`;
    if (!pkg.has(name)) return name;
  }
}

/** The part a `.rels` part describes: `/xl/worksheets/_rels/sheet1.xml.rels` → `/xl/worksheets/sheet1.xml`. */
function sourceOfRels(relsPart: string): string | null {
  const m = /^(.*\/)_rels\/([^/]+)\.rels$/i.exec(relsPart);
  if (!m) return null;
  return m[1] === "/" && m[2] === "" ? "/" : `${m[1]}${m[2]}`;
}

interface TableNames {
  ids: Set<number>;
  names: Set<string>;
}

function tableNames(pkg: XlsxPackage, definedNames: readonly string[]): TableNames {
  const ids = new Set<number>();
  const names = new Set(definedNames.map((n) => n.toLowerCase()));
  for (const part of pkg.partNames()) {
    if (!(pkg.contentType(part) ?? "").endsWith(TABLE_TYPE_SUFFIX)) continue;
    let done = false;
    streamXml(
      pkg.bytes(part),
      {
        open: (el) => {
          if (done) return;
          done = true;
          ids.add(Number(attr(el, "id")));
          for (const n of [attr(el, "name"), attr(el, "displayName")]) if (n) names.add(n.toLowerCase());
        },
      },
      part,
      pkg.limits,
    );
  }
  return { ids, names };
}

/** A copied table gets an id and a name of its own: both are unique in a workbook. */
function renameTable(doc: Document, taken: TableNames): void {
  const table = root(doc);
  const id = Math.max(0, ...[...taken.ids].filter(Number.isFinite)) + 1;
  taken.ids.add(id);
  table.setAttribute("id", String(id));
  const base = (table.getAttribute("displayName") ?? table.getAttribute("name") ?? "Tableau").replace(/_\d+$/, "");
  let n = 2;
  while (taken.names.has(`${base}_${n}`.toLowerCase())) n++;
  const name = `${base}_${n}`;
  taken.names.add(name.toLowerCase());
  table.setAttribute("name", name);
  table.setAttribute("displayName", name);
}

/**
 * Copies `part` under a new name in its folder, with its content type and its relationships; the
 * parts it owns are copied too (recursively), the others stay shared. Returns the new part's name.
 * `definedNames` are the workbook's names (a copied table's new name must differ from them).
 */
export function copyPartTree(pkg: XlsxPackage, part: string, newName: string, definedNames: readonly string[]): string {
  let tables: TableNames | null = null;
  const copy = (from: string, to: string): void => {
    pkg.put(to, pkg.bytes(from), pkg.contentType(from));
    if ((pkg.contentType(from) ?? "").endsWith(TABLE_TYPE_SUFFIX)) {
      tables ??= tableNames(pkg, definedNames);
      renameTable(pkg.dom(to), tables);
    }
    const relsPart = pkg.relsPartOf(from);
    if (!pkg.has(relsPart)) return;
    const rels = pkg.relationships(from);
    const doc = parseDom(pkg.bytes(relsPart), relsPart, pkg.limits);
    for (const el of elements(root(doc), "Relationship")) {
      const rel = rels.find((r) => r.id === el.getAttribute("Id"));
      if (!rel || rel.external) continue;
      const written = el.getAttribute("Target") ?? "";
      let target = rel.target;
      if (OWNED.has(rel.kind) && pkg.has(rel.target)) {
        target = unusedPartName(pkg, rel.target);
        copy(rel.target, target);
      }
      el.setAttribute("Target", written.startsWith("/") ? target : pkg.relativeTarget(to, target));
    }
    pkg.put(pkg.relsPartOf(to), serializeDom(doc), pkg.contentType(relsPart));
  };
  copy(part, newName);
  return newName;
}

/**
 * Removes `part`, its relationships part and the parts it owns (recursively) that no other part
 * points at.
 */
export function removePartTree(pkg: XlsxPackage, part: string): void {
  const doomed = new Set<string>();
  const collect = (from: string): void => {
    if (doomed.has(from.toLowerCase())) return;
    doomed.add(from.toLowerCase());
    for (const rel of pkg.relationships(from)) if (!rel.external && OWNED.has(rel.kind) && pkg.has(rel.target)) collect(rel.target);
  };
  collect(part);
  const usedElsewhere = new Set<string>();
  for (const name of pkg.partNames()) {
    const source = sourceOfRels(name);
    if (source === null || doomed.has(source.toLowerCase())) continue;
    for (const rel of pkg.relationships(source)) if (!rel.external) usedElsewhere.add(rel.target.toLowerCase());
  }
  const gone = [...doomed].filter((p) => p === part.toLowerCase() || !usedElsewhere.has(p));
  for (const p of gone) {
    const relsPart = pkg.relsPartOf(p);
    pkg.remove(p);
    pkg.remove(relsPart);
  }
}
