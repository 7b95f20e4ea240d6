/**
 * Which item of a dropdown list a typed value means, when it is not typed exactly as the item: the
 * matching behind the « Remplacer par » fixes. Pure, on top of the engine's one folding (./fold.ts).
 *
 * From the surest to the least sure, the first kind that matches decides:
 * - `spelling`: the same text but for case, accents and spaces (« salaries » → « Salariés »);
 * - `form`: the same words but for singular/plural, hyphens, spaces and punctuation (« sous traitant »,
 *   « Soustraitant » → « Sous-traitants »; « Dérogation art. 49 » → « Dérogations (art 49) »);
 * - `word-order`: the same meaningful words in another order (« Données chiffrement » → « Chiffrement
 *   des données »);
 * - `contains`: an item holds every meaningful word typed (« Chiffrement » → « Chiffrement des données »);
 * - `extra-words`: the value starts with an item and adds a précision (« Salariés de la CPTS » →
 *   « Salariés »).
 * When two items match at the first kind that matches, there is no answer: we never guess between two.
 * `contains` and `extra-words` are left out when the value negates (« Pas de sous-traitant ») or names
 * several things (« Clients et fournisseurs »): the list holds no single item for it.
 */
import { fold, foldWords } from "./fold";

export type NearMissKind = "spelling" | "form" | "word-order" | "contains" | "extra-words";

export interface NearMiss {
  /** The list's item, exactly as the list writes it. */
  item: string;
  kind: NearMissKind;
}

/** Words that carry no meaning of their own in a list item (« Chiffrement des données »). */
const GLUE = new Set(["de", "des", "du", "d", "la", "le", "les", "l", "a", "au", "aux", "en", "pour", "par", "un", "une", "qui", "sur", "avec"]);
/** Words that join two things: a value holding them names several items. */
const JOINS = new Set(["et", "ou"]);
/** Words that negate: « Pas de sous-traitant » is the opposite of the item it contains. */
const NEGATIONS = new Set(["pas", "aucun", "aucune", "sans", "non", "ni", "hors", "jamais", "rien"]);
/** Separators of several values in one cell. */
const SEVERAL = /[,;/+&]/;

interface Words {
  /** Every word, singular. */
  all: string[];
  /** The words run together, then made singular: « sous traitants » and « soustraitant » meet there. */
  joined: string;
  /** The meaningful words (glue and joins left out), singular, in order. */
  meaningful: string[];
}

/** French plural to singular, the same way on both sides: « traitants » → « traitant », « sociaux » → « social ». */
function singular(word: string): string {
  if (word.length > 4 && word.endsWith("aux")) return `${word.slice(0, -3)}al`;
  if (word.length > 2 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

function wordsOf(text: string): Words {
  // « Prestataire(s) » is the plural written the short way.
  const folded = foldWords(text.replace(/\((e?s|x)\)/gi, "s")).trim();
  const raw = folded === "" ? [] : folded.split(" ");
  const all = raw.map(singular);
  return { all, joined: singular(raw.join("")), meaningful: all.filter((w) => !GLUE.has(w) && !JOINS.has(w)) };
}

function sameMultiset(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const x = [...a].sort();
  const y = [...b].sort();
  return x.every((w, i) => w === y[i]);
}

/** Every word of `part` is in `whole`, as many times. */
function within(part: readonly string[], whole: readonly string[]): boolean {
  const left = [...whole];
  for (const w of part) {
    const i = left.indexOf(w);
    if (i < 0) return false;
    left.splice(i, 1);
  }
  return true;
}

function startsWith(whole: readonly string[], start: readonly string[]): boolean {
  return start.length < whole.length && start.every((w, i) => whole[i] === w);
}

/** Enough typed to mean something: « 6.1.e » yes, « 1 » or « de » no. */
function meaningfulEnough(words: readonly string[]): boolean {
  return words.join("").length >= 3;
}

/**
 * The one item of `items` that `value` means, and how sure that is; undefined when `value` is an item
 * exactly, means none of them, or could mean two. `options.loose: false` keeps to the sure kinds
 * (`spelling`, `form`, `word-order`): for names, such as countries, where containing is a coincidence.
 */
export function nearMissItem(value: string, items: readonly string[], options: { loose?: boolean } = {}): NearMiss | undefined {
  const typed = value.trim();
  if (typed === "") return undefined;
  const unique = [...new Set(items.map((i) => i.trim()).filter((i) => i !== ""))];
  if (unique.includes(typed)) return undefined;

  const one = (kind: NearMissKind, test: (item: string) => boolean): NearMiss | null | undefined => {
    const found = unique.filter(test);
    if (found.length === 0) return undefined;
    // Two items that fold the same (a list with a duplicate) are one answer.
    const answers = new Set(found.map(fold));
    return answers.size === 1 ? { item: found[0], kind } : null;
  };

  const v = wordsOf(typed);
  const w = new Map(unique.map((i) => [i, wordsOf(i)] as const));
  const of = (item: string): Words => w.get(item) ?? wordsOf(item);
  const compact = v.all.join("");

  const steps: [NearMissKind, (item: string) => boolean][] = [
    ["spelling", (i) => fold(i) === fold(typed)],
    ["form", (i) => compact !== "" && (of(i).all.join("") === compact || of(i).joined === v.joined)],
    ["word-order", (i) => v.meaningful.length > 1 && sameMultiset(of(i).meaningful, v.meaningful)],
  ];
  const loose = options.loose !== false && !v.all.some((x) => NEGATIONS.has(x)) && meaningfulEnough(v.meaningful);
  if (loose) {
    const several = SEVERAL.test(typed) || v.all.some((x) => JOINS.has(x));
    steps.push(["contains", (i) => v.meaningful.length > 0 && within(v.meaningful, of(i).meaningful)]);
    steps.push([
      "extra-words",
      (i) => {
        const m = of(i).meaningful;
        if (m.length === 0 || !startsWith(v.meaningful, m)) return false;
        // The précision may not name a second thing (« Clients et fournisseurs »), unless the item itself does.
        return !several || SEVERAL.test(i) || of(i).all.some((x) => JOINS.has(x));
      },
    ]);
  }
  for (const [kind, test] of steps) {
    const answer = one(kind, test);
    if (answer === null) return undefined;
    if (answer) return answer;
  }
  return undefined;
}

/** True for the kinds where the value surely names the item, only written otherwise (a warning, not an error). */
export function namesTheItem(kind: NearMissKind): boolean {
  return kind === "spelling" || kind === "form" || kind === "word-order";
}
