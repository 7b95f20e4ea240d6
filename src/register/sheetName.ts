/**
 * Sheet names Excel accepts: at most 31 characters (UTF-16 units), none of `\ / ? * [ ] :`, no
 * apostrophe at either end, not empty, not "History" (reserved by Excel), unique without regard to case.
 *
 * A processing's name is often longer than 31 characters (« Accès à un médecin traitant (patients sans
 * médecin traitant) »). Its sheet name is then a readable shortening, never a name cut in the middle of
 * a word: the full name stays in the fiche (B4) and in tab 2, the tab only has to be recognisable.
 */
import { readTexts } from "./messages/read";
import { SHEET_ABBREVIATIONS } from "./data/sheetAbbreviations";

export const SHEET_NAME_MAX = 31;

// eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name: finding them is the point.
const CONTROL = /[\u0000-\u001f\u007f]/g;
const RESERVED = new Set(["history"]);

/** Cuts to `max` UTF-16 units without splitting a surrogate pair, at a word end when one is near. */
export function truncateSheetName(s: string, max: number = SHEET_NAME_MAX): string {
  if (s.length <= max) return tidyEnds(s);
  let cut = max;
  // A high surrogate as the last kept unit would leave half a character.
  if (cut > 0 && /[\ud800-\udbff]/.test(s.charAt(cut - 1))) cut--;
  let head = s.slice(0, cut);
  const space = head.lastIndexOf(" ");
  // Cut at the last word boundary unless that throws away more than half of the room: a tab named
  // "Soins non programmés" reads better than "Soins non programmés participat".
  if (space >= Math.ceil(max * 0.5) && s.charAt(cut) !== " ") head = head.slice(0, space);
  return tidyEnds(head);
}

function tidyEnds(s: string): string {
  return s.replace(/^[\s'’\-_,.;]+/, "").replace(/[\s'’\-_,.;(]+$/, "");
}

// ---------------------------------------------------------------------------------------------------
// Words

/** Words a shortened name can do without (articles, prepositions); never « sans », « non », « hors ». */
const STOP_WORDS = new Set(["de", "du", "des", "d'", "la", "le", "les", "l'", "un", "une", "a", "au", "aux", "pour", "par", "sur", "avec", "dans"]);
/** Kept between two words, but worth nothing alone and never left at an end. */
const JOINERS = new Set(["et", "ou"]);
/** Words that only mean something with the next one (« patients sans » says nothing): never left at an end. */
const BOUND = new Set(["sans", "non", "hors", "ni", "pas"]);

type Token =
  | {
      kind: "word";
      text: string;
      /** Folded, for matching abbreviations. */
      key: string;
      /** The folded meaningful words it carries (an abbreviation carries the words it stands for). */
      content: readonly string[];
      /** An elided article (« d' », « l' »): written against the next word. */
      glue: boolean;
    }
  | { kind: "sep"; text: "," | ";" | "-" }
  | { kind: "open" }
  | { kind: "close" };

function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’‘]/g, "'")
    .toLowerCase();
}

