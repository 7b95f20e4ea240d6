/**
 * The answer key of the cyber self-audit: each question's theme, weight and choices (label, points),
 * without the texts, for reading the sheet and scoring a run in the checker's first load.
 * GENERATED from ./themes/ by `npm run audit:cle`: do not edit by hand, edit the theme and run it
 * (test/register/audit/answerKey.test.ts fails when this file is stale).
 */
import type { AuditQuestionKey } from "./questions";

export const AUDIT_ANSWER_KEY: readonly AuditQuestionKey[] = [
  {
    id: "gov-referent",
    theme: "governance",
    weight: 2,
    choices: [
      { id: "designe", label: "Oui, désigné et connu de toute l'équipe", points: 2 },
      { id: "informel", label: "Quelqu'un s'en occupe, sans être désigné", points: 1 },
      { id: "non", label: "Non, personne", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "gov-inventory",
    theme: "governance",
    weight: 1,
    choices: [
      { id: "a-jour", label: "Oui, une liste tenue à jour", points: 2 },
      { id: "ancienne", label: "Une liste existe mais n'est plus à jour", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "gov-charter",
    theme: "governance",
    weight: 1,
    choices: [
      { id: "signee", label: "Oui, une charte remise à chacun", points: 2 },
      { id: "orale", label: "Des consignes orales seulement", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "acc-personal",
    theme: "accounts",
    weight: 2,
    choices: [
      { id: "oui", label: "Oui, un compte par personne partout", points: 2 },
      { id: "partiel", label: "Certains comptes sont partagés", points: 1 },
      { id: "partage", label: "Non, les comptes sont surtout partagés", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "acc-passwords",
    theme: "accounts",
    weight: 2,
    choices: [
      { id: "gestionnaire", label: "Oui, avec un gestionnaire de mots de passe", points: 2 },
      { id: "regles", label: "Des règles existent, sans gestionnaire", points: 1 },
      { id: "non", label: "Non, souvent le même mot de passe ou un mot de passe simple", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "acc-mfa",
    theme: "accounts",
    weight: 2,
    choices: [
      { id: "partout", label: "Oui, sur la messagerie et les outils importants", points: 2 },
      { id: "certains", label: "Sur certains comptes seulement", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "acc-departures",
    theme: "accounts",
    weight: 1,
    choices: [
      { id: "toujours", label: "Oui, toujours, avec une liste à suivre", points: 2 },
      { id: "parfois", label: "Parfois, ou avec retard", points: 1 },
      { id: "non", label: "Non, les accès restent ouverts", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "upd-updates",
    theme: "updates",
    weight: 3,
    choices: [
      { id: "auto", label: "Oui, automatiquement sur tous les appareils", points: 2 },
      { id: "partiel", label: "Sur certains appareils, ou quand on y pense", points: 1 },
      { id: "non", label: "Non, elles sont souvent repoussées", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "upd-antivirus",
    theme: "updates",
    weight: 2,
    choices: [
      { id: "oui", label: "Oui, sur tous les ordinateurs", points: 2 },
      { id: "partiel", label: "Sur certains ordinateurs seulement", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "bak-restore",
    theme: "backups",
    weight: 3,
    choices: [
      { id: "testee", label: "Oui, et une restauration a été testée cette année", points: 2 },
      { id: "non-testee", label: "Oui, mais aucune restauration n'a été testée", points: 1 },
      { id: "aucune", label: "Non, pas de sauvegarde régulière", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "bak-offline",
    theme: "backups",
    weight: 2,
    choices: [
      { id: "oui", label: "Oui, une copie déconnectée ou séparée", points: 2 },
      { id: "non", label: "Non, tout est sur le même réseau ou le même compte", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "mail-secure",
    theme: "email",
    weight: 2,
    choices: [
      { id: "mssante", label: "Oui, toujours par MSSanté ou un outil sécurisé", points: 2 },
      { id: "parfois", label: "Parfois par une messagerie ordinaire", points: 0 },
      { id: "aucune", label: "La CPTS n'envoie jamais de données de santé", points: 2 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "mail-phishing",
    theme: "email",
    weight: 2,
    choices: [
      { id: "forme", label: "Oui, l'équipe a été formée et signale les messages douteux", points: 2 },
      { id: "vague", label: "En partie, sans consigne claire", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "mail-awareness",
    theme: "email",
    weight: 1,
    choices: [
      { id: "tous", label: "Oui, toute l'équipe", points: 2 },
      { id: "certains", label: "Certains seulement", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "mob-encryption",
    theme: "mobile",
    weight: 3,
    choices: [
      { id: "oui", label: "Oui, tous chiffrés et verrouillés", points: 2 },
      { id: "verrou", label: "Verrouillés, mais pas tous chiffrés", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "mob-networks",
    theme: "mobile",
    weight: 1,
    choices: [
      { id: "oui", label: "Oui, c'est la consigne et elle est suivie", points: 2 },
      { id: "parfois", label: "Pas toujours", points: 1 },
      { id: "non", label: "Non, aucune consigne", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "mob-personal",
    theme: "mobile",
    weight: 2,
    choices: [
      { id: "jamais", label: "Non, seulement des appareils de la CPTS", points: 2 },
      { id: "encadre", label: "Oui, avec des règles (code, mises à jour, pas de copie locale)", points: 1 },
      { id: "libre", label: "Oui, sans règle particulière", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "sup-hds",
    theme: "suppliers",
    weight: 3,
    choices: [
      { id: "hds", label: "Oui, toutes chez un hébergeur certifié HDS", points: 2 },
      { id: "aucune", label: "La CPTS ne conserve aucune donnée de santé", points: 2 },
      { id: "non", label: "Non, ou pas toutes (disque partagé, messagerie, tableur en ligne)", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "sup-contracts",
    theme: "suppliers",
    weight: 1,
    choices: [
      { id: "oui", label: "Oui, pour tous les prestataires", points: 2 },
      { id: "certains", label: "Pour certains seulement", points: 1 },
      { id: "non", label: "Non, ou on ne les a jamais lus", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "inc-protocol",
    theme: "incidents",
    weight: 2,
    choices: [
      { id: "affichee", label: "Oui, une fiche réflexe est affichée et connue", points: 2 },
      { id: "ecrite", label: "Elle existe mais personne ne la connaît vraiment", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "inc-pcra",
    theme: "incidents",
    weight: 2,
    choices: [
      { id: "teste", label: "Oui, écrit et déjà exercé", points: 2 },
      { id: "ecrit", label: "Écrit, jamais exercé, ou en cours d'écriture", points: 1 },
      { id: "non", label: "Non", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
  {
    id: "inc-last-year",
    theme: "incidents",
    weight: 1,
    choices: [
      { id: "aucun", label: "Non, aucun incident", points: 2 },
      { id: "oui-note", label: "Oui, et il est noté au registre des violations", points: 2 },
      { id: "oui-non-note", label: "Oui, mais il n'a pas été noté ni analysé", points: 0 },
      { id: "nsp", label: "Je ne sais pas", points: 0 },
    ],
  },
];
