/**
 * Reading a fiche's legal basis (art. 6) and art. 9 exception the way people write them: the template's
 * « Base légale » / « Exception article 9 » rows when the workbook has them, else a sub-purpose such as
 * « Base légale : exécution du contrat d'adhésion (art. 6.1.b) », else words in the purposes themselves
 * (« Newsletter (consentement) »). A text we cannot read as a basis is kept as typed, never guessed.
 */
import type { Fiche, TextField } from "../model";
import { foldWords, hasWord } from "../text/fold";
import { isNothingHere } from "../text/nothingHere";

export type LegalBasisKind = "consent" | "contract" | "legalObligation" | "vitalInterests" | "publicInterest" | "legitimateInterest";

export const BASIS_ORDER: readonly LegalBasisKind[] = ["consent", "contract", "legalObligation", "vitalInterests", "publicInterest", "legitimateInterest"];

/** Words that name a basis anywhere (a purpose, a sub-purpose): specific enough not to read a purpose as a basis. */
const STRONG: Record<LegalBasisKind, readonly string[]> = {
  consent: ["consentement", "6 1 a", "6 1a", "accord expres"],
  contract: [
    "execution d un contrat",
    "execution du contrat",
    "execution de contrat",
    "mesures precontractuelles",
    "base contractuelle",
    "6 1 b",
    "6 1b",
    "contrat d adhesion",
  ],
  legalObligation: ["obligation legale", "obligations legales", "obligation reglementaire", "obligations reglementaires", "6 1 c", "6 1c"],
  vitalInterests: ["interets vitaux", "interet vital", "6 1 d", "6 1d"],
  publicInterest: ["mission d interet public", "missions d interet public", "mission de service public", "missions de service public", "6 1 e", "6 1e"],
  legitimateInterest: ["interet legitime", "interets legitimes", "6 1 f", "6 1f"],
};

/** In the « Base légale » row itself, shorter words are enough (« Contrat », « Loi », « Intérêt public »). */
const IN_ITS_ROW: Record<LegalBasisKind, readonly string[]> = {
  // « accord » alone would read the ACI (« accord conventionnel interprofessionnel ») as a consent.
  consent: ["consenti", "accord du patient", "accord de la personne", "accord des personnes", "accord ecrit", "accord oral", "accord prealable"],
  contract: ["contrat", "contractuel", "contractuelle", "adhesion", "statuts"],
  legalObligation: ["loi", "legal", "legale", "code du travail", "code de la sante publique"],
  vitalInterests: [],
  publicInterest: ["interet public", "service public", "aci", "accord conventionnel interprofessionnel"],
  legitimateInterest: [],
};

/** A sub-purpose that states the basis (or the art. 9 exception) rather than a purpose. */
const STATEMENT_START = /^ (base|bases|fondement|fondements) (legale|legales|juridique|juridiques|legal)? ?/;
const ART9_START = /^ (exception|derogation|art 9|article 9|donnees sensibles|donnees de sante)\b/;

/** What follows « exception … » or « art. 9 » in a field is the art. 9 exception, not the basis. */
function basisPart(folded: string): string {
  const cut = folded.search(/ (exception|derogation|art 9|article 9|9 2 [a-j]) /);
  return cut >= 0 ? `${folded.slice(0, cut)} ` : folded;
}

export function basesIn(text: string, inItsRow = false): LegalBasisKind[] {
  let folded = basisPart(foldWords(text));
  // « intérêt public important » (9.2.g) and « santé publique » (9.2.i) are art. 9 words, not 6.1.e.
  folded = folded.replace(/ interet public important /g, " ").replace(/ interet public dans le domaine de la sante publique /g, " ");
  const found: LegalBasisKind[] = [];
  for (const kind of BASIS_ORDER) {
    if (hasWord(folded, STRONG[kind]) || (inItsRow && hasWord(folded, IN_ITS_ROW[kind]))) found.push(kind);
  }
  // « Consentement » inside « sans consentement » or « consentement explicite » of art. 9 is not 6.1.a.
  return found;
}

