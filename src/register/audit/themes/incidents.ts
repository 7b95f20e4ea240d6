/**
 * Theme « Incidents, réponse et continuité (PCRA) »: knowing what to do under attack, keeping the
 * activity going, learning from incidents. The last question is read by the cross-check with the
 * breach register (rules/audit.ts, ../crossChecks.ts): keep its id and the meaning of its choices.
 */
import { DONT_KNOW, type AuditTheme } from "../questions";
import { anssiHygiene, cnilSecurity } from "../sources";
import { INCIDENT_QUESTION_ID } from "../crossChecks";

export const INCIDENTS: AuditTheme = {
  id: "incidents",
  label: "Incidents, réponse et continuité (PCRA)",
  questions: [
    {
      id: "inc-protocol",
      theme: "incidents",
      text: "Une conduite à tenir en cas de cyberattaque (débrancher du réseau, ne pas éteindre, prévenir le référent et le support informatique) est-elle affichée ou connue de tous ?",
      help: "La fiche réflexe cyberattaque de ce classeur, imprimée et affichée dans chaque bureau, en est un exemple.",
      choices: [
        { id: "affichee", label: "Oui, une fiche réflexe est affichée et connue", points: 2 },
        { id: "ecrite", label: "Elle existe mais personne ne la connaît vraiment", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: anssiHygiene("chapitre « Superviser, auditer, réagir » : définir une procédure de gestion des incidents de sécurité"),
      measure: {
        title: "Afficher la fiche réflexe cyberattaque",
        why: "Les premières minutes d'une attaque décident de son ampleur : débrancher le réseau sans éteindre limite les dégâts et garde les traces utiles.",
        how: "Remplissez la feuille « Fiche réflexe cyberattaque » de ce classeur avec vos contacts (support informatique, référent, président, assureur, SESAN crrc@sesan.fr), imprimez-la et affichez-la dans chaque bureau ; présentez-la en réunion d'équipe.",
        effort: 1,
        riskReduction: 2,
      },
    },
    {
      id: "inc-pcra",
      theme: "incidents",
      text: "La CPTS a-t-elle un plan de continuité et de reprise d'activité (PCRA) : comment continuer sans informatique, puis tout remettre en route ?",
      help: "Par exemple : qui prévenir, quelles missions maintenir sur papier ou par téléphone, dans quel ordre restaurer les outils, qui fait quoi.",
      choices: [
        { id: "teste", label: "Oui, écrit et déjà exercé", points: 2 },
        { id: "ecrit", label: "Écrit, jamais exercé, ou en cours d'écriture", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: cnilSecurity("Prévoir la continuité et la reprise d'activité"),
      measure: {
        title: "Écrire un plan de continuité et de reprise (PCRA)",
        why: "Sans plan, une attaque ou une panne peut arrêter pendant des semaines les missions de la CPTS (soins non programmés, parcours, coordination).",
        how: "Réunissez un petit groupe de travail (coordinateur, un salarié, le prestataire informatique) : listez les missions essentielles, comment les tenir sans informatique, l'ordre de restauration des outils ; faites-le relire par votre GRADS et exercez-le une fois par an.",
        effort: 3,
        riskReduction: 2,
      },
    },
    {
      id: INCIDENT_QUESTION_ID,
      theme: "incidents",
      text: "Au cours des 12 derniers mois, la CPTS a-t-elle connu un incident : perte ou vol d'un appareil, compte piraté, virus, courriel envoyé au mauvais destinataire ?",
      help: "Tout incident touchant des données personnelles se note dans le registre des violations, même s'il n'a pas été déclaré à la CNIL.",
      choices: [
        { id: "aucun", label: "Non, aucun incident", points: 2 },
        { id: "oui-note", label: "Oui, et il est noté au registre des violations", points: 2 },
        { id: "oui-non-note", label: "Oui, mais il n'a pas été noté ni analysé", points: 0 },
        DONT_KNOW,
      ],
      weight: 1,
      source: cnilSecurity("Gérer les incidents et les violations"),
      measure: {
        title: "Noter chaque incident au registre des violations",
        why: "Le RGPD (article 33) impose de documenter toute violation de données, et de la déclarer à la CNIL dans les 72 heures si elle présente un risque ; un incident non analysé se reproduit.",
        how: "Ouvrez la feuille « Registre des violations » depuis le volet du complément, ajoutez une ligne par incident (date, ce qui s'est passé, données touchées, mesures prises, décision de déclarer ou non à la CNIL) et tirez-en une mesure à ajouter ici.",
        effort: 1,
        riskReduction: 2,
      },
    },
  ],
};
