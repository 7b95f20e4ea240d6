/**
 * The public guides the self-audit's questions come from. Each question names the chapter or the
 * rule it follows; these are the guides' addresses, checked on the day given.
 */
import type { AuditSource } from "./questions";

const CHECKED = "2026-12-07";

const ANSSI_HYGIENE_URL = "https://cyber.gouv.fr/publications/guide-dhygiene-informatique";
const ANSSI_CPME_URL = "https://cyber.gouv.fr/publications/guide-des-bonnes-pratiques-de-linformatique";
const CNIL_SECURITY_URL = "https://www.cnil.fr/fr/guide-de-la-securite-des-donnees-personnelles";
const PGSSIS_URL = "https://esante.gouv.fr/produits-services/pgssi-s";
const HDS_URL = "https://esante.gouv.fr/produits-services/hds";
const CYBERMALVEILLANCE_URL = "https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques";

/** ANSSI, « Guide d'hygiène informatique » (42 mesures, v2 2017), one of its chapters. */
export function anssiHygiene(chapter: string): AuditSource {
  return { name: `ANSSI, « Guide d'hygiène informatique », ${chapter}`, url: ANSSI_HYGIENE_URL, checked: CHECKED };
}

/** ANSSI et CPME, « Guide des bonnes pratiques de l'informatique » (12 règles pour les TPE/PME), one rule. */
export function anssiCpme(rule: string): AuditSource {
  return { name: `ANSSI et CPME, « Guide des bonnes pratiques de l'informatique », règle « ${rule} »`, url: ANSSI_CPME_URL, checked: CHECKED };
}

/** CNIL, « Guide de la sécurité des données personnelles » (édition 2024), one of its fiches. */
export function cnilSecurity(fiche: string): AuditSource {
  return { name: `CNIL, « Guide de la sécurité des données personnelles » (2024), fiche « ${fiche} »`, url: CNIL_SECURITY_URL, checked: CHECKED };
}

/** ANS, « Politique générale de sécurité des systèmes d'information de santé » (PGSSI-S), one of its documents. */
export function pgssis(document: string): AuditSource {
  return { name: `ANS, PGSSI-S, ${document}`, url: PGSSIS_URL, checked: CHECKED };
}

/** ANS, the certification of health-data hosts (article L.1111-8 of the Code de la santé publique). */
export const HDS_SOURCE: AuditSource = {
  name: "ANS, « Hébergement des données de santé (HDS) », article L.1111-8 du Code de la santé publique",
  url: HDS_URL,
  checked: CHECKED,
};

/** Cybermalveillance.gouv.fr, its good-practice sheets. */
export function cybermalveillance(sheet: string): AuditSource {
  return { name: `Cybermalveillance.gouv.fr, fiche « ${sheet} »`, url: CYBERMALVEILLANCE_URL, checked: CHECKED };
}
