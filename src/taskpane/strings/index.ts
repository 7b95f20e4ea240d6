/**
 * The task pane's words. Components import `strings` from here, never a language file directly, so that
 * a translation is one more file beside fr.ts and one line here. A panel with many words of its own (the
 * « Parcours ») keeps them in its own file in this folder (path.ts), and so do words only a lazily
 * loaded panel reads (help.ts and transfers.ts for « Aide », newFiche.ts, setAside.ts, preview.ts for the
 * preview of a change, send.ts for « Préparer l'envoi à SESAN »), to keep them out
 * of the pane's first load.
 */
import { fr } from "./fr";

export type { Strings } from "./fr";

/** The pane speaks French: its users are French CPTS coordinators. */
export const strings = fr;
