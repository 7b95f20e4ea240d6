/**
 * The completeness score of a fiche: the share of the article 30 minimum it meets (reference §4.1).
 * The criteria and their labels are the catalogue's (rules/criteria.ts), each worth the same; advice
 * (legal basis, AIPD…) never lowers it.
 */
import type { Fiche } from "./model";
import { ART30_CRITERIA, type Art30Criterion } from "./rules/criteria";
import { choiceFilled, isFilled } from "./rules/context";

export interface Completeness {
  /** 0 to 100, whole number; 100 when the minimum is met. */
  score: number;
  /** Short French labels of what is missing, in the fiche's order. */
  missing: string[];
}

/** The described data categories (ordinary and sensitive rows whose description is filled). */
function describedCategories(fiche: Fiche) {
  return [...fiche.dataCategories, ...fiche.sensitiveData].filter((r) => r.description.value.trim() !== "");
}

/** How each criterion is met; the Record type makes a new criterion fail to compile until it is read here. */
const MET: Record<Art30Criterion, (fiche: Fiche, described: ReturnType<typeof describedCategories>) => boolean> = {
  name: (f) => isFilled(f.name),
  ref: (f) => isFilled(f.ref),
  purpose: (f) => isFilled(f.mainPurpose),
  persons: (f) => f.persons.some(choiceFilled),
  data: (_f, described) => described.length > 0,
  retention: (_f, described) => described.length > 0 && described.every((r) => r.retention.value.trim() !== ""),
  recipients: (f) => f.recipients.some(choiceFilled),
  measures: (f) => f.measures.some(choiceFilled),
};

export function completeness(fiche: Fiche): Completeness {
  const described = describedCategories(fiche);
  const missing = ART30_CRITERIA.filter((c) => !MET[c.id](fiche, described)).map((c) => c.label);
  return { score: Math.round(((ART30_CRITERIA.length - missing.length) / ART30_CRITERIA.length) * 100), missing };
}
