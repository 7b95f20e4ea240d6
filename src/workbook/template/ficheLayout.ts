/**
 * The rows of our fiche (tab 3 and tab 4), in order, built from layout.ts: the CNIL's labels and
 * blocks, plus the optional rows our lists serve (`Base légale`, `Exception article 9`) right after
 * `Finalité principale`. Pure: the sheet writer lays these rows out, the tests check them.
 */
import type { DataCategoryKey, ListKey } from "../../register";
import {
  ACTOR_ORDER,
  BLOCK_ROW_LABELS,
  CNIL_BLOCK_SIZES,
  DATA_CATEGORIES,
  FICHE_ACTORS,
  FICHE_DROPDOWNS,
  FICHE_FIELDS,
  FICHE_SECTIONS,
  OPTIONAL_PURPOSE_FIELDS,
  type ActorField,
  type GrowableBlock,
  type SectionKey,
  type SingleField,
} from "../../register";

export type FicheRow =
  | { kind: "title" }
  | { kind: "instructions" }
  | { kind: "blank" }
  | { kind: "section"; section: Exclude<SectionKey, "other">; label: string; columnHeaders: readonly string[] }
  /** One value in B (merged B:H); `list` when it is a dropdown. */
  | { kind: "field"; field: SingleField; label: string; date: boolean; list?: ListKey }
  | { kind: "actor"; actor: ActorField; label: string }
  /** Description B:D, retention E:H. */
  | { kind: "data"; key: Exclude<DataCategoryKey, "other">; label: string; sensitive: boolean }
  | { kind: "subPurpose"; index: number; label: string }
  /** Dropdown B:D, précisions E:H. */
  | { kind: "choice"; block: Exclude<GrowableBlock, "transfers">; index: number; label: string; list: ListKey }
  /** Recipient B, country C (dropdown), guarantee D:E (dropdown), documentation F:H. */
  | { kind: "transfer"; index: number; label: string; countryList: ListKey; guaranteeList: ListKey };

/** The CNIL's labels with their stray double spaces and trailing non-breaking space tidied for display (matching folds them anyway). */
export function displayLabel(label: string): string {
  return label.replace(/[\s\u00a0]+/g, " ").trim();
}

function section(key: Exclude<SectionKey, "other">): FicheRow {
  const s = FICHE_SECTIONS.find((x) => x.key === key);
  if (!s) throw new Error(`Section missing from layout.ts: ${key}`);
  return { kind: "section", section: key, label: displayLabel(s.label), columnHeaders: s.columnHeaders ?? [] };
}

function dropdownList(pred: (d: (typeof FICHE_DROPDOWNS)[number]) => boolean): ListKey {
  const d = FICHE_DROPDOWNS.find(pred);
  if (!d) throw new Error("Dropdown field missing from layout.ts");
  return d.list;
}

function field(f: SingleField, date = false): FicheRow {
  const single = FICHE_DROPDOWNS.find((d) => d.single === f);
  return { kind: "field", field: f, label: displayLabel(FICHE_FIELDS[f].label), date, list: single?.list };
}

/** Every row of our fiche, from row 1. */
export function ficheRows(): FicheRow[] {
  const rows: FicheRow[] = [{ kind: "title" }, { kind: "instructions" }];
  rows.push(section("identification"), field("name"), field("ref"), field("created", true), field("updated", true), { kind: "blank" });

  rows.push(section("actors"));
  for (const a of ACTOR_ORDER) rows.push({ kind: "actor", actor: a, label: displayLabel(FICHE_ACTORS[a].label) });
  rows.push({ kind: "blank" });

  rows.push(section("purposes"), field("mainPurpose"));
  for (const f of OPTIONAL_PURPOSE_FIELDS) rows.push(field(f));
  for (let i = 1; i <= CNIL_BLOCK_SIZES.subPurposes; i++) rows.push({ kind: "subPurpose", index: i, label: `${BLOCK_ROW_LABELS.subPurposes} ${i}` });
  rows.push({ kind: "blank" });

  rows.push(section("dataCategories"));
  for (const d of DATA_CATEGORIES.filter((c) => !c.sensitive)) rows.push({ kind: "data", key: d.key, label: displayLabel(d.label), sensitive: false });
  rows.push({ kind: "blank" });
  rows.push(section("sensitiveData"));
  for (const d of DATA_CATEGORIES.filter((c) => c.sensitive)) rows.push({ kind: "data", key: d.key, label: displayLabel(d.label), sensitive: true });
  rows.push({ kind: "blank" });

  for (const block of ["persons", "recipients", "measures"] as const) {
    rows.push(section(block));
    const list = dropdownList((d) => d.block === block);
    for (let i = 1; i <= CNIL_BLOCK_SIZES[block]; i++) rows.push({ kind: "choice", block, index: i, label: `${BLOCK_ROW_LABELS[block]} ${i}`, list });
    rows.push({ kind: "blank" });
  }

  rows.push(section("transfers"));
  const countryList = dropdownList((d) => d.field === "transferCountry");
  const guaranteeList = dropdownList((d) => d.field === "transferGuarantee");
  for (let i = 1; i <= CNIL_BLOCK_SIZES.transfers; i++) {
    rows.push({ kind: "transfer", index: i, label: `${BLOCK_ROW_LABELS.transfers} ${i}`, countryList, guaranteeList });
  }
  return rows;
}

/** The 1-based row of the first row matching `pred` (throws when absent: a layout change to look at). */
export function rowOf(rows: FicheRow[], pred: (r: FicheRow) => boolean): number {
  const i = rows.findIndex(pred);
  if (i < 0) throw new Error("Row missing from the template fiche");
  return i + 1;
}
