/**
 * THE layout knowledge of the register workbook: how its tabs are recognised, which label of column A
 * names which field of a fiche, where the blocks start and end, which cells hold values, which fields
 * are dropdowns and which list serves them, how tab 2 and the list tab are laid out.
 *
 * Everything else (reading, rules, plans, our template writer, the help panel) reads it from here, so
 * that an amended workbook (renamed tabs, inserted rows, extra lists) is handled in one place.
 *
 * Labels are the CNIL's exact strings (typos, double spaces and the trailing NBSP included) first, then
 * variants seen or expected in CPTS copies. They are matched with `labelKey` (case, accents, spaces and
 * punctuation folded), never by row number.
 */
import type { BlockKey, Contact, DataCategoryKey, ListKey, TabRole } from "./model";
import type { CellValue } from "./snapshot";
import { cellText, labelKey, normalizeSheetName } from "./normalize";

// ---------------------------------------------------------------------------------------------------
// Placeholder

/** The CNIL's first item of every list, shown in empty dropdown cells: read as empty. */
export const PLACEHOLDER = "Sélectionnez un élément dans cette liste déroulante ►";

const PLACEHOLDER_KEY = labelKey(PLACEHOLDER);
const PLACEHOLDER_PREFIX = labelKey("Sélectionnez un élément");

/** The placeholder, however it is spaced or cased (a CPTS may have retyped it). */
export function isPlaceholder(v: CellValue | undefined): boolean {
  // Cheap test first: this runs on every value read.
  if (typeof v !== "string" || !/lectionnez/i.test(v)) return false;
  const k = labelKey(v);
  return k === PLACEHOLDER_KEY || k.startsWith(PLACEHOLDER_PREFIX);
}

/** A cell's text (trimmed), with the placeholder read as empty. */
export function valueText(v: CellValue | undefined): string {
  return isPlaceholder(v) ? "" : cellText(v);
}

// ---------------------------------------------------------------------------------------------------
// Tabs

/** The CNIL's sheet names, in tab order. */
export const CNIL_TAB_NAMES: Readonly<Record<TabRole, string>> = {
  tutorial: "Tutoriel",
  list: "2_-_Liste_des_traitements",
  model: "3_-_Modèle_de_fiche_de_registre",
  example: "4_-_Exemple_de_fiche",
  lists: "5_-_Listes",
};

/** Names in the CPTS style (spaces, visible "Liste déroulante"), all ≤ 31 characters: for our template. */
export const CPTS_TAB_NAMES: Readonly<Record<TabRole, string>> = {
  tutorial: "1 - Tutoriel et FAQ",
  list: "2 - Liste des traitements",
  model: "3 - Modèle de fiche",
  example: "4 - Exemple de fiche",
  lists: "5 - Liste déroulante",
};

export const TAB_ORDER: readonly TabRole[] = ["tutorial", "list", "model", "example", "lists"];

/**
 * Keyword tests on `normalizeSheetName(name)` (accents, case, `_`/`-`, the leading tab number and
 * "onglet" dropped). Checked in this order, so "Liste des traitements" is never taken for the list tab.
 * Names are cut at 31 characters by Excel: keywords are the first words of each title.
 */
const TAB_TESTS: ReadonlyArray<readonly [TabRole, (n: string) => boolean]> = [
  ["list", (n) => /\blistes? (des )?traitements?\b/.test(n) || /^registre des traitements$/.test(n)],
  ["model", (n) => /\bmodele\b/.test(n)],
  ["example", (n) => /\bexemple\b/.test(n)],
  ["lists", (n) => (/^listes?\b/.test(n) && !/traitement/.test(n)) || /\bderoulante/.test(n)],
  ["tutorial", (n) => /\btutoriel/.test(n) || /questions frequentes/.test(n) || /^faq\b/.test(n)],
];

/** The role a sheet's name suggests, or null. Structure is checked by locate.ts. */
export function tabRoleOfName(name: string): TabRole | null {
  const n = normalizeSheetName(name);
  for (const [role, test] of TAB_TESTS) if (test(n)) return role;
  return null;
}

