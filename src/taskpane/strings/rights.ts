/** Texts of the « Droits » tab itself (its sub-navigation); each section has its own file (notices.ts…). */
import type { RightsSectionId } from "../components/rights/sections";

export const rightsStrings = {
  navLabel: "Rubriques des droits des personnes",
  sections: {
    notices: "Mentions d'information",
    requests: "Demandes",
    aipd: "AIPD",
  } satisfies Record<RightsSectionId, string>,
};
