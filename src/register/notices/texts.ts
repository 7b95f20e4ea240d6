/**
 * Every French text of a notice: the voice of each audience (« vous » in plain words to a patient, a
 * peer's tone to a professional or a member, an employer's to its staff), the plain words for each
 * legal basis, art. 9 exception and right, and the gaps said at the top. What each item must say comes
 * from the dated sources of ./sources.ts (GDPR art. 13, 14, 9, 15–22; loi Informatique et Libertés
 * art. 85; the CNIL's complaint page), checked on NOTICE_SOURCES_CHECKED_ON.
 */
import type { DataCategoryKey } from "../model";
import type { NoticeAudience, NoticeItemId } from "./model";
import type { Art9Kind, LegalBasisKind } from "./basis";
import type { ErasureLimit, NoticeRight } from "./rights";
import { CNIL_CONTACT } from "./sources";

type Headings = Record<Exclude<NoticeItemId, "audience">, string>;

export interface Voice {
  /** Who the notice is for, in a title (« patients et proches »). */
  readers: string;
  title: (ficheName: string) => string;
  intro: (org: string, ficheName: string) => string;
  headings: Headings;
  /** What refusing a consent does not change for this reader. */
  consentNoConsequence: string;
  /** The contract a contract basis is about, for this reader, and what happens without the data. */
  contract: { what: string; without: string };
}

const PEER_HEADINGS: Headings = {
  controller: "Responsable du traitement",
  dpo: "Délégué à la protection des données (DPO)",
  purposes: "Finalités du traitement",
  legalBasis: "Base légale",
  legitimateInterest: "Intérêt légitime poursuivi",
  healthException: "Données de santé et données sensibles",
  categories: "Catégories de données traitées",
  recipients: "Destinataires des données",
  transfers: "Transferts hors de l'Union européenne",
  retention: "Durées de conservation",
  obligation: "Caractère obligatoire ou facultatif",
  rights: "Vos droits",
  exercise: "Exercer vos droits",
  complaint: "Réclamation auprès de la CNIL",
  postMortem: "Directives après le décès",
  source: "Source des données",
  secrecy: "Secret professionnel",
};

export const VOICES: Record<NoticeAudience, Voice> = {
  patients: {
    readers: "patients et proches",
    title: (name) => `Vos données personnelles : ${name}`,
    intro: (org, name) =>
      `Ce document vous explique simplement ce que ${org} fait des informations qui vous concernent (« ${name} ») et quels sont vos droits.`,
    headings: {
      controller: "Qui est responsable de vos données ?",
      dpo: "Qui contacter pour une question sur vos données ?",
      purposes: "À quoi servent vos données ?",
      legalBasis: "Qu'est-ce qui permet d'utiliser vos données ?",
      legitimateInterest: "Quel intérêt est poursuivi ?",
      healthException: "Vos données de santé",
      categories: "Quelles informations sont utilisées ?",
      recipients: "Qui peut voir vos données ?",
      transfers: "Vos données quittent-elles l'Union européenne ?",
      retention: "Combien de temps vos données sont-elles gardées ?",
      obligation: "Êtes-vous obligé de donner ces informations ?",
      rights: "Quels sont vos droits ?",
      exercise: "Comment faire valoir vos droits ?",
      complaint: "Si vous n'êtes pas satisfait",
      postMortem: "Et après votre décès ?",
      source: "D'où viennent vos données ?",
      secrecy: "Le secret professionnel",
    },
    consentNoConsequence: "votre prise en charge",
    contract: { what: "le contrat qui vous lie à nous", without: "ce contrat ne peut pas être conclu ni exécuté" },
  },
  professionals: {
    readers: "professionnels",
    title: (name) => `Information des professionnels sur leurs données : ${name}`,
    intro: (org, name) =>
      `Entre professionnels du territoire, nous vous devons la transparence : voici ce que ${org} fait de vos données dans le cadre de « ${name} », et les droits dont vous disposez.`,
    headings: PEER_HEADINGS,
    consentNoConsequence: "notre collaboration",
    contract: { what: "le contrat ou la convention qui nous lie", without: "ce contrat ou cette convention ne peut pas être conclu ni exécuté" },
  },
  members: {
    readers: "adhérents",
    title: (name) => `Information des adhérents sur leurs données : ${name}`,
    intro: (org, name) =>
      `En tant qu'adhérent, vous trouverez ici ce que notre association, ${org}, fait de vos données dans le cadre de « ${name} », et les droits dont vous disposez.`,
    headings: PEER_HEADINGS,
    consentNoConsequence: "votre adhésion",
    contract: { what: "votre adhésion à l'association", without: "votre adhésion ne peut pas être enregistrée ni suivie" },
  },
  staff: {
    readers: "salariés",
    title: (name) => `Information des salariés sur leurs données : ${name}`,
    intro: (org, name) =>
      `Votre employeur, ${org}, traite des données vous concernant dans le cadre de « ${name} ». Cette note vous informe, comme le prévoit le RGPD, de ce qui en est fait et de vos droits.`,
    headings: {
      ...PEER_HEADINGS,
      controller: "Votre employeur, responsable du traitement",
      purposes: "Pourquoi vos données sont traitées",
      legalBasis: "Sur quelle base",
      obligation: "Êtes-vous tenu de fournir ces données ?",
    },
    consentNoConsequence: "votre contrat de travail ni votre carrière",
    contract: { what: "votre contrat de travail", without: "votre contrat de travail ne peut pas être conclu ni exécuté" },
  },
};

