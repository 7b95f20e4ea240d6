/**
 * "Nothing here": what people type in a row that does not apply to them, so that the engine reads it
 * as an empty row instead of data, a retention or a transfer.
 *
 * Public API: `isNothingHere(text: string): boolean`.
 *
 * Recognised, in any case, with or without accents, punctuation and surrounding spaces:
 * - single words and short answers: « Néant », « N/A », « NA », « NC », « N.C. », « Aucun(e) », « Aucuns »,
 *   « Sans objet », « Non concerné(e)(s) », « Non applicable », « Ne s'applique pas », « Non pertinent »,
 *   « RAS », « Rien », « Non », « Non collecté(e)(s) », « Non utilisé(e) », « Non traité(e) »,
 *   « Il n'y en a pas », optionally followed by « à ce jour », « actuellement », « pour le moment »…;
 * - dashes and slashes alone: « - », « -- », « — », « – », « / », « ∅ »;
 * - sentences that deny the row's own subject: « Aucun transfert hors UE », « Pas de transfert »,
 *   « Aucune donnée sensible », « Pas de sous-traitant », « Sans destinataire externe »,
 *   « Non, aucun transfert », « Il n'y a pas de NIR »… The subject must be one of SUBJECTS below
 *   (transfert, donnée, information, sous-traitant, prestataire, destinataire, mesure, objet, NIR,
 *   collecte, catégorie, flux, envoi, pays tiers, personne concernée…).
 *
 * Refused on purpose (they are data, not "nothing"):
 * - « Non adhérents », « Non-salariés », « Non vacciné »: « non » followed by anything but the words above;
 * - « Aucun médecin traitant », « Patients sans médecin traitant », « Pas de domicile fixe »: a denial
 *   whose subject is not the row's own subject describes people;
 * - « Aucune donnée sauf le nom », « Pas de transfert mais hébergement aux États-Unis »: a denial with
 *   an exception (« sauf », « mais », « excepté », « hormis », « à part ») says something is there;
 * - « x » (it may mean "ticked"), « 0 », « non renseigné » (unknown is not "none").
 *
 * Source: registers filled by CPTS coordinators and DPOs, as the project collected them; checked 2026-12.
 */
import { foldWords } from "./fold";
import { memoByText } from "./memo";

/** Dashes, slashes, dots and the empty-set sign, alone: a cell "crossed out". */
const ONLY_STROKES = /^[\s\-‐‑‒–—―/\\.…_·∅ø]+$/u;

/** Whole answers (folded, punctuation as spaces). */
const ANSWERS: ReadonlySet<string> = new Set([
  "neant",
  "n a",
  "na",
  "nc",
  "n c",
  "aucun",
  "aucune",
  "aucuns",
  "aucunes",
  "sans objet",
  "sans",
  "non concerne",
  "non concernee",
  "non concernes",
  "non concernees",
  "pas concerne",
  "pas concernee",
  "non applicable",
  "pas applicable",
  "non pertinent",
  "ne s applique pas",
  "ne s applique pas ici",
  "ras",
  "r a s",
  "rien",
  "non",
  "non collecte",
  "non collectee",
  "non collectes",
  "non collectees",
  "pas collecte",
  "pas collectee",
  "pas collectees",
  "jamais collecte",
  "non utilise",
  "non utilisee",
  "non utilises",
  "non utilisees",
  "non traite",
  "non traitee",
  "non traites",
  "non traitees",
  "il n y en a pas",
  "il n y en a aucun",
  "il n y en a aucune",
]);

/** The first word of each answer. */
const ANSWER_FIRST_WORDS: ReadonlySet<string> = new Set([...ANSWERS].map((a) => a.split(" ")[0]));
/** The number of words of the longest answer. */
const LONGEST_ANSWER_WORDS = Math.max(...[...ANSWERS].map((a) => a.split(" ").length));

/** Subjects a denial may name: the row's own subject in one of the blocks (folded; plurals listed). */
const SUBJECTS: readonly string[] = [
  "transfert",
  "transferts",
  "donnee",
  "donnees",
  "information",
  "informations",
  "sous traitant",
  "sous traitants",
  "sous traitance",
  "prestataire",
  "prestataires",
  "destinataire",
  "destinataires",
  "mesure",
  "mesures",
  "objet",
  "nir",
  "numero de securite sociale",
  "collecte",
  "categorie",
  "categories",
  "flux",
  "envoi",
  "envois",
  "pays tiers",
  "hebergement hors",
  "hebergement en dehors",
  "personne concernee",
  "personnes concernees",
  "concerne",
  "concernee",
];

