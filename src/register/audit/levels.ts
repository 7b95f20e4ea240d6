/**
 * The maturity levels of the cyber self-audit (« Auto-diagnostic cyber »), from the overall score out of
 * 100. Four levels, as the ANSSI's « Guide d'hygiène informatique » sorts its measures into a
 * « standard » level every organisation should reach and « renforcé » beyond it: below 40 the basics are
 * missing (a single incident can stop the CPTS); 40 to 59 the basics are partly there; 60 to 79 the
 * standard level is reached; 80 and above the CPTS is ahead of what is expected of a small association.
 *
 * Pure data. The thresholds are part of the report's contract (the `level` of its `audit` in `valider --json`).
 */

export type AuditLevelId = "insufficient" | "basic" | "intermediate" | "advanced";

export interface AuditLevel {
  id: AuditLevelId;
  /** The lowest overall score (0–100, inclusive) of the level. */
  min: number;
  /** Its name, as every face shows it. */
  label: string;
  /** One plain sentence: what this level means for the CPTS. */
  meaning: string;
}

/** From the lowest to the highest. */
export const AUDIT_LEVELS: readonly AuditLevel[] = [
  {
    id: "insufficient",
    min: 0,
    label: "Insuffisant",
    meaning:
      "Les protections de base manquent : un seul incident (virus, vol d'ordinateur, piratage d'un compte) peut arrêter la CPTS et exposer des données de santé.",
  },
  {
    id: "basic",
    min: 40,
    label: "Élémentaire",
    meaning: "Une partie des protections de base est en place ; les mesures prioritaires comblent d'abord les manques les plus risqués.",
  },
  {
    id: "intermediate",
    min: 60,
    label: "Intermédiaire",
    meaning: "Le socle d'hygiène informatique attendu d'une petite structure est en place ; il reste à le tenir dans la durée et à compléter quelques points.",
  },
  {
    id: "advanced",
    min: 80,
    label: "Avancé",
    meaning: "La CPTS va au-delà de ce qui est attendu d'une petite association : gardez le cap et réévaluez tous les six mois.",
  },
];

/** The level of an overall score (clamped to 0–100). */
export function auditLevelOf(score: number): AuditLevel {
  const s = Math.max(0, Math.min(100, score));
  let level = AUDIT_LEVELS[0];
  for (const l of AUDIT_LEVELS) if (s >= l.min) level = l;
  return level;
}

export function isAuditLevelId(id: string): id is AuditLevelId {
  return AUDIT_LEVELS.some((l) => l.id === id);
}
