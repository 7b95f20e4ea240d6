/**
 * Abbreviations a CPTS coordinator reads without thinking, used to shorten a long processing name into
 * a sheet name (Excel allows 31 characters). Only applied when the full name does not fit; the full name
 * always stays in the fiche (B4) and in tab 2.
 *
 * Sources, checked 2026-12:
 * - our reference, /work/shared/reference/registre-cnil-et-regles.md §5 (the CPTS processings, named
 *   with these very abbreviations: « patients sans MT », « PS effecteurs », « SNP », « plan SSE de la
 *   CPTS », « SAS », « DAC », « ARS / CPAM ») and §4 (the ACI missions of a CPTS);
 * - Service d'accès aux soins: https://sas.sante.fr (the national SAS platform);
 * - CPTS: Code de la santé publique, art. L.1434-12 (communautés professionnelles territoriales de santé).
 *
 * Deliberately absent: « ETP » (also « équivalent temps plein »), « APA » (allocation or activité
 * physique adaptée): an abbreviation that reads two ways would make the tab name ambiguous.
 */

export interface SheetAbbreviation {
  /** The words it stands for, folded (lower case, no accents, `'` kept on elisions). */
  words: readonly string[];
  abbreviation: string;
}

export const SHEET_ABBREVIATIONS_CHECKED_ON = "2026-12";

export const SHEET_ABBREVIATIONS: readonly SheetAbbreviation[] = [
  { words: ["communaute", "professionnelle", "territoriale", "de", "sante"], abbreviation: "CPTS" },
  { words: ["professionnels", "de", "sante"], abbreviation: "PS" },
  { words: ["professionnel", "de", "sante"], abbreviation: "PS" },
  { words: ["medecins", "traitants"], abbreviation: "MT" },
  { words: ["medecin", "traitant"], abbreviation: "MT" },
  { words: ["soins", "non", "programmes"], abbreviation: "SNP" },
  { words: ["service", "d'", "acces", "aux", "soins"], abbreviation: "SAS" },
  { words: ["situation", "sanitaire", "exceptionnelle"], abbreviation: "SSE" },
  { words: ["situations", "sanitaires", "exceptionnelles"], abbreviation: "SSE" },
  { words: ["dispositif", "d'", "appui", "a", "la", "coordination"], abbreviation: "DAC" },
  { words: ["agence", "regionale", "de", "sante"], abbreviation: "ARS" },
  { words: ["caisse", "primaire", "d'", "assurance", "maladie"], abbreviation: "CPAM" },
];