export function isBasisStatement(field: TextField): boolean {
  const folded = foldWords(field.value);
  return STATEMENT_START.test(folded) && basesIn(field.value).length > 0;
}

export function isArt9Statement(field: TextField): boolean {
  const folded = foldWords(field.value);
  return ART9_START.test(folded) && !STATEMENT_START.test(folded);
}

export interface BasisReading {
  kinds: LegalBasisKind[];
  /** The fields it was read from (the row, or the sub-purposes stating it), as typed. */
  fields: TextField[];
  /** The « Base légale » row says something that names no basis we know: shown as typed. */
  unreadable?: TextField;
}

function filled(field: TextField | undefined): field is TextField {
  return field !== undefined && field.value.trim() !== "" && !isNothingHere(field.value);
}

function unique(kinds: LegalBasisKind[]): LegalBasisKind[] {
  return BASIS_ORDER.filter((k) => kinds.includes(k));
}

/** The fiche's own basis: its row, else the sub-purposes stating it, else words in the purposes. */
export function ficheBases(fiche: Fiche): BasisReading {
  const row = fiche.legalBasis;
  if (filled(row)) {
    const kinds = basesIn(row.value, true);
    return kinds.length > 0 ? { kinds, fields: [row] } : { kinds: [], fields: [], unreadable: row };
  }
  const statements = fiche.subPurposes.filter((p) => filled(p) && isBasisStatement(p));
  if (statements.length > 0) return { kinds: unique(statements.flatMap((s) => basesIn(s.value))), fields: statements };
  const purposes = [fiche.mainPurpose, ...fiche.subPurposes].filter(filled).filter((p) => !isArt9Statement(p));
  const withBasis = purposes.filter((p) => basesInPurpose(p.value).length > 0);
  return { kinds: unique(withBasis.flatMap((p) => basesInPurpose(p.value))), fields: withBasis };
}

/** « art. 6.1.e », « 6-1-f »: an article reference, which names a basis wherever it is. */
const ARTICLE_REF = / 6 1 ?[a-f] /;

/**
 * A purpose names its basis only when it marks it as one: an article reference (« (art. 6.1.a) »), the
 * basis in brackets (« Newsletter (consentement) »), or after « base légale », « sur la base de »,
 * « repose sur », « fondé sur ». « Recueil du consentement au partage » is a purpose, not a basis.
 */
export function basesInPurpose(text: string): LegalBasisKind[] {
  const folded = foldWords(text);
  if (ARTICLE_REF.test(folded)) return basesIn(text);
  const marked: string[] = [];
  for (const m of text.matchAll(/\(([^)]*)\)/g)) marked.push(m[1]);
  const after = / (base legale|base juridique|fondement|sur la base|repose sur|reposant sur|fonde sur|fondee sur) (.*)$/.exec(folded);
  if (after) marked.push(after[2]);
  return unique(marked.flatMap((m) => basesIn(m)));
}

// ------------------------------------------------------------------------------ legitimate interest

const LI_PHRASE = /int[ée]r[êe]ts?\s+l[ée]gitimes?\s*(?:poursuivis?)?\s*(?:\([^)]*\))?\s*(?:[:\-–—]\s*)?(.*)$/iu;
const POURSUIVI = /^\s*int[ée]r[êe]ts?\s+(?:l[ée]gitimes?\s+)?poursuivis?\s*[:\-–—]\s*(.+)$/iu;

