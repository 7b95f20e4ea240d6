/**
 * Transfers outside the EU: each described transfer needs a country and a guarantee; "Privacy shield" is
 * void; "pays adéquat" must match the Commission's current list (the workbook's own "Zone" column is
 * out of date), and the United States are adequate only for organisations certified under the DPF.
 */
import type { Register } from "../model";
import { adequacyDecision, adequacyInForce, CNIL_ZONE_ADEQUATE, foldCountry } from "../data/adequacy";
import { fr } from "../messages/fr";
import { topLeft } from "../address";
import { suggestGuarantee } from "../guarantees";
import { foldWords, hasWord, isFilled, writeCellPlan, type RuleContext } from "./context";
import { report, type ReportExtra } from "./report";

const cnilZone = new Set(CNIL_ZONE_ADEQUATE.map(foldCountry));

/**
 * True when the workbook's country list marks the country "adéquat" (its "Zone" column, read by the
 * reader; the CNIL's own column D when the workbook's cannot be read).
 */
function workbookMarksAdequate(register: Register, country: string): boolean {
  const info = register.lists.countries;
  const key = foldCountry(country);
  if (info?.zones && info.zones.length > 0) {
    const i = info.items.findIndex((item) => foldCountry(item) === key);
    if (i >= 0) {
      const zone = foldCountry(info.zones[i] ?? "");
      return zone.startsWith("adequat");
    }
  }
  return cnilZone.has(key);
}

/**
 * A country with an adequacy decision covering it whole needs no other guarantee: the list's own
 * adequacy item is then the one certain answer for an empty guarantee (written in an empty cell).
 * Canada (only PIPEDA) and the United States (only DPF-certified organisations) are not certain.
 */
function adequacyFix(ctx: RuleContext, sheet: string, cell: string, country: string): ReportExtra | undefined {
  if (country.trim() === "") return undefined;
  const items = ctx.register.lists.guarantees?.items ?? [];
  const suggestion = suggestGuarantee(country, items, ctx.today);
  if (suggestion?.status !== "adequate" || !suggestion.item) return undefined;
  const item = suggestion.item;
  return {
    fix: { label: fr.guaranteeFixLabel(item), plan: writeCellPlan(fr.guaranteeFixTitle(item, country.trim(), sheet, topLeft(cell)), sheet, cell, item) },
  };
}

export function checkTransfers(ctx: RuleContext): void {
  for (const fiche of ctx.fiches) {
    let anyTransfer = false;
    for (const t of fiche.transfers) {
      if (!isFilled(t.recipient) && !isFilled(t.country) && !isFilled(t.guarantee) && !isFilled(t.documentation)) continue;
      // Our template's "Aucun transfert" says there is none.
      if (foldWords(t.guarantee.value).includes(" aucun transfert ")) continue;
      anyTransfer = true;
      const s = fiche.sheet;
      if (!isFilled(t.country)) report(ctx, "transfers.country-missing", s, t.country.cell, {});
      if (!isFilled(t.guarantee)) {
        report(ctx, "transfers.guarantee-missing", s, t.guarantee.cell, {}, adequacyFix(ctx, s, t.guarantee.cell, t.country.value));
        continue;
      }
      const g = foldWords(t.guarantee.value);
      if (g.includes(" privacy shield ")) {
        report(ctx, "transfers.privacy-shield", s, t.guarantee.cell, {});
        continue;
      }
      // Art. 49 derogations are for occasional transfers; a register lists lasting processings.
      if (hasWord(g, ["derogation", "derogations", "art 49", "article 49"])) {
        report(ctx, "transfers.art49-derogation", s, t.guarantee.cell, {});
        continue;
      }
      if (!isFilled(t.country)) continue;
      const reliesOnAdequacy = hasWord(g, ["adequat", "adequate", "adequation"]);
      if (!reliesOnAdequacy) continue;
      const country = t.country.value.trim();
      const known = adequacyDecision(country);
      const inForce = adequacyInForce(country, ctx.today);
      const cell = t.guarantee.cell;
      if (known?.scope === "certified-only") {
        report(ctx, "transfers.us-dpf", s, cell, {});
      } else if (!inForce) {
        if (workbookMarksAdequate(ctx.register, country)) report(ctx, "transfers.zone-outdated", s, cell, { country });
        else report(ctx, "transfers.not-adequate", s, cell, { country });
      } else if (inForce.scope === "partial" && inForce.scopeNote) {
        report(ctx, "transfers.partial-adequacy", s, cell, { country, note: inForce.scopeNote });
      }
    }
    if (!anyTransfer) {
      const abroad = fiche.recipients.find((r) => foldWords(r.value.value).includes(" pays tiers "));
      if (abroad) report(ctx, "transfers.recipient-abroad-without-transfer", fiche.sheet, abroad.value.cell, {});
    }
  }
}
