/**
 * The sections of the « Sécurité » tab, in the order its sub-navigation shows them. In the pane's
 * first load (App.tsx reads it to show the header's « Cyberattaque ? » button only when the card can
 * open); the sections themselves are lazy chunks (SecurityPanel.tsx).
 */
export type SecuritySectionId = "audit" | "breaches" | "card";

/** The sections this build offers; a section joins the list with its lazy import in SecurityPanel.tsx. */
export const SECURITY_SECTIONS: readonly SecuritySectionId[] = ["audit"];
