/**
 * The zip container of a package. We read the central directory ourselves (it is what says where each
 * part is, and what it claims to weigh, before anything is inflated), inflate with fflate in small
 * slices so that a part can be stopped at its limit whatever its header claims (a « zip bomb » costs
 * us at most the limit), and write a zip whose untouched entries are copied raw, compressed bytes and
 * all: a part the plan does not concern comes out identical, bit for bit.
 *
 * Zip64 directories are read (some writers use them even for small files); we never write them, since
 * the limits keep every output far below 4 GB.
 */
import { deflateSync, Inflate } from "fflate";
import { XlsxReadError } from "./errors";
import type { Limits } from "./limits";

export interface ZipEntry {
  /** The entry's name as stored (`xl/workbook.xml`, no leading slash). */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  /** The uncompressed size the directory claims. */
  size: number;
  /** DOS time and date, kept when the entry is copied. */
  time: number;
  date: number;
  /** The compressed bytes (a view into the file). */
  raw: Uint8Array;
}

/** An entry of a zip being written: an entry copied as it was, or new content. */
export type ZipItem = { copy: ZipEntry } | { name: string; data: Uint8Array };

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_DATA_DESCRIPTOR = 0x8;
const FLAG_UTF8 = 0x800;

function corrupt(what: string, detail?: unknown): XlsxReadError {
  return new XlsxReadError("corrupt", detail, what);
}

class Reader {
  constructor(private readonly bytes: Uint8Array) {}
  u16(at: number): number {
    if (at < 0 || at + 2 > this.bytes.length) throw corrupt("Le fichier est tronqué");
    return this.bytes[at] | (this.bytes[at + 1] << 8);
  }
  u32(at: number): number {
    if (at < 0 || at + 4 > this.bytes.length) throw corrupt("Le fichier est tronqué");
    return (this.bytes[at] | (this.bytes[at + 1] << 8) | (this.bytes[at + 2] << 16) | (this.bytes[at + 3] << 24)) >>> 0;
  }
  u64(at: number): number {
    const low = this.u32(at);
    const high = this.u32(at + 4);
    if (high > 0x1fffff) throw corrupt("Le répertoire du fichier annonce une taille impossible");
    return high * 0x1_0000_0000 + low;
  }
}

function findEndOfDirectory(bytes: Uint8Array, r: Reader): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && r.u32(at) === SIG_EOCD) return at;
  }
  throw corrupt("Le répertoire du fichier (fin de l'archive) est introuvable : le fichier est sans doute tronqué");
}

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** The entries of a zip, in directory order. Nothing is inflated. */
export function readZip(bytes: Uint8Array, limits: Limits): ZipEntry[] {
  const r = new Reader(bytes);
  const eocd = findEndOfDirectory(bytes, r);
  let count = r.u16(eocd + 10);
  let offset = r.u32(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator >= 0 && r.u32(locator) === SIG_LOCATOR64) {
      const at = r.u64(locator + 8);
      if (r.u32(at) !== SIG_EOCD64) throw corrupt("Le répertoire zip64 du fichier est abîmé");
      count = r.u64(at + 32);
      offset = r.u64(at + 48);
    }
  }
  if (count > limits.parts) throw new XlsxReadError("too-large", count, `Le fichier contient ${count} parties (au plus ${limits.parts})`);
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (r.u32(at) !== SIG_CENTRAL) throw corrupt("Le répertoire du fichier est abîmé");
    const flags = r.u16(at + 8);
    const method = r.u16(at + 10);
    const time = r.u16(at + 12);
    const date = r.u16(at + 14);
    const crc32 = r.u32(at + 16);
    let compressedSize = r.u32(at + 20);
    let size = r.u32(at + 24);
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    let localOffset = r.u32(at + 42);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & FLAG_UTF8 ? utf8 : latin1).decode(nameBytes);
    // The zip64 extra field holds, in this order, whichever of the three values overflowed.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = r.u16(extra);
      const length = r.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) {
          size = r.u64(field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = r.u64(field);
          field += 8;
        }
        if (localOffset === 0xffffffff) localOffset = r.u64(field);
      }
      extra += 4 + length;
    }
    at = extraEnd + commentLength;

    if (flags & FLAG_ENCRYPTED) throw corrupt(`La partie ${name} du fichier est chiffrée`);
    if (method !== 0 && method !== 8) throw corrupt(`La partie ${name} est compressée d'une manière que l'outil ne connaît pas`);
    const key = name.toLowerCase();
    if (seen.has(key)) throw corrupt(`La partie ${name} figure deux fois dans le fichier`);
    seen.add(key);
    if (r.u32(localOffset) !== SIG_LOCAL) throw corrupt(`La partie ${name} est introuvable à l'endroit annoncé`);
    const dataStart = localOffset + 30 + r.u16(localOffset + 26) + r.u16(localOffset + 28);
    if (dataStart + compressedSize > bytes.length) throw corrupt(`La partie ${name} est tronquée`);
    const raw = bytes.subarray(dataStart, dataStart + compressedSize);
    entries.push({ name, method, flags, crc32, compressedSize, size, time, date, raw });
  }
  return entries;
}