/** Excel's "Move or Copy" names a copy `name (2)` (cut so that the whole stays ≤ 31 characters). */
export function isExcelCopyName(name: string): boolean {
  return /\s\(\d+\)\s*$/.test(name);
}

// ---------------------------------------------------------------------------------------------------
// Fiche: columns

/** Columns of a fiche (1-based, A = 1). */
export const FICHE_COLUMNS = {
  /** Column A: labels. */
  label: 1,
  /** Column B: the value of a single field (merged B:H), the dropdown of a choice row (B:D), a data description (B:D). */
  value: 2,
  /** Column E: précisions of a choice row (E:H), retention of a data row (E:H). */
  detail: 5,
  /** Column H: the fiche's last column. */
  last: 8,
  /** Actors table, B to H. */
  actor: { name: 2, address: 3, postcode: 4, city: 5, country: 6, phone: 7, email: 8 },
  /** Transfers: recipient B, country C (dropdown), guarantee D (D:E, dropdown), documentation F (F:H). */
  transfer: { recipient: 2, country: 3, guarantee: 4, documentation: 6 },
} as const;

// ---------------------------------------------------------------------------------------------------
// Fiche: sections (headers in column A) and the block each opens

export type SectionKey =
  | "identification"
  | "actors"
  | "purposes"
  | "dataCategories"
  | "sensitiveData"
  | "persons"
  | "recipients"
  | "measures"
  | "transfers"
  /** A section a CPTS added that the engine does not read (Sous-traitants…): it ends the block before it. */
  | "other";

export interface SectionLabel {
  key: Exclude<SectionKey, "other">;
  /** The CNIL's exact header. */
  label: string;
  aliases: readonly string[];
  /** Sub-headers the CNIL writes on the header row from column B on (for our template). */
  columnHeaders?: readonly string[];
}

/** The sections of a fiche, in the CNIL's order. */
export const FICHE_SECTIONS: readonly SectionLabel[] = [
  { key: "identification", label: "Description  du traitement  ", aliases: ["Identification du traitement"] },
  {
    key: "actors",
    label: "Acteurs",
    aliases: [],
    columnHeaders: ["Nom", "Adresse", "Code Postal", "Ville", "Pays", "Téléphone", "Adresse mél"],
  },
  {
    key: "purposes",
    label: "Finalité(s) du traitement effectué",
    aliases: ["Finalités du traitement effectué", "Finalité(s) du traitement", "Finalités du traitement", "Finalité du traitement"],
  },
  {
    key: "dataCategories",
    label: "Catégories de données personnelles concernées",
    aliases: ["Catégories de données personnelles", "Catégories de données concernées", "Catégories de données"],
    columnHeaders: ["Description", "Durée de conservation"],
  },
  {
    key: "sensitiveData",
    label: "Données sensibles",
    aliases: ["Catégories de données sensibles", "Données sensibles concernées"],
    columnHeaders: ["Description", "Durée de conservation"],
  },
  {
    key: "persons",
    label: "Catégories de personnes concernées",
    aliases: ["Catégories de personnes", "Personnes concernées"],
    columnHeaders: ["Description", "Précisions"],
  },
  {
    key: "recipients",
    label: "Destinataires",
    aliases: ["Destinataires des données", "Catégories de destinataires"],
    columnHeaders: ["Type de destinataire", "Précisions"],
  },
  {
    key: "measures",
    label: "Mesures de sécurité",
    aliases: ["Mesures de sécurité techniques et organisationnelles", "Mesures de sécurité techniques"],
    columnHeaders: ["Type de mesure de sécurité", "Précisions"],
  },
  {
    key: "transfers",
    label: "Transferts hors UE",
    aliases: ["Transferts hors Union européenne", "Transferts de données hors UE", "Transferts hors de l'UE"],
    columnHeaders: ["Destinataire", "Pays", "Type de Garanties", "Liens vers la documentation"],
  },
];

