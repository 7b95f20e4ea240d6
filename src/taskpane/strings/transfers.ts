/**
 * The « Aide » panel's words about transfers outside the EU: each country's adequacy and the guarantee
 * suggested from the country. Kept beside fr.ts, like path.ts, because only the lazily loaded « Aide »
 * panel reads them: they stay out of the pane's first load.
 */
import type { CountryAdequacy } from "../../register";

export const transferHelpStrings = {
  adequacy: {
    adequate: "Décision d'adéquation",
    partial: "Adéquat pour une partie des destinataires seulement",
    "certified-only": "Adéquat seulement pour les organismes certifiés DPF",
    none: "Pas de décision d'adéquation",
  } satisfies Record<CountryAdequacy, string>,
  suggestion: "Garantie suggérée d'après le pays",
  suggestionWhy: {
    adequate: (country: string): string =>
      `« ${country} » a une décision d'adéquation de la Commission européenne : le transfert ne demande pas d'autre garantie.`,
    partial: (country: string): string =>
      `La décision d'adéquation pour « ${country} » ne couvre que les organismes commerciaux soumis à la loi canadienne PIPEDA. Pour un autre destinataire, il faut une autre garantie, le plus souvent les clauses contractuelles types.`,
    "certified-only": (country: string): string =>
      `Pour « ${country} », la décision d'adéquation du 10 juillet 2023 (Data Privacy Framework) ne couvre que les organismes certifiés : vérifiez le destinataire sur dataprivacyframework.gov. Sinon, il faut une autre garantie, le plus souvent les clauses contractuelles types.`,
    none: (country: string): string =>
      `« ${country} » n'a pas de décision d'adéquation : le transfert doit reposer sur une garantie, le plus souvent les clauses contractuelles types de la Commission européenne.`,
  } satisfies Record<CountryAdequacy, (country: string) => string>,
  suggestionAlternative: {
    adequate: "",
    partial: "Destinataire hors PIPEDA :",
    "certified-only": "Organisme certifié DPF :",
    none: "",
  } satisfies Record<CountryAdequacy, string>,
  suggestionNoItem: "La liste des garanties du classeur n'a pas d'élément pour ce cas : choisissez le plus proche ci-dessous.",
  suggestionNoCountry: "Choisissez d'abord le pays de ce transfert : la garantie se déduit du pays.",
};