/** The controller when nothing names it (the gap says so at the top). */
export const UNNAMED_CONTROLLER = "le responsable du traitement";

/** « de la CPTS X », « du responsable du traitement » (« de le » is not French). */
export function ofOrg(org: string): string {
  return org.startsWith("le ") ? `du ${org.slice(3)}` : `de ${org}`;
}

/** « à la CPTS X », « au responsable du traitement ». */
export function toOrg(org: string): string {
  return org.startsWith("le ") ? `au ${org.slice(3)}` : `à ${org}`;
}

// ------------------------------------------------------------------------------------------ sections

export const T = {
  controllerIs: (org: string) => `Le responsable du traitement est ${org}.`,
  controllerUnknown: "Le responsable du traitement n'est pas encore précisé.",
  jointControllers: (names: string) => `Il le met en œuvre conjointement avec : ${names}.`,
  representative: (name: string, contact: string) => `Son représentant dans l'Union européenne est ${name}${contact ? ` (${contact})` : ""}.`,
  contactLine: (parts: string) => `Coordonnées : ${parts}.`,
  dpoIs: (name: string) => `Un délégué à la protection des données (DPO) a été désigné : ${name}.`,
  dpoCompany: (company: string) => `(société ${company})`,
  dpoWhom: (name: string) => `notre délégué à la protection des données, ${name}`,
  purposesIntro: "Vos données sont utilisées pour :",
  purposeWithBasis: (purpose: string, basis: string) => `${purpose} (base légale : ${basis})`,
  basisIs: (basis: string) => `Le traitement repose sur ${basis}.`,
  basesAre: "Le traitement repose, selon les données et les personnes, sur :",
  basisAsTyped: (typed: string) => `La fiche indique comme base légale : « ${typed} ».`,
  basisUnknown: "La base légale de ce traitement n'est pas encore précisée.",
  interestIs: (org: string, interest: string) => `L'intérêt légitime poursuivi par ${org} est le suivant : ${interest}.`,
  interestUnknown: "L'intérêt légitime poursuivi n'est pas encore précisé.",
  healthIntro: (exceptions: string) =>
    `Les données de santé (et les autres données dites « sensibles ») bénéficient d'une protection renforcée. Elles ne sont traitées ici qu'au titre de ${exceptions}.`,
  healthUnknown:
    "Les données de santé (et les autres données dites « sensibles ») bénéficient d'une protection renforcée. L'exception du RGPD qui permet de les traiter ici n'est pas encore précisée.",
  categoriesIntro: "Les informations utilisées sont les suivantes :",
  recipientsIntro: "Vos données sont accessibles uniquement aux personnes et organismes suivants, pour ce qui les concerne :",
  recipientsNone: (org: string) => `Vos données ne sont communiquées à personne en dehors ${ofOrg(org)}.`,
  transfersNone: "Vos données ne sont pas transférées hors de l'Union européenne.",
  transfersList: "Les destinataires, leur pays et la garantie de chaque transfert :",
  transfersOut: "Certaines données sont transmises hors de l'Union européenne.",
  transferLine: (recipient: string, country: string, guarantee: string) => `${recipient}${country ? ` (${country})` : ""} : ${guarantee}`,
  transferNoGuarantee: "garantie non précisée",
  transferDoc: (doc: string) => ` ; document : ${doc}`,
  transferCopy: (contact: string) => `Vous pouvez obtenir une copie des garanties qui encadrent ces transferts sur simple demande : ${contact}.`,
  transferCopyNoContact: "Vous pouvez obtenir une copie des garanties qui encadrent ces transferts auprès du responsable du traitement.",
  retentionIntro: "Vos données sont conservées pendant les durées suivantes, puis supprimées ou anonymisées :",
  retentionLine: (category: string, retention: string) => `${category} : ${retention}`,
  retentionUnknown: "durée non précisée",
  obligationLaw: (org: string) =>
    `La loi impose de recueillir ces données : vous êtes tenu de les fournir. Sans elles, ${org} ne peut pas remplir les obligations légales auxquelles ce traitement répond.`,
  obligationContract: (contract: { what: string; without: string }) =>
    `Ces données sont nécessaires pour conclure ou exécuter ${contract.what} : sans elles, ${contract.without}.`,
  obligationConsent: (noConsequence: string) =>
    `Donner ces données est facultatif. Si vous refusez, ou si vous retirez votre consentement plus tard, cela n'a aucune conséquence sur ${noConsequence}.`,
  obligationAsTyped: (typed: string) => `La fiche précise : « ${typed} ».`,
  obligationUnknown: "Le caractère obligatoire ou facultatif de la fourniture de ces données n'est pas encore précisé.",
  rightsIntro: "Vous disposez des droits suivants sur vos données :",
  rightOnlyFor: (line: string, bases: string) => `${line} Ce droit vaut pour les données traitées ${bases}.`,
  erasureLimited: (reasons: string) => `Le droit à l'effacement ne s'applique pas à ce traitement (article 17.3 du RGPD), car ${reasons}.`,
  rightsBasisUnknown: "D'autres droits (effacement, opposition, portabilité) dépendent de la base légale du traitement, qui n'est pas encore précisée.",
  exerciseAt: (whom: string, contact: string) => `Pour exercer vos droits ou poser une question sur vos données, adressez-vous ${toOrg(whom)} : ${contact}.`,
  exerciseNoContact: (whom: string) => `Pour exercer vos droits ou poser une question sur vos données, adressez-vous ${toOrg(whom)}.`,
  exerciseDelay:
    "Une réponse vous est apportée dans un délai d'un mois à compter de la réception de votre demande. Ce délai peut être prolongé de deux mois si la demande est complexe ou si les demandes sont nombreuses ; vous en êtes alors informé dans le premier mois (article 12.3 du RGPD).",
  exerciseIdentity: "En cas de doute raisonnable sur votre identité, une pièce justificative peut vous être demandée.",
  complaint: `Si vous estimez que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la ${CNIL_CONTACT.name} : en ligne sur ${CNIL_CONTACT.url}, ou par courrier à CNIL, ${CNIL_CONTACT.postal}.`,
  postMortem:
    "Vous pouvez définir des directives sur la conservation, l'effacement et la communication de vos données après votre décès, et désigner une personne chargée de les exécuter (article 85 de la loi Informatique et Libertés).",
  postMortemAt: (contact: string) => `Les directives qui concernent ce traitement peuvent nous être adressées : ${contact}.`,
  sourceIs: (source: string) => `Ces données ne sont pas toujours recueillies auprès de vous : elles proviennent de la source suivante : ${source}.`,
  sourceMaybe: "Lorsque ces données ne sont pas recueillies auprès de vous, leur source vous est indiquée sur simple demande.",
  sourceUnknown: "Ces données ne sont pas recueillies auprès de vous ; leur source n'est pas encore précisée.",
  secrecy: (org: string) =>
    `Lorsque vos données sont transmises par un professionnel de santé et doivent rester confidentielles au titre du secret professionnel (article L. 1110-4 du code de la santé publique), ${org} peut ne pas vous en informer individuellement (article 14.5.d du RGPD) : la présente information reste à votre disposition.`,
};