/** Headers of sections a CPTS may add (RECONSTRUCTED, §1.3 of the reference): they close the block above. */
export const EXTRA_SECTION_LABELS: readonly string[] = [
  "Sous-traitants",
  "Source des données",
  "Sources des données",
  "Droits des personnes",
  "Information des personnes",
  "Information des personnes (mention)",
  "Analyse d'impact (AIPD)",
  "Violations de données",
  "Prise de décision automatisée",
  "Remarques",
  "Commentaires",
  "Observations",
];

/** The sections whose rows are items (a block); the other sections hold named rows. */
export const BLOCK_OF_SECTION: Readonly<Partial<Record<SectionKey, BlockKey>>> = {
  purposes: "subPurposes",
  dataCategories: "dataCategories",
  sensitiveData: "sensitiveData",
  persons: "persons",
  recipients: "recipients",
  measures: "measures",
  transfers: "transfers",
};

/** The blocks a user can grow by one row (planAddRow). */
export type GrowableBlock = "persons" | "recipients" | "measures" | "transfers";
export const GROWABLE_BLOCKS: readonly GrowableBlock[] = ["persons", "recipients", "measures", "transfers"];

/** Labels of the numbered rows of each block: `Destinataire 5` is `${label} 5`. */
export const BLOCK_ROW_LABELS: Readonly<Record<GrowableBlock | "subPurposes", string>> = {
  subPurposes: "Sous-finalité",
  persons: "Catégorie de personnes",
  recipients: "Destinataire",
  measures: "Mesure de sécurité",
  transfers: "Organisme destinataire",
};

/** How many numbered rows the CNIL model has in each block (for our template). */
export const CNIL_BLOCK_SIZES: Readonly<Record<GrowableBlock | "subPurposes", number>> = {
  subPurposes: 5,
  persons: 2,
  recipients: 4,
  measures: 3,
  transfers: 4,
};

// ---------------------------------------------------------------------------------------------------
// Fiche: named rows

export type SingleField = "name" | "ref" | "created" | "updated" | "mainPurpose" | "legalBasis" | "art9Exception";

export interface FieldLabel {
  /** The CNIL's exact label, or the one our template writes for the rows the CNIL has not. */
  label: string;
  aliases: readonly string[];
}

/** Rows with one value in B (merged B:H). `legalBasis` and `art9Exception` are optional rows. */
export const FICHE_FIELDS: Readonly<Record<SingleField, FieldLabel>> = {
  name: { label: "Nom du traitement", aliases: ["Intitulé du traitement", "Nom de la fiche"] },
  ref: { label: "N° / RÉF", aliases: ["N°/RÉF", "N° RÉF", "Réf", "Référence", "N° de référence", "Numéro / Réf", "Numéro de référence"] },
  created: {
    label: "Date de création du traitement",
    aliases: ["Date de création de la fiche", "Date de création", "Création du traitement"],
  },
  updated: {
    label: "Mise à jour du traitement",
    aliases: [
      "Dernière mise à jour du traitement",
      "Dernière mise à jour de la fiche",
      "Date de mise à jour",
      "Date de dernière mise à jour",
      "Mise à jour",
      "Dernière mise à jour",
      "Mise à jour de la fiche",
    ],
  },
  mainPurpose: { label: "Finalité principale", aliases: [] },
  legalBasis: {
    label: "Base légale",
    aliases: ["Base légale du traitement", "Base légale (art. 6)", "Base légale (article 6)", "Base juridique", "Fondement juridique", "Fondement légal"],
  },
  art9Exception: {
    label: "Exception article 9",
    aliases: [
      "Exception (art. 9)",
      "Exception art. 9",
      "Exception (article 9)",
      "Exception article 9 (données sensibles)",
      "Exceptions article 9",
      "Exception permettant de traiter des données sensibles",
      "Exception au principe d'interdiction (art. 9)",
    ],
  },
};

/** The optional rows, in the order our template inserts them after `Finalité principale`. */
export const OPTIONAL_PURPOSE_FIELDS: readonly SingleField[] = ["legalBasis", "art9Exception"];

export type ActorField = "controller" | "dpo" | "dpoCompany" | "representative" | "jointControllers";

