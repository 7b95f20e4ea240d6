/**
 * AIPD (DPIA) screening, one rule for every face (reference §4.3): health data about people other than
 * the organisation's staff or applicants (patients, usagers…) makes it "Requise"; other sensitive data,
 * health data of staff, or the NIR make it worth examining; anything else does not require one.
 */
import type { AipdScreening } from "./findings";
import type { Fiche } from "./model";
import { dataRowFilled, healthFilled, nirRow, personsOnlyStaff, sensitiveFilled } from "./rules/context";

export function screenAipd(fiche: Fiche): AipdScreening {
  if (healthFilled(fiche) && !personsOnlyStaff(fiche)) return "Requise";
  const nir = nirRow(fiche);
  if (sensitiveFilled(fiche) || (nir !== undefined && dataRowFilled(nir))) return "À examiner";
  return "Non requise";
}
