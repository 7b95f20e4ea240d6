/**
 * The European Commission's adequacy decisions (GDPR art. 45), as dated data: the CNIL workbook's own
 * "Zone" column is out of date (it marks the United States adequate, and misses Japan, South Korea and
 * the United Kingdom), so the transfer rules and RGPD.PAYS_ADEQUAT read this list instead.
 *
 * Checked in December 2026 against the Commission's page (reference §8): Brazil adequate since
 * 26 January 2026 (decision (EU) 2026/179), the United Kingdom's decision renewed on 19 December 2025
 * until 27 December 2031, the EU-US Data Privacy Framework is decision (EU) 2023/1795 of 10 July 2023
 * (upheld by the EU General Court, T-553/23, 3 September 2025; an appeal is pending), Canada covers only
 * commercial organisations subject to PIPEDA. The Privacy Shield was invalidated (« invalidé », never
 * « annulé ») by the Court of Justice on 16 July 2020 (C-311/18, « Schrems II »).
 *
 * To bring it up to date: check the source page, edit the entries, and change `ADEQUACY_CHECKED_ON`.
 */

export type AdequacyScope =
  /** The whole country (or its private sector, for Japan). */
  | "full"
  /** Only part of the recipients (Canada: commercial organisations subject to PIPEDA). */
  | "partial"
  /** Only the organisations certified under a framework (United States: EU-US Data Privacy Framework). */
  | "certified-only";

export interface AdequacyDecision {
  /** The country as the CNIL country list spells it (our own spelling when it is absent from that list). */
  country: string;
  /** Other spellings users type (case, accents, hyphens are folded anyway). */
  aliases: string[];
  /** Reference of the Commission decision. */
  decision: string;
  /** Date the decision was adopted, ISO yyyy-mm-dd. */
  since: string;
  /** Last day it applies, when it is time-limited (after its latest renewal, when there was one). */
  until?: string;
  /** Date of its latest renewal, ISO yyyy-mm-dd, when it was renewed. */
  renewedOn?: string;
  scope: AdequacyScope;
  /** Plain French note on the scope, shown in messages. */
  scopeNote?: string;
  /** True when the country is absent from the CNIL workbook's country list. */
  missingFromCnilList?: boolean;
}

export const ADEQUACY_SOURCE =
  "Commission européenne, page « Adequacy decisions » (https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en)";
/** When the list below was last checked against its source. */
export const ADEQUACY_CHECKED_ON = "2026-12";

export const ADEQUACY_DECISIONS: readonly AdequacyDecision[] = [
  { country: "Andorre", aliases: ["Andorra"], decision: "2010/625/UE", since: "2010-10-19", scope: "full" },
  { country: "Argentine", aliases: ["Argentina"], decision: "2003/490/CE", since: "2003-06-30", scope: "full" },
  {
    country: "Brésil",
    aliases: ["Bresil", "Brazil", "Brasil"],
    decision: "(UE) 2026/179",
    since: "2026-01-26",
    scope: "full",
    // The CNIL workbook's "Zone" column still says "Non adéquat": the rules trust this list, not that column.
  },
  {
    country: "Canada",
    aliases: [],
    decision: "2002/2/CE",
    since: "2001-12-20",
    scope: "partial",
    scopeNote:
      "seulement pour les organismes commerciaux soumis à la loi canadienne PIPEDA ; un autre destinataire canadien (organisme public, association hors PIPEDA) demande une autre garantie",
  },
  { country: "Iles FEROE", aliases: ["Îles Féroé", "Iles Feroe", "Féroé", "Faroe Islands"], decision: "2010/146/UE", since: "2010-03-05", scope: "full" },
  { country: "Guernesey", aliases: ["Guernsey"], decision: "2003/821/CE", since: "2003-11-21", scope: "full" },
  { country: "Israël", aliases: ["Israel"], decision: "2011/61/UE", since: "2011-01-31", scope: "full" },
  { country: "Ile de Man", aliases: ["Île de Man", "Isle of Man"], decision: "2004/411/CE", since: "2004-04-28", scope: "full" },
  { country: "Japon", aliases: ["Japan"], decision: "2019/419", since: "2019-01-23", scope: "full", scopeNote: "secteur privé" },
  { country: "Jersey", aliases: [], decision: "2008/393/CE", since: "2008-05-08", scope: "full" },
  { country: "Nouvelle-Zélande", aliases: ["New Zealand"], decision: "2013/65/UE", since: "2012-12-19", scope: "full" },
  {
    country: "Corée du Sud",
    aliases: ["République de Corée", "Corée, République de", "Coree du Sud", "South Korea"],
    decision: "2022/254",
    since: "2021-12-17",
    scope: "full",
  },
  { country: "Suisse", aliases: ["Switzerland"], decision: "2000/518/CE", since: "2000-07-26", scope: "full" },
  {
    country: "Royaume-Uni",
    aliases: ["Royaume Uni", "Grande-Bretagne", "Angleterre", "United Kingdom", "UK"],
    decision: "2021/1772, renouvelée le 19 décembre 2025",
    since: "2021-06-28",
    renewedOn: "2025-12-19",
    until: "2031-12-27",
    scope: "full",
    scopeNote: "décision renouvelée le 19 décembre 2025, valable jusqu'au 27 décembre 2031",
    missingFromCnilList: true,
  },
  { country: "Uruguay", aliases: [], decision: "2012/484/UE", since: "2012-08-21", scope: "full" },
  {
    country: "Etats-Unis",
    aliases: ["États-Unis", "Etats-Unis d'Amérique", "USA", "US", "United States"],
    decision: "(UE) 2023/1795 du 10 juillet 2023 (EU-US Data Privacy Framework)",
    since: "2023-07-10",
    scope: "certified-only",
    scopeNote: "seulement pour les organismes certifiés « Data Privacy Framework » (liste sur dataprivacyframework.gov)",
  },
];