/** Rows of the "Acteurs" table (values B–H, see FICHE_COLUMNS.actor). */
export const FICHE_ACTORS: Readonly<Record<ActorField, FieldLabel>> = {
  controller: { label: "Responsable du traitement", aliases: ["Responsable de traitement", "Responsable de l'organisme"] },
  dpo: {
    label: "Délégué à la protection des données",
    aliases: ["Délégué à la protection des données (DPO)", "DPO", "Délégué à la protection des données personnelles"],
  },
  dpoCompany: {
    label: "Société du DPO (si celui-ci est externe)",
    aliases: ["Société du DPO", "Société du DPO (si externe)", "Société du délégué à la protection des données"],
  },
  representative: { label: "Représentant", aliases: ["Représentant dans l'UE", "Représentant du responsable"] },
  jointControllers: {
    label: "Responsable(s) conjoint(s)",
    aliases: ["Responsables conjoints", "Responsable conjoint", "Co-responsable(s)", "Coresponsables", "Co-responsables"],
  },
};

/** The actor rows in the CNIL's order. */
export const ACTOR_ORDER: readonly ActorField[] = ["controller", "dpo", "dpoCompany", "representative", "jointControllers"];

export interface DataCategoryLabel {
  key: Exclude<DataCategoryKey, "other">;
  /** In the "Données sensibles" block (art. 9 / 10) rather than the general one. */
  sensitive: boolean;
  /** The CNIL's exact label. */
  label: string;
  /** Word prefixes (on labelKey) that recognise a reworded label. */
  keywords: readonly string[];
}

export const DATA_CATEGORIES: readonly DataCategoryLabel[] = [
  { key: "identity", sensitive: false, label: "État civil, identité, données d'identification, images…", keywords: ["etat civil", "identite"] },
  { key: "personalLife", sensitive: false, label: "Vie personnelle (habitudes de vie, situation familiale, etc.)", keywords: ["vie personnelle"] },
  {
    key: "economic",
    sensitive: false,
    label: "Informations d'ordre économique et financier (revenus, situation financière, situation fiscale, etc.)",
    keywords: ["economique", "financier"],
  },
  { key: "connection", sensitive: false, label: "Données de connexion (adress IP, logs, etc.)", keywords: ["connexion"] },
  { key: "location", sensitive: false, label: "Données de localisation (déplacements, données GPS, GSM, etc.)", keywords: ["localisation"] },
  { key: "nir", sensitive: false, label: "Numéro de Sécurité Sociale (ou NIR)", keywords: ["securite sociale", "nir"] },
  { key: "racial", sensitive: true, label: "Données révélant l'origine raciale ou ethnique", keywords: ["raciale", "ethnique"] },
  { key: "political", sensitive: true, label: "Données révélant les opinions politiques", keywords: ["opinions politiques", "politique"] },
  {
    key: "religious",
    sensitive: true,
    label: "Données révélant les convictions religieuses ou philosophiques\u00a0",
    keywords: ["religieuse", "philosophique"],
  },
  { key: "union", sensitive: true, label: "Données révélant l'appartenance syndicale", keywords: ["syndical"] },
  { key: "genetic", sensitive: true, label: "Données génétiques", keywords: ["genetique"] },
  {
    key: "biometric",
    sensitive: true,
    label: "Données biométriques aux fins d'identifier une personne physique de manière unique",
    keywords: ["biometrique"],
  },
  { key: "health", sensitive: true, label: "Données concernant la santé", keywords: ["sante"] },
  { key: "sexual", sensitive: true, label: "Données concernant la vie sexuelle ou l'orientation sexuelle", keywords: ["sexuel", "orientation sexuelle"] },
  {
    key: "criminal",
    sensitive: true,
    label: "Données relatives à des condamnations pénales ou  infractions",
    keywords: ["condamnation", "infraction", "penale"],
  },
];

// ---------------------------------------------------------------------------------------------------
// Dropdowns

export type DropdownField = "persons" | "recipients" | "measures" | "transferCountry" | "transferGuarantee" | "legalBasis" | "art9Exception";

