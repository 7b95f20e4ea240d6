/**
 * The model letters answering a request to exercise one's rights (../requests/letters.ts fills them from
 * the register's line, the fiche concerned and tab 2's controller). Plain French, « vous » to the person.
 * Loaded only by the pane's « Demandes » section and the command line, never in the pane's first load.
 *
 * The law they follow (vérifié le 07/12/2026):
 * - GDPR art. 12.3 (one month, two more when told why within the first), 12.4 (a refusal says why, and
 *   that the person may complain to the supervisory authority and go to court), 12.6 (identity: more
 *   information only when there is a reasonable doubt), 15 (what an access answer gives), 19 (the
 *   recipients are told of a rectification, an erasure or a limitation), 20 (portability), 21
 *   (objection): https://eur-lex.europa.eu/eli/reg/2016/679/oj
 * - Complaining to the CNIL: online at https://www.cnil.fr/fr/plaintes, or by post to CNIL, 3 place de
 *   Fontenoy, TSA 80715, 75334 Paris Cedex 07 (the CNIL's address as its contact page gives it, found
 *   quoted on dpo-partage.fr « Comment joindre la CNIL ? » on 07/12/2026).
 */
import type { RightKind } from "../requests/model";

export type LetterKind = "acknowledgement" | "answer" | "extension" | "refusal";

/** A right in a sentence: « votre droit d'accès ». */
const RIGHT_PHRASES: Record<RightKind, string> = {
  access: "droit d'accès",
  rectification: "droit de rectification",
  erasure: "droit à l'effacement",
  objection: "droit d'opposition",
  restriction: "droit à la limitation du traitement",
  portability: "droit à la portabilité",
};

/** What was done, per right, in the answer letter (GDPR art. 15 to 21). */
const DONE: Record<RightKind, string> = {
  access:
    "Vous trouverez ci-joint une copie des données personnelles vous concernant que nous détenons, ainsi que les informations ci-dessous sur leur utilisation.",
  rectification: "Les données que vous nous avez signalées comme inexactes ou incomplètes ont été rectifiées.",
  erasure: "Les données personnelles vous concernant ont été effacées.",
  objection: "Conformément à votre opposition, vos données ne sont plus utilisées pour ce traitement.",
  restriction:
    "L'utilisation de vos données est limitée : elles sont conservées, mais ne sont plus utilisées sans votre accord, sauf pour la constatation, l'exercice ou la défense de droits en justice.",
  portability:
    "Vous trouverez ci-joint les données que vous nous avez fournies, dans un format structuré, couramment utilisé et lisible par machine ; vous pouvez les transmettre à un autre organisme.",
};

