/**
 * Health specifics: health data typed outside its row (it is health data all the same), health words
 * in purposes that may hide health data, certified hosting (HDS) of patients' health data at a
 * processor, the NIR's stated purpose, and the advice to consider a DPO when health data is processed.
 */
import { dataRowFilled, foldWords, hasWord, isFilled, nirRow, type RuleContext } from "./context";
import { report } from "./report";
import { ficheProfile } from "./profile";

const HDS_WORDS = ["hds", "hebergeur de donnees de sante", "hebergement de donnees de sante", "hebergeur certifie", "hebergement certifie"];

/**
 * Uses of the NIR a CPTS can have (décret n° 2019-341 du 19 avril 2019, « décret-cadre NIR »): payroll
 * and social declarations of its staff (DSN), and the INS (whose matricule is the NIR) when a regional
 * e-parcours platform identifies patients with it. A CPTS bills no care: « facturation » or « tiers
 * payant » do not justify it.
 */
const NIR_PURPOSES = [
  "paie",
  "dsn",
  "declaration sociale",
  "declarations sociales",
  "declaration sociale nominative",
  "salaire",
  "salaires",
  "remuneration",
  "remunerations",
  "organismes sociaux",
  "urssaf",
  "ins",
  "insi",
  "identite nationale de sante",
  "identifiant national de sante",
  "identitovigilance",
  "e parcours",
  "matricule ins",
];

export function checkHealth(ctx: RuleContext): void {
  let anyHealth = false;
  for (const fiche of ctx.fiches) {
    const profile = ficheProfile(fiche);
    const health = profile.holdsHealthData;
    if (health) anyHealth = true;

    for (const typed of profile.healthElsewhere) {
      report(ctx, "health.data-elsewhere", fiche.sheet, typed.row.description.cell, { term: typed.terms[0], row: typed.row.label.trim() });
    }
    // Words such as « vaccination » in a purpose may name an activity: only a conseil, and only when no health data is declared.
    if (!health) {
      for (const mention of profile.healthMentions) report(ctx, "health.maybe-in-text", fiche.sheet, mention.field.cell, { term: mention.terms[0] });
    }

    // HDS: only for health data about people cared for (an HR fiche's sick leaves at a payroll firm is not hosting of care data).
    if (health && !profile.staffOnly) {
      for (const r of fiche.recipients) {
        if (!foldWords(r.value.value).includes(" sous traitant")) continue;
        const text = foldWords(`${r.value.value} ${r.detail.value}`);
        if (!hasWord(text, HDS_WORDS)) report(ctx, "health.hds-missing", fiche.sheet, r.detail.cell, {});
      }
    }

    const nir = nirRow(fiche);
    if (nir && dataRowFilled(nir)) {
      const text = foldWords([nir.description.value, fiche.name.value, fiche.mainPurpose.value, ...fiche.subPurposes.map((p) => p.value)].join(" | "));
      if (!hasWord(text, NIR_PURPOSES)) report(ctx, "health.nir-purpose", fiche.sheet, nir.description.cell, {});
    }
  }

  const tab = ctx.register.listTab;
  if (anyHealth && tab && !isFilled(tab.dpo.name) && !ctx.fiches.some((f) => isFilled(f.dpo?.name))) {
    report(ctx, "health.dpo-missing", tab.sheet, tab.dpo.name.cell, {});
  }
}