export interface DropdownFieldSpec {
  field: DropdownField;
  list: ListKey;
  /** Column of the dropdown cell (A = 1). */
  column: number;
  /** Every body row of this block has the dropdown… */
  block?: GrowableBlock;
  /** …or this single optional row has it. */
  single?: "legalBasis" | "art9Exception";
}

/** The dropdown cells of a fiche and the list each one takes its items from. */
export const FICHE_DROPDOWNS: readonly DropdownFieldSpec[] = [
  { field: "persons", list: "persons", column: FICHE_COLUMNS.value, block: "persons" },
  { field: "recipients", list: "recipients", column: FICHE_COLUMNS.value, block: "recipients" },
  { field: "measures", list: "measures", column: FICHE_COLUMNS.value, block: "measures" },
  { field: "transferCountry", list: "countries", column: FICHE_COLUMNS.transfer.country, block: "transfers" },
  { field: "transferGuarantee", list: "guarantees", column: FICHE_COLUMNS.transfer.guarantee, block: "transfers" },
  { field: "legalBasis", list: "legalBases", column: FICHE_COLUMNS.value, single: "legalBasis" },
  { field: "art9Exception", list: "art9Exceptions", column: FICHE_COLUMNS.value, single: "art9Exception" },
];

/** Tab 2's "Données sensibles ? Oui/non" column is served by this list (when a validation says so). */
export const LIST_TAB_SENSITIVE_LIST: ListKey = "yesNo";

// ---------------------------------------------------------------------------------------------------
// List tab ("5_-_Listes" / "5 - Liste déroulante")

/**
 * The header (row 1) of each list's column. The first five are the CNIL's; the others are the names
 * our template writes (agreed between the engine and the template): "Oui / Non", "Base légale",
 * "Exception article 9", "Durées de conservation".
 */
export const LIST_HEADERS: Readonly<Record<ListKey, FieldLabel>> = {
  persons: { label: "Catégories de personnes", aliases: ["Catégories de personnes concernées", "Personnes concernées", "Personnes"] },
  recipients: { label: "Destinataires", aliases: ["Types de destinataires", "Type de destinataire", "Catégories de destinataires"] },
  measures: { label: "Mesures de sécurité techniques", aliases: ["Mesures de sécurité", "Types de mesures de sécurité", "Mesures"] },
  countries: { label: "Pays", aliases: ["Pays hors UE", "Pays tiers"] },
  guarantees: { label: "Garanties", aliases: ["Types de garanties", "Type de garanties", "Garanties (transferts)"] },
  yesNo: { label: "Oui / Non", aliases: ["Oui-Non"] },
  legalBases: { label: "Base légale", aliases: ["Bases légales", "Base légale (art. 6)"] },
  art9Exceptions: {
    label: "Exception article 9",
    aliases: ["Exceptions article 9", "Exception (art. 9)", "Exceptions (art. 9)", "Exception art. 9", "Exceptions art. 9"],
  },
  retentions: { label: "Durées de conservation", aliases: ["Durée de conservation", "Durées de conservation types"] },
};

/** The CNIL's column beside "Pays" giving "adéquat" / "Non adéquat". */
export const ZONE_HEADER = "Zone";

/** Headers are looked for in the first rows of the list tab. */
export const LIST_HEADER_ROWS = 5;

/**
 * Retention cells are NOT dropdowns: a retention preset list only offers suggestions (free text is
 * normal there), so the engine never checks a retention against a list.
 */
export const SUGGESTION_LISTS: readonly ListKey[] = ["retentions"];

// ---------------------------------------------------------------------------------------------------
// Tab 2 ("Liste des traitements")

export type ContactField = keyof Contact;
export type OrgRole = "controller" | "representative" | "dpo";

/** A contact label's value is in the next column (B→C, D→E, F→G, H→I). */
export const LIST_TAB_CONTACT_LABEL_COLUMNS: readonly number[] = [2, 4, 6, 8];

