/**
 * An .xlsx file as an Open Packaging Conventions package: parts found through relationships, never by
 * their names (`xl/worksheets/sheet1.xml` is a habit of Excel, not a rule: openpyxl, LibreOffice and
 * others name and place parts as they like, and write targets relative or absolute), content types
 * from `[Content_Types].xml`, transitional and strict relationship types alike.
 *
 * The package keeps the original zip entries. A part is inflated only when asked for (bounded by the
 * limits), and a part is written back only when it was changed — through `put` (new bytes) or `dom`
 * (a DOM edited in place, serialised at `save`); every other part is copied raw by `save`.
 */
import type { Document, Element } from "@xmldom/xmldom";
import { sniffBytes, XlsxReadError } from "./errors";
import { LIMITS, megabytes, type Limits } from "./limits";
import { parseDom, serializeDom, streamXml, attr, NS } from "./xml";
import { inflateEntry, readZip, writeZip, type ZipEntry, type ZipItem } from "./zip";

export interface Relationship {
  id: string;
  type: string;
  /** The last segment of the type: `worksheet`, `comments`, `vmlDrawing`, `drawing`, `image`, `styles`… */
  kind: string;
  /** The absolute part name it points at, or the URI as written when external. */
  target: string;
  external: boolean;
}

const CONTENT_TYPES = "/[Content_Types].xml";
const TRANSITIONAL_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships/";

interface Part {
  /** The zip entry name, as found or as it will be written. */
  zipName: string;
  entry?: ZipEntry;
  /** New or changed bytes (wins over `entry`). */
  data?: Uint8Array;
}

function key(part: string): string {
  return part.toLowerCase();
}

/** `/xl/./worksheets/../workbook.xml` → `/xl/workbook.xml`; fragments and queries dropped. */
function normalise(path: string): string {
  const clean = path.split("#")[0].split("?")[0];
  const out: string[] = [];
  for (const segment of clean.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") out.pop();
    else out.push(segment);
  }
  return "/" + out.join("/");
}

function directoryOf(part: string): string {
  return part.slice(0, part.lastIndexOf("/") + 1);
}

