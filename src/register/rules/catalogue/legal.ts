/** Catalogue entries of the legal basis (art. 6) and the art. 9 exception (rules/legal.ts). */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

/** `hasRow`: the fiche has a row for the field (our template, amended layouts); else the cell is where to note it. */
type Row = CellSlot & { hasRow: boolean };

export const legalRules = family("legal", {
  "legal.basis-missing": {
    severity: "warning",
    path: ["legal-basis"],
    title: "Base légale non indiquée",
    link: RULE_LINKS.information,
    message: ({ cell, hasRow }: Row) =>
      hasRow
        ? `La base légale du traitement n'est pas indiquée (${cellRef(cell)}). Elle est nécessaire aux mentions d'information des personnes : choisissez-la dans la liste (pour les missions de la CPTS, souvent ${q("Mission d'intérêt public (art. 6.1.e)")}).`
        : `Aucune base légale n'est indiquée, et cette fiche n'a pas de ligne pour elle. Elle est nécessaire aux mentions d'information des personnes : ajoutez sous la finalité principale une ligne intitulée ${q("Base légale")} (en colonne A) et écrivez-la à côté, ou à défaut notez-la dans la fiche (${cellRef(cell)}), par exemple ${q("Base légale : mission d'intérêt public (art. 6.1.e)")}.`,
  },
  "legal.art9-missing": {
    severity: "warning",
    path: ["sensitive-justified"],
    title: "Exception de l'article 9 non indiquée",
    link: RULE_LINKS.sensitive,
    message: ({ cell, hasRow }: Row) =>
      hasRow
        ? `La fiche décrit des données sensibles, mais l'exception de l'article 9 qui permet de les traiter n'est pas indiquée (${cellRef(cell)}). Choisissez-la dans la liste (pour le soin, souvent ${q("Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)")}).`
        : `La fiche décrit des données sensibles, mais l'exception de l'article 9 qui permet de les traiter n'est indiquée nulle part. Ajoutez sous la finalité principale une ligne intitulée ${q("Exception article 9")} (en colonne A) et écrivez-la à côté, ou à défaut notez-la dans la fiche (${cellRef(cell)}), par exemple ${q("Exception art. 9 : prise en charge sanitaire (art. 9.2.h)")}.`,
  },
  "legal.art9-exception-mismatch": {
    severity: "warning",
    path: ["sensitive-justified"],
    title: "Exception de l'article 9 qui ne couvre pas ces personnes",
    link: RULE_LINKS.sensitive,
    /** `exception`: the article claimed; `persons`: who it cannot cover, as the fiche names them. */
    message: ({ cell, exception, persons }: CellSlot & { exception: "9.2.b" | "9.2.d"; persons: string }) =>
      exception === "9.2.d"
        ? `L'exception de l'article 9.2.d (organisme à but non lucratif, pour ses membres) ne couvre pas ${persons} (${cellRef(cell)}) : elle ne vaut que pour les membres de l'association. Pour des patients, choisissez plutôt ${q("Médecine préventive, diagnostics, prise en charge sanitaire ou sociale (art. 9.2.h)")}.`
        : `L'exception de l'article 9.2.b (droit du travail et de la protection sociale) ne couvre que les salariés et les candidats, pas ${persons} (${cellRef(cell)}). Choisissez l'exception qui couvre ces personnes (pour des patients, souvent l'article 9.2.h).`,
  },
});
