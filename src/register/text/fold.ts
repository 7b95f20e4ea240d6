/**
 * Folding text for comparisons and keyword searches: the one folding of the engine (case, accents,
 * spaces, apostrophes, from `normalizeLabel`), memoised because a register repeats the same values
 * (list items, labels) many times. The rules and the text readers (nothing-here, health words,
 * retention, tools) all use it.
 */
import { normalizeLabel } from "../normalize";
import { memoByText } from "./memo";
import { PhraseIndex } from "./phrases";

const foldOnce = memoByText(normalizeLabel);
const foldWordsOnce = memoByText(
  (s) =>
    ` ${fold(s)
      .replace(/[-_'.,;:()/\\[\]«»"!?+*]/g, " ")
      .replace(/\s+/g, " ")
      .trim()} `,
);

/** `normalizeLabel` (trim, case, accents, spaces, apostrophes), memoised. */
export function fold(s: string): string {
  return foldOnce(s);
}

/** `fold`, then punctuation (hyphens, parentheses, slashes…) as spaces, padded with one space each side: for keyword searches. */
export function foldWords(s: string): string {
  return foldWordsOnce(s);
}

/**
 * True when one of the words (already folded, spaces allowed) appears as whole words in `folded` (a
 * `foldWords` result). A list of INDEXED_FROM words or more is indexed once: it must not change after.
 */
export function hasWord(folded: string, words: readonly string[]): boolean {
  if (words.length >= INDEXED_FROM) return indexOf(words).occursIn(folded);
  for (const w of words) if (hasOneWord(folded, w)) return true;
  return false;
}

/**
 * Long word lists (the rules' vocabularies: patients, staff, endless retentions…) are module constants
 * asked about every cell: each is indexed once, by the list itself. Short lists, often written inline
 * at the call, are scanned word by word.
 */
const INDEXED_FROM = 8;
const indexes = new WeakMap<readonly string[], PhraseIndex>();
function indexOf(words: readonly string[]): PhraseIndex {
  let index = indexes.get(words);
  if (!index) {
    index = new PhraseIndex(words);
    indexes.set(words, index);
  }
  return index;
}

/** `folded.includes(\` ${word} \`)` without building the probe: this runs for every cell and every list. */
function hasOneWord(folded: string, word: string): boolean {
  if (word === "") return folded.includes("  ");
  for (let i = folded.indexOf(word, 1); i >= 0; i = folded.indexOf(word, i + 1)) {
    if (folded.charCodeAt(i - 1) === SPACE && folded.charCodeAt(i + word.length) === SPACE) return true;
  }
  return false;
}
const SPACE = 32;
