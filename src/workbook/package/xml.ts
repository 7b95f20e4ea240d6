/**
 * XML, safely. Reading streams through saxes (no DOM, no DTD: a DOCTYPE is refused, so no entity can
 * be expanded — the « billion laughs »); the few parts a plan edits are parsed as a DOM by xmldom,
 * after the same streaming pass has checked their depth and sizes, and written back with every node
 * we do not understand kept in place.
 *
 * Elements are matched on local name and namespace URI, never on a prefix: writers choose their own
 * prefixes, and strict OOXML files use other namespace URIs than transitional ones.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";
import { DOMParser, XMLSerializer, type Document } from "@xmldom/xmldom";
import { XlsxReadError } from "./errors";
import { LIMITS, type Limits } from "./limits";

/** Namespaces of the parts we read, transitional and strict. */
export const NS = {
  main: ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
  rel: ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  packageRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  x14: "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main",
  xm: "http://schemas.microsoft.com/office/excel/2006/main",
} as const;

export function isMain(uri: string): boolean {
  return uri === NS.main[0] || uri === NS.main[1];
}

export function isRelNs(uri: string): boolean {
  return uri === NS.rel[0] || uri === NS.rel[1];
}

/** An element as the streaming reader hands it over (saxes' namespaced tag). */
export type XmlElement = SaxesTagNS;

/** The value of attribute `local` (in namespace `uri`; `""` for an unprefixed attribute). */
export function attr(el: XmlElement, local: string, uri = ""): string | undefined {
  if (uri === "") {
    const a = el.attributes[local];
    // An unprefixed attribute is keyed by its local name and has no namespace.
    return a !== undefined && a.uri === "" ? a.value : undefined;
  }
  for (const key in el.attributes) {
    const a = el.attributes[key];
    if (a.local === local && a.uri === uri) return a.value;
  }
  return undefined;
}

/** The value of a relationship-id attribute (`r:id`, whatever its prefix, transitional or strict). */
export function relAttr(el: XmlElement, local = "id"): string | undefined {
  for (const key in el.attributes) {
    const a = el.attributes[key];
    if (a.local === local && isRelNs(a.uri)) return a.value;
  }
  return undefined;
}

export interface SaxHandlers {
  open?(el: XmlElement): void;
  close?(el: XmlElement): void;
  /** Character data (text and CDATA), in document order; one element's text may come in pieces. */
  text?(text: string): void;
}

/** Stop a stream early from a handler, when the reader has what it needs. */
export class StopReading extends Error {
  constructor() {
    super("stop");
    Object.setPrototypeOf(this, StopReading.prototype);
  }
}

const CHUNK = 1 << 20;

function decoderFor(bytes: Uint8Array): TextDecoder {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le");
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be");
  return new TextDecoder("utf-8");
}

/**
 * Streams `xml` through the handlers. Throws XlsxReadError: "hostile" for a DOCTYPE or nesting deeper
 * than `limits.xmlDepth`, "too-large" for a text or attribute longer than `limits.stringLength`,
 * "corrupt" for XML that is not well formed. `part` names the part in the messages.
 */