/** The interest a text names after « intérêt légitime » (« … : informer les adhérents »), if any. */
function interestIn(text: string): string | undefined {
  const m = POURSUIVI.exec(text) ?? LI_PHRASE.exec(text);
  if (!m) return undefined;
  const rest = m[1]
    .replace(/\((?:art(?:icle)?\.?\s*)?6[.\s]?1[.\s]?f\)/giu, "")
    .replace(/(?:art(?:icle)?\.?\s*)?6[.\s]?1[.\s]?f\b/giu, "")
    .replace(/^[\s:;,.\-–—]+|[\s:;,.\-–—]+$/gu, "")
    .replace(/^(?:de|du|des|d'|d’)\s*(?:la\s+|l'|l’)?(?:cpts|association|structure)\s*/iu, "")
    .replace(/^(?:consistant\s+)?(?:à|a|de|d'|d’|pour|:)\s*/iu, "")
    .trim();
  const words = rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  return words.length >= 2 ? rest : undefined;
}

/** The legitimate interest pursued, as the fiche says it, and the field it is in. */
export function legitimateInterestOf(fiche: Fiche): { text: string; field: TextField } | undefined {
  const fields = [fiche.legalBasis, fiche.mainPurpose, ...fiche.subPurposes].filter(filled);
  for (const field of fields) {
    const text = interestIn(field.value);
    if (text) return { text, field };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------- art. 9 exception

export type Art9Kind = "9.2.a" | "9.2.b" | "9.2.c" | "9.2.d" | "9.2.e" | "9.2.f" | "9.2.g" | "9.2.h" | "9.2.i" | "9.2.j";

const ART9: Record<Art9Kind, readonly string[]> = {
  "9.2.a": ["9 2 a", "9 2a", "consentement explicite"],
  "9.2.b": ["9 2 b", "9 2b", "droit du travail", "protection sociale"],
  "9.2.c": ["9 2 c", "9 2c", "interets vitaux", "hors d etat de consentir"],
  "9.2.d": ["9 2 d", "9 2d", "but non lucratif"],
  "9.2.e": ["9 2 e", "9 2e", "rendues publiques", "manifestement publiques"],
  "9.2.f": ["9 2 f", "9 2f", "defense d un droit en justice", "droit en justice"],
  "9.2.g": ["9 2 g", "9 2g", "interet public important"],
  "9.2.h": [
    "9 2 h",
    "9 2h",
    "prise en charge sanitaire",
    "prise en charge sanitaire ou sociale",
    "medecine preventive",
    "diagnostics medicaux",
    "diagnostic medical",
    "art 44",
    "article 44",
    "gestion des systemes et des services de sante",
  ],
  "9.2.i": ["9 2 i", "9 2i", "sante publique"],
  "9.2.j": ["9 2 j", "9 2j", "recherche scientifique", "fins statistiques", "archives d interet public"],
};

export interface Art9Reading {
  kinds: Art9Kind[];
  field?: TextField;
}

export function art9In(text: string): Art9Kind[] {
  const folded = foldWords(text);
  return (Object.keys(ART9) as Art9Kind[]).filter((k) => hasWord(folded, ART9[k]));
}

/** The exception as the fiche states it: its row (unless « Non applicable »), else a purpose or a sensitive row's description. */
export function art9Of(fiche: Fiche): Art9Reading {
  const row = fiche.art9Exception;
  if (filled(row) && !foldWords(row.value).includes(" non applicable ")) {
    return { kinds: art9In(row.value), field: row };
  }
  const fields = [fiche.mainPurpose, ...fiche.subPurposes, ...fiche.sensitiveData.map((r) => r.description)].filter(filled);
  for (const field of fields) {
    const folded = foldWords(field.value);
    // In a purpose, only a field that speaks of the exception counts (« prise en charge sanitaire » alone may be a purpose).
    const speaksOfIt =
      field === fiche.mainPurpose || fiche.subPurposes.includes(field) ? / (exception|art 9|article 9|9 2 [a-j]|art 44|article 44) /.test(folded) : true;
    const kinds = art9In(field.value);
    if (speaksOfIt && kinds.length > 0) return { kinds, field };
  }
  return { kinds: [] };
}
