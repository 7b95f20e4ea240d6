/**
 * The cyberattack card « Fiche réflexe cyberattaque »: what to do at once, in order, and whom to call. A
 * person under attack reads it first, so every line is short and says one action.
 *
 * Sources (checked 07/12/2026):
 * - the five reflexes and « ne payez jamais la rançon »: CPTS 78 Nord Porte de Normandie & SESAN,
 *   presentation « Que faire en cas de cyberattaque ? » (shared/seed/cpts78-sesan-presentation.txt);
 * - notifying the CNIL within 72 hours of becoming aware of a personal-data breach, unless it is unlikely
 *   to result in a risk for the persons, and documenting every breach: GDPR art. 33 (33.1, 33.5);
 *   informing the persons when the risk to them is high: GDPR art. 34; the CNIL's page
 *   https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles;
 * - reporting serious information-security incidents to the regional health agency (ARS) through the
 *   portal of health events, handled by the CERT Santé of the Agence du numérique en santé: code de la
 *   santé publique art. L. 1111-8-2 and décret n° 2016-1214 (health establishments and bodies providing
 *   prevention, diagnosis or care), portal https://signalement.social-sante.gouv.fr/ and help at
 *   https://www.cyberveille-sante.gouv.fr/ (ARS Pays de la Loire and ARS Auvergne-Rhône-Alpes pages on
 *   reporting a cyber incident, found with the search tool);
 * - 17Cyber, the single desk for victims of cybercrime (Police, Gendarmerie and Cybermalveillance.gouv.fr,
 *   open since 17/12/2024): https://17cyber.gouv.fr/ (ministère de l'Intérieur, news of 17/12/2024);
 * - SESAN's security team: crrc@sesan.fr (the same presentation).
 *
 * The path's CYBERATTACK_GUIDE (data/path.ts) says the same five reflexes for the path's step 4; it may
 * take them from here.
 */

/** When the texts and addresses below were last checked against their sources. */
export const CARD_CHECKED_ON = "07/12/2026";

export interface CardReflex {
  /** The action, in a few words (printed big). */
  action: string;
  /** Why, or how, in one sentence. */
  detail: string;
}

/** The five reflexes, in the order to do them. */
export const CARD_REFLEXES: readonly CardReflex[] = [
  {
    action: "Débranchez la machine du réseau",
    detail: "Retirez le câble réseau et désactivez le Wi-Fi, pour que l'attaque ne s'étende pas.",
  },
  {
    action: "N'éteignez pas les ordinateurs touchés",
    detail: "Ils gardent des traces de l'attaque, utiles à l'enquête.",
  },
  {
    action: "Alertez la direction et l'équipe de la CPTS",
    detail: "Pour prendre les mesures nécessaires et éviter qu'une mauvaise manipulation n'aggrave la situation.",
  },
  {
    action: "Alertez votre support informatique",
    detail: "Pour contenir l'attaque et en réduire les conséquences.",
  },
  {
    action: "Puis faites les déclarations",
    detail:
      "Notez l'incident dans le registre des violations (toujours). Notifiez la CNIL dans les 72 heures après l'avoir découvert, sauf si la violation ne présente pas de risque pour les personnes. Informez les personnes concernées si le risque pour elles est élevé. Un incident grave touchant la prise en charge ou les données de santé se signale aussi à l'ARS, sur le portail de signalement (CERT Santé). Portez plainte (17Cyber).",
  },
];

export const CARD_NEVER = "En cas de rançongiciel, ne payez jamais la rançon.";

/** What the CPTS fills in once: its own contacts. */
export interface CardContacts {
  /** IT support: a name and a telephone number or an address, as typed. */
  itSupport: string;
  /** The GDPR referent (or DPO). */
  gdprReferent: string;
  /** The president of the CPTS. */
  president: string;
  /** The insurer, with how to reach it in an incident. */
  insurer: string;
  /** The insurance contract's number. */
  insurerContract: string;
}

export const EMPTY_CARD_CONTACTS: CardContacts = { itSupport: "", gdprReferent: "", president: "", insurer: "", insurerContract: "" };

/** The contacts that are the same for every CPTS (Île-de-France for SESAN), printed under the CPTS's own. */
export interface FixedContact {
  who: string;
  /** What they are for, in a few words. */
  what: string;
  how: string;
}

export const FIXED_CONTACTS: readonly FixedContact[] = [
  { who: "SESAN, équipe sécurité (Île-de-France)", what: "Aide des acteurs de santé franciliens", how: "crrc@sesan.fr" },
  { who: "17Cyber / Cybermalveillance.gouv.fr", what: "Assistance aux victimes, plainte", how: "https://17cyber.gouv.fr/" },
  { who: "CNIL", what: "Notifier une violation de données (72 h)", how: "https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles" },
  {
    who: "ARS / CERT Santé",
    what: "Signaler un incident grave (si la CPTS y est tenue)",
    how: "https://signalement.social-sante.gouv.fr/ (aide : https://www.cyberveille-sante.gouv.fr/)",
  },
];
