/**
 * The article 30 minimum of a fiche, as eight criteria (reference §4.1), and the items of the CNIL's
 * 4-step path that the workbook can show. Kept apart from the rule catalogue so that the completeness
 * score (RGPD.COMPLETUDE in functions.js) does not carry every rule's texts.
 */

/** The eight criteria of the article 30 minimum a fiche must meet, in the fiche's order. */
export type Art30Criterion = "name" | "ref" | "purpose" | "persons" | "data" | "retention" | "recipients" | "measures";

/** Short French labels, for the completeness score (RGPD.MANQUES, the CLI's « manque : »). */
export const ART30_CRITERIA: readonly { id: Art30Criterion; label: string }[] = [
  { id: "name", label: "nom du traitement" },
  { id: "ref", label: "référence" },
  { id: "purpose", label: "finalité principale" },
  { id: "persons", label: "catégories de personnes" },
  { id: "data", label: "catégories de données" },
  { id: "retention", label: "durées de conservation" },
  { id: "recipients", label: "destinataires" },
  { id: "measures", label: "mesures de sécurité" },
];

/**
 * The path's items computed from the workbook (src/register/data/path.ts, source "workbook"). A rule
 * feeds one when its findings keep the item from being done; "fiches-complete" is fed by every rule
 * that counts for an article 30 criterion.
 */
export type WorkbookPathItemId =
  | "fiches-exist"
  | "fiches-complete"
  | "list-consistent"
  | "organisation"
  | "retention-set"
  | "sensitive-justified"
  | "legal-basis"
  | "notices"
  | "requests-kept"
  | "aipd-done"
  | "measures-described"
  | "hds"
  | "cyber-audit"
  | "incidents-decided";