/** Words that turn a denial into "something is there". */
const EXCEPTIONS: readonly string[] = ["sauf", "mais", "excepte", "exceptee", "hormis", "a part", "a l exception"];

/** What may follow a short answer without changing it. */
const QUALIFIERS: readonly string[] = [
  "a ce jour",
  "actuellement",
  "pour l instant",
  "pour le moment",
  "pour ce traitement",
  "dans ce traitement",
  "pour cette fiche",
  "ici",
];

/** The qualifiers as they end a sentence, after a space. */
const QUALIFIER_SUFFIXES: readonly string[] = QUALIFIERS.map((q) => ` ${q}`);

/** Leading words a denial may start with: « Non, aucun… », « Il n'y a pas de… ». */
const LEADS: readonly string[] = ["non ", "il n y a ", "il n y a pour l instant ", "il n y a actuellement "];
/** The denial itself. */
const DENIALS: readonly string[] = ["pas de ", "pas d ", "aucun ", "aucune ", "aucuns ", "aucunes ", "sans ", "ni "];

/**
 * True when the text says the row does not apply (see the module comment for what counts). The caller
 * keeps the original text for its messages.
 */
export function isNothingHere(text: string): boolean {
  return isNothingHereOnce(text);
}

// Each distinct text read once: « Néant », « Oui » and list items come back on every fiche.
const isNothingHereOnce = memoByText(readNothingHere);

function readNothingHere(text: string): boolean {
  const raw = text.trim();
  if (raw === "") return false;
  if (ONLY_STROKES.test(raw)) return true;
  const words = foldWords(withoutInclusiveEndings(raw)).trim();
  if (words === "") return false;
  if (isAnswer(words)) return true;
  return isDenialSentence(words);
}

/** What each of the two patterns below needs to match: an opening parenthesis, or a middle dot, bullet or full stop. */
const INCLUSIVE_MARKS = /[(·•.]/;

/** « Aucun(e) », « concerné(e)s », « concerné·e·s » → « Aucun », « concerné », « concerné ». */
function withoutInclusiveEndings(text: string): string {
  // Most cells have no parenthesis nor middle dot or full stop: spare them the two Unicode patterns.
  if (!INCLUSIVE_MARKS.test(text)) return text;
  return text.replace(/\(\s*(?:e|es|s|ne|nes)\s*\)s?/giu, "").replace(/(?<=\p{L})[·•.](?:e|es|ne|nes)(?:[·•.]?s)?(?!\p{L})/giu, "");
}

function isAnswer(words: string): boolean {
  if (ANSWERS.has(words)) return true;
  // « Néant à ce jour », « Aucun pour le moment », « N/A - Néant ».
  for (const q of QUALIFIER_SUFFIXES) {
    if (words.endsWith(q) && isAnswer(words.slice(0, -q.length).trim())) return true;
  }
  // Two short answers in a row: « Non - néant », « Néant / sans objet ».
  // A head longer than the longest answer cannot be one: a long sentence is not split at every word;
  // nor is a sentence whose first word starts no answer.
  const space = words.indexOf(" ");
  if (space < 0 || !ANSWER_FIRST_WORDS.has(words.slice(0, space))) return false;
  const parts = words.split(" ");
  const last = Math.min(parts.length - 1, LONGEST_ANSWER_WORDS);
  for (let i = 1; i <= last; i++) {
    const head = parts.slice(0, i).join(" ");
    if (!ANSWERS.has(head)) continue;
    const tail = parts.slice(i).join(" ");
    if (ANSWERS.has(tail) || isDenialSentence(tail)) return true;
  }
  return false;
}

function isDenialSentence(words: string): boolean {
  let rest = ` ${words} `;
  for (const lead of LEADS) {
    if (rest.startsWith(` ${lead}`)) {
      rest = ` ${rest.slice(lead.length + 1)}`;
      break;
    }
  }
  const denial = DENIALS.find((d) => rest.startsWith(` ${d}`));
  if (!denial) return false;
  rest = ` ${rest.slice(denial.length + 1)}`;
  if (!SUBJECTS.some((s) => rest.startsWith(` ${s} `))) return false;
  return !EXCEPTIONS.some((e) => rest.includes(` ${e} `));
}
