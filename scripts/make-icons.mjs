// Draws the add-in's icons (assets/icon-16/32/64/80/128.png) with no image library: a blue rounded
// square, a white register sheet with ruled lines, and a green tick. Run `node scripts/make-icons.mjs`
// after changing the drawing; the PNGs are committed, so the build does not run this.
import { writeFileSync, mkdirSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SIZES = [16, 32, 64, 80, 128];
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// --- drawing, in a 0..1 coordinate space -------------------------------------------------------
const BLUE = [0, 0, 145]; // "bleu France" #000091
const WHITE = [255, 255, 255];
const LINE = [120, 140, 200];
const GREEN = [24, 128, 56];

function inRoundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function distToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour (RGBA) of the point (x, y), or null when transparent; the last shape drawn wins. */
function paint(x, y, size) {
  let colour = null;
  if (inRoundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.18)) colour = BLUE;
  // the sheet
  if (inRoundedRect(x, y, 0.22, 0.14, 0.72, 0.86, 0.04)) colour = WHITE;
  // ruled lines (fewer on small icons so they stay readable)
  const lines = size < 32 ? [0.36, 0.52] : [0.3, 0.42, 0.54, 0.66];
  for (const ly of lines) {
    if (x >= 0.3 && x <= 0.64 && Math.abs(y - ly) <= (size < 32 ? 0.045 : 0.03)) colour = LINE;
  }
  // the tick, over the sheet's lower right corner
  const w = size < 32 ? 0.1 : 0.075;
  if (distToSegment(x, y, 0.5, 0.68, 0.62, 0.8) <= w || distToSegment(x, y, 0.62, 0.8, 0.86, 0.5) <= w) {
    colour = GREEN;
  }
  return colour;
}

function render(size) {
  const samples = 4; // 4×4 supersampling for smooth edges
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          if (c) {
            r += c[0];
            g += c[1];
            b += c[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
        rgba[i + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return rgba;
}

// --- PNG encoding (RGBA, 8 bits, no interlace) -------------------------------------------------
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

mkdirSync(resolve(root, "assets"), { recursive: true });
for (const size of SIZES) {
  const file = resolve(root, "assets", `icon-${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`assets/icon-${size}.png`);
}
