/** Catalogue entries of retention periods (rules/retention.ts). An empty retention is art30.fiche.retention-missing. */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

type Value = CellSlot & { value: string };

export const retentionRules = family("retention", {
  "retention.endless": {
    severity: "error",
    path: ["retention-set"],
    title: "Conservation sans fin",
    link: RULE_LINKS.retention,
    message: ({ cell, value }: Value) =>
      `La durée de conservation ${q(value)} ne fixe aucune limite (${cellRef(cell)}). Les données ne peuvent pas être gardées sans fin (article 5.1.e du RGPD) : fixez une durée, ou l'événement qui la fait courir (ex. ${q("3 ans après le dernier contact")}), puis la suppression ou l'archivage.`,
  },
  "retention.endless-archive": {
    severity: "warning",
    path: ["retention-set"],
    title: "Archives gardées pendant toute la vie de l'association",
    link: RULE_LINKS.retention,
    message: ({ cell, value }: Value) =>
      `La durée de conservation ${q(value)} est sans fin (${cellRef(cell)}). Pour des archives que la loi ou les statuts demandent de garder tant que l'association existe (procès-verbaux d'assemblée générale, statuts, registre spécial), c'est admis : dites-le (ex. ${q("durée de vie de l'association, en archives (statuts)")}) et ne gardez que les données personnelles que ces documents exigent.`,
  },
  "retention.vague": {
    severity: "warning",
    path: ["retention-set"],
    title: "Durée de conservation vague",
    link: RULE_LINKS.retention,
    message: ({ cell, value }: Value) =>
      `La durée de conservation ${q(value)} ne dit ni combien de temps ni à partir de quand (${cellRef(cell)}). Écrivez une durée et son point de départ (ex. ${q("5 ans après la fin du contrat")} ou ${q("jusqu'à la démission, puis 1 an")}).`,
  },
  "retention.too-long": {
    severity: "warning",
    path: ["retention-set"],
    title: "Durée bien plus longue que la recommandation",
    link: RULE_LINKS.retention,
    /** `kind`: the processing kind recognised (« gestion des adhérents »); `recommended`: its duration; `source`: where it comes from. */
    message: ({ cell, value, kind, recommended, source }: Value & { kind: string; recommended: string; source: string }) =>
      `La durée de conservation ${q(value)} est plus du double de celle recommandée pour ${kind} : ${recommended} (${source} ; ${cellRef(cell)}). Réduisez-la, ou écrivez dans la fiche ce qui justifie de garder ces données plus longtemps.`,
  },
  "retention.bare-number": {
    severity: "warning",
    path: ["retention-set"],
    title: "Durée de conservation sans unité",
    message: ({ cell, value }: Value) =>
      `La durée de conservation ${q(value)} est un nombre seul (${cellRef(cell)}) : on ne sait ni l'unité ni le point de départ. Écrivez-la en toutes lettres (ex. ${q(`${value} ans après la fin de l'adhésion`)}).`,
  },
});
