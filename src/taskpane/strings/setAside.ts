/**
 * Texts of « Ne plus signaler pour cette fiche » (the offer and its form), of the list « Constats
 * écartés », and of « Précédent / Suivant ». Apart from fr.ts because they are loaded on demand, out of
 * the pane's first load (which has a budget).
 */

/** « Précédent / Suivant ». */
export const walkerStrings = {
  label: "Parcourir les points relevés",
  previous: "Précédent",
  next: "Suivant",
  position: (i: number, n: number): string => (i > 0 ? `Point ${i} sur ${n}` : `${n} ${n > 1 ? "points" : "point"}`),
};

export const setAsideStrings = {
  offer: "Ne plus signaler pour cette fiche…",
  offerHint:
    "Pour un avertissement ou un conseil qui ne s'applique pas à cette fiche : il est noté dans le classeur (feuille cachée « Constats écartés ») et n'est plus compté.",
  formLabel: (ref: string): string => `Ne plus signaler ce point pour la fiche ${ref}`,
  who: "Votre nom",
  whoHint: "Gardé avec le constat écarté, et proposé la prochaine fois.",
  why: "Pourquoi ce point ne s'applique pas à cette fiche",
  confirm: "Ne plus signaler",
  cancel: "Garder ce point",
  listHeading: (n: number): string => `Constats écartés (${n})`,
  listIntro:
    "Ces avertissements et conseils ne sont plus signalés pour leur fiche. « Signaler de nouveau » efface leur ligne de la feuille cachée « Constats écartés ».",
  entryFiche: (ref: string, name: string): string => (name ? `Fiche ${ref} — ${name}` : `Fiche ${ref}`),
  entryMeta: (who: string, when: string): string => [who ? `Écarté par ${who}` : "Écarté", when ? `le ${when}` : ""].filter(Boolean).join(", "),
  restore: "Signaler de nouveau",
  restoreLabel: (title: string, ref: string): string => `Signaler de nouveau « ${title} » pour la fiche ${ref}`,
};
