/**
 * Text folding for matching what people typed against what we expect. The CNIL file itself has double
 * spaces, a trailing non-breaking space, typographic apostrophes and labels split over two lines, and
 * CPTS copies add their own variations: every comparison goes through these functions.
 */
import type { CellValue } from "./snapshot";

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const SPACES = /[\s\u00a0\u2007\u202f]+/g;

/** Trim, lowercase, strip accents, typographic apostrophes → `'`, NBSP/newlines → space, collapse spaces. */
export function normalizeLabel(s: string): string {
  return s
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .replace(SPACES, " ")
    .trim()
    .toLowerCase();
}

// Labels repeat across fiches (200 copies of the same model): memoised, bounded so that free text
// passing through cannot grow it without end.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 5000;

/**
 * A looser key for labels: normalizeLabel, then every run of punctuation becomes a space. Lets
 * `N° / RÉF`, `N°/Réf.` and `N° RÉF` meet, and `Nom :` meet `Nom`.
 */
export function labelKey(s: string): string {
  const hit = KEY_CACHE.get(s);
  if (hit !== undefined) return hit;
  const key = normalizeLabel(s)
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  KEY_CACHE.set(s, key);
  return key;
}

/**
 * For sheet names: labelKey (so `_` and `-` count as spaces), then drop a leading tab number and the
 * word "onglet": `3_-_Modèle_de_fiche_de_r (2)` → `modele de fiche de r 2`, `5 - Liste déroulante` →
 * `liste deroulante`.
 */
export function normalizeSheetName(name: string): string {
  return labelKey(name)
    .replace(/^(onglet\s+)?\d+\s+/, "")
    .replace(/^onglet\s+/, "");
}

/** A cell as the text a user sees (trimmed); numbers as typed, booleans in French. */
export function cellText(v: CellValue | undefined): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "boolean") return v ? "VRAI" : "FAUX";
  return Number.isFinite(v) ? String(v) : "";
}