// ------------------------------------------------------------------------------------ plain words

/** How to reach someone, one way after the other. */
export const CONTACT_WORDS = {
  email: (email: string) => `par courriel à ${email}`,
  postal: (address: string) => `par courrier à l'adresse ${address}`,
  phone: (phone: string) => `par téléphone au ${phone}`,
};

/** Each basis as the notice says it (after « Le traitement repose sur »). */
export const BASIS_WORDS: Record<LegalBasisKind, (org: string) => string> = {
  consent: () => "votre consentement (article 6.1.a du RGPD), que vous pouvez retirer à tout moment",
  contract: () => "l'exécution d'un contrat ou de mesures précontractuelles (article 6.1.b du RGPD)",
  legalObligation: (org) => `une obligation légale à laquelle ${org} est soumis (article 6.1.c du RGPD)`,
  vitalInterests: () => "la sauvegarde de vos intérêts vitaux ou de ceux d'une autre personne (article 6.1.d du RGPD)",
  publicInterest: () => "l'exécution d'une mission d'intérêt public (article 6.1.e du RGPD)",
  legitimateInterest: (org) => `l'intérêt légitime ${ofOrg(org)} (article 6.1.f du RGPD)`,
};

/** The bases after « Ce droit vaut pour les données traitées … ». */
export const BASIS_FOR: Record<LegalBasisKind, string> = {
  consent: "avec votre consentement",
  contract: "pour l'exécution d'un contrat",
  legalObligation: "pour respecter une obligation légale",
  vitalInterests: "pour sauvegarder des intérêts vitaux",
  publicInterest: "pour une mission d'intérêt public",
  legitimateInterest: "au titre d'un intérêt légitime",
};

