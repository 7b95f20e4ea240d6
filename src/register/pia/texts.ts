/**
 * French texts of the answers the PIA file is pre-filled with (./build.ts): how each fact of the fiche
 * is introduced. Said as the register says it; nothing the fiche does not hold is written.
 */
export const piaTexts = {
  /** The PIA's name in the tool (which adds « (IMPORT) » before it). */
  piaName: (name: string, ref: string): string => (ref ? `${name} (RÉF ${ref})` : name),
  processing: "Traitement",
  ref: "RÉF dans le registre",
  mainPurpose: "Finalité principale",
  subPurposes: "Sous-finalités",
  persons: "Personnes concernées",
  whyAipd: "Pourquoi une analyse d'impact",
  requiredBecause: (listType: string): string =>
    `le traitement relève de la liste de la CNIL des traitements pour lesquels une AIPD est requise (délibération n° 2018-327) : ${listType}.`,
  likelyBecause: (criteria: string): string =>
    `le traitement réunit au moins deux critères du Comité européen de la protection des données (lignes directrices WP248) : ${criteria}.`,
  prefilled: (sheet: string, day: string): string =>
    `Pré-rempli le ${day} depuis la fiche « ${sheet} » du registre des activités de traitement : à relire et compléter.`,
  controller: "Responsable du traitement",
  jointControllers: "Responsables conjoints",
  representative: "Représentant",
  dpo: "Délégué à la protection des données (DPO)",
  processors: "Sous-traitants",
  recipients: "Destinataires et personnes qui accèdent aux données",
  data: "Données traitées",
  retention: "conservation",
  retentions: "Durées de conservation",
  tools: "Outils et services nommés dans la fiche",
  legalBasis: "Base légale",
  art9Exception: "Exception de l'article 9 du RGPD (données sensibles)",
  transfer: (t: { recipient: string; country: string; guarantee: string; documentation: string }): string =>
    [t.recipient, t.country && `pays : ${t.country}`, t.guarantee && `garantie : ${t.guarantee}`, t.documentation && `documentation : ${t.documentation}`]
      .filter(Boolean)
      .join(" — "),
  /** A file name without the characters Windows refuses. */
  fileName: (ref: string, name: string): string => `AIPD ${[ref, name].filter(Boolean).join(" ")}.json`,
};
