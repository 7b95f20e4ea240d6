/**
 * Catalogue entries of the tools a fiche names (WhatsApp, Gmail, Doctolib…): the rules are written
 * against the tools catalogue of src/register/data (where each tool processes data, its parent, HDS).
 */
import { cellRef, family, q, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";

type Tool = CellSlot & { tool: string };

export const toolRules = family("tools", {
  "tools.processor-not-listed": {
    severity: "warning",
    title: "Outil nommé mais absent des sous-traitants",
    message: ({ cell, tool }: Tool) =>
      `${q(tool)} est nommé dans cette fiche (${cellRef(cell)}) mais n'apparaît pas parmi les destinataires comme sous-traitant. Ajoutez une ligne « Sous-traitants » avec ${q(tool)} dans la précision, et vérifiez le contrat qui l'encadre (article 28 du RGPD).`,
  },
  "tools.transfer-undescribed": {
    severity: "warning",
    title: "Outil hors UE sans transfert décrit",
    link: RULE_LINKS.worldMap,
    message: ({ cell, tool, country }: Tool & { country: string }) =>
      `${q(tool)} traite les données hors de l'Union européenne (${country} ; ${cellRef(cell)}), et aucun transfert n'est décrit. Remplissez la section « Transferts hors UE » (destinataire, pays, garantie), ou choisissez une offre hébergée dans l'Union européenne.`,
  },
  "tools.us-parent": {
    severity: "info",
    title: "Outil hébergé en Europe par une société américaine",
    message: ({ cell, tool, parent }: Tool & { parent: string }) =>
      `${q(tool)} peut héberger les données dans l'Union européenne, mais appartient à ${parent}, société américaine (${cellRef(cell)}). Ce n'est pas un transfert en soi ; vérifiez dans le contrat où sont les données et ce que prévoit le prestataire en cas de demande d'accès des autorités américaines.`,
  },
  "tools.not-hds": {
    severity: "warning",
    path: ["hds"],
    title: "Outil sans offre HDS pour des données de santé de patients",
    /** `suggestion`: what to use instead (« une messagerie sécurisée de santé (MSSanté) », « un hébergeur certifié HDS »). */
    message: ({ cell, tool, suggestion }: Tool & { suggestion: string }) =>
      `${q(tool)} n'a pas d'offre certifiée pour l'hébergement de données de santé (HDS), alors que cette fiche porte sur des données de santé de patients (${cellRef(cell)}). Utilisez plutôt ${suggestion}.`,
  },
});
