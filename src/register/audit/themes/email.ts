/** Theme « Messagerie, hameçonnage et sensibilisation »: health data sent safely, phishing recognised, a team that knows the basics. */
import { DONT_KNOW, type AuditTheme } from "../questions";
import { anssiHygiene, cybermalveillance, pgssis } from "../sources";

export const EMAIL: AuditTheme = {
  id: "email",
  label: "Messagerie, hameçonnage et sensibilisation",
  questions: [
    {
      id: "mail-secure",
      theme: "email",
      text: "Quand des données de santé de patients sont envoyées, passent-elles par une messagerie sécurisée de santé (MSSanté) ou un outil prévu pour cela ?",
      help: "Une messagerie ordinaire (Gmail, Orange…) n'est pas faite pour envoyer des données de santé ; les messageries de l'espace de confiance MSSanté le sont.",
      choices: [
        { id: "mssante", label: "Oui, toujours par MSSanté ou un outil sécurisé", points: 2 },
        { id: "parfois", label: "Parfois par une messagerie ordinaire", points: 0 },
        { id: "aucune", label: "La CPTS n'envoie jamais de données de santé", points: 2 },
        DONT_KNOW,
      ],
      weight: 2,
      source: pgssis("référentiel d'identification électronique et doctrine de l'espace de confiance MSSanté"),
      measure: {
        title: "Passer les envois de données de santé par MSSanté",
        why: "Un courriel ordinaire peut être lu en chemin ou partir au mauvais destinataire : c'est une violation de données de santé à déclarer.",
        how: "Ouvrez une boîte MSSanté pour la coordination (via votre GRADS ou l'opérateur de votre choix), demandez aux professionnels de l'utiliser pour tout échange sur un patient et rappelez-le dans la charte.",
        effort: 2,
        riskReduction: 3,
      },
    },
    {
      id: "mail-phishing",
      theme: "email",
      text: "L'équipe sait-elle reconnaître un courriel d'hameçonnage (faux lien, fausse facture, faux support) et à qui le signaler ?",
      help: "Par exemple : un message urgent qui demande de se reconnecter, de payer ou d'ouvrir une pièce jointe inattendue.",
      choices: [
        { id: "forme", label: "Oui, l'équipe a été formée et signale les messages douteux", points: 2 },
        { id: "vague", label: "En partie, sans consigne claire", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: cybermalveillance("Hameçonnage (phishing)"),
      measure: {
        title: "Apprendre à repérer l'hameçonnage",
        why: "L'hameçonnage est la première porte d'entrée des pirates, rançongiciels compris ; une équipe attentive arrête la plupart des tentatives.",
        how: "Projetez en réunion d'équipe la fiche et la vidéo de cybermalveillance.gouv.fr sur l'hameçonnage, donnez une consigne simple (ne pas cliquer, transférer au référent, supprimer) et refaites un « flash cyber » de 10 minutes chaque trimestre.",
        effort: 1,
        riskReduction: 2,
      },
    },
    {
      id: "mail-awareness",
      theme: "email",
      text: "Les salariés et les bénévoles ont-ils suivi une sensibilisation à la cybersécurité dans les 12 derniers mois ?",
      help: "Un atelier, un module en ligne (par exemple le MOOC SecNumacadémie de l'ANSSI) ou une intervention de votre GRADS.",
      choices: [
        { id: "tous", label: "Oui, toute l'équipe", points: 2 },
        { id: "certains", label: "Certains seulement", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 1,
      source: anssiHygiene("chapitre « Sensibiliser et former »"),
      measure: {
        title: "Sensibiliser toute l'équipe chaque année",
        why: "Les bons réflexes (mots de passe, mises à jour, logiciels officiels, que faire en cas d'attaque) s'oublient : une piqûre de rappel annuelle les entretient.",
        how: "Inscrivez l'équipe au MOOC SecNumacadémie de l'ANSSI ou demandez un atelier à votre GRADS (SESAN en Île-de-France) ; proposez-le aussi aux professionnels bénévoles qui utilisent les outils de la CPTS.",
        effort: 2,
        riskReduction: 2,
      },
    },
  ],
};
