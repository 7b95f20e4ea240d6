/**
 * Finds health words in what people type, from the dated vocabulary in
 * ../data/healthTerms.ts (GDPR art. 4.15 and recital 35, CNIL, reference §4.5).
 *
 * Public API:
 * - `findHealthTerms(text: string): string[]`: the labels of the terms found (HealthTerm.label, e.g.
 *   "ALD", "handicap", "statut vaccinal"), each once, in the order they appear; [] when none.
 * - `isActivityHealthWord(term: string): boolean`: true for terms that may name an activity rather than
 *   data about a person (« vaccination », « dépistage », « soins non programmés », « éducation
 *   thérapeutique »), given as a label returned above or as typed.
 *
 * Matching: the engine's folding (foldWords: case, accents, apostrophes, punctuation), whole words only
 * (« ALD » matches in « patients en ALD » but not in « Donald »; « INS » not in « INSEE »), longest
 * phrase first (« affection de longue durée » is one ALD, not also an « affection »), plurals of the
 * first and last word accepted. Refused: a term inside an excluded phrase (« assurance maladie »,
 * « diagnostic territorial », « antécédents judiciaires ») and a denied term (« pas de », « aucun(e) »,
 * « sans », « ni », « hors » just before it: « aucune donnée de santé », « sans ALD »).
 * Words such as « traitement », « soins », « santé » alone are not terms (see the data module).
 */
import { HEALTH_EXCLUSIONS, HEALTH_TERMS, type HealthTerm } from "../data/healthTerms";
import { foldWords } from "./fold";
import { PhraseIndex } from "./phrases";

interface Form {
  text: string;
  term: HealthTerm;
}

function plural(word: string): string {
  if (word.length < 4 || /[sxz]$/.test(word)) return word;
  if (word.endsWith("al")) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

/** A form and its plurals (first word, last word, both), for a phrase typed in the singular. */
function variants(form: string): string[] {
  const words = form.split(" ");
  const out = new Set<string>([form]);
  const lastPlural = [...words.slice(0, -1), plural(words[words.length - 1])].join(" ");
  const firstPlural = [plural(words[0]), ...words.slice(1)].join(" ");
  out.add(lastPlural);
  out.add(firstPlural);
  if (words.length > 1) out.add([plural(words[0]), ...words.slice(1, -1), plural(words[words.length - 1])].join(" "));
  return [...out];
}

const FORMS: readonly Form[] = HEALTH_TERMS.flatMap((term) => term.forms.flatMap((f) => variants(f).map((text) => ({ text, term }))))
  // Longest first, so that a phrase claims its words before a shorter term inside it.
  .sort((a, b) => b.text.length - a.text.length);

const NEGATIONS: readonly string[] = [" pas de", " pas d", " aucun", " aucune", " aucuns", " aucunes", " sans", " ni", " hors"];

const FORM_INDEX = new PhraseIndex(FORMS.map((f) => f.text));
const EXCLUSION_INDEX = new PhraseIndex(HEALTH_EXCLUSIONS);

export function findHealthTerms(text: string): string[] {
  if (text.trim() === "") return [];
  const words = foldWords(text);
  const claimed = new Uint8Array(words.length);
  const claim = (start: number, length: number): void => {
    claimed.fill(1, start, start + length);
  };
  const free = (start: number, length: number): boolean => {
    for (let i = start; i < start + length; i++) if (claimed[i] !== 0) return false;
    return true;
  };

  for (const { phrase, at } of EXCLUSION_INDEX.find(words)) claim(at, HEALTH_EXCLUSIONS[phrase].length);

  const hits: Array<{ at: number; label: string }> = [];
  // Forms in FORMS order (longest first), each form's occurrences left to right.
  for (const { phrase, at } of FORM_INDEX.find(words)) {
    const form = FORMS[phrase];
    if (!free(at, form.text.length)) continue;
    claim(at, form.text.length);
    if (NEGATIONS.some((n) => words.endsWith(n, at - 1))) continue;
    hits.push({ at, label: form.term.label });
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.label))];
}

const ACTIVITY_KEYS: ReadonlySet<string> = new Set(
  HEALTH_TERMS.filter((t) => t.activity).flatMap((t) => [t.label, ...t.forms].flatMap((f) => variants(foldWords(f).trim()))),
);

export function isActivityHealthWord(term: string): boolean {
  return ACTIVITY_KEYS.has(foldWords(term).trim());
}
