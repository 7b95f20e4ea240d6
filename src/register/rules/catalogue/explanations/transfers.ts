/**
 * Why each transfers rule matters and how to fix it, in general terms (the rules are in ../transfers.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { transferRules } from "../transfers";

export const transferExplanations = {
  "transfers.country-missing": {
    why: "Le registre doit nommer le pays tiers de destination (article 30.1.e du RGPD).",
    howToFix: "Choisir le pays dans la liste.",
  },
  "transfers.guarantee-missing": {
    why: "Tout transfert hors de l'Union européenne doit reposer sur une garantie (chapitre V du RGPD).",
    howToFix: "Choisir la garantie dans la liste (décision d'adéquation, clauses contractuelles types…).",
  },
  "transfers.privacy-shield": {
    why: "La Cour de justice de l'Union européenne a invalidé le Privacy Shield le 16 juillet 2020 (arrêt C-311/18, « Schrems II ») : il ne couvre plus aucun transfert.",
    howToFix: "Vérifier que le destinataire est certifié « EU-US Data Privacy Framework », sinon signer des clauses contractuelles types.",
  },
  "transfers.not-adequate": {
    why: "La garantie « pays adéquat » n'existe que pour les pays qui ont une décision d'adéquation de la Commission européenne en vigueur.",
    howToFix: "Choisir une autre garantie (ex. clauses contractuelles types) et joindre le contrat.",
  },
  "transfers.zone-outdated": {
    why: "La liste du classeur marque ce pays « adéquat », mais il n'a pas (ou plus) de décision d'adéquation : la garantie choisie ne couvre pas le transfert.",
    howToFix: "Choisir une autre garantie (ex. clauses contractuelles types), et mettre à jour la liste des pays du classeur.",
  },
  "transfers.us-dpf": {
    why: "La décision d'adéquation des États-Unis (« EU-US Data Privacy Framework ») ne couvre que les organismes certifiés.",
    howToFix: "Vérifier la certification du destinataire et la noter dans la documentation, sinon signer des clauses contractuelles types.",
  },
  "transfers.partial-adequacy": {
    why: "Certaines décisions d'adéquation ne couvrent qu'une partie des destinataires d'un pays.",
    howToFix: "Vérifier que le destinataire est dans le champ de la décision, sinon choisir une autre garantie.",
  },
  "transfers.recipient-abroad-without-transfer": {
    why: "Un destinataire hors de l'Union européenne suppose un transfert, qui doit être décrit avec son pays et sa garantie.",
    howToFix: "Remplir la section « Transferts hors UE » : destinataire, pays et garantie.",
  },
  "transfers.art49-derogation": {
    why: "Les dérogations de l'article 49 ne valent que pour des transferts occasionnels ; un registre décrit des traitements durables, dont les transferts demandent une garantie de l'article 45 ou 46.",
    howToFix: "Encadrer le transfert par une décision d'adéquation ou des clauses contractuelles types, ou le supprimer.",
  },
} satisfies Record<keyof typeof transferRules, RuleExplanation>;
