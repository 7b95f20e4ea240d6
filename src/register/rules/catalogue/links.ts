/**
 * CNIL pages the rule catalogue points to. The workbook's own links and the path's pages are in
 * data/path.ts (CNIL_LINKS, taken from the CNIL workbook and the CNIL/Bpifrance guide); the one below
 * was found quoted by the search tool on 07/12/2026 (impact-rgpd.fr citing the CNIL's map).
 */
import { CNIL_LINKS, type PathLink } from "../../data/cnilLinks";

export const RULE_LINKS = {
  ...CNIL_LINKS,
  /** The CNIL's page on notifying a breach (what to document, the 72 hours, when to inform the persons), checked 07/12/2026. */
  notifyBreach: {
    label: "CNIL : notifier une violation de données personnelles",
    url: "https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles",
  },
  worldMap: { label: "CNIL : la protection des données dans le monde (pays adéquats)", url: "https://www.cnil.fr/fr/la-protection-des-donnees-dans-le-monde" },
} satisfies Record<string, PathLink>;
