/**
 * The completeness score of a fiche: the share of the article 30 minimum it meets (reference §4.1).
 * Eight criteria, each worth the same; advice (legal basis, AIPD…) never lowers it.
 */
import type { Fiche } from "./model";
import { completenessLabels } from "./messages/fr";
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

export function completeness(fiche: Fiche): Completeness {
  const described = describedCategories(fiche);
  const checks: [boolean, string][] = [
    [isFilled(fiche.name), completenessLabels.name],
    [isFilled(fiche.ref), completenessLabels.ref],
    [isFilled(fiche.mainPurpose), completenessLabels.purpose],
    [fiche.persons.some(choiceFilled), completenessLabels.persons],
    [described.length > 0, completenessLabels.data],
    [described.length > 0 && described.every((r) => r.retention.value.trim() !== ""), completenessLabels.retention],
    [fiche.recipients.some(choiceFilled), completenessLabels.recipients],
    [fiche.measures.some(choiceFilled), completenessLabels.measures],
  ];
  const missing = checks.filter(([ok]) => !ok).map(([, label]) => label);
  return { score: Math.round(((checks.length - missing.length) / checks.length) * 100), missing };
}
