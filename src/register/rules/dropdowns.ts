/**
 * Dropdown cells: a value must be an item of its list. A value that differs from an item only by case,
 * accents or spaces is a near miss (warning, with a one-click replacement), and so is a country typed
 * with other hyphens or under another known name ("USA" for "Etats-Unis"); a country missing from the
 * workbook's old list but adequate today (e.g. Royaume-Uni) is only a warning.
 */
import type { ListKey, TextField } from "../model";
import { fr } from "../messages/fr";
import { adequacyDecision, adequacyInForce, foldCountry, isVoidGuarantee } from "../data/adequacy";
import { namesTheItem, nearMissItem } from "../text/nearMiss";
import { topLeft } from "../address";
import { fold, foldWords, writeCellPlan, type RuleContext } from "./context";
import { report } from "./report";
import { holdsSensitiveData } from "./profile";

/** Lists whose items are suggestions: free text stays allowed (retention presets). */
const SUGGESTION_LISTS: ReadonlySet<ListKey> = new Set<ListKey>(["retentions"]);

/**
 * Lists where an item holding what was typed is a sensible answer (« Chiffrement » → « Chiffrement des
 * données »). Not countries (names: « Guinée » is in three) nor Oui/Non (an answer is not guessed).
 */
const LOOSE_LISTS: ReadonlySet<ListKey> = new Set<ListKey>(["persons", "recipients", "measures", "guarantees", "legalBases", "art9Exceptions"]);

/** A tab-2 « Données sensibles ? » that does not say yes for a fiche holding sensitive data. */
function sensitiveLineWrong(ctx: RuleContext, sheet: string, value: string): boolean {
  const fiche = ctx.fiches.find((f) => f.sheet === sheet);
  return fiche !== undefined && holdsSensitiveData(fiche) && !fold(value).startsWith("oui");
}

interface ListLookup {
  items: string[];
  exact: Set<string>;
  folded: Map<string, string>;
}

function key(sheet: string, cell: string): string {
  return `${sheet}\u0000${topLeft(cell)}`;
}

export function checkDropdowns(ctx: RuleContext): void {
  const { register } = ctx;
  if (register.dropdowns.length === 0) return;

  // Every value cell a dropdown may sit on, indexed once.
  const values = new Map<string, { field: TextField; about?: string }>();
  const put = (sheet: string, field: TextField | undefined, about?: string): void => {
    if (field && field.value.trim() !== "") values.set(key(sheet, field.cell), { field, about });
  };
  for (const f of ctx.fiches) {
    for (const r of f.persons) put(f.sheet, r.value);
    for (const r of f.recipients) put(f.sheet, r.value);
    for (const r of f.measures) put(f.sheet, r.value);
    for (const t of f.transfers) {
      put(f.sheet, t.country);
      put(f.sheet, t.guarantee);
    }
    put(f.sheet, f.legalBasis);
    put(f.sheet, f.art9Exception);
  }
  const tab = register.listTab;
  if (tab) {
    for (const line of tab.lines) {
      if (line.isExample) continue;
      put(tab.sheet, line.sensitive, ctx.ficheByRef.get(fold(line.ref.value))?.sheet);
    }
  }

  const lookups = new Map<ListKey, ListLookup | null>();
  const lookup = (k: ListKey): ListLookup | null => {
    let l = lookups.get(k);
    if (l === undefined) {
      const info = register.lists[k];
      if (!info || info.items.length === 0) l = null;
      else {
        const exact = new Set(info.items.map((i) => i.trim()));
        const folded = new Map<string, string>();
        for (const i of info.items) if (!folded.has(fold(i))) folded.set(fold(i), i);
        l = { items: info.items, exact, folded };
      }
      lookups.set(k, l);
    }
    return l;
  };

  /**
   * The country list's own item for a country typed another way: hyphens or apostrophes ("Etats Unis",
   * "Royaume Uni") or a known other name ("USA", "UK"). Without it, a list that has the country would
   * be called old and the user asked to update it.
   */
  const countryItem = (items: readonly string[], value: string): string | undefined => {
    const typed = foldCountry(value);
    const same = items.find((i) => foldCountry(i) === typed);
    if (same !== undefined) return same;
    const decision = adequacyDecision(value);
    return decision ? items.find((i) => adequacyDecision(i) === decision) : undefined;
  };

  for (const d of register.dropdowns) {
    if (SUGGESTION_LISTS.has(d.list)) continue;
    const entry = values.get(key(d.sheet, d.cell));
    if (!entry) continue;
    const list = lookup(d.list);
    if (!list) continue;
    const value = entry.field.value.trim();
    if (list.exact.has(value)) continue;
    const cell = topLeft(entry.field.cell);
    const extra = entry.about ? { about: entry.about } : {};
    // "Privacy shield", in whatever spelling, left out of an up-to-date list (our template's) or not:
    // transfers.privacy-shield says at this very cell that it is void; a second finding there would
    // count one mistake twice, or offer to write the void item exactly.
    if (d.list === "guarantees" && foldWords(value).includes(" privacy shield ")) continue;
    // Tab 2's « Non » for a fiche with sensitive data: consistency.sensitive-mismatch reports this cell
    // with the one right answer; a « Remplacer par « Non » » beside it would contradict it.
    if (d.list === "yesNo" && entry.about && sensitiveLineWrong(ctx, entry.about, value)) continue;
    const known = list.folded.get(fold(value)) ?? (d.list === "countries" ? countryItem(list.items, value) : undefined);
    // Never offer a void guarantee, even where the workbook's list still has it.
    const offered = d.list === "guarantees" ? list.items.filter((i) => !isVoidGuarantee(i)) : list.items;
    const guess = known === undefined ? nearMissItem(value, offered, { loose: LOOSE_LISTS.has(d.list) }) : undefined;
    const near = known ?? (guess && namesTheItem(guess.kind) ? guess.item : undefined);
    if (near !== undefined) {
      const fix = {
        label: fr.nearMissFixLabel(near),
        plan: writeCellPlan(fr.nearMissFixTitle(near, d.sheet, cell), d.sheet, cell, near),
      };
      report(ctx, "dropdowns.near-miss", d.sheet, cell, { value, item: near, sameSpelling: fold(value) === fold(near) }, { ...extra, fix });
    } else if (d.list === "countries" && adequacyInForce(value, ctx.today)) {
      report(ctx, "dropdowns.country-not-in-list", d.sheet, cell, { value }, extra);
    } else if (guess) {
      // The list has one item that holds what was typed: still not the list's value, but one click away.
      const fix = {
        label: fr.nearMissFixLabel(guess.item),
        plan: writeCellPlan(fr.nearMissFixTitle(guess.item, d.sheet, cell), d.sheet, cell, guess.item),
      };
      report(ctx, "dropdowns.not-in-list", d.sheet, cell, { value, items: offered, closest: guess.item }, { ...extra, fix });
    } else {
      report(ctx, "dropdowns.not-in-list", d.sheet, cell, { value, items: offered }, extra);
    }
  }
}
