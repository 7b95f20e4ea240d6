/**
 * How a register of the quality corpus is written down: as what a person typed in the CNIL workbook,
 * field by field under the CNIL's own labels, never as cells or code. A value that is a mistake is
 * wrapped in `plant(rule, severity, value)`: the builder writes the value, learns the cell it landed
 * in, and expects the finding there. So the expectation cannot drift from the file.
 *
 *     "Vie personnelle": [plant("health.data-elsewhere", "warning", "Situation familiale, ALD"), "3 mois après…"],
 *
 * A plant around a whole row (`plant(…, ["Contrôle d'accès des utilisateurs", "Mot de passe"])`)
 * expects the finding on the row's first cell (the dropdown, or the description); around one value,
 * on that value's cell. An empty planted value (`plant(…, "")`) writes nothing and expects the finding
 * where the value should have been typed. Plants nest when one value deserves several findings.
 */
import type { Severity } from "../../src/register";

export interface Expectation {
  rule: string;
  severity: Severity;
}

export interface Planted<T> {
  readonly planted: readonly Expectation[];
  readonly value: T;
}

export type Marked<T> = T | Planted<T>;

/** Marks `value` as a planted mistake: the engine must report `rule` with `severity` at its cell. */
export function plant<T>(rule: string, severity: Severity, value: Marked<T>): Planted<T> {
  if (isPlanted(value)) return { planted: [{ rule, severity }, ...value.planted], value: value.value };
  return { planted: [{ rule, severity }], value };
}

export function isPlanted<T>(v: Marked<T>): v is Planted<T> {
  return typeof v === "object" && v !== null && !(v instanceof Date) && !Array.isArray(v) && "planted" in v;
}

export function unmark<T>(v: Marked<T>): { value: T; planted: readonly Expectation[] } {
  return isPlanted(v) ? { value: v.value, planted: v.planted } : { value: v, planted: [] };
}

/** Text as typed in a cell. */
export type Texte = Marked<string>;

/**
 * A date as typed: a string is kept as text (« 13/05/2019 », as in the CNIL example tab); `le(…)` makes
 * a real date cell, shown dd/mm/yyyy.
 */
export type DateSaisie = Marked<string | Date>;

/** A real date cell for the day written `jj/mm/aaaa`. */
export function le(jjmmaaaa: string): Date {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(jjmmaaaa);
  if (!m) throw new Error(`Date du corpus illisible : ${jjmmaaaa}`);
  return new Date(Date.UTC(Number(m[3]), Number(m[2]) - 1, Number(m[1])));
}

/** [Description, Durée de conservation] */
export type LigneDonnees = Marked<readonly [Texte, Texte?]>;
/** [choix de la liste déroulante, Précisions] */
export type LigneChoix = Marked<readonly [Texte, Texte?]>;
/** [Destinataire, Pays, Type de Garanties, Liens vers la documentation] */
export type LigneTransfert = Marked<readonly [Texte, Texte?, Texte?, Texte?]>;

/** The CNIL's data rows, by the first words of their label. */
export const LIGNES_DONNEES = {
  "État civil, identité, données d'identification": "identity",
  "Vie personnelle": "personalLife",
  "Informations d'ordre économique et financier": "economic",
  "Données de connexion": "connection",
  "Données de localisation": "location",
  "Numéro de Sécurité Sociale (ou NIR)": "nir",
  "Origine raciale ou ethnique": "racial",
  "Opinions politiques": "political",
  "Convictions religieuses ou philosophiques": "religious",
  "Appartenance syndicale": "union",
  "Données génétiques": "genetic",
  "Données biométriques": "biometric",
  "Données concernant la santé": "health",
  "Vie sexuelle ou orientation sexuelle": "sexual",
  "Condamnations pénales ou infractions": "criminal",
} as const;
export type LibelleDonnees = keyof typeof LIGNES_DONNEES;

/** The « Acteurs » table's columns. */
export type Acteur = Partial<Record<"Nom" | "Adresse" | "Code Postal" | "Ville" | "Pays" | "Téléphone" | "Adresse mél", Texte>>;

/** Tab 2's header block (`Nom :`, `Prénom :`…). */
export type Coordonnees = Partial<
  Record<"Nom" | "Prénom" | "Adresse" | "Adresse mél" | "Code postal" | "Ville" | "Téléphone" | "Société (si DPO externe)", Texte>
>;

/** The fiche's line in tab 2, where the person typed something else than the fiche says. */
export interface LigneOnglet2 {
  "Nom du traitement"?: Texte;
  "N° / RÉF"?: Texte;
  "Date de création de la fiche"?: DateSaisie;
  "Dernière mise à jour de la fiche"?: DateSaisie;
  "Finalité du traitement"?: Texte;
  "Données sensibles ? Oui/non"?: Texte;
}

export interface FicheSaisie {
  "Nom du traitement": string;
  /**
   * How the sheet was made: `complément` = « Nouvelle fiche » (the engine's planNewFiche, which also
   * writes the tab-2 line); `excel` = Excel's « Déplacer ou copier » of the model tab (sheet
   * `3_-_Modèle_de_fiche_de_r (2)`…), the tab-2 line typed by hand. Default `complément`.
   */
  Copie?: "complément" | "excel";
  /** The sheet's name, when the person renamed the tab. */
  Onglet?: string;
  "N° / RÉF"?: Texte;
  "Date de création du traitement"?: DateSaisie;
  "Mise à jour du traitement"?: DateSaisie;
  "Responsable du traitement"?: Acteur;
  "Délégué à la protection des données"?: Acteur;
  "Société du DPO (si celui-ci est externe)"?: Acteur;
  "Responsable(s) conjoint(s)"?: Acteur;
  "Finalité principale"?: Texte;
  /** Only in a register whose model was amended with this row (see RegistreSaisi.lignesAjoutees). */
  "Base légale"?: Texte;
  "Exception article 9"?: Texte;
  "Sous-finalités"?: Texte[];
  "Catégories de données"?: Partial<Record<LibelleDonnees, LigneDonnees>>;
  "Catégories de personnes concernées"?: LigneChoix[];
  Destinataires?: LigneChoix[];
  "Mesures de sécurité"?: LigneChoix[];
  "Transferts hors UE"?: LigneTransfert[];
  /**
   * What differs in its tab-2 line from what the fiche says (default: the same, « Oui » when a sensitive
   * row holds data); `false`: the person never typed the line (only for a copy made by Excel).
   */
  "Ligne de l'onglet 2"?: LigneOnglet2 | false;
}

export interface RegistreSaisi {
  /** File name, without extension. */
  id: string;
  /** Who filled it, and how, in one or two sentences. */
  qui: string;
  /** Written by a careful DPO: must be ready with no error and no warning. */
  correct: boolean;
  /** Saved by Excel (cross-sheet dropdowns in x14) or as LibreOffice wrote the CNIL's file. */
  enregistre: "Excel" | "LibreOffice";
  /** Rows the CPTS added to the model under « Finalité principale », before copying it. */
  lignesAjoutees?: ReadonlyArray<"Base légale" | "Exception article 9">;
  organisation: Coordonnees;
  representant?: Coordonnees;
  dpo?: Coordonnees;
  fiches: FicheSaisie[];
}
