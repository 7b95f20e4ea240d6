/**
 * Theme « Prestataires et hébergement des données de santé »: health data at a certified host, contracts
 * that say who does what. The HDS question is read by the cross-check with the fiches holding health
 * data (rules/audit.ts, ../crossChecks.ts): keep its id and the meaning of its choices.
 */
import { DONT_KNOW, type AuditTheme } from "../questions";
import { HDS_SOURCE, cnilSecurity } from "../sources";
import { HDS_QUESTION_ID } from "../crossChecks";

export const SUPPLIERS: AuditTheme = {
  id: "suppliers",
  label: "Prestataires et hébergement des données de santé",
  questions: [
    {
      id: HDS_QUESTION_ID,
      theme: "suppliers",
      text: "Les données de santé de patients que la CPTS conserve sont-elles hébergées chez un hébergeur certifié HDS ?",
      help: "Un fichier de patients, des comptes rendus, des plannings de soins non programmés… Un disque partagé, une messagerie ou un tableur en ligne ordinaire n'est pas certifié HDS ; les outils régionaux de coordination (par exemple ceux de votre GRADS) le sont en général.",
      choices: [
        { id: "hds", label: "Oui, toutes chez un hébergeur certifié HDS", points: 2 },
        { id: "aucune", label: "La CPTS ne conserve aucune donnée de santé", points: 2 },
        { id: "non", label: "Non, ou pas toutes (disque partagé, messagerie, tableur en ligne)", points: 0 },
        DONT_KNOW,
      ],
      weight: 3,
      source: HDS_SOURCE,
      measure: {
        title: "Héberger les données de santé chez un hébergeur certifié HDS",
        why: "La loi impose un hébergeur certifié HDS à qui conserve des données de santé pour le compte de patients ou de professionnels ; un stockage ordinaire expose la CPTS et ses patients.",
        how: "Repérez dans le registre les fiches qui contiennent des données de santé, déplacez ces données vers un outil certifié HDS (liste des hébergeurs certifiés sur le site de l'ANS, outils de votre GRADS) et supprimez les copies sur les disques ordinaires.",
        effort: 3,
        riskReduction: 3,
      },
    },
    {
      id: "sup-contracts",
      theme: "suppliers",
      text: "Les contrats avec les prestataires (informatique, outils en ligne, hébergeur) prévoient-ils la sécurité et la protection des données (clauses RGPD de sous-traitance) ?",
      help: "L'article 28 du RGPD demande un contrat qui dit ce que le prestataire peut faire des données, comment il les protège et qu'il vous prévient en cas de violation.",
      choices: [
        { id: "oui", label: "Oui, pour tous les prestataires", points: 2 },
        { id: "certains", label: "Pour certains seulement", points: 1 },
        { id: "non", label: "Non, ou on ne les a jamais lus", points: 0 },
        DONT_KNOW,
      ],
      weight: 1,
      source: cnilSecurity("Gérer la sous-traitance"),
      measure: {
        title: "Vérifier les clauses de sécurité des contrats",
        why: "Un prestataire sans engagement écrit peut perdre ou réutiliser vos données, et ne pas vous prévenir à temps d'une violation (72 heures pour la déclarer à la CNIL).",
        how: "Pour chaque prestataire de l'inventaire, retrouvez le contrat ou les conditions générales et vérifiez la clause de sous-traitance (modèle de clauses de la CNIL) ; demandez un avenant là où elle manque.",
        effort: 2,
        riskReduction: 1,
      },
    },
  ],
};
