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
  let depth = 0;
  let textLength = 0;
  parser.on("doctype", () => {
    throw new XlsxReadError("hostile", part, `La partie ${part} déclare un DOCTYPE`);
  });
  parser.on("opentag", (el) => {
    if (++depth > limits.xmlDepth) throw new XlsxReadError("hostile", part, `La partie ${part} imbrique plus de ${limits.xmlDepth} niveaux d'éléments`);
    textLength = 0;
    for (const key in el.attributes) {
      if (el.attributes[key].value.length > limits.stringLength) {
        throw new XlsxReadError("too-large", part, `Un attribut de la partie ${part} dépasse ${limits.stringLength} caractères`);
      }
    }
    handlers.open?.(el);
  });
  parser.on("closetag", (el) => {
    depth--;
    textLength = 0;
    handlers.close?.(el);
  });
  const onText = (text: string): void => {
    textLength += text.length;
    if (textLength > limits.stringLength) throw new XlsxReadError("too-large", part, `Un texte de la partie ${part} dépasse ${limits.stringLength} caractères`);
    handlers.text?.(text);
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
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