/**
 * Frameworks a register may still name as a guarantee although a court invalidated them. `verb` is the
 * word messages must use: the Court of Justice « invalide » a Commission decision, it does not « annule ».
 */
export const REVOKED_FRAMEWORKS = [
  {
    name: "Privacy Shield",
    revokedOn: "2020-07-16",
    by: "Cour de justice de l'Union européenne, arrêt « Schrems II » (C-311/18)",
    verb: "invalidé",
    /** Plain French, ready for a message. */
    note: "invalidé par la Cour de justice de l'Union européenne le 16 juillet 2020 (arrêt C-311/18, « Schrems II »)",
  },
] as const;

/**
 * True for a guarantee that names a framework a court invalidated (« Privacy shield », in any case or
 * spacing): never offered as a value, even where the workbook's own list still has it.
 */
export function isVoidGuarantee(item: string): boolean {
  const folded = ` ${foldCountry(item)} `;
  return REVOKED_FRAMEWORKS.some((f) => folded.includes(` ${foldCountry(f.name)} `));
}

/** The countries the CNIL workbook's "Zone" column marks "adéquat" (its column D), for registers whose list tab we cannot read it from. */
export const CNIL_ZONE_ADEQUATE: readonly string[] = [
  "Andorre",
  "Argentine",
  "Canada",
  "Etats-Unis",
  "Guernesey",
  "Ile de Man",
  "Iles FEROE",
  "Israël",
  "Jersey",
  "Nouvelle-Zélande",
  "Suisse",
  "Uruguay",
];

/** Folds a country name: case, accents, hyphens, apostrophes and spaces. */
export function foldCountry(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[-_'’.,()\u00a0]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const byName = new Map<string, AdequacyDecision>();
for (const d of ADEQUACY_DECISIONS) {
  byName.set(foldCountry(d.country), d);
  for (const alias of d.aliases) byName.set(foldCountry(alias), d);
}

/** The adequacy decision for a country, whatever its spelling, or undefined. */
export function adequacyDecision(name: string): AdequacyDecision | undefined {
  return byName.get(foldCountry(name));
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The decision in force for this country on `today` (any scope), or undefined. */
export function adequacyInForce(name: string, today: Date): AdequacyDecision | undefined {
  const d = adequacyDecision(name);
  if (!d) return undefined;
  const day = isoDay(today);
  if (day < d.since) return undefined;
  if (d.until && day > d.until) return undefined;
  return d;
}

/**
 * True when the country has an adequacy decision in force on `today` that covers the country (Canada
 * counts, for organisations under PIPEDA). False for the United States, where adequacy holds only
 * organisation by organisation (Data Privacy Framework), and for every country without a decision.
 */
export function isAdequateCountry(name: string, today: Date): boolean {
  const d = adequacyInForce(name, today);
  return d !== undefined && d.scope !== "certified-only";
}

/** The zone to show in a country list today: for the template's list tab. */
export function countryZoneToday(name: string, today: Date): "Adéquat" | "Adéquat (organismes certifiés DPF)" | "Non adéquat" {
  const d = adequacyInForce(name, today);
  if (!d) return "Non adéquat";
  return d.scope === "certified-only" ? "Adéquat (organismes certifiés DPF)" : "Adéquat";
}

/** Countries with an adequacy decision that the CNIL country list lacks: a template should add them. */
export const COUNTRIES_MISSING_FROM_CNIL_LIST: readonly string[] = ADEQUACY_DECISIONS.filter((d) => d.missingFromCnilList).map((d) => d.country);