export const ART9_WORDS: Record<Art9Kind, string> = {
  "9.2.a": "votre consentement explicite (article 9.2.a du RGPD)",
  "9.2.b": "les obligations de l'employeur en droit du travail et de la protection sociale (article 9.2.b du RGPD)",
  "9.2.c": "la sauvegarde de vos intérêts vitaux quand vous n'êtes pas en état de consentir (article 9.2.c du RGPD)",
  "9.2.d": "l'activité d'un organisme à but non lucratif, pour ses membres (article 9.2.d du RGPD)",
  "9.2.e": "des données que vous avez vous-même rendues publiques (article 9.2.e du RGPD)",
  "9.2.f": "la constatation, l'exercice ou la défense de droits en justice (article 9.2.f du RGPD)",
  "9.2.g": "un motif d'intérêt public important prévu par la loi (article 9.2.g du RGPD)",
  "9.2.h":
    "la prise en charge sanitaire ou sociale, la médecine préventive ou les diagnostics médicaux, sous la responsabilité d'un professionnel tenu au secret professionnel (articles 9.2.h et 9.3 du RGPD)",
  "9.2.i": "l'intérêt public dans le domaine de la santé publique (article 9.2.i du RGPD)",
  "9.2.j": "l'archivage dans l'intérêt public, la recherche scientifique ou historique, ou les statistiques (article 9.2.j du RGPD)",
};

export const RIGHT_WORDS: Record<NoticeRight, string> = {
  access: "Droit d'accès : savoir si des données vous concernant sont traitées et en obtenir une copie (article 15 du RGPD).",
  rectification: "Droit de rectification : faire corriger des données inexactes ou compléter des données incomplètes (article 16).",
  erasure: "Droit à l'effacement : demander la suppression de vos données, dans les cas prévus par l'article 17.",
  limitation:
    "Droit à la limitation : demander que vos données soient mises de côté sans être utilisées, par exemple le temps de vérifier leur exactitude (article 18).",
  opposition: "Droit d'opposition : vous opposer à l'utilisation de vos données pour des raisons tenant à votre situation particulière (article 21).",
  portability:
    "Droit à la portabilité : recevoir les données que vous avez fournies dans un format courant et lisible par une machine, ou les faire transmettre à un autre organisme (article 20).",
  withdrawConsent:
    "Retrait du consentement : retirer votre consentement à tout moment, sans remettre en cause ce qui a été fait avant ce retrait (article 7.3).",
};

export const ERASURE_REASONS: Record<ErasureLimit, string> = {
  legalObligation: "il répond à une obligation légale",
  publicInterest: "il relève d'une mission d'intérêt public",
  healthCare: "les données servent à la prise en charge sanitaire ou à la santé publique",
};

/** Plain names of the CNIL's types of recipient (its list tab, column H); other values are shown as typed. */
export const RECIPIENT_TYPE_WORDS: Record<string, string> = {
  "service interne qui traite les donnees": "En interne",
  "services internes": "En interne",
  "service interne": "En interne",
  "sous traitants": "Prestataires agissant pour notre compte (sous-traitants)",
  "sous traitant": "Prestataires agissant pour notre compte (sous-traitants)",
  "destinataires dans des pays tiers ou organisations internationales": "Destinataires hors de l'Union européenne",
  "partenaires institutionnels ou commerciaux": "Partenaires",
  "autre preciser": "",
  "autres preciser": "",
};

export const CATEGORY_WORDS: Record<Exclude<DataCategoryKey, "other">, string> = {
  identity: "Identité et coordonnées",
  personalLife: "Vie personnelle",
  economic: "Informations économiques et financières",
  connection: "Données de connexion",
  location: "Données de localisation",
  nir: "Numéro de sécurité sociale (NIR)",
  racial: "Origine raciale ou ethnique",
  political: "Opinions politiques",
  religious: "Convictions religieuses ou philosophiques",
  union: "Appartenance syndicale",
  genetic: "Données génétiques",
  biometric: "Données biométriques",
  health: "Données de santé",
  sexual: "Vie sexuelle ou orientation sexuelle",
  criminal: "Condamnations pénales et infractions",
};