export const LIST_TAB = {
  /** Labels in column A, each merged over two rows (A1:A2, A3:A4, A5:A6). */
  org: {
    controller: {
      label: "Coordonnées du responsable de l’organisme\n(responsable de traitement ou son représentant si le responsable est situé en dehors de l’UE)",
      prefixes: ["coordonnees du responsable", "responsable de l organisme", "responsable du traitement", "responsable de traitement"],
    },
    representative: {
      label: "Coordonnées du représentant\n(responsable de traitement ou son représentant si le responsable est situé en dehors de l’UE)",
      prefixes: ["coordonnees du representant", "representant"],
    },
    dpo: {
      label: "Coordonnées du délégué à la protection des données (DPO)",
      prefixes: ["coordonnees du delegue", "coordonnees du dpo", "delegue a la protection", "dpo"],
    },
  } satisfies Record<OrgRole, { label: string; prefixes: readonly string[] }>,
  /** Where each contact's first row is in the CNIL file (used when a label is not found). */
  cnilOrgRows: { controller: 1, representative: 3, dpo: 5 } satisfies Record<OrgRole, number>,
  /** The CNIL's labels, and where their value sits relative to the block's first row. */
  cnilContactCells: {
    controller: {
      name: { label: "Nom :", row: 0, col: 3 },
      firstName: { label: "Prénom :", row: 0, col: 5 },
      address: { label: "Adresse :", row: 0, col: 7 },
      email: { label: "Adresse mél :", row: 0, col: 9 },
      postcode: { label: "Code postal :", row: 1, col: 3 },
      city: { label: "Ville :", row: 1, col: 5 },
      phone: { label: "Téléphone :", row: 1, col: 7 },
    },
    representative: {
      name: { label: "Nom :", row: 0, col: 3 },
      firstName: { label: "Prénom :", row: 0, col: 5 },
      address: { label: "Adresse :", row: 0, col: 7 },
      email: { label: "Adresse mél :", row: 0, col: 9 },
      postcode: { label: "Code postal :", row: 1, col: 3 },
      city: { label: "Ville :", row: 1, col: 5 },
      phone: { label: "Téléphone :", row: 1, col: 7 },
    },
    dpo: {
      name: { label: "Nom :", row: 0, col: 3 },
      firstName: { label: "Prénom :", row: 0, col: 5 },
      company: { label: "Société (si DPO externe) :", row: 0, col: 7 },
      address: { label: "Adresse :", row: 0, col: 9 },
      postcode: { label: "Code postal :", row: 1, col: 3 },
      city: { label: "Ville :", row: 1, col: 5 },
      phone: { label: "Téléphone :", row: 1, col: 7 },
      email: { label: "Adresse mél :", row: 1, col: 9 },
    },
  } satisfies Record<OrgRole, Partial<Record<ContactField, { label: string; row: number; col: number }>>>,
  /** The table's column-header row is the one whose column A reads this (row 8 in the CNIL file). */
  headerLabel: "Nom du traitement",
  cnilHeaderRow: 8,
  /** Group headers of row 7 (for our template). */
  groupHeaders: [
    { label: "Identification du traitement", col: 1 },
    { label: "Finalité du traitement", col: 5 },
    { label: "Données sensibles ?", col: 8 },
  ],
  /** Column headers of row 8 (for our template). */
  columnHeaders: [
    { label: "Nom du traitement", col: 1 },
    { label: "N° / RÉF", col: 2 },
    { label: "Date de création de la fiche", col: 3 },
    { label: "Dernière mise à jour de la fiche", col: 4 },
    { label: "Oui/non", col: 8 },
  ],
  /** Columns of a line when the headers do not say otherwise: A name, B ref, C, D dates, E:G purpose, H:I sensitive. */
  defaultColumns: { name: 1, ref: 2, created: 3, updated: 4, purpose: 5, sensitive: 8 },
  /** Last column of a line (I). */
  lastColumn: 9,
  /** The CNIL example line's name starts with this. */
  examplePrefix: "(EXEMPLE)",
} as const;

export type ListLineColumn = keyof typeof LIST_TAB.defaultColumns;

// ---------------------------------------------------------------------------------------------------
// Matchers (on labelKey)

function keyMap<T>(entries: Iterable<readonly [T, FieldLabel]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [value, fl] of entries) {
    for (const s of [fl.label, ...fl.aliases]) {
      const k = labelKey(s);
      if (!m.has(k)) m.set(k, value);
    }
  }
  return m;
}