const list = (items: readonly string[]): string => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`);

export const letterTexts = {
  titles: {
    acknowledgement: "Accusé de réception",
    answer: "Réponse à la demande",
    extension: "Prolongation du délai, avec ses raisons",
    refusal: "Refus motivé",
  } satisfies Record<LetterKind, string>,
  /** « votre droit d'accès et votre droit à l'effacement ». */
  rightsPhrase: (rights: readonly RightKind[]): string => (rights.length === 0 ? "vos droits" : list(rights.map((r) => `votre ${RIGHT_PHRASES[r]}`))),
  /** « droit d'accès, droit à l'effacement », for the subject line. */
  rightsList: (rights: readonly RightKind[]): string => (rights.length === 0 ? "droits des personnes" : rights.map((r) => RIGHT_PHRASES[r]).join(", ")),
  missing: (what: string): string => `[à compléter : ${what}]`,
  toPerson: (person: string): string => `À l'attention de ${person}`,
  dated: (city: string, day: string): string => (city ? `${city}, le ${day}` : `Le ${day}`),
  subject: (received: string, rights: string): string => `Objet : votre demande du ${received} (${rights})`,
  greeting: "Madame, Monsieur,",
  aboutProcessing: (name: string): string => ` concernant le traitement « ${name} »`,
  // Acknowledgement
  received: (received: string, rights: string, about: string): string => `Nous avons bien reçu, le ${received}, votre demande d'exercice de ${rights}${about}.`,
  willAnswerBy: (due: string): string => `Nous vous répondrons dans les meilleurs délais, et au plus tard le ${due}.`,
  identityNeeded:
    "Pour protéger vos données, nous devons nous assurer que la demande vient bien de vous : merci de nous indiquer un élément qui nous permette de vous reconnaître (par exemple l'adresse électronique ou le numéro de téléphone que vous nous aviez donnés). Une copie de pièce d'identité ne vous sera demandée qu'en cas de doute.",
  // Answer
  answerIntro: (received: string, rights: string, about: string): string => `Vous avez exercé le ${received} ${rights}${about}.`,
  done: (rights: readonly RightKind[]): string[] => rights.map((r) => DONE[r]),
  recipientsTold: "Nous en avons informé les destinataires à qui ces données avaient été communiquées.",
  partlyRefused: (reasons: string): string => `Une partie de votre demande ne peut toutefois pas être satisfaite, pour la raison suivante : ${reasons}`,
  accessInfoTitle: "Informations sur l'utilisation de vos données :",
  accessPurposes: (purposes: string): string => `- finalités : ${purposes} ;`,
  accessBasis: (basis: string): string => `- base légale : ${basis} ;`,
  accessData: (data: string): string => `- données traitées : ${data} ;`,
  accessRetention: (retention: string): string => `- durée de conservation : ${retention} ;`,
  accessRecipients: (recipients: string): string => `- destinataires : ${recipients} ;`,
  accessRights:
    "- vous pouvez demander la rectification ou l'effacement de vos données, ou la limitation de leur utilisation, vous opposer à leur utilisation dans les cas prévus par la loi, et introduire une réclamation auprès de la CNIL.",
  accessNoFiche: "La fiche du registre concernée n'est pas indiquée : précisez les finalités, les destinataires et la durée de conservation avant d'envoyer.",
  // Extension
  extensionIntro: (received: string, rights: string, about: string): string => `Vous avez exercé le ${received} ${rights}${about}.`,
  extensionWhy: (reasons: string): string => `Votre demande nécessite un délai supplémentaire, pour la raison suivante : ${reasons}`,
  extensionBy: (due: string): string =>
    `Comme le permet l'article 12.3 du règlement général sur la protection des données (RGPD), le délai de réponse est prolongé de deux mois : nous vous répondrons au plus tard le ${due}.`,
  // Refusal
  refusalIntro: (received: string, rights: string, about: string): string => `Vous avez exercé le ${received} ${rights}${about}.`,
  refusalWhy: (reasons: string): string => `Nous ne pouvons pas y donner suite, pour la raison suivante : ${reasons}`,
  complaint:
    "Si vous n'êtes pas d'accord avec cette réponse, vous pouvez introduire une réclamation auprès de la Commission nationale de l'informatique et des libertés (CNIL), en ligne sur www.cnil.fr/fr/plaintes ou par courrier (CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07), et former un recours devant la juridiction compétente.",
  // Closing
  contact: (how: string): string => `Pour toute question, vous pouvez nous contacter : ${how}.`,
  dpo: (who: string): string => `notre délégué à la protection des données, ${who}`,
  closing: "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
  // What the letter cannot say from the register (said above the letter, and marked in it)
  gapOrganisation: "le nom de la CPTS (« Responsable du traitement » de la fiche ou de l'onglet 2)",
  gapAddress: "l'adresse de la CPTS",
  gapContact: "un moyen de contact (courriel ou téléphone)",
  gapReasons: "les raisons",
  gapPerson: "la personne",
  gapFiche: "les informations du traitement (finalités, destinataires, durée de conservation)",
  gapsIntro: "Avant d'envoyer, complétez :",
};
