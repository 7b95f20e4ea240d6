/**
 * Reading a retention period as people write it: « Durée du contrat, puis 5 ans », « Illimitée »,
 * « Durée nécessaire »…
 *
 * Public API:
 * - `readRetention(text: string): RetentionReading`: what the cell says (see the union below);
 * - `isStatutoryArchive(text: string): boolean`: the text (fiche name, purposes, row description) names
 *   archives kept for the association's life by law or statute: minutes of general assemblies or board
 *   meetings (« procès-verbaux d'AG / de CA »), « statuts », « registre spécial »;
 * - `recogniseProcessingKind(texts: string | readonly string[]): ProcessingKind | undefined`: the kind of
 *   processing (../data/retention.ts, reference §4.2) named in the fiche's name and purposes;
 * - `retentionTooLong(reading, kind): boolean`: a duration more than TOO_LONG_FACTOR (2) times the kind's
 *   recommended maximum.
 *
 * How a sentence reads, in this order:
 * 1. empty: nothing typed; nothing-here: « Néant », « Sans objet »… (../text/nothingHere.ts);
 * 2. bare-number: a number alone (« 5 »): no unit, no start;
 * 3. endless: « illimitée », « indéfinie », « indéterminée », « définitive » (but not « suppression
 *    définitive »), « à vie », « permanente », « jusqu'à nouvel ordre », « sans limite », « pour toujours »,
 *    « la vie de l'association », « jusqu'à la dissolution », « pas de suppression », « Toujours » alone; or any duration of 50 years or more
 *    (« 99 ans »), which is endless for a CPTS;
 * 4. duration: one or more figures with a unit (ans, années, mois, semaines, jours; digits or words up to
 *    « cent »; « 1 an et demi », « 1,5 an », « 3 à 5 ans »). `months` is the longest total the text
 *    allows: durations in sequence (joined by « puis », « + », « ensuite », « suivi de », or an
 *    archiving phase: « 5 ans en base active, 15 ans en archives ») are summed, because the data lives through
 *    every phase; alternatives (« 6 mois à 1 an », « 5 ans (paie) ; 10 ans (comptabilité) ») take the
 *    longest, because one item of the row may be kept that long. `hasStart` tells whether a start or an
 *    event is named (« après le départ », « à compter de », « jusqu'à… puis », « glissants »…);
 * 5. vague: no figure, and « durée nécessaire », « le temps nécessaire », « selon la réglementation »,
 *    « selon la loi », « durée légale », « à définir », « variable », « au cas par cas »…;
 * 6. event-only: no figure, but an event ends it: « jusqu'à la démission », « durée du contrat »,
 *    « jusqu'à l'attribution d'un médecin traitant », « jusqu'au désabonnement » (accepted);
 * 7. other: anything else (not flagged: the engine cannot tell).
 *
 * Sources, checked 2026-12: GDPR art. 5.1.e (storage limitation); CNIL, « Les durées de conservation
 * des données » guide (2020) and LINCnil « Guide RGPD du développeur », fiche 14 (three phases: active
 * base, intermediate archive, deletion); the lead's issue-8 spec (≥ 50 years is endless for a CPTS; the
 * sentences to accept). Archives kept for the association's life: loi du 1er juillet 1901 and décret du
 * 16 août 1901, art. 31 (registre spécial), the association's statutes (minutes of its assemblies).
 */
import { PROCESSING_KINDS, type ProcessingKind } from "../data/retention";
import { fold, foldWords, hasWord } from "./fold";
import { isNothingHere } from "./nothingHere";
import { PhraseIndex } from "./phrases";
import { memoByText } from "./memo";

export type RetentionReading =
  | { kind: "empty" }
  | { kind: "nothing-here" }
  | { kind: "bare-number"; value: number }
  | { kind: "endless"; because: "words" }
  | { kind: "endless"; because: "50-years-or-more"; months: number }
  | { kind: "duration"; months: number; hasStart: boolean }
  | { kind: "vague" }
  | { kind: "event-only" }
  | { kind: "other" };

