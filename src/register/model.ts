/**
 * The typed register the engine reads from a snapshot. Every value keeps the address of the cell it
 * came from (or where it should be typed), so that each finding can say "sheet X, cell B17".
 * Schemas are zod so that a register can be checked when it crosses a boundary (JSON for the CLI,
 * messages between task pane and functions); the TypeScript types are inferred from them.
 */
import { z } from "zod";

/** A text value; `""` when the cell is empty or holds the CNIL placeholder. */
export const TextField = z.object({
  value: z.string(),
  /** A1 address of the value cell (top-left cell of its merged area). */
  cell: z.string(),
  /**
   * What the user typed when it says « nothing here » (« Néant », « N/A », « Aucun transfert hors UE »…)
   * in a row of a fiche's blocks: `value` is then "", so that every rule reads the row as empty.
   */
  said: z.string().optional(),
});
export type TextField = z.infer<typeof TextField>;

/** A date typed as a date (serial) or as text (dd/mm/yyyy); `serial` is null when empty or unreadable. */
export const DateField = z.object({
  serial: z.number().nullable(),
  /** The cell as typed, as text (`""` when empty): lets a rule tell "empty" from "not a date". */
  text: z.string(),
  cell: z.string(),
});
export type DateField = z.infer<typeof DateField>;

export const ListKey = z.enum([
  "persons",
  "recipients",
  "measures",
  "countries",
  "guarantees",
  "yesNo",
  "legalBases",
  "art9Exceptions",
  "retentions",
]);
export type ListKey = z.infer<typeof ListKey>;

export const ListInfo = z.object({
  key: ListKey,
  /** Items in order, without the placeholder. */
  items: z.array(z.string()),
  /**
   * Where the items came from: the list tab column a validation points at (`workbook`), the list-tab
   * column found by its header when the validation could not be resolved (`header`), or the CNIL's
   * own lists shipped with the add-in when the workbook has neither (`builtin`).
   */
  origin: z.enum(["workbook", "header", "builtin"]),
  /** The list tab column it was read from, as `'5_-_Listes'!F3:F10`, when read from the workbook. */
  range: z.string().optional(),
  /**
   * Countries only: the list tab's `Zone` column beside each item ("adéquat" / "Non adéquat" in the
   * CNIL file), parallel to `items`; the CNIL's own zones for the builtin list.
   */
  zones: z.array(z.string()).optional(),
});
export type ListInfo = z.infer<typeof ListInfo>;

/** A cell whose value must be an item of a list. */
export const Dropdown = z.object({
  sheet: z.string(),
  cell: z.string(),
  list: ListKey,
});
export type Dropdown = z.infer<typeof Dropdown>;

export const Contact = z.object({
  name: TextField,
  firstName: TextField,
  address: TextField,
  email: TextField,
  postcode: TextField,
  city: TextField,
  phone: TextField,
  /** Only on the DPO row: "Société (si DPO externe)". */
  company: TextField.optional(),
});
export type Contact = z.infer<typeof Contact>;

/** Tab 2 ("Liste des traitements"), header block and lines. */
export const ListLine = z.object({
  row: z.number(),
  name: TextField,
  ref: TextField,
  created: DateField,
  updated: DateField,
  purpose: TextField,
  sensitive: TextField,
  /** The CNIL example line (its reference is the example tab's, or it is marked "(EXEMPLE)"). */
  isExample: z.boolean(),
});
export type ListLine = z.infer<typeof ListLine>;

export const ListTab = z.object({
  sheet: z.string(),
  controller: Contact,
  representative: Contact,
  dpo: Contact,
  /** Lines with at least one filled cell, from the row after the column headers. */
  lines: z.array(ListLine),
  /** First row of the table body (row 9 in the CNIL file) and first row a new line may use (10). */
  firstLineRow: z.number(),
  /** First row after the example with nothing in columns A–E: where a new line goes. */
  nextFreeRow: z.number(),
  /**
   * Column letters of a line's cells, found by the table's headers (A, B, C, D, E, H in the CNIL
   * file): where a new line's cells go.
   */
  columns: z
    .object({ name: z.string(), ref: z.string(), created: z.string(), updated: z.string(), purpose: z.string(), sensitive: z.string() })
    .optional(),
});
export type ListTab = z.infer<typeof ListTab>;

