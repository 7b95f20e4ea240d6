/**
 * Why each tools rule matters and how to fix it, in general terms (the rules are in ../tools.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { toolRules } from "../tools";

export const toolExplanations = {
  "tools.processor-not-listed": {
    why: "Un outil qui stocke ou fait circuler les données (messagerie, stockage, prise de rendez-vous…) est un sous-traitant : le registre doit le dire (article 30.1.d du RGPD), et un contrat doit l'encadrer (article 28).",
    howToFix: "Ajouter une ligne de destinataires « Sous-traitants » qui nomme l'outil dans la précision.",
  },
  "tools.transfer-undescribed": {
    why: "Cet outil traite les données hors de l'Union européenne : c'est un transfert, qui doit être décrit avec son pays et sa garantie.",
    howToFix:
      "Décrire le transfert dans la section « Transferts hors UE » (destinataire, pays, garantie), ou choisir une offre hébergée dans l'Union européenne.",
  },
  "tools.us-parent": {
    why: "L'hébergement dans l'Union européenne n'est pas un transfert ; mais la société mère étant américaine, le droit américain peut lui demander l'accès aux données (Cloud Act).",
    howToFix: "Vérifier dans le contrat où sont les données et ce que le prestataire s'engage à faire en cas de demande d'accès.",
  },
  "tools.not-hds": {
    why: "Des données de santé de patients confiées à un outil doivent être hébergées par un hébergeur certifié HDS (article L.1111-8 du code de la santé publique).",
    howToFix: "Passer par un outil certifié HDS (messagerie sécurisée de santé MSSanté, hébergeur HDS pour le stockage).",
  },
} satisfies Record<keyof typeof toolRules, RuleExplanation>;
