/**
 * The guarantee a transfer to a country calls for, named with the workbook's own list items: the
 * country's adequacy decision (./data/adequacy.ts) decides which kind, the guarantees list gives the
 * words (« Pays adéquat » in the CNIL's list, « Décision d'adéquation (art. 45) » in our template's).
 * Read by the transfers rule (a one-click fix where the answer is certain) and by the « Aide » panel.
 */
import { adequacyInForce, isVoidGuarantee } from "./data/adequacy";
import { foldWords, hasWord } from "./text/fold";

/**
 * Where a country stands today: `adequate` (a decision covers it), `partial` (only some recipients,
 * Canada), `certified-only` (only certified organisations, the United States), `none` (no decision).
 */
export type CountryAdequacy = "adequate" | "partial" | "certified-only" | "none";

export function countryAdequacy(country: string, today: Date): CountryAdequacy {
  const d = adequacyInForce(country, today);
  if (!d) return "none";
  return d.scope === "full" ? "adequate" : d.scope;
}

export interface GuaranteeSuggestion {
  country: string;
  status: CountryAdequacy;
  /** The list item to write, when the list has one of the right kind. */
  item?: string;
  /** The other item worth knowing about: SCCs outside Canada's PIPEDA, the DPF for a certified US organisation. */
  alternative?: string;
}

type Kind = "adequacy" | "scc" | "dpf";

const KIND_WORDS: Record<Kind, readonly string[]> = {
  adequacy: ["adequat", "adequate", "adequation"],
  scc: ["clauses contractuelles", "clause contractuelle", "cct", "scc"],
  dpf: ["data privacy framework", "dpf"],
};

/** The first item of the list of that kind, void frameworks (Privacy Shield) never. */
export function guaranteeItem(items: readonly string[], kind: Kind): string | undefined {
  return items.find((i) => !isVoidGuarantee(i) && hasWord(foldWords(i), KIND_WORDS[kind]) && (kind === "dpf" || !hasWord(foldWords(i), KIND_WORDS.dpf)));
}

/**
 * The guarantee to suggest for a transfer to `country`, from the guarantees list `items`; undefined when
 * no country is given. An adequacy decision (full) → the list's adequacy item; Canada → that item, SCCs
 * as the alternative; the United States → SCCs, the DPF item as the alternative for a certified
 * organisation; any other country → SCCs.
 */
export function suggestGuarantee(country: string, items: readonly string[], today: Date): GuaranteeSuggestion | undefined {
  const name = country.trim();
  if (name === "") return undefined;
  const status = countryAdequacy(name, today);
  const pick = (main: Kind, other?: Kind): GuaranteeSuggestion => {
    const s: GuaranteeSuggestion = { country: name, status };
    const item = guaranteeItem(items, main);
    const alternative = other ? guaranteeItem(items, other) : undefined;
    if (item) s.item = item;
    if (alternative && alternative !== item) s.alternative = alternative;
    return s;
  };
  switch (status) {
    case "adequate":
      return pick("adequacy");
    case "partial":
      return pick("adequacy", "scc");
    case "certified-only":
      return pick("scc", "dpf");
    default:
      return pick("scc");
  }
}
