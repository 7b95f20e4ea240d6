/**
 * Retention periods that cannot be applied or cannot be justified (art. 5.1.e): endless (an error,
 * except archives the association keeps for its life by law or statute: a warning), vague (« durée
 * nécessaire », « selon la réglementation »), a bare number with no unit, or a duration more than twice
 * the recommendation for the kind of processing (reference §4.2). Sentences with a duration or an event
 * (« Durée du contrat, puis 5 ans », « 3 mois après l'attribution d'un médecin traitant ») are fine. An
 * empty retention is an article 30 error (rules/art30.ts).
 */
import type { DataRow, Fiche } from "../model";
import { isStatutoryArchive, readRetention, recogniseProcessingKind, retentionTooLong } from "../text/retention";
import type { RuleContext } from "./context";
import { report } from "./report";

export function checkRetention(ctx: RuleContext): void {
  for (const fiche of ctx.fiches) {
    for (const row of [...fiche.dataCategories, ...fiche.sensitiveData]) checkRow(ctx, fiche, row);
  }
}

function checkRow(ctx: RuleContext, fiche: Fiche, row: DataRow): void {
  const value = row.retention.value.trim();
  if (value === "") return;
  const cell = row.retention.cell;
  const reading = readRetention(value);
  switch (reading.kind) {
    case "bare-number":
      report(ctx, "retention.bare-number", fiche.sheet, cell, { value });
      return;
    case "endless": {
      const texts = [value, row.description.value, fiche.name.value, fiche.mainPurpose.value, ...fiche.subPurposes.map((p) => p.value)];
      if (texts.some(isStatutoryArchive)) report(ctx, "retention.endless-archive", fiche.sheet, cell, { value });
      else report(ctx, "retention.endless", fiche.sheet, cell, { value });
      return;
    }
    case "vague":
      report(ctx, "retention.vague", fiche.sheet, cell, { value });
      return;
    case "duration": {
      // The row's own words first (« CV », « cotisations »), then the fiche's name and purposes.
      const kind = recogniseProcessingKind([row.description.value, fiche.name.value, fiche.mainPurpose.value, ...fiche.subPurposes.map((p) => p.value)]);
      if (kind && retentionTooLong(reading, kind)) {
        report(ctx, "retention.too-long", fiche.sheet, cell, {
          value,
          kind: kind.label.charAt(0).toLowerCase() + kind.label.slice(1),
          recommended: kind.text,
          source: kind.source,
        });
      }
      return;
    }
    default:
      return;
  }
}
