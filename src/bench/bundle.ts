/**
 * The JavaScript a page loads first, gzip-compressed as a server sends it: the local `<script src>` of
 * a built page of dist/ (chunks loaded later, on demand, are not counted). Null when dist/ is not built.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = join(__dirname, "..", "..", "..", "..", "dist");

export function firstLoadKb(page: string): number | null {
  const file = join(DIST, page);
  if (!existsSync(file)) return null;
  const html = readFileSync(file, "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
  return Math.round((bytes / 1024) * 10) / 10;
}