export function streamXml(xml: Uint8Array | string, handlers: SaxHandlers, part: string, limits: Limits = LIMITS): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const guard = new Guard(part, limits);
  parser.on("doctype", () => guard.doctype());
  parser.on("opentag", (el) => {
    guard.open();
    for (const key in el.attributes) guard.attribute(el.attributes[key].value);
    handlers.open?.(el);
  });
  parser.on("closetag", (el) => {
    guard.close();
    handlers.close?.(el);
  });
  const onText = (text: string): void => {
    guard.text(text);
    handlers.text?.(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  run(parser, xml, part);
}

/**
 * An element as the light streaming reader hands it over: its local name, its namespace URI
 * (resolved), and its attributes by name as written (`r`, `t`, `x14ac:dyDescent`). Attributes'
 * namespaces are not resolved: read only unprefixed attributes by name (they belong to no namespace,
 * whatever the element's prefix). The object is reused from one event to the next: read it, do not
 * keep it.
 */
export interface LightElement {
  local: string;
  uri: string;
  attributes: Readonly<Record<string, string>>;
}

export interface LightHandlers {
  open?(el: LightElement): void;
  close?(el: LightElement): void;
  text?(text: string): void;
}

const XML_NS = "http://www.w3.org/XML/1998/namespace";

/**
 * `streamXml` for big parts (worksheets, shared strings): the same limits and errors, but saxes
 * runs without its namespace processing, which builds and resolves an object per attribute (about a
 * third of its time on a sheet). Elements' namespaces are resolved here, from the `xmlns`
 * declarations, so that elements are still matched on local name and namespace URI, never on a prefix.
 */
export function streamXmlLight(xml: Uint8Array | string, handlers: LightHandlers, part: string, limits: Limits = LIMITS): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const guard = new Guard(part, limits);
  // Prefix → URI in scope; each element's declarations are undone at its end. The default namespace
  // (unprefixed names: nearly every element) is also kept apart, to skip the lookup.
  const scope = new Map<string, string>([["xml", XML_NS]]);
  let defaultUri = "";
  const undo: (Map<string, string | undefined> | null)[] = [];
  let declared: Map<string, string | undefined> | null = null;
  // One element object, filled anew for each event: handlers read it, they do not keep it.
  const element: { local: string; uri: string; attributes: Record<string, string> } = { local: "", uri: "", attributes: {} };
  const fill = (name: string, attributes: Record<string, string>): LightElement => {
    const colon = name.indexOf(":");
    if (colon < 0) {
      element.local = name;
      element.uri = defaultUri;
    } else {
      const uri = scope.get(name.slice(0, colon));
      if (uri === undefined)
        throw new XlsxReadError("corrupt", name, `La partie ${part} utilise un préfixe non déclaré (${name.slice(0, Math.min(colon, 20))})`);
      element.local = name.slice(colon + 1);
      element.uri = uri;
    }
    element.attributes = attributes;
    return element;
  };
  parser.on("doctype", () => guard.doctype());
  parser.on("attribute", (a) => {
    guard.attribute(a.value);
    if (a.name.charCodeAt(0) !== 120 || !a.name.startsWith("xmlns")) return; // "x"
    const prefix = a.name.length === 5 ? "" : a.name.charCodeAt(5) === 58 ? a.name.slice(6) : null;
    if (prefix === null) return;
    declared ??= new Map();
    if (!declared.has(prefix)) declared.set(prefix, scope.get(prefix));
    scope.set(prefix, a.value);
    if (prefix === "") defaultUri = a.value;
  });
  parser.on("opentag", (tag) => {
    guard.open();
    undo.push(declared);
    declared = null;
    const el = fill(tag.name, tag.attributes);
    handlers.open?.(el);
  });
  parser.on("closetag", (tag) => {
    guard.close();
    if (handlers.close) handlers.close(fill(tag.name, tag.attributes));
    const restore = undo.pop();
    if (restore) {
      for (const [prefix, uri] of restore) {
        if (uri === undefined) scope.delete(prefix);
        else scope.set(prefix, uri);
      }
      defaultUri = scope.get("") ?? "";
    }
  });
  const onText = (text: string): void => {
    guard.text(text);
    handlers.text?.(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  run(parser, xml, part);
}

/** The limits every streamed part is held to. */
class Guard {
  private depth = 0;
  private textLength = 0;

  constructor(
    private readonly part: string,
    private readonly limits: Limits,
  ) {}

  doctype(): never {
    throw new XlsxReadError("hostile", this.part, `La partie ${this.part} déclare un DOCTYPE`);
  }

  open(): void {
    if (++this.depth > this.limits.xmlDepth) {
      throw new XlsxReadError("hostile", this.part, `La partie ${this.part} imbrique plus de ${this.limits.xmlDepth} niveaux d'éléments`);
    }
    this.textLength = 0;
  }

  close(): void {
    this.depth--;
    this.textLength = 0;
  }

  attribute(value: string): void {
    if (value.length > this.limits.stringLength) {
      throw new XlsxReadError("too-large", this.part, `Un attribut de la partie ${this.part} dépasse ${this.limits.stringLength} caractères`);
    }
  }

  text(text: string): void {
    this.textLength += text.length;
    if (this.textLength > this.limits.stringLength) {
      throw new XlsxReadError("too-large", this.part, `Un texte de la partie ${this.part} dépasse ${this.limits.stringLength} caractères`);
    }
  }
}

/** Feeds the parser (bytes decoded by slices) and turns its failures into XlsxReadError. */
function run(parser: SaxesParser<{ xmlns: boolean; position: false }>, xml: Uint8Array | string, part: string): void {
  try {
    if (typeof xml === "string") {
      parser.write(xml);
    } else {
      const decoder = decoderFor(xml);
      for (let at = 0; at < xml.length; at += CHUNK) {
        parser.write(decoder.decode(xml.subarray(at, Math.min(at + CHUNK, xml.length)), { stream: true }));
      }
      parser.write(decoder.decode());
    }
    parser.close();
  } catch (e) {
    if (e instanceof StopReading) return;
    if (e instanceof XlsxReadError) throw e;
    throw new XlsxReadError("corrupt", e, `La partie ${part} n'est pas du XML valide`);
  }
}

/**
 * The DOM of a part a plan edits. The streaming pass runs first, so that a hostile part is refused
 * before xmldom (which neither expands nor refuses entities) sees it.
 */
export function parseDom(xml: Uint8Array | string, part: string, limits: Limits = LIMITS): Document {
  streamXml(xml, {}, part, limits);
  const text = typeof xml === "string" ? xml : decoderFor(xml).decode(xml);
  try {
    return new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new Error(message);
      },
    }).parseFromString(text, "application/xml");
  } catch (e) {
    throw new XlsxReadError("corrupt", e, `La partie ${part} n'est pas du XML valide`);
  }
}

/** A DOM back to UTF-8 bytes; the XML declaration is a node of the document and is kept. */
export function serializeDom(doc: Document): Uint8Array {
  return new TextEncoder().encode(new XMLSerializer().serializeToString(doc));
}