/** One row of the "Acteurs" table of a fiche (columns B–H). */
export const ActorRow = z.object({
  row: z.number(),
  name: TextField,
  address: TextField,
  postcode: TextField,
  city: TextField,
  country: TextField,
  phone: TextField,
  email: TextField,
});
export type ActorRow = z.infer<typeof ActorRow>;

export const DataCategoryKey = z.enum([
  "identity",
  "personalLife",
  "economic",
  "connection",
  "location",
  "nir",
  "racial",
  "political",
  "religious",
  "union",
  "genetic",
  "biometric",
  "health",
  "sexual",
  "criminal",
  /** A row added by the user inside the block, with a label of their own. */
  "other",
]);
export type DataCategoryKey = z.infer<typeof DataCategoryKey>;

/** A data category row: description in B (B:D), retention in E (E:H). */
export const DataRow = z.object({
  row: z.number(),
  key: DataCategoryKey,
  /** The label as written in column A. */
  label: z.string(),
  description: TextField,
  retention: TextField,
});
export type DataRow = z.infer<typeof DataRow>;

/** A row of the persons, recipients or measures block: dropdown in B (B:D), précisions in E (E:H). */
export const ChoiceRow = z.object({
  row: z.number(),
  label: z.string(),
  value: TextField,
  detail: TextField,
});
export type ChoiceRow = z.infer<typeof ChoiceRow>;

/** A row of "Transferts hors UE": recipient B, country C (dropdown), guarantee D (D:E, dropdown), docs F (F:H). */
export const TransferRow = z.object({
  row: z.number(),
  recipient: TextField,
  country: TextField,
  guarantee: TextField,
  documentation: TextField,
});
export type TransferRow = z.infer<typeof TransferRow>;

export const BlockKey = z.enum(["persons", "recipients", "measures", "transfers", "dataCategories", "sensitiveData", "subPurposes"]);
export type BlockKey = z.infer<typeof BlockKey>;

/** Where a block sits: its header row and its body rows (from the row after the header to the last row before the next section). */
export const BlockSpan = z.object({
  header: z.number(),
  first: z.number(),
  last: z.number(),
});
export type BlockSpan = z.infer<typeof BlockSpan>;

export const FicheKind = z.enum([
  /** A processing described by the user: name filled, not the example tab. */
  "fiche",
  /** The blank model tab (the first model-shaped sheet with no name). */
  "model",
  /** Another model-shaped sheet with no name (an unused copy). */
  "unused-copy",
  /** The CNIL example tab. */
  "example",
]);
export type FicheKind = z.infer<typeof FicheKind>;

export const Fiche = z.object({
  sheet: z.string(),
  kind: FicheKind,
  /** True for the model tab itself (by its name) even when the user filled it in directly. */
  isModelTab: z.boolean(),
  name: TextField,
  ref: TextField,
  created: DateField,
  updated: DateField,
  controller: ActorRow.optional(),
  dpo: ActorRow.optional(),
  dpoCompany: ActorRow.optional(),
  representative: ActorRow.optional(),
  jointControllers: ActorRow.optional(),
  mainPurpose: TextField,
  subPurposes: z.array(TextField),
  /** Rows our template adds (and a CPTS amendment may add); absent from the CNIL model. */
  legalBasis: TextField.optional(),
  art9Exception: TextField.optional(),
  dataCategories: z.array(DataRow),
  sensitiveData: z.array(DataRow),
  persons: z.array(ChoiceRow),
  recipients: z.array(ChoiceRow),
  measures: z.array(ChoiceRow),
  transfers: z.array(TransferRow),
  blocks: z.partialRecord(BlockKey, BlockSpan),
});
export type Fiche = z.infer<typeof Fiche>;

export const TabRole = z.enum(["tutorial", "list", "model", "example", "lists"]);
export type TabRole = z.infer<typeof TabRole>;

export const Register = z.object({
  /** The sheet that plays each role, when found. */
  tabs: z.partialRecord(TabRole, z.string()),
  listTab: ListTab.optional(),
  /** Every model-shaped sheet, in tab order, with its kind. */
  fiches: z.array(Fiche),
  lists: z.partialRecord(ListKey, ListInfo),
  /** Every dropdown cell of the fiches and of tab 2 that the engine knows of. */
  dropdowns: z.array(Dropdown),
  /**
   * Every sheet name of the workbook, in tab order (the add-in's own sheets and the user's others
   * included): a new sheet's name must differ from all of them.
   */
  sheetNames: z.array(z.string()).optional(),
});
export type Register = z.infer<typeof Register>;
