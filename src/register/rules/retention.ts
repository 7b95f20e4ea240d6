/**
 * Retention periods written so that they cannot be applied: unlimited ("illimité", "indéfini"…) or a
 * bare number with no unit and no starting point. (An empty retention is an article 30 error.)
 */
import { foldWords, hasWord, type RuleContext } from "./context";
import { report } from "./report";

const UNLIMITED = [
  "illimite",
  "illimitee",
  "illimites",
  "illimitees",
  "indefini",
  "indefinie",
  "indefiniment",
  "indetermine",
  "indeterminee",
  "infini",
  "sans limite",
  "sans limitation",
  "sans limite de duree",
  "pas de limite",
  "aucune limite",
  "a vie",
  "permanent",
  "permanente",
  "en permanence",
  "pour toujours",
  "a tout jamais",
  // Not "toujours" alone: "tant que la personne est toujours adhérente, puis 3 ans" is a limit.
];

const BARE_NUMBER = /^\d+(?:[.,]\d+)?$/;

export function checkRetention(ctx: RuleContext): void {
  for (const fiche of ctx.fiches) {
    for (const row of [...fiche.dataCategories, ...fiche.sensitiveData]) {
      const value = row.retention.value.trim();
      if (value === "") continue;
      if (BARE_NUMBER.test(value)) {
        report(ctx, "retention.bare-number", fiche.sheet, row.retention.cell, { value });
      } else if (hasWord(foldWords(value), UNLIMITED)) {
        report(ctx, "retention.endless", fiche.sheet, row.retention.cell, { value });
      }
    }
  }
}
