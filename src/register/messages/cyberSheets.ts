/**
 * The names of the add-in's sheets of step 4 (« Sécurisez vos données »). Each stays within 27
 * characters, so that Excel's « (2) », added when a user's sheet already has the name, still fits in
 * its 31.
 */
export const CYBER_SHEET_NAMES = {
  audit: "Auto-diagnostic cyber",
  breaches: "Registre des violations",
  card: "Fiche réflexe cyberattaque",
} as const;