/** At or beyond this many months, a duration is endless for a CPTS. */
export const ENDLESS_MONTHS = 50 * 12;
/** A duration longer than this many times the recommendation is too long. */
export const TOO_LONG_FACTOR = 2;

const BARE_NUMBER = /^\d+(?:[.,]\d+)?$/;

// ------------------------------------------------------------------------------------------ endless

const ENDLESS: readonly string[] = [
  "illimite",
  "illimitee",
  "illimites",
  "illimitees",
  "indefini",
  "indefinie",
  "indefinis",
  "indefinies",
  "indefiniment",
  "indetermine",
  "indeterminee",
  "indetermines",
  "indeterminees",
  "infini",
  "infinie",
  "sans limite",
  "sans limites",
  "sans limitation",
  "pas de limite",
  "aucune limite",
  "sans duree",
  "sans date de fin",
  "sans fin",
  "a vie",
  "a perpetuite",
  "perpetuel",
  "perpetuelle",
  "permanent",
  "permanente",
  "permanents",
  "permanentes",
  "en permanence",
  "pour toujours",
  "a tout jamais",
  "jusqu a nouvel ordre",
  "definitif",
  "definitive",
  "definitifs",
  "definitives",
  "definitivement",
  "vie de l association",
  "existence de l association",
  "vie de la structure",
  "existence de la structure",
  "vie de la cpts",
  "existence de la cpts",
  "dissolution",
  "pas de suppression",
  "aucune suppression",
  // Not "toujours" inside a sentence: « tant que la personne est toujours adhérente, puis 3 ans » is a limit.
];

/** « Suppression définitive », « effacées définitivement »: the end of the data, not its eternity. */
const FINAL_DELETION =
  / (?:suppr|effac|detrui|destruct|anonymis|purg|elimin)[a-z]*(?: [a-z]+){0,2} definitiv[a-z]*| definitiv[a-z]*(?: [a-z]+){0,2} (?:suppr|effac|detrui|destruct|anonymis|purg|elimin)[a-z]*/g;
/** « Contrat à durée indéterminée » (a CDI) is an event, not an endless retention. */
const OPEN_ENDED_CONTRACT = / contrats? a duree indeterminee /g;

// ------------------------------------------------------------------------------------------ vague

const VAGUE: readonly string[] = [
  "duree necessaire",
  "durees necessaires",
  "temps necessaire",
  "aussi longtemps que necessaire",
  "tant que necessaire",
  "autant que necessaire",
  "si necessaire",
  "duree utile",
  "temps utile",
  "selon la reglementation",
  "selon reglementation",
  "selon la loi",
  "selon la legislation",
  "selon les textes",
  "selon les obligations legales",
  "conformement a la reglementation",
  "conformement a la loi",
  "conformement a la legislation",
  "reglementation en vigueur",
  "duree legale",
  "durees legales",
  "delai legal",
  "delais legaux",
  "duree reglementaire",
  "durees reglementaires",
  "prescription legale",
  "a definir",
  "a determiner",
  "a preciser",
  "a fixer",
  "non defini",
  "non definie",
  "variable",
  "variables",
  "selon les besoins",
  "selon le besoin",
  "en fonction des besoins",
  "en fonction du besoin",
  "au cas par cas",
  "selon le cas",
  "selon les cas",
];

// ------------------------------------------------------------------------------------------ events

/** What names an end or a start (folded words): « jusqu'à », « durée du contrat », « après le départ »… */
const EVENTS: readonly string[] = [
  "jusqu",
  "tant que",
  "duree d",
  "duree de",
  "duree du",
  "duree des",
  "pendant",
  "fin d",
  "fin de",
  "fin du",
  "fin des",
  "au terme",
  "a l issue",
  "le temps de",
  "le temps d",
  "retrait du consentement",
  "desabonnement",
  "desinscription",
  "demission",
  "radiation",
  "depart",
  "cloture",
  "resiliation",
  "apres",
  "a compter",
  "a partir",
  "des que",
  "des la",
  "des le",
  "depuis",
  "annee n",
  "attribution",
  "expiration",
];

