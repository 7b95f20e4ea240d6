/** The AIPD screening as advice on each fiche (the register has no AIPD field: we cannot see one was made). */
import { screenAipd } from "../aipd";
import { fr } from "../messages/fr";
import { dataRowFilled, healthRow, nirRow, report, type RuleContext } from "./context";

export function checkAipd(ctx: RuleContext): void {
  for (const fiche of ctx.fiches) {
    const screening = screenAipd(fiche);
    if (screening === "Requise") {
      const cell = healthRow(fiche)?.description.cell ?? fiche.name.cell;
      report(ctx, "aipd.required", "info", fiche.sheet, cell, fr.aipdRequired(cell));
    } else if (screening === "À examiner") {
      const row = fiche.sensitiveData.find((r) => r.key !== "nir" && dataRowFilled(r)) ?? nirRow(fiche);
      const cell = row?.description.cell ?? fiche.name.cell;
      report(ctx, "aipd.to-examine", "info", fiche.sheet, cell, fr.aipdToExamine(cell));
    }
  }
}
