/**
 * French texts of the breach register « Registre des violations » the add-in writes (../breaches/plans.ts):
 * the sheet's head, its columns, the titles of the plans and why a plan is refused. Apart from the code
 * so that a translation can be added; loaded only with the plans.
 */
import { CYBER_SHEET_NAMES } from "./cyberSheets";

export const breachTexts = {
  sheetName: CYBER_SHEET_NAMES.breaches,
  title: "Registre des violations de données personnelles",
  intro:
    "Toute violation de données personnelles (perte, vol, piratage, envoi à la mauvaise personne…) est notée ici, même quand elle n'a pas à être notifiée à la CNIL (article 33.5 du RGPD) : ce registre est présenté à la CNIL si elle le demande.",
  rules:
    "Notifier la CNIL dans les 72 h après la découverte, sauf violation sans risque pour les personnes (écrire pourquoi) ; informer les personnes si le risque est élevé. Dates : jj/mm/aaaa hh:mm.",
  /** In the order of BREACH_COLS. */
  headers: [
    "Découverte le (date et heure)",
    "Ce qui s'est passé",
    "Données et personnes concernées",
    "Conséquences probables",
    "Risque pour les personnes",
    "Mesures prises",
    "CNIL notifiée le",
    "Sinon, pourquoi (ex. « pas de risque »)",
    "Personnes informées le",
    "Sinon, pourquoi",
  ],
  /** What the pane offers in the risk column, in the words readRisk understands. */
  riskLabels: { none: "Aucun ou faible", risk: "Risque", high: "Risque élevé" },
  printHeader: "Registre des violations de données personnelles",
  planAddTitle: (discovered: string): string => `Noter la violation découverte le ${discovered} dans le registre des violations`,
  planNotifiedTitle: (discovered: string): string => `Noter la notification à la CNIL de la violation découverte le ${discovered}`,
  planNotRequiredTitle: (discovered: string): string => `Noter pourquoi la violation découverte le ${discovered} n'est pas notifiée à la CNIL`,
  planInformedTitle: (discovered: string): string => `Noter l'information des personnes pour la violation découverte le ${discovered}`,
  planNotInformedTitle: (discovered: string): string => `Noter pourquoi les personnes ne sont pas informées de la violation découverte le ${discovered}`,
  noWhat: "Décrivez ce qui s'est passé : c'est ce que la CNIL vous demanderait en premier.",
  noWhy: "Écrivez pourquoi : par exemple « pas de risque pour les personnes, les données étaient chiffrées ».",
  badDate: "La date et l'heure ne sont pas lisibles : écrivez-les sous la forme jj/mm/aaaa hh:mm.",
  futureDate: "Cette date est dans le futur : vérifiez la date et l'heure.",
  beforeDiscovery: "Cette date est antérieure à la découverte de la violation : vérifiez-la.",
  lineGone: "Cette ligne du registre des violations a changé depuis la dernière lecture : vérifiez de nouveau puis réessayez.",
  alreadyDecided: "Une décision est déjà écrite sur cette ligne : modifiez-la directement dans la feuille si elle est fausse.",
};
