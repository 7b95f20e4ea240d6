/** Theme « Comptes et mots de passe »: one account per person, strong passwords, a second factor, departures. */
import { DONT_KNOW, type AuditTheme } from "../questions";
import { anssiCpme, anssiHygiene, cnilSecurity } from "../sources";

export const ACCOUNTS: AuditTheme = {
  id: "accounts",
  label: "Comptes et mots de passe",
  questions: [
    {
      id: "acc-personal",
      theme: "accounts",
      text: "Chaque personne a-t-elle son propre compte sur les ordinateurs et les outils en ligne, sans compte partagé ?",
      help: "Un compte partagé (« secretariat@… » dont tout le monde connaît le mot de passe) empêche de savoir qui a fait quoi et de retirer l'accès à une seule personne.",
      choices: [
        { id: "oui", label: "Oui, un compte par personne partout", points: 2 },
        { id: "partiel", label: "Certains comptes sont partagés", points: 1 },
        { id: "partage", label: "Non, les comptes sont surtout partagés", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: anssiHygiene("chapitre « Authentifier et contrôler les accès » : identifier nommément chaque personne accédant au système"),
      measure: {
        title: "Donner à chacun son propre compte",
        why: "Avec des comptes personnels, on retire l'accès d'une seule personne à son départ et l'on sait qui a consulté ou modifié des données.",
        how: "Créez un compte nominatif par salarié et bénévole dans chaque outil (messagerie, disque partagé, logiciel métier) ; gardez les adresses génériques comme boîtes partagées, ouvertes depuis les comptes personnels.",
        effort: 2,
        riskReduction: 2,
      },
    },
    {
      id: "acc-passwords",
      theme: "accounts",
      text: "Les mots de passe sont-ils longs, différents pour chaque service et rangés dans un gestionnaire de mots de passe ?",
      help: "Un gestionnaire de mots de passe (par exemple KeePassXC, recommandé par l'ANSSI) retient des mots de passe longs et tous différents ; un carnet ou un tableur ne protège pas.",
      choices: [
        { id: "gestionnaire", label: "Oui, avec un gestionnaire de mots de passe", points: 2 },
        { id: "regles", label: "Des règles existent, sans gestionnaire", points: 1 },
        { id: "non", label: "Non, souvent le même mot de passe ou un mot de passe simple", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: anssiCpme("Choisir avec soin ses mots de passe"),
      measure: {
        title: "Adopter un gestionnaire de mots de passe",
        why: "Un mot de passe réutilisé et volé sur un site ouvre tous les autres comptes, dont la messagerie par laquelle passent des données de patients.",
        how: "Installez un gestionnaire (KeePassXC, ou l'offre de votre GRADS) sur chaque poste, montrez en 30 minutes comment l'utiliser, et remplacez en priorité les mots de passe de la messagerie, du disque partagé et des outils contenant des données de santé.",
        effort: 1,
        riskReduction: 3,
      },
    },
    {
      id: "acc-mfa",
      theme: "accounts",
      text: "La double authentification (un code reçu sur le téléphone ou une application en plus du mot de passe) est-elle activée sur la messagerie et les outils en ligne ?",
      help: "Avec la double authentification, un mot de passe volé ne suffit plus pour entrer dans le compte.",
      choices: [
        { id: "partout", label: "Oui, sur la messagerie et les outils importants", points: 2 },
        { id: "certains", label: "Sur certains comptes seulement", points: 1 },
        { id: "non", label: "Non", points: 0 },
        DONT_KNOW,
      ],
      weight: 2,
      source: cnilSecurity("Authentifier les utilisateurs"),
      measure: {
        title: "Activer la double authentification",
        why: "La plupart des piratages de comptes partent d'un mot de passe volé par hameçonnage : un second facteur les arrête.",
        how: "Activez-la d'abord sur la messagerie (y compris les comptes administrateurs), puis sur le disque partagé et les outils en ligne ; notez où sont les codes de secours.",
        effort: 1,
        riskReduction: 3,
      },
    },
    {
      id: "acc-departures",
      theme: "accounts",
      text: "Quand un salarié, un stagiaire ou un bénévole part, ses accès sont-ils retirés le jour même ?",
      help: "Accès aux outils en ligne, au disque partagé, aux groupes de messagerie, aux clés et badges.",
      choices: [
        { id: "toujours", label: "Oui, toujours, avec une liste à suivre", points: 2 },
        { id: "parfois", label: "Parfois, ou avec retard", points: 1 },
        { id: "non", label: "Non, les accès restent ouverts", points: 0 },
        DONT_KNOW,
      ],
      weight: 1,
      source: anssiHygiene("chapitre « Authentifier et contrôler les accès » : organiser les procédures d'arrivée et de départ"),
      measure: {
        title: "Retirer les accès à chaque départ",
        why: "Un compte d'ancien membre resté ouvert peut être utilisé à son insu, ou par lui, pour lire des données de patients.",
        how: "Écrivez une liste « départ » (comptes à fermer, groupes, partages, matériel et clés à récupérer), suivez-la le dernier jour et faites le point une fois par an sur tous les comptes encore actifs.",
        effort: 1,
        riskReduction: 2,
      },
    },
  ],
};
