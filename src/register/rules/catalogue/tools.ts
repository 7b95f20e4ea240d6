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
    why: "Un outil qui stocke ou fait circuler les données (messagerie, stockage, prise de rendez-vous…) est un sous-traitant : le registre doit le dire (article 30.1.d du RGPD), et un contrat doit l'encadrer (article 28).",
    howToFix: "Ajouter une ligne de destinataires « Sous-traitants » qui nomme l'outil dans la précision.",
    message: ({ cell, tool }: Tool) =>
      `${q(tool)} est nommé dans cette fiche (${cellRef(cell)}) mais n'apparaît pas parmi les destinataires comme sous-traitant. Ajoutez une ligne « Sous-traitants » avec ${q(tool)} dans la précision, et vérifiez le contrat qui l'encadre (article 28 du RGPD).`,
  },
  "tools.transfer-undescribed": {
    severity: "warning",
    title: "Outil hors UE sans transfert décrit",
    why: "Cet outil traite les données hors de l'Union européenne : c'est un transfert, qui doit être décrit avec son pays et sa garantie.",
    howToFix:
      "Décrire le transfert dans la section « Transferts hors UE » (destinataire, pays, garantie), ou choisir une offre hébergée dans l'Union européenne.",
    link: RULE_LINKS.worldMap,
    message: ({ cell, tool, country }: Tool & { country: string }) =>
      `${q(tool)} traite les données hors de l'Union européenne (${country} ; ${cellRef(cell)}), et aucun transfert n'est décrit. Remplissez la section « Transferts hors UE » (destinataire, pays, garantie), ou choisissez une offre hébergée dans l'Union européenne.`,
  },
  "tools.us-parent": {
    severity: "info",
    title: "Outil hébergé en Europe par une société américaine",
    why: "L'hébergement dans l'Union européenne n'est pas un transfert ; mais la société mère étant américaine, le droit américain peut lui demander l'accès aux données (Cloud Act).",
    howToFix: "Vérifier dans le contrat où sont les données et ce que le prestataire s'engage à faire en cas de demande d'accès.",
    message: ({ cell, tool, parent }: Tool & { parent: string }) =>
      `${q(tool)} peut héberger les données dans l'Union européenne, mais appartient à ${parent}, société américaine (${cellRef(cell)}). Ce n'est pas un transfert en soi ; vérifiez dans le contrat où sont les données et ce que prévoit le prestataire en cas de demande d'accès des autorités américaines.`,
  },
  "tools.not-hds": {
    severity: "warning",
    path: ["hds"],
    title: "Outil sans offre HDS pour des données de santé de patients",
    why: "Des données de santé de patients confiées à un outil doivent être hébergées par un hébergeur certifié HDS (article L.1111-8 du code de la santé publique).",
    howToFix: "Passer par un outil certifié HDS (messagerie sécurisée de santé MSSanté, hébergeur HDS pour le stockage).",
    /** `suggestion`: what to use instead (« une messagerie sécurisée de santé (MSSanté) », « un hébergeur certifié HDS »). */
    message: ({ cell, tool, suggestion }: Tool & { suggestion: string }) =>
      `${q(tool)} n'a pas d'offre certifiée pour l'hébergement de données de santé (HDS), alors que cette fiche porte sur des données de santé de patients (${cellRef(cell)}). Utilisez plutôt ${suggestion}.`,
  },
});
