/**
 * The CNIL pages the add-in points to (the CNIL workbook's own links and the CNIL/Bpifrance guide,
 * reference §3), for the 4-step path and for the rule catalogue's « Pour aller plus loin ». Apart from
 * path.ts so that the checker, in the pane's first load, does not carry the path's texts with it.
 */

export interface PathLink {
  label: string;
  url: string;
}

export const CNIL_LINKS = {
  register: { label: "CNIL : le registre des activités de traitement", url: "https://www.cnil.fr/fr/RGDP-le-registre-des-activites-de-traitement" },
  guidePme: {
    label: "CNIL et Bpifrance : guide pratique de sensibilisation au RGPD (PME)",
    url: "https://www.cnil.fr/sites/default/files/atoms/files/bpi-cnil-rgpd_guide-tpe-pme.pdf",
  },
  priorities: { label: "CNIL : prioriser les actions à mener", url: "https://www.cnil.fr/fr/prioriser-les-actions-mener" },
  retention: { label: "CNIL : limiter la conservation des données", url: "https://www.cnil.fr/fr/limiter-la-conservation-des-donnees" },
  sensitive: { label: "CNIL : qu'est-ce qu'une donnée sensible ?", url: "https://www.cnil.fr/fr/definition/donnee-sensible" },
  purpose: { label: "CNIL : la finalité d'un traitement", url: "https://www.cnil.fr/fr/definition/finalite-dun-traitement" },
  aipd: {
    label: "CNIL : l'analyse d'impact relative à la protection des données (AIPD)",
    url: "https://www.cnil.fr/fr/RGPD-analyse-impact-protection-des-donnees-aipd",
  },
  information: {
    label: "CNIL : comment informer les personnes et assurer la transparence",
    url: "https://www.cnil.fr/fr/conformite-rgpd-information-des-personnes-et-transparence",
  },
  rights: { label: "CNIL : respecter les droits des personnes", url: "https://www.cnil.fr/fr/professionnels-comment-repondre-une-demande-de-droit-dacces" },
  security: {
    label: "CNIL : guide de la sécurité des données personnelles",
    url: "https://www.cnil.fr/fr/principes-cles/guide-de-la-securite-des-donnees-personnelles",
  },
  breaches: { label: "CNIL : les violations de données personnelles", url: "https://www.cnil.fr/fr/les-violations-de-donnees-personnelles" },
  notify: { label: "CNIL : notifier une violation de données", url: "https://notifications.cnil.fr/notifications/index" },
  dpo: { label: "CNIL : le délégué à la protection des données (DPO)", url: "https://www.cnil.fr/fr/definition/delegue-protection-donnees" },
} satisfies Record<string, PathLink>;
