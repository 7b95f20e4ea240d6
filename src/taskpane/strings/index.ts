/**
 * The task pane's words. Components import `strings` from here, never a language file directly, so that
 * a translation is one more file beside fr.ts and one line here. Other panels (the "Parcours" of
 * engineer ui-path) keep their own file in this folder and re-export it below when they wish.
 */
import { fr } from "./fr";

export type { Strings } from "./fr";

/** The pane speaks French: its users are French CPTS coordinators. */
export const strings = fr;
