/** Texts of the « Sécurité » tab itself (its sub-navigation); each section has its own file (audit.ts…). */
import type { SecuritySectionId } from "../components/security/sections";

export const securityStrings = {
  navLabel: "Rubriques de la sécurité",
  sections: {
    audit: "Auto-diagnostic",
    breaches: "Violations",
    card: "Fiche réflexe",
  } satisfies Record<SecuritySectionId, string>,
};
