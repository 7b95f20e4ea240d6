/** The path's own words beside a fiche it points at (the items' texts are data/path.ts). */
export const pathTexts = {
  noNotice: (fiche: string): string => `${fiche} : aucune mention d'information écrite (onglet « Droits » › « Mentions d'information »)`,
};
