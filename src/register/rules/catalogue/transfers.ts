/** Catalogue entries of transfers outside the EU (rules/transfers.ts). */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

export const transferRules = family("transfers", {
  "transfers.country-missing": {
    severity: "error",
    title: "Transfert sans pays",
    message: ({ cell }: CellSlot) =>
      `Un transfert hors de l'Union européenne est décrit sans pays (${cellRef(cell)}). Le registre doit nommer le pays de destination : choisissez-le dans la liste.`,
  },
  "transfers.guarantee-missing": {
    severity: "error",
    title: "Transfert sans garantie",
    message: ({ cell }: CellSlot) =>
      `Un transfert hors de l'Union européenne est décrit sans garantie (${cellRef(cell)}). Tout transfert doit reposer sur une garantie (décision d'adéquation, clauses contractuelles types…) : choisissez-la dans la liste.`,
  },
  "transfers.privacy-shield": {
    severity: "error",
    title: "« Privacy Shield » : garantie invalidée",
    message: ({ cell }: CellSlot) =>
      `La garantie ${q("Privacy shield")} n'est plus valable (${cellRef(cell)}) : la Cour de justice de l'Union européenne l'a invalidée le 16 juillet 2020 (arrêt C-311/18, dit Schrems II). Pour les États-Unis, vérifiez que le destinataire est certifié « EU-US Data Privacy Framework », sinon signez des clauses contractuelles types.`,
  },
  "transfers.not-adequate": {
    severity: "error",
    title: "« Pays adéquat » pour un pays qui ne l'est pas",
    link: RULE_LINKS.worldMap,
    message: ({ cell, country }: CellSlot & { country: string }) =>
      `La garantie « pays adéquat » est choisie pour ${q(country)}, qui n'a pas de décision d'adéquation de la Commission européenne aujourd'hui (${cellRef(cell)}). Le transfert doit reposer sur une autre garantie : choisissez par exemple les clauses contractuelles types, et joignez le contrat.`,
  },
  "transfers.zone-outdated": {
    severity: "error",
    title: "Pays marqué « adéquat » par une liste périmée",
    link: RULE_LINKS.worldMap,
    message: ({ cell, country }: CellSlot & { country: string }) =>
      `La liste du classeur indique ${q(country)} comme « adéquat », mais ce pays n'est pas (ou plus) sur la liste actuelle de la Commission européenne (${cellRef(cell)}). La garantie « pays adéquat » ne couvre donc pas ce transfert : choisissez-en une autre (ex. clauses contractuelles types), et mettez à jour la liste des pays du classeur.`,
  },
  "transfers.us-dpf": {
    severity: "warning",
    title: "États-Unis : adéquats pour les seuls organismes certifiés",
    message: ({ cell }: CellSlot) =>
      `Les États-Unis ne sont « adéquats » que pour les organismes certifiés « EU-US Data Privacy Framework » (${cellRef(cell)}). Vérifiez que le destinataire figure sur la liste des organismes certifiés (dataprivacyframework.gov) et notez-le dans la documentation ; sinon, signez des clauses contractuelles types.`,
  },
  "transfers.partial-adequacy": {
    severity: "info",
    title: "Adéquation partielle",
    link: RULE_LINKS.worldMap,
    message: ({ cell, country, note }: CellSlot & { country: string; note: string }) =>
      `L'adéquation de ${q(country)} ne vaut que ${note} (${cellRef(cell)}). Vérifiez que le destinataire est bien dans ce cas, sinon choisissez une autre garantie.`,
  },
  "transfers.recipient-abroad-without-transfer": {
    severity: "warning",
    title: "Destinataire dans un pays tiers sans transfert décrit",
    message: ({ cell }: CellSlot) =>
      `Un destinataire situé dans un pays tiers est indiqué (${cellRef(cell)}), mais aucun transfert hors UE n'est décrit. Remplissez la section « Transferts hors UE » : destinataire, pays et garantie.`,
  },
  "transfers.art49-derogation": {
    severity: "warning",
    title: "Transfert fondé sur une dérogation (article 49)",
    message: ({ cell }: CellSlot) =>
      `Ce transfert repose sur une dérogation de l'article 49 (${cellRef(cell)}). Ces dérogations ne valent que pour des transferts occasionnels, alors qu'un traitement du registre est durable : encadrez le transfert par une décision d'adéquation ou des clauses contractuelles types.`,
  },
});
