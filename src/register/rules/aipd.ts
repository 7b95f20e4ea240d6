/**
 * The AIPD screening as advice on each fiche. The fiche has no AIPD field: an AIPD carried out is noted
 * in the add-in's hidden sheet « AIPD réalisées » (../aipdDone/), and a fiche noted there is no longer
 * asked for one.
 */
import type { Fiche } from "../model";
import { assessAipd } from "../aipd";
import { AIPD_CRITERIA, AIPD_LIST_TYPES } from "./catalogue/aipd";
import { dataRowFilled, healthRow, nirRow, type RuleContext } from "./context";
import { report } from "./report";
import { aipdDoneOn } from "../aipdDone/sheet";
import { ficheProfile } from "./profile";

/** Where the finding points: the health row, else the first sensitive row, else the NIR, else the name. */
function screeningCell(fiche: Fiche): string {
  const health = healthRow(fiche);
  if (health && dataRowFilled(health)) return health.description.cell;
  const elsewhere = ficheProfile(fiche).healthElsewhere[0];
  if (elsewhere) return elsewhere.row.description.cell;
  const row = fiche.sensitiveData.find((r) => r.key !== "nir" && dataRowFilled(r)) ?? nirRow(fiche);
  return row && dataRowFilled(row) ? row.description.cell : fiche.name.cell;
}

export function checkAipd(ctx: RuleContext): void {
  for (const fiche of ctx.fiches) {
    if (aipdDoneOn(ctx.register.aipdDone, fiche.ref.value) !== null) continue;
    const a = assessAipd(fiche);
    const criteria = a.criteria.map((c) => AIPD_CRITERIA[c]);
    if (a.status === "required" && a.listType) {
      report(ctx, "aipd.required", fiche.sheet, fiche.mainPurpose.cell, { listType: AIPD_LIST_TYPES[a.listType] });
    } else if (a.status === "likely") {
      report(ctx, "aipd.likely", fiche.sheet, screeningCell(fiche), { criteria });
    } else if (a.status === "to-examine") {
      report(ctx, "aipd.to-examine", fiche.sheet, screeningCell(fiche), { criterion: criteria[0] ?? "" });
    }
  }
}