/** Besides EVENTS, what fixes a start for a figure: « puis », « + », « dernier contact », « glissants ». */
const STARTS: readonly string[] = [
  ...EVENTS,
  "puis",
  "ensuite",
  "suivant",
  "suivants",
  "dernier",
  "derniere",
  "glissant",
  "glissants",
  "glissante",
  "glissantes",
  "versement",
  "collecte",
  "exercice",
];

// ------------------------------------------------------------------------------------------ figures

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  "dix-huit": 18,
  vingt: 20,
  "vingt-cinq": 25,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
};
const NUMBER = `(\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join("|")})`;
const UNIT = "(ans|an|annees|annee|mois|semaines|semaine|jours|jour|j|heures|heure)";
/** « 5 ans », « 3 à 5 ans », « 6-12 mois », « 1 an et demi », « 1.5 an » (on `fold` text, decimal commas as dots). */
const DURATION = new RegExp(`(?<![\\w.])${NUMBER}(?:\\s*(?:a|-|ou)\\s*${NUMBER})?\\s*${UNIT}(\\s+et\\s+demie?)?(?![a-z])`, "g");

const MONTHS_PER_UNIT: Readonly<Record<string, number>> = {
  an: 12,
  ans: 12,
  annee: 12,
  annees: 12,
  mois: 1,
  semaine: 12 / 52,
  semaines: 12 / 52,
  jour: 12 / 365,
  jours: 12 / 365,
  j: 12 / 365,
  heure: 12 / 365 / 24,
  heures: 12 / 365 / 24,
};

/** Between two figures: the second is a later phase (summed) rather than an alternative (the longest kept). */
const SEQUENCE = /(?:^|[^a-z])(?:puis|ensuite|suivie?s? d|archiv[a-z]*|supplementaires?|complementaires?)(?:$|[^a-z])|\+/;
/** After a figure: it is an archiving phase (« 15 ans en archives »), which follows the active phase. */
const ARCHIVE_PHASE = /archiv/;

interface Figure {
  months: number;
  start: number;
  end: number;
}

function numberValue(token: string): number {
  return NUMBER_WORDS[token] ?? Number(token);
}

function figures(folded: string): Figure[] {
  const out: Figure[] = [];
  for (const m of folded.matchAll(DURATION)) {
    const [whole, first, second, unit, half] = m;
    const value = Math.max(numberValue(first), second === undefined ? 0 : numberValue(second));
    const perUnit = MONTHS_PER_UNIT[unit];
    if (!Number.isFinite(value) || perUnit === undefined) continue;
    const months = (value + (half ? 0.5 : 0)) * perUnit;
    const start = m.index ?? 0;
    out.push({ months, start, end: start + whole.length });
  }
  return out;
}

/** The longest total: figures in sequence add up, alternatives compete. */
function longestTotal(folded: string, found: readonly Figure[]): number {
  let best = 0;
  let group = 0;
  found.forEach((f, i) => {
    const between = i === 0 ? "" : folded.slice(found[i - 1].end, f.start);
    const after = folded.slice(f.end, i + 1 < found.length ? found[i + 1].start : undefined);
    const smallerUnitAfterEt = i > 0 && /^\s*et\s*$/.test(between) && f.months < found[i - 1].months;
    const later = SEQUENCE.test(between) || smallerUnitAfterEt || ARCHIVE_PHASE.test(after);
    group = i > 0 && later ? group + f.months : f.months;
    best = Math.max(best, group);
  });
  return best;
}

// ------------------------------------------------------------------------------------------ API

export function readRetention(text: string): RetentionReading {
  // A copy: the remembered reading is shared by every caller.
  return { ...readRetentionOnce(text) };
}

// Each distinct text read once: the same presets (« 3 ans après le départ ») fill many rows.
const readRetentionOnce = memoByText(readRetentionText);