const SECTION_KEYS = keyMap(FICHE_SECTIONS.map((s) => [s.key, s] as const));
const EXTRA_SECTION_KEYS = new Set(EXTRA_SECTION_LABELS.map(labelKey));
const FIELD_KEYS = keyMap(Object.entries(FICHE_FIELDS) as [SingleField, FieldLabel][]);
const ACTOR_KEYS = keyMap(Object.entries(FICHE_ACTORS) as [ActorField, FieldLabel][]);
const LIST_HEADER_KEYS = keyMap(Object.entries(LIST_HEADERS) as [ListKey, FieldLabel][]);
const DATA_KEYS = new Map(DATA_CATEGORIES.map((d) => [labelKey(d.label), d.key] as const));

/** The section a column-A label opens, or null. */
export function sectionOfLabel(key: string): SectionKey | null {
  return SECTION_KEYS.get(key) ?? (EXTRA_SECTION_KEYS.has(key) ? "other" : null);
}

/** The single field a column-A label names, or null. */
export function singleFieldOfLabel(key: string): SingleField | null {
  const f = FIELD_KEYS.get(key);
  if (f) return f;
  if (/^(base (legale|juridique)|fondement (juridique|legal))\b/.test(key)) return "legalBasis";
  if (/^exceptions?\b/.test(key) && /\b(9|art 9|article 9|sensibles?)\b/.test(key)) return "art9Exception";
  return null;
}

export function actorOfLabel(key: string): ActorField | null {
  return ACTOR_KEYS.get(key) ?? null;
}

function hasWordPrefix(key: string, word: string): boolean {
  return ` ${key}`.includes(` ${word}`);
}

/**
 * The data category a row label names. Exact CNIL labels first, then keywords of the block's own
 * categories, then the other block's; a label of the user's own is "other".
 */
export function dataCategoryOfLabel(key: string, sensitiveBlock: boolean): DataCategoryKey {
  const exact = DATA_KEYS.get(key);
  if (exact) return exact;
  for (const pass of [sensitiveBlock, !sensitiveBlock]) {
    for (const d of DATA_CATEGORIES) {
      if (d.sensitive === pass && d.keywords.some((w) => hasWordPrefix(key, w))) return d.key;
    }
  }
  return "other";
}

/** The list a list-tab column header names, or null. */
export function listKeyOfHeader(key: string): ListKey | null {
  return LIST_HEADER_KEYS.get(key) ?? null;
}

/** The contact field a tab-2 label (`Nom :`, `Adresse mél :`…) names, or null. */
export function contactFieldOfLabel(key: string): ContactField | null {
  if (!key) return null;
  if (/\b(mel|mail|email|e mail|courriel)\b/.test(key)) return "email";
  if (key.startsWith("societe")) return "company";
  if (key.startsWith("code postal") || key === "cp") return "postcode";
  if (key.startsWith("adresse")) return "address";
  if (key.startsWith("ville") || key.startsWith("commune")) return "city";
  if (key.startsWith("tel")) return "phone";
  if (key.startsWith("prenom")) return "firstName";
  if (key === "nom" || key.startsWith("nom ")) return "name";
  return null;
}

/** The organisation role a tab-2 column-A label names, or null. */
export function orgRoleOfLabel(key: string): OrgRole | null {
  for (const role of ["representative", "dpo", "controller"] as const) {
    if (LIST_TAB.org[role].prefixes.some((p) => key.startsWith(p))) return role;
  }
  return null;
}

/** The tab-2 line column a header cell (row 8, or its group header in row 7) names, or null. */
export function listColumnOfHeader(key: string): ListLineColumn | null {
  if (key === "nom du traitement" || key === "nom") return "name";
  if (FIELD_KEYS.get(key) === "ref") return "ref";
  if (key.startsWith("date de creation") || key === "creation") return "created";
  if (key.includes("mise a jour")) return "updated";
  if (key.startsWith("finalite")) return "purpose";
  if (key.startsWith("donnees sensibles") || key === "oui non") return "sensitive";
  return null;
}
