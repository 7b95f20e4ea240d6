/**
 * The legal texts a notice rests on, dated: what each item of the notice must say comes from these, and
 * a notice quotes the CNIL's address and complaint page from here. Vérifié le 07/12/2026: the GDPR's
 * French text on EUR-Lex (CELEX 32016R0679), the loi n° 78-17 on Légifrance (JORFTEXT000000886460), the
 * code de la santé publique on Légifrance (LEGITEXT000006072665), the CNIL's complaint page and postal
 * address (as the CNIL's site and the public pages quoting it give it), and our reference
 * (/work/shared/reference/registre-cnil-et-regles.md §4.7–4.8). To bring them up to date, check each
 * source, edit the entry and change `NOTICE_SOURCES_CHECKED_ON`.
 */

export interface LegalSource {
  /** The text's name, as a French reader finds it. */
  name: string;
  url: string;
  /** What we take from it. */
  says: string;
}

/** When every source below was last read against its URL (« vérifié le 07/12/2026 »). */
export const NOTICE_SOURCES_CHECKED_ON = "07/12/2026";

const GDPR_URL = "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679";
const LIL_URL = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460";

export const NOTICE_SOURCES = {
  art13: {
    name: "RGPD, article 13 (données collectées auprès de la personne)",
    url: GDPR_URL,
    says: "Identité et coordonnées du responsable, du DPO ; finalités et base juridique ; intérêt légitime poursuivi ; destinataires ; transferts et garanties ; durée de conservation ; droits ; retrait du consentement ; réclamation auprès d'une autorité de contrôle ; caractère obligatoire ou facultatif et conséquences d'un refus.",
  },
  art14: {
    name: "RGPD, article 14 (données qui ne sont pas collectées auprès de la personne)",
    url: GDPR_URL,
    says: "Les mêmes informations, plus les catégories de données et leur source ; information dans un délai raisonnable d'un mois au plus ; exception 14.5.d quand les données doivent rester confidentielles au titre d'un secret professionnel réglementé.",
  },
  art9: {
    name: "RGPD, article 9.2 et 9.3 (données de santé et autres données sensibles)",
    url: GDPR_URL,
    says: "Le traitement des données de santé est interdit sauf exception (9.2.a à j) ; le 9.2.h suppose un professionnel soumis au secret (9.3).",
  },
  rights: {
    name: "RGPD, articles 15 à 22 (droits de la personne) et 12.3 (délai de réponse)",
    url: GDPR_URL,
    says: "Accès (15), rectification (16) et limitation (18) toujours ; effacement (17) sauf 17.3.b (obligation légale, mission d'intérêt public) et 17.3.c (santé publique, 9.2.h et i) ; portabilité (20) pour le consentement ou le contrat ; opposition (21) pour la mission d'intérêt public ou l'intérêt légitime ; retrait du consentement (7.3) ; réponse dans un mois, prolongeable de deux mois (12.3).",
  },
  postMortem: {
    name: "Loi n° 78-17 du 6 janvier 1978 (Informatique et Libertés), article 85",
    url: LIL_URL,
    says: "Toute personne peut définir des directives relatives à la conservation, à l'effacement et à la communication de ses données après son décès.",
  },
  complaint: {
    name: "CNIL, « Adresser une plainte »",
    url: "https://www.cnil.fr/fr/plaintes",
    says: "Plainte en ligne sur le site de la CNIL, ou par courrier : CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.",
  },
  cnilInformation: {
    name: "CNIL, « Conformité RGPD : comment informer les personnes et assurer la transparence ? »",
    url: "https://www.cnil.fr/fr/conformite-rgpd-information-des-personnes-et-transparence",
    says: "Une information concise, transparente, compréhensible et aisément accessible, en des termes clairs et simples (article 12).",
  },
  healthSecrecy: {
    name: "Code de la santé publique, article L. 1110-4 (secret professionnel et partage entre professionnels)",
    url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665/",
    says: "Les professionnels de santé sont tenus au secret ; ils peuvent échanger les informations strictement nécessaires à la prise en charge au sein de l'équipe de soins.",
  },
} satisfies Record<string, LegalSource>;

/** The CNIL as the notice names it: where to complain, online and by post. */
export const CNIL_CONTACT = {
  name: "Commission nationale de l'informatique et des libertés (CNIL)",
  postal: "3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
  url: "https://www.cnil.fr/fr/plaintes",
} as const;