function decodePercent(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export class XlsxPackage {
  readonly original: Uint8Array;
  readonly limits: Limits;
  private readonly parts = new Map<string, Part>();
  /** Zip names in the order they will be written (the original order, new parts at the end). */
  private order: string[] = [];
  private readonly inflated = new Map<string, Uint8Array>();
  private inflatedTotal = 0;
  private readonly doms = new Map<string, Document>();
  private readonly relsCache = new Map<string, Relationship[]>();
  private readonly changed = new Set<string>();
  private contentTypes: { defaults: Map<string, string>; overrides: Map<string, string> } | null = null;
  private main: string | null = null;

  private constructor(bytes: Uint8Array, limits: Limits) {
    this.original = bytes;
    this.limits = limits;
  }

  /** Opens a package; throws XlsxReadError (French) when it is not a readable .xlsx. */
  static open(bytes: Uint8Array, limits: Limits = LIMITS): XlsxPackage {
    sniffBytes(bytes);
    if (bytes.length > limits.fileBytes) {
      throw new XlsxReadError("too-large", bytes.length, `Le fichier pèse ${megabytes(bytes.length)} (au plus ${megabytes(limits.fileBytes)})`);
    }
    const pkg = new XlsxPackage(bytes, limits);
    for (const entry of readZip(bytes, limits)) {
      if (entry.name.endsWith("/")) continue; // a folder entry, not a part
      pkg.parts.set(key("/" + entry.name), { zipName: entry.name, entry });
      pkg.order.push(entry.name);
    }
    if (!pkg.has(CONTENT_TYPES)) throw new XlsxReadError("not-xlsx", "no [Content_Types].xml");
    const main = pkg.mainPart();
    const type = pkg.contentType(main) ?? "";
    if (!/spreadsheetml|ms-excel/.test(type)) throw new XlsxReadError("not-xlsx", type);
    return pkg;
  }

  private find(part: string): Part | undefined {
    return this.parts.get(key(part)) ?? this.parts.get(key(decodePercent(part)));
  }

  partNames(): string[] {
    return this.order.map((name) => "/" + name);
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  /** The uncompressed bytes of a part. Throws XlsxReadError past the limits. */
  bytes(part: string): Uint8Array {
    const dom = this.doms.get(key(part));
    if (dom) return serializeDom(dom);
    const found = this.find(part);
    if (!found) throw new XlsxReadError("corrupt", part, `La partie ${part} annoncée par le classeur est absente du fichier`);
    if (found.data) return found.data;
    const k = key("/" + found.zipName);
    const cached = this.inflated.get(k);
    if (cached) return cached;
    const entry = found.entry as ZipEntry;
    const partLimit = Math.min(this.limits.partBytes, this.limits.totalBytes - this.inflatedTotal);
    const data = inflateEntry(entry, partLimit, () =>
      entry.size > this.limits.partBytes
        ? new XlsxReadError(
            "too-large",
            part,
            `La partie ${part} pèse ${megabytes(entry.size)} une fois décompressée (au plus ${megabytes(this.limits.partBytes)})`,
          )
        : new XlsxReadError("too-large", part, `Le classeur dépasse ${megabytes(this.limits.totalBytes)} une fois décompressé`),
    );
    this.inflatedTotal += data.length;
    this.inflated.set(k, data);
    return data;
  }

  text(part: string): string {
    return new TextDecoder("utf-8").decode(this.bytes(part));
  }

  /** Sets the bytes of a part (new or changed). A new part gets `contentType` as an Override. */
  put(part: string, data: Uint8Array | string, contentType?: string): void {
    const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
    const found = this.find(part);
    if (found) {
      found.data = bytes;
      this.doms.delete(key("/" + found.zipName));
    } else {
      const zipName = part.replace(/^\//, "");
      this.parts.set(key(part), { zipName, data: bytes });
      this.order.push(zipName);
    }
    this.markChanged(part);
    if (contentType) this.setContentType(part, contentType);
  }

  /** Removes a part, and its Override in `[Content_Types].xml`. */
  remove(part: string): void {
    const found = this.find(part);
    if (!found) return;
    const k = key("/" + found.zipName);
    this.parts.delete(k);
    this.doms.delete(k);
    this.order = this.order.filter((name) => name !== found.zipName);
    this.markChanged(part);
    const types = this.dom(CONTENT_TYPES);
    for (const el of elements(types.documentElement, "Override")) {
      if (key(el.getAttribute("PartName") ?? "") === k) el.parentNode?.removeChild(el);
    }
    this.contentTypes = null;
  }

  /**
   * The DOM of a part, for editing in place: parsed once, and serialised by `save` (the part then
   * counts as changed).
   */
  dom(part: string): Document {
    const found = this.find(part);
    const k = key(found ? "/" + found.zipName : part);
    let doc = this.doms.get(k);
    if (!doc) {
      doc = parseDom(this.bytes(part), part, this.limits);
      this.doms.set(k, doc);
    }
    this.markChanged(part);
    return doc;
  }

  private markChanged(part: string): void {
    const found = this.find(part);
    this.changed.add(key(found ? "/" + found.zipName : part));
    if (key(part).endsWith(".rels")) this.relsCache.clear();
    if (key(part) === key(CONTENT_TYPES)) this.contentTypes = null;
  }

  /** The parts changed since the package was opened (added, edited or removed). */
  touched(): string[] {
    return [...this.changed];
  }

  /** `/xl/workbook.xml` → `/xl/_rels/workbook.xml.rels`; the package itself (`/`) → `/_rels/.rels`. */
  relsPartOf(source: string): string {
    if (source === "/") return "/_rels/.rels";
    const dir = directoryOf(source);
    return `${dir}_rels/${source.slice(dir.length)}.rels`;
  }

  /** A target as written in `source`'s relationships → the part name it designates. */
  resolve(source: string, target: string): string {
    if (target.startsWith("/")) return normalise(target);
    return normalise((source === "/" ? "/" : directoryOf(source)) + target);
  }

  /** The target to write in `source`'s relationships for `part`, relative as Excel writes it. */
  relativeTarget(source: string, part: string): string {
    const from = (source === "/" ? "/" : directoryOf(source)).split("/").filter(Boolean);
    const to = part.split("/").filter(Boolean);
    let common = 0;
    while (common < from.length && common < to.length - 1 && key(from[common]) === key(to[common])) common++;
    return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
  }

  /** The relationships of a part (none when it has no .rels part). */
  relationships(source: string): Relationship[] {
    const relsPart = this.relsPartOf(source);
    const cached = this.relsCache.get(key(relsPart));
    if (cached) return cached;
    const rels: Relationship[] = [];
    if (this.has(relsPart)) {
      const add = (
        id: string | undefined | null,
        type: string | undefined | null,
        target: string | undefined | null,
        mode: string | undefined | null,
      ): void => {
        if (!id || !type || target === undefined || target === null) return;
        const external = mode === "External";
        rels.push({ id, type, kind: type.slice(type.lastIndexOf("/") + 1), target: external ? target : this.resolve(source, target), external });
      };
      const dom = this.doms.get(key(relsPart));
      if (dom) {
        for (const el of elements(dom.documentElement, "Relationship")) {
          add(el.getAttribute("Id"), el.getAttribute("Type"), el.getAttribute("Target"), el.getAttribute("TargetMode"));
        }
      } else {
        streamXml(
          this.bytes(relsPart),
          {
            open: (el) => {
              if (el.local === "Relationship" && el.uri === NS.packageRels) add(attr(el, "Id"), attr(el, "Type"), attr(el, "Target"), attr(el, "TargetMode"));
            },
          },
          relsPart,
          this.limits,
        );
      }
    }
    this.relsCache.set(key(relsPart), rels);
    return rels;
  }

  /** Whether the package uses strict OOXML (its relationship types are then strict too). */
  isStrict(): boolean {
    return this.relationships("/").some((r) => r.type.startsWith(STRICT_RELS));
  }

  /** A relationship type of this package's flavour: `relationshipType("worksheet")`. */
  relationshipType(kind: string): string {
    return (this.isStrict() ? STRICT_RELS : TRANSITIONAL_RELS) + kind;
  }

  /**
   * Adds a relationship from `source` to `part` and returns its id (`rId7`, the first free one).
   * `target` is written relative, as Excel does, unless `source` already uses absolute targets.
   */
  addRelationship(source: string, type: string, part: string): string {
    const relsPart = this.relsPartOf(source);
    if (!this.has(relsPart))
      this.put(relsPart, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRels}"></Relationships>`);
    const doc = this.dom(relsPart);
    const existing = elements(doc.documentElement, "Relationship");
    const ids = new Set(existing.map((el) => el.getAttribute("Id")));
    let n = existing.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const absolute = existing.some((el) => el.getAttribute("TargetMode") !== "External" && (el.getAttribute("Target") ?? "").startsWith("/"));
    const el = doc.createElementNS(NS.packageRels, "Relationship");
    el.setAttribute("Id", `rId${n}`);
    el.setAttribute("Type", type);
    el.setAttribute("Target", absolute ? part : this.relativeTarget(source, part));
    doc.documentElement?.appendChild(el);
    this.relsCache.clear();
    return `rId${n}`;
  }

  /** Removes the relationship `id` of `source`. */
  removeRelationship(source: string, id: string): void {
    const relsPart = this.relsPartOf(source);
    if (!this.has(relsPart)) return;
    const doc = this.dom(relsPart);
    for (const el of elements(doc.documentElement, "Relationship")) if (el.getAttribute("Id") === id) el.parentNode?.removeChild(el);
    this.relsCache.clear();
  }

  private types(): { defaults: Map<string, string>; overrides: Map<string, string> } {
    if (this.contentTypes) return this.contentTypes;
    const defaults = new Map<string, string>();
    const overrides = new Map<string, string>();
    const dom = this.doms.get(key(CONTENT_TYPES));
    const take = (local: string, get: (name: string) => string | null | undefined): void => {
      const type = get("ContentType");
      if (!type) return;
      if (local === "Default") {
        const ext = get("Extension");
        if (ext) defaults.set(ext.toLowerCase(), type);
      } else if (local === "Override") {
        const name = get("PartName");
        if (name) overrides.set(key(decodePercent(name)), type);
      }
    };
    if (dom) {
      for (const local of ["Default", "Override"]) for (const el of elements(dom.documentElement, local)) take(local, (n) => el.getAttribute(n));
    } else {
      streamXml(
        this.bytes(CONTENT_TYPES),
        {
          open: (el) => {
            if (el.uri === NS.contentTypes) take(el.local, (n) => attr(el, n));
          },
        },
        CONTENT_TYPES,
        this.limits,
      );
    }
    this.contentTypes = { defaults, overrides };
    return this.contentTypes;
  }

  contentType(part: string): string | undefined {
    const { defaults, overrides } = this.types();
    const override = overrides.get(key(part)) ?? overrides.get(key(decodePercent(part)));
    if (override) return override;
    const ext = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    return defaults.get(ext);
  }

  /** Gives `part` the content type `type` (an Override), unless its extension's Default says it already. */
  setContentType(part: string, type: string): void {
    if (this.contentType(part) === type) return;
    const doc = this.dom(CONTENT_TYPES);
    const root = doc.documentElement;
    if (!root) return;
    for (const el of elements(root, "Override")) if (key(el.getAttribute("PartName") ?? "") === key(part)) root.removeChild(el);
    const el = doc.createElementNS(NS.contentTypes, "Override");
    el.setAttribute("PartName", part);
    el.setAttribute("ContentType", type);
    root.appendChild(el);
    this.contentTypes = null;
  }

  /** The workbook part (the package's officeDocument relationship). */
  mainPart(): string {
    if (this.main) return this.main;
    const rel = this.relationships("/").find((r) => r.kind === "officeDocument" && !r.external);
    if (!rel || !this.has(rel.target)) throw new XlsxReadError("not-xlsx", "no officeDocument");
    this.main = rel.target;
    return rel.target;
  }

  /** The package as a zip: changed parts written anew, every other part copied raw. */
  save(): Uint8Array {
    const items: ZipItem[] = [];
    for (const zipName of this.order) {
      const k = key("/" + zipName);
      const part = this.parts.get(k);
      if (!part) continue;
      const dom = this.doms.get(k);
      if (dom) items.push({ name: zipName, data: serializeDom(dom) });
      else if (part.data) items.push({ name: zipName, data: part.data });
      else items.push({ copy: part.entry as ZipEntry });
    }
    return writeZip(items);
  }
}

/** The child elements of `parent` with local name `local` (direct children only). */
export function elements(parent: Element | null, local: string): Element[] {
  const out: Element[] = [];
  if (!parent) return out;
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).localName === local) out.push(n as Element);
  }
  return out;
}