/** « a, b et c » (or « a, b ou c »). */
export function joinFrench(items: readonly string[], conjunction: "et" | "ou" = "et"): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------- gaps

export const GAP = {
  audience:
    "La fiche n'indique pas quelles personnes sont concernées : cette mention est écrite pour le grand public, à relire une fois les catégories de personnes remplies.",
  audienceUnknown: (persons: string) =>
    `Les personnes concernées (${persons}) ne sont ni des patients, ni des professionnels, ni des adhérents, ni des salariés : cette mention est écrite pour le grand public, à relire avant de la diffuser.`,
  controller:
    "La fiche n'indique pas qui est responsable du traitement (ni sa ligne « Responsable du traitement », ni l'en-tête de l'onglet 2) : la mention ne peut pas dire qui traite les données.",
  controllerContact:
    "Ni la fiche ni l'onglet 2 ne donnent d'adresse ou de courriel du responsable du traitement : la mention ne peut pas dire comment le joindre ni où exercer ses droits.",
  dpoContact: "La fiche nomme un délégué à la protection des données (DPO) sans ses coordonnées : la mention ne peut pas dire comment le joindre.",
  purposes: "La fiche n'indique pas de finalité : la mention ne peut pas dire à quoi servent les données.",
  legalBasis:
    "La fiche n'indique pas de base légale : la mention ne peut pas dire sur quoi repose le traitement, ni quels droits s'appliquent en plus de l'accès, de la rectification et de la limitation, ni si donner les données est obligatoire.",
  legalBasisUnreadable: (typed: string) =>
    `La base légale « ${typed} » ne correspond à aucune des six bases du RGPD (consentement, contrat, obligation légale, intérêts vitaux, mission d'intérêt public, intérêt légitime) : la mention ne peut pas dire quels droits s'appliquent.`,
  legitimateInterest:
    "La fiche indique l'intérêt légitime comme base légale sans dire quel intérêt est poursuivi : la mention ne peut pas l'expliquer. Écrivez-le, par exemple « Intérêt légitime poursuivi : informer les adhérents de la vie de l'association ».",
  healthException:
    "La fiche indique des données de santé ou d'autres données sensibles sans dire quelle exception de l'article 9 du RGPD permet de les traiter : la mention ne peut pas le dire.",
  categories:
    "La fiche n'indique aucune catégorie de données : la mention ne peut pas dire quelles données sont traitées ni combien de temps elles sont gardées.",
  recipients: "La fiche n'indique pas de destinataires : la mention ne peut pas dire qui reçoit les données.",
  transferGuarantee: (recipient: string) =>
    `La fiche indique un transfert hors de l'Union européenne (${recipient}) sans dire sur quelle garantie il repose : la mention ne peut pas la nommer.`,
  transferCountry: (recipient: string) =>
    `La fiche indique un transfert hors de l'Union européenne (${recipient}) sans dire vers quel pays : la mention ne peut pas le nommer.`,
  transferUndeclared:
    "La fiche compte parmi ses destinataires des « destinataires dans des pays tiers » mais ne décrit aucun transfert hors de l'Union européenne : la mention ne peut pas dire où vont les données ni avec quelle garantie.",
  retention: (category: string) => `La fiche n'indique pas combien de temps sont gardées les données « ${category} » : la mention ne peut pas le dire.`,
  retentionVague: (category: string, typed: string) =>
    `La durée « ${typed} » ne dit pas combien de temps sont gardées les données « ${category} » : la mention ne peut pas le dire aux personnes.`,
  obligation: "La fiche ne dit pas si donner ces données est obligatoire ni ce qui se passe en cas de refus : la mention ne peut pas le dire.",
  sourceUnknown:
    "Les données ne sont pas recueillies auprès des personnes elles-mêmes et leur source n'est pas indiquée : précisez d'où elles viennent, la mention doit le dire (article 14 du RGPD).",
  sourcePossible:
    "La fiche ne dit pas si les données sont recueillies auprès des personnes elles-mêmes ou transmises par quelqu'un d'autre (un professionnel qui adresse un patient, un proche…) : si elles sont transmises, précisez leur source, la mention doit la donner (article 14 du RGPD).",
};

// ------------------------------------------------------------------------------------ plain text

export const TEXT = {
  gapsHeading: "À compléter avant de diffuser cette mention :",
  gapAt: (sheet: string, cell: string) => `(à remplir : feuille « ${sheet} », cellule ${cell})`,
  gapsEnd: "Tant que ces points manquent, la mention ci-dessous les signale comme « non précisés ».",
};
