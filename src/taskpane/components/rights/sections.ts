/**
 * The sections of the « Droits » tab (step 3 of the CNIL path made real), in the order its
 * sub-navigation shows them: « Mentions d'information » (notices written from a fiche), « Demandes »
 * (the rights-requests register), « AIPD » (the hand-off to the CNIL's PIA tool). In the pane's first
 * load (App.tsx shows the tab once a section is listed); the sections themselves are lazy chunks
 * (RightsPanel.tsx).
 */
export type RightsSectionId = "notices" | "requests" | "aipd";

export const RIGHTS_SECTIONS: readonly RightsSectionId[] = ["notices", "requests", "aipd"];