function readRetentionText(text: string): RetentionReading {
  const raw = text.trim();
  if (raw === "") return { kind: "empty" };
  if (isNothingHere(raw)) return { kind: "nothing-here" };
  if (BARE_NUMBER.test(raw)) return { kind: "bare-number", value: Number(raw.replace(",", ".")) };

  // "+" is a sequence (« durée du contrat + 5 ans »): a word for the keyword search, which drops it.
  const words = foldWords(raw.replace(/\+/g, " puis "));
  const forEndless = words.replace(OPEN_ENDED_CONTRACT, " ").replace(FINAL_DELETION, " ");
  if (hasWord(forEndless, ENDLESS) || words.trim() === "toujours") return { kind: "endless", because: "words" };

  // Decimal commas as dots; « cinq (5) ans » as « 5 ans ».
  const folded = fold(raw)
    .replace(/(\d),(\d)/g, "$1.$2")
    .replace(/[a-z-]+\s*\((\d+)\)/g, (m: string, digits: string) => (m.replace(/\s*\(.*$/, "") in NUMBER_WORDS ? digits : m));
  const found = figures(folded);
  if (found.length > 0) {
    const months = longestTotal(folded, found);
    if (months >= ENDLESS_MONTHS) return { kind: "endless", because: "50-years-or-more", months };
    return { kind: "duration", months, hasStart: hasWord(words, STARTS) };
  }
  if (hasWord(words, VAGUE)) return { kind: "vague" };
  if (hasWord(words, EVENTS)) return { kind: "event-only" };
  return { kind: "other" };
}

/** True when a reading is a duration more than TOO_LONG_FACTOR times the kind's recommended maximum. */
export function retentionTooLong(reading: RetentionReading, kind: ProcessingKind): boolean {
  return reading.kind === "duration" && reading.months > TOO_LONG_FACTOR * kind.maxMonths;
}

// ------------------------------------------------------------------------------------------ archives

/** Documents a French association keeps for its whole life by law (the « registre spécial ») or by its statutes. */
const ARCHIVE_DOCUMENTS: readonly string[] = [
  "registre special",
  "registres speciaux",
  "statuts",
  "registre des deliberations",
  "archives de l association",
  "archives historiques",
];
/** Minutes: archives when they are those of the association's governing bodies. */
const MINUTES = /(?:^| )(?:proces verbal|proces verbaux|pv|pvs|comptes? rendus?|cr)(?= )/;
const GOVERNANCE: readonly string[] = [
  "ag",
  "age",
  "ago",
  "assemblee generale",
  "assemblees generales",
  "assemblee",
  "assemblees",
  "conseil d administration",
  "ca",
  "bureau",
  "instances",
  "gouvernance",
  "vie associative",
  "deliberations",
];

export function isStatutoryArchive(text: string): boolean {
  const words = foldWords(text);
  if (hasWord(words, ARCHIVE_DOCUMENTS)) return true;
  return MINUTES.test(words) && hasWord(words, GOVERNANCE);
}

// ------------------------------------------------------------------------------------------ kinds

/**
 * The processing kind named in the fiche: each text is searched in turn (pass the name first, then the
 * main purpose, then the sub-purposes), and within the first text that names any kind, the kind named
 * earliest wins (the longer keyword on a tie). Undefined when no kind is named.
 */
const KEYWORDS: ReadonlyArray<{ kind: ProcessingKind; keyword: string }> = PROCESSING_KINDS.flatMap((kind) =>
  kind.keywords.map((keyword) => ({ kind, keyword })),
);
const KEYWORD_INDEX = new PhraseIndex(KEYWORDS.map((k) => k.keyword));

export function recogniseProcessingKind(texts: string | readonly string[]): ProcessingKind | undefined {
  for (const text of typeof texts === "string" ? [texts] : texts) {
    let best: { kind: ProcessingKind; at: number; length: number } | undefined;
    // Each keyword's first occurrence, keywords in the catalogue's order: on a tie, the first listed.
    let previous = -1;
    for (const { phrase, at } of KEYWORD_INDEX.find(foldWords(text))) {
      if (phrase === previous) continue;
      previous = phrase;
      const { kind, keyword } = KEYWORDS[phrase];
      if (!best || at < best.at || (at === best.at && keyword.length > best.length)) best = { kind, at, length: keyword.length };
    }
    if (best) return best.kind;
  }
  return undefined;
}