function word(text: string): Token {
  const key = fold(text);
  const weightless = STOP_WORDS.has(key) || JOINERS.has(key) || BOUND.has(key) || !/[\p{L}\p{N}]/u.test(key);
  return { kind: "word", text, key, content: weightless ? [] : [key], glue: /['’]$/.test(text) };
}

/** The name with Excel's forbidden characters turned into what they meant (a separator, brackets). */
function clean(raw: string): string {
  return (
    raw
      .replace(CONTROL, " ")
      // « Paie / RH », « Soins : SAS » separate two parts; « ville/hôpital » joins two words.
      .replace(/\s*[\\/:]\s*/g, (m) => (/\s/.test(m) ? " - " : "-"))
      .replace(/\[/g, "(")
      .replace(/\]/g, ")")
      .replace(/[?*]/g, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

function tokenize(cleaned: string): Token[] {
  const tokens: Token[] = [];
  for (const m of cleaned.matchAll(/[(),;]|\s-\s|[^\s(),;]+/g)) {
    const t = m[0];
    if (t === "(") tokens.push({ kind: "open" });
    else if (t === ")") tokens.push({ kind: "close" });
    else if (t === "," || t === ";") tokens.push({ kind: "sep", text: t });
    else if (t.trim() === "-") tokens.push({ kind: "sep", text: "-" });
    else {
      const elided = /^([dlDL]['’])(.+)$/u.exec(t);
      if (elided) tokens.push(word(elided[1]), word(elided[2]));
      else tokens.push(word(t));
    }
  }
  return tokens;
}

function render(tokens: readonly Token[]): string {
  let out = "";
  let space = false;
  for (const t of tokens) {
    switch (t.kind) {
      case "word":
        out += (space ? " " : "") + t.text;
        space = !t.glue;
        break;
      case "sep":
        out += t.text === "-" ? `${out ? " " : ""}-` : t.text;
        space = true;
        break;
      case "open":
        out += (space ? " " : "") + "(";
        space = false;
        break;
      case "close":
        out += ")";
        space = true;
        break;
    }
  }
  return tidyEnds(out);
}

const isWeak = (t: Token | undefined): boolean => t?.kind === "word" && t.content.length === 0;

/**
 * Leaves no separator or weak word (« de », « et », « d' ») at an end or against a bracket, no empty
 * brackets, and (for a cut) no bracket left open: what was cut inside it goes, bracket included.
 */
function tidy(input: readonly Token[], dropUnclosed: boolean): Token[] {
  let tokens = [...input];
  if (dropUnclosed) {
    let depth = 0;
    let lastOpen = -1;
    tokens.forEach((t, i) => {
      if (t.kind === "open") {
        if (depth === 0) lastOpen = i;
        depth++;
      } else if (t.kind === "close" && depth > 0) depth--;
    });
    if (depth > 0) tokens = tokens.slice(0, lastOpen);
  }
  for (let changed = true; changed;) {
    changed = false;
    const next: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const prev = next[next.length - 1];
      const after = tokens[i + 1];
      const atStart = prev === undefined || prev.kind === "open" || prev.kind === "sep";
      const atEnd = after === undefined || after.kind === "close" || after.kind === "sep";
      const drop =
        (t.kind === "sep" && (atStart || atEnd)) ||
        (t.kind === "open" && after?.kind === "close") ||
        (t.kind === "close" && prev?.kind === "open") ||
        // A weak word at an end: « Gestion des » → « Gestion ». An article opening the name stays.
        (isWeak(t) && atEnd) ||
        (t.kind === "word" && t.glue && atEnd) ||
        (t.kind === "word" && JOINERS.has(t.key) && atStart);
      if (drop) {
        changed = true;
        if (t.kind === "open" && after?.kind === "close") i++;
        else if (t.kind === "close" && prev?.kind === "open") next.pop();
        continue;
      }
      next.push(t);
    }
    tokens = next;
  }
  return tokens;
}

/** The known abbreviations put in place of the words they stand for. */
function abbreviate(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length;) {
    const hit = SHEET_ABBREVIATIONS.find((a) => a.words.every((w, j) => tokens[i + j]?.kind === "word" && (tokens[i + j] as { key: string }).key === w));
    if (!hit) {
      out.push(tokens[i]);
      i++;
      continue;
    }
    const replaced = tokens.slice(i, i + hit.words.length);
    const content = replaced.flatMap((t) => (t.kind === "word" ? t.content : []));
    out.push({ kind: "word", text: hit.abbreviation, key: fold(hit.abbreviation), content, glue: false });
    i += hit.words.length;
  }
  return out;
}

function withoutStopWords(tokens: readonly Token[]): Token[] {
  return tokens.filter((t) => t.kind !== "word" || !STOP_WORDS.has(t.key));
}

/** Where each part of the name starts: 0, and after each separator outside brackets. */
function partStarts(tokens: readonly Token[]): number[] {
  const starts = [0];
  let depth = 0;
  tokens.forEach((t, i) => {
    if (t.kind === "open") depth++;
    else if (t.kind === "close") depth = Math.max(0, depth - 1);
    else if (t.kind === "sep" && depth === 0 && i + 1 < tokens.length) starts.push(i + 1);
  });
  return starts;
}

/** « orientation - patients » → « Orientation - patients » when the name itself starts with a capital. */
function capitalizeLike(text: string, model: string): string {
  const first = model.charAt(0);
  if (first === "" || first === first.toLocaleLowerCase("fr")) return text;
  return text.charAt(0).toLocaleUpperCase("fr") + text.slice(1);
}

function weight(tokens: readonly Token[]): number {
  return new Set(tokens.flatMap((t) => (t.kind === "word" ? t.content : []))).size;
}

/**
 * A processing's name as a sheet name of at most `max` characters (not yet unique). A name that fits
 * is kept whole (Excel's forbidden characters turned into separators or brackets). A longer one is
 * shortened the way a person would: known abbreviations (« médecin traitant » → « MT »), then articles
 * and prepositions dropped, then the end left off at a word or a part's boundary; of these, the one
 * that keeps the most meaningful words, the most natural one when they keep as many. A word is never
 * cut in the middle, except a single word longer than `max` on its own.
 */
export function shortenSheetName(raw: string, max: number = SHEET_NAME_MAX): string {
  const cleaned = clean(raw);
  const whole = tidyEnds(cleaned);
  if (whole.length <= max) return whole || readTexts.defaultSheetName;
  const full = tokenize(cleaned);
  const abbreviated = abbreviate(full);
  const bases = [full, abbreviated, withoutStopWords(abbreviated)];
  let best: { text: string; weight: number } | null = null;
  for (const base of bases) {
    // From the start, then from each part after a separator (« Accès / orientation : patients sans
    // médecin traitant » keeps « orientation - patients sans MT »): the longest prefix that fits keeps
    // the most words; a later candidate wins only by keeping more.
    for (const start of partStarts(base)) {
      for (let end = base.length; end > start; end--) {
        const kept = tidy(base.slice(start, end), end < base.length);
        const text = capitalizeLike(render(kept), whole);
        if (text === "" || text.length > max) continue;
        const w = weight(kept);
        if (!best || w > best.weight) best = { text, weight: w };
        break;
      }
    }
  }
  return best?.text || truncateSheetName(whole, max) || readTexts.defaultSheetName;
}

/** A processing's name made acceptable as a sheet name (not yet unique). */
export function sanitizeSheetName(raw: string): string {
  return shortenSheetName(raw);
}

function key(name: string): string {
  return name.toLocaleLowerCase("fr");
}

/**
 * `base` if free, else `base (2)`, `base (3)`… with the base shortened so the whole stays ≤ 31
 * characters, the way Excel names copies.
 */
export function uniqueSheetName(base: string, existing: Iterable<string>): string {
  const taken = new Set<string>(RESERVED);
  for (const n of existing) taken.add(key(n));
  const start = shortenSheetName(base);
  if (!taken.has(key(start))) return start;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${shortenSheetName(base, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    if (!taken.has(key(candidate))) return candidate;
  }
}

/** The sheet name for a new fiche: derived from the processing's name, unique in the workbook. */
export function sheetNameFor(processingName: string, existing: Iterable<string>): string {
  return uniqueSheetName(processingName, existing);
}

/**
 * How a sheet name differs from the processing's name it was made from: `shortened` when the name did
 * not fit in 31 characters, `adapted` when only Excel's rules changed it (a forbidden character, a
 * number to keep it unique), null when it is the name itself.
 */
export function sheetNameChange(processingName: string, sheetName: string): "shortened" | "adapted" | null {
  const name = processingName.replace(/\s+/g, " ").trim();
  if (sheetName === name) return null;
  return tidyEnds(clean(name)).length > SHEET_NAME_MAX ? "shortened" : "adapted";
}
