/**
 * Security measures beyond the article 30 minimum: a fiche holding health data needs at least two real
 * measures (art. 32; the CNIL security guide's basics: authentication, access rights, traceability,
 * backups, encryption), and a password alone is not one. Points at the first measures row.
 */
import type { ChoiceRow, Fiche } from "../model";
import { choiceFilled, foldWords, hasWord, type RuleContext } from "./context";
import { ficheProfile } from "./profile";
import { report } from "./report";

const PASSWORD_WORDS = ["mot de passe", "mots de passe", "mdp", "password", "code d acces"];

/** « Autres mesures (à préciser) » with nothing précised says nothing. */
function isRealMeasure(row: ChoiceRow): boolean {
  if (!choiceFilled(row)) return false;
  const value = foldWords(row.value.value);
  const open = value.trim() === "" || hasWord(value, ["autres mesures", "autre", "autres"]);
  return !open || row.detail.value.trim() !== "";
}

function mentionsOnlyPassword(rows: readonly ChoiceRow[]): boolean {
  return rows.length > 0 && rows.every((r) => hasWord(foldWords(`${r.value.value} | ${r.detail.value}`), PASSWORD_WORDS));
}

function firstMeasureCell(fiche: Fiche): string {
  const span = fiche.blocks.measures;
  return fiche.measures[0]?.value.cell ?? (span ? `B${span.first}` : fiche.name.cell);
}

export function checkSecurity(ctx: RuleContext): void {
  for (const fiche of ctx.fiches) {
    if (!ficheProfile(fiche).holdsHealthData) continue;
    const real = fiche.measures.filter(isRealMeasure);
    // No measure at all is the article 30 error (art30.fiche.measures-missing): not said twice.
    if (!fiche.measures.some(choiceFilled)) continue;
    const passwordOnly = mentionsOnlyPassword(real);
    if (real.length < 2 || passwordOnly) report(ctx, "security.health-weak", fiche.sheet, firstMeasureCell(fiche), { passwordOnly });
  }
}
