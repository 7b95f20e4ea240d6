/** Theme « Gouvernance et référents »: who looks after security, and what the CPTS knows of its own tools. */
import { DONT_KNOW, type AuditTheme } from "../questions";
import { anssiHygiene, cnilSecurity } from "../sources";

export const GOVERNANCE: AuditTheme = {
  id: "governance",
  label: "Gouvernance et référents",
  questions: [
    {
      id: "gov-referent",
      theme: "governance",
      text: "Une personne est-elle désignée comme référent cybersécurité de la CPTS, et toute l'équipe le sait-elle ?",
      help: "Le référent n'a pas besoin d'être informaticien : c'est la personne à qui l'on signale un problème et qui suit les mesures (souvent le coordinateur, avec l'appui du prestataire informatique).",
      choices: [
        { id: "designe", label: "Oui, désigné et connu de toute l'équipe", points: 2 },
        { id: "informel", label: "Quelqu'un s'en occupe, sans être désigné", points: 1 },
        { id: "non", label: "Non, personne", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: anssiHygiene("chapitre « Superviser, auditer, réagir » : désigner un référent en sécurité des systèmes d'information"),
      measure: {
        title: "Désigner un référent cybersécurité",
        why: "Sans personne chargée de la sécurité, les alertes se perdent et les mesures décidées ne sont jamais suivies.",
        how: "Faites désigner par le bureau un référent (et un suppléant), inscrivez son nom dans la fiche réflexe cyberattaque et annoncez-le en réunion d'équipe et aux professionnels bénévoles.",
        effort: 1,
        riskReduction: 2,
      },
    },
    {
      id: "gov-inventory",
      theme: "governance",
      text: "La CPTS tient-elle à jour la liste de ses ordinateurs, téléphones, comptes en ligne et outils (disques partagés, logiciels, sites) ?",
      help: "Une simple liste suffit : quel appareil, qui l'utilise ; quel outil en ligne, quel compte administrateur, quel prestataire.",
      choices: [
        { id: "a-jour", label: "Oui, une liste tenue à jour", points: 2 },
        { id: "ancienne", label: "Une liste existe mais n'est plus à jour", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 1,
      source: anssiHygiene("chapitre « Connaître le système d'information »"),
      measure: {
        title: "Dresser l'inventaire des appareils et des outils",
        why: "On ne protège que ce que l'on connaît : un ordinateur oublié ou un compte en ligne sans propriétaire est une porte ouverte.",
        how: "Dans un onglet de ce classeur ou un document partagé, listez chaque ordinateur et téléphone (utilisateur, date d'achat), chaque outil en ligne (adresse, compte administrateur, prestataire) ; revoyez la liste à chaque arrivée ou départ.",
        effort: 1,
        riskReduction: 1,
      },
    },
    {
      id: "gov-charter",
      theme: "governance",
      text: "Les salariés et les bénévoles ont-ils reçu des règles écrites d'usage de l'informatique (charte) ?",
      help: "Une charte de deux pages dit ce qui est permis (usage personnel, clés USB, logiciels installés, partage de fichiers) et ce qu'il faut faire en cas de doute.",
      choices: [
        { id: "signee", label: "Oui, une charte remise à chacun", points: 2 },
        { id: "orale", label: "Des consignes orales seulement", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 1,
      source: cnilSecurity("Définir un cadre pour les utilisateurs"),
      measure: {
        title: "Remettre une charte informatique à chacun",
        why: "Des règles écrites évitent les pratiques risquées (logiciels non officiels, données de patients sur une messagerie personnelle) et rendent chacun responsable.",
        how: "Partez du modèle de charte de la CNIL ou de celui de votre GRADS (SESAN en Île-de-France), adaptez-le à la CPTS, faites-le valider par le bureau et remettez-le à chaque salarié et bénévole, à son arrivée.",
        effort: 2,
        riskReduction: 1,
      },
    },
  ],
};
