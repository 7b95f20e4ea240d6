/**
 * The sections of the « Sécurité » tab, in the order its sub-navigation shows them. In the pane's
 * first load (App.tsx reads it to show the header's « Cyberattaque ? » button only when the card can
 * open); the sections themselves are lazy chunks (SecurityPanel.tsx).
 */
export type SecuritySectionId = "audit" | "breaches" | "card";

/** In the sub-navigation's order: the audit first, as the CNIL's step 4 starts by taking stock. */
export const SECURITY_SECTIONS: readonly SecuritySectionId[] = ["audit", "breaches", "card"];