let crcTable: Uint32Array | null = null;

export function crc32(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const SLICE = 32 * 1024;

/**
 * The uncompressed bytes of an entry, refusing more than `maxBytes` whatever the directory claims.
 * Memory and time stay proportional to `maxBytes`: the inflater is fed in 32 KB slices (one slice of a bomb inflates to at most 33 MB) and stopped
 * as soon as its output passes the limit.
 */
export function inflateEntry(entry: ZipEntry, maxBytes: number, tooLarge: () => XlsxReadError): Uint8Array {
  if (entry.size > maxBytes) throw tooLarge();
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) throw corrupt(`La partie ${entry.name} est abîmée`);
    return entry.raw;
  }
  const out = new Uint8Array(entry.size);
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (length + chunk.length > entry.size) {
      overflow = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
  });
  try {
    for (let at = 0; at < entry.raw.length && !overflow; at += SLICE) {
      const end = Math.min(at + SLICE, entry.raw.length);
      inflater.push(entry.raw.subarray(at, end), end === entry.raw.length);
    }
  } catch (e) {
    throw corrupt(`La partie ${entry.name} est abîmée`, e);
  }
  // More than the directory claimed: a lie, the mark of a zip bomb; less: a truncated part.
  if (overflow) throw new XlsxReadError("too-large", entry.name, `La partie ${entry.name} se décompresse bien au-delà de la taille qu'elle annonce`);
  if (length !== entry.size) throw corrupt(`La partie ${entry.name} est tronquée`);
  if (crc32(out) !== entry.crc32) throw corrupt(`La partie ${entry.name} est abîmée (somme de contrôle fausse)`);
  return out;
}

/** DOS date of 1980-01-01: new entries carry a fixed date, so that an output depends on its input only. */
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;

interface Written {
  name: Uint8Array;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  data: Uint8Array;
  offset: number;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7e) return false;
  return true;
}

/** A zip of `items`, in order. Copied entries keep their compressed bytes, CRC and date. */
export function writeZip(items: ZipItem[]): Uint8Array {
  const encoder = new TextEncoder();
  const written: Written[] = [];
  let offset = 0;
  for (const item of items) {
    let w: Written;
    if ("copy" in item) {
      const e = item.copy;
      const name = encoder.encode(e.name);
      const flags = (e.flags & ~FLAG_DATA_DESCRIPTOR & ~FLAG_UTF8) | (isAscii(e.name) ? 0 : FLAG_UTF8);
      w = { name, method: e.method, flags, crc32: e.crc32, compressedSize: e.raw.length, size: e.size, time: e.time, date: e.date, data: e.raw, offset };
    } else {
      const name = encoder.encode(item.name);
      const data = item.data.length === 0 ? item.data : deflateSync(item.data, { level: 6 });
      const method = item.data.length === 0 ? 0 : 8;
      w = {
        name,
        method,
        flags: isAscii(item.name) ? 0 : FLAG_UTF8,
        crc32: crc32(item.data),
        compressedSize: data.length,
        size: item.data.length,
        time: 0,
        date: FIXED_DATE,
        data,
        offset,
      };
    }
    written.push(w);
    offset += 30 + w.name.length + w.data.length;
  }
  const centralSize = written.reduce((n, w) => n + 46 + w.name.length, 0);
  const out = new Uint8Array(offset + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  for (const w of written) {
    view.setUint32(at, SIG_LOCAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, w.flags, true);
    view.setUint16(at + 8, w.method, true);
    view.setUint16(at + 10, w.time, true);
    view.setUint16(at + 12, w.date, true);
    view.setUint32(at + 14, w.crc32, true);
    view.setUint32(at + 18, w.compressedSize, true);
    view.setUint32(at + 22, w.size, true);
    view.setUint16(at + 26, w.name.length, true);
    view.setUint16(at + 28, 0, true);
    out.set(w.name, at + 30);
    out.set(w.data, at + 30 + w.name.length);
    at += 30 + w.name.length + w.data.length;
  }
  const centralStart = at;
  for (const w of written) {
    view.setUint32(at, SIG_CENTRAL, true);
    view.setUint16(at + 4, 20, true);
    view.setUint16(at + 6, 20, true);
    view.setUint16(at + 8, w.flags, true);
    view.setUint16(at + 10, w.method, true);
    view.setUint16(at + 12, w.time, true);
    view.setUint16(at + 14, w.date, true);
    view.setUint32(at + 16, w.crc32, true);
    view.setUint32(at + 20, w.compressedSize, true);
    view.setUint32(at + 24, w.size, true);
    view.setUint16(at + 28, w.name.length, true);
    view.setUint32(at + 42, w.offset, true);
    out.set(w.name, at + 46);
    at += 46 + w.name.length;
  }
  view.setUint32(at, SIG_EOCD, true);
  view.setUint16(at + 8, written.length, true);
  view.setUint16(at + 10, written.length, true);
  view.setUint32(at + 12, centralSize, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}
