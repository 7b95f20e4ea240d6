/**
 * The tools a fiche names (WhatsApp, Gmail, Mailchimp, Doctolib…), read from the tools catalogue
 * (../data/tools.ts): a tool that holds the data is a processor the fiche must list; a tool that
 * processes data outside the EU is a transfer to describe; a tool hosted in the EU by a US company is
 * worth a conseil; patients' health data needs a tool with an HDS offer. Each finding points at the
 * cell where the tool is first named.
 */
import type { Tool } from "../data/tools";
import type { Fiche, TextField } from "../model";
import { findTools } from "../text/tools";
import { foldCountry } from "../data/adequacy";
import { isFilled, type RuleContext } from "./context";
import { ficheProfile } from "./profile";
import { report } from "./report";

/** Every text cell of a fiche where a tool may be named, in reading order. */
function textFields(fiche: Fiche): TextField[] {
  return [
    fiche.name,
    fiche.mainPurpose,
    ...fiche.subPurposes,
    ...[...fiche.dataCategories, ...fiche.sensitiveData].map((r) => r.description),
    ...fiche.persons.map((p) => p.detail),
    ...fiche.recipients.flatMap((r) => [r.value, r.detail]),
    ...fiche.measures.map((m) => m.detail),
    ...fiche.transfers.flatMap((t) => [t.recipient, t.documentation]),
  ].filter(isFilled);
}

function toolsIn(fields: readonly TextField[]): Set<string> {
  const ids = new Set<string>();
  for (const f of fields) for (const m of findTools(f.value)) ids.add(m.tool.id);
  return ids;
}

/** What to use instead for patients' health data, by kind of tool. */
function hdsSuggestion(tool: Tool): string {
  return tool.category === "messaging" || tool.category === "email"
    ? "une messagerie sécurisée de santé (MSSanté)"
    : tool.category === "video"
      ? "un outil de téléconsultation ou de visioconférence certifié HDS"
      : "un outil hébergé chez un hébergeur certifié HDS";
}

/** The tools a fiche names, each with the cell where it is first named, in reading order. */
export function toolsNamed(fiche: Fiche): { tool: Tool; cell: string }[] {
  const firstCell = new Map<string, { tool: Tool; cell: string }>();
  for (const f of textFields(fiche)) {
    for (const m of findTools(f.value)) if (!firstCell.has(m.tool.id)) firstCell.set(m.tool.id, { tool: m.tool, cell: f.cell });
  }
  return [...firstCell.values()];
}

export function checkTools(ctx: RuleContext): void {
  for (const fiche of ctx.fiches) {
    const named = toolsNamed(fiche);
    if (named.length === 0) continue;

    const listed = toolsIn(fiche.recipients.flatMap((r) => [r.value, r.detail]));
    const transferRows = fiche.transfers.filter((t) => isFilled(t.recipient) || isFilled(t.country));
    const inTransfers = toolsIn(transferRows.flatMap((t) => [t.recipient, t.documentation]));
    const transferCountries = new Set(transferRows.filter((t) => isFilled(t.country)).map((t) => foldCountry(t.country.value)));
    const profile = ficheProfile(fiche);
    const patientsHealth = profile.holdsHealthData && profile.patients;

    for (const { tool, cell } of named) {
      if (!listed.has(tool.id)) report(ctx, "tools.processor-not-listed", fiche.sheet, cell, { tool: tool.name });
      if (tool.where === "outside-eu") {
        const described = inTransfers.has(tool.id) || (tool.transferCountry !== undefined && transferCountries.has(foldCountry(tool.transferCountry)));
        if (!described)
          report(ctx, "tools.transfer-undescribed", fiche.sheet, cell, { tool: tool.name, country: tool.transferCountry ?? "hors de l'Union européenne" });
      } else if (tool.usParent) {
        report(ctx, "tools.us-parent", fiche.sheet, cell, { tool: tool.name, parent: tool.vendor.split(" (")[0] });
      }
      if (patientsHealth && !tool.hdsOffer) report(ctx, "tools.not-hds", fiche.sheet, cell, { tool: tool.name, suggestion: hdsSuggestion(tool) });
    }
  }
}
