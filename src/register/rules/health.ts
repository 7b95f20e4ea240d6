/**
 * Health specifics: certified hosting (HDS) of patients' health data at a processor, the NIR's stated
 * purpose, and the advice to consider a DPO when health data is processed.
 */
import {
  dataRowFilled,
  foldWords,
  hasWord,
  healthFilled,
  isFilled,
  nirRow,
  personsOnlyStaff,
  type RuleContext,
} from "./context";
import { report } from "./report";

const HDS_WORDS = ["hds", "hebergeur de donnees de sante", "hebergement de donnees de sante", "hebergeur certifie", "hebergement certifie"];

/** Uses of the NIR the law allows a CPTS: payroll and social declarations, INS identification, billing. */
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
  "facturation",
  "tiers payant",
  "remboursement",
  "remboursements",
  "feuille de soins",
  "feuilles de soins",
];

export function checkHealth(ctx: RuleContext): void {
  let anyHealth = false;
  for (const fiche of ctx.fiches) {
    const health = healthFilled(fiche);
    if (health) anyHealth = true;

    // HDS: only for health data about people cared for (an HR fiche's sick leaves at a payroll firm is not hosting of care data).
    if (health && !personsOnlyStaff(fiche)) {
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
