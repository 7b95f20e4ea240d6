/**
 * The typed register the engine reads from a snapshot. Every value keeps the address of the cell it
 * came from (or where it should be typed), so that each finding can say "sheet X, cell B17".
 * Plain types: a register never crosses a boundary (it is computed from a snapshot wherever it is
 * used). What does cross one, the report of `valider --json`, is parsed with zod (./report/schema.ts).
 */

import type { SetAsideBook } from "./setAside";
import type { AuditBook } from "./audit/model";
import type { BreachBook } from "./breaches/model";
import type { NoticeSheetInfo } from "./notices/model";
import type { RequestBook } from "./requests/model";
import type { AipdDoneBook } from "./aipdDone/model";

/** A text value; `""` when the cell is empty or holds the CNIL placeholder. */
export interface TextField {
  value: string;
  /** A1 address of the value cell (top-left cell of its merged area). */
  cell: string;
  /**
   * What the user typed when it says « nothing here » (« Néant », « N/A », « Aucun transfert hors UE »…)
   * in a row of a fiche's blocks: `value` is then "", so that every rule reads the row as empty.
   */
  said?: string;
}

/** A date typed as a date (serial) or as text (dd/mm/yyyy); `serial` is null when empty or unreadable. */
export interface DateField {
  serial: number | null;
  /** The cell as typed, as text (`""` when empty): lets a rule tell "empty" from "not a date". */
  text: string;
  cell: string;
}

export type ListKey = "persons" | "recipients" | "measures" | "countries" | "guarantees" | "yesNo" | "legalBases" | "art9Exceptions" | "retentions";

export interface ListInfo {
  key: ListKey;
  /** Items in order, without the placeholder. */
  items: string[];
  /**
   * Where the items came from: the list tab column a validation points at (`workbook`), the list-tab
   * column found by its header when the validation could not be resolved (`header`), or the CNIL's
   * own lists shipped with the add-in when the workbook has neither (`builtin`).
   */
  origin: "workbook" | "header" | "builtin";
  /** The list tab column it was read from, as `'5_-_Listes'!F3:F10`, when read from the workbook. */
  range?: string;
  /**
   * Countries only: the list tab's `Zone` column beside each item ("adéquat" / "Non adéquat" in the
   * CNIL file), parallel to `items`; the CNIL's own zones for the builtin list.
   */
  zones?: string[];
}

/** A cell whose value must be an item of a list. */
export interface Dropdown {
  sheet: string;
  cell: string;
  list: ListKey;
}

export interface Contact {
  name: TextField;
  firstName: TextField;
  address: TextField;
  email: TextField;
  postcode: TextField;
  city: TextField;
  phone: TextField;
  /** Only on the DPO row: "Société (si DPO externe)". */
  company?: TextField;
}

/** Tab 2 ("Liste des traitements"), header block and lines. */
export interface ListLine {
  row: number;
  name: TextField;
  ref: TextField;
  created: DateField;
  updated: DateField;
  purpose: TextField;
  sensitive: TextField;
  /** The CNIL example line (its reference is the example tab's, or it is marked "(EXEMPLE)"). */
  isExample: boolean;
}

export interface ListTab {
  sheet: string;
  controller: Contact;
  representative: Contact;
  dpo: Contact;
  /** Lines with at least one filled cell, from the row after the column headers. */
  lines: ListLine[];
  /** First row of the table body (row 9 in the CNIL file) and first row a new line may use (10). */
  firstLineRow: number;
  /** First row after the example with nothing in columns A–E: where a new line goes. */
  nextFreeRow: number;
  /**
   * Column letters of a line's cells, found by the table's headers (A, B, C, D, E, H in the CNIL
   * file): where a new line's cells go.
   */
  columns?: { name: string; ref: string; created: string; updated: string; purpose: string; sensitive: string };
}

/** One row of the "Acteurs" table of a fiche (columns B–H). */
export interface ActorRow {
  row: number;
  name: TextField;
  address: TextField;
  postcode: TextField;
  city: TextField;
  country: TextField;
  phone: TextField;
  email: TextField;
}

export type DataCategoryKey =
  | "identity"
  | "personalLife"
  | "economic"
  | "connection"
  | "location"
  | "nir"
  | "racial"
  | "political"
  | "religious"
  | "union"
  | "genetic"
  | "biometric"
  | "health"
  | "sexual"
  | "criminal"
  /** A row added by the user inside the block, with a label of their own. */
  | "other";

/** A data category row: description in B (B:D), retention in E (E:H). */
export interface DataRow {
  row: number;
  key: DataCategoryKey;
  /** The label as written in column A. */
  label: string;
  description: TextField;
  retention: TextField;
}

/** A row of the persons, recipients or measures block: dropdown in B (B:D), précisions in E (E:H). */
export interface ChoiceRow {
  row: number;
  label: string;
  value: TextField;
  detail: TextField;
}

/** A row of "Transferts hors UE": recipient B, country C (dropdown), guarantee D (D:E, dropdown), docs F (F:H). */
export interface TransferRow {
  row: number;
  recipient: TextField;
  country: TextField;
  guarantee: TextField;
  documentation: TextField;
}

export type BlockKey = "persons" | "recipients" | "measures" | "transfers" | "dataCategories" | "sensitiveData" | "subPurposes";

/** Where a block sits: its header row and its body rows (from the row after the header to the last row before the next section). */
export interface BlockSpan {
  header: number;
  first: number;
  last: number;
}

export type FicheKind =
  /** A processing described by the user: name filled, not the example tab. */
  | "fiche"
  /** The blank model tab (the first model-shaped sheet with no name). */
  | "model"
  /** Another model-shaped sheet with no name (an unused copy). */
  | "unused-copy"
  /** The CNIL example tab. */
  | "example";

export interface Fiche {
  sheet: string;
  kind: FicheKind;
  /** True for the model tab itself (by its name) even when the user filled it in directly. */
  isModelTab: boolean;
  name: TextField;
  ref: TextField;
  created: DateField;
  updated: DateField;
  controller?: ActorRow;
  dpo?: ActorRow;
  dpoCompany?: ActorRow;
  representative?: ActorRow;
  jointControllers?: ActorRow;
  mainPurpose: TextField;
  subPurposes: TextField[];
  /** Rows our template adds (and a CPTS amendment may add); absent from the CNIL model. */
  legalBasis?: TextField;
  art9Exception?: TextField;
  dataCategories: DataRow[];
  sensitiveData: DataRow[];
  persons: ChoiceRow[];
  recipients: ChoiceRow[];
  measures: ChoiceRow[];
  transfers: TransferRow[];
  blocks: Partial<Record<BlockKey, BlockSpan>>;
}

export type TabRole = "tutorial" | "list" | "model" | "example" | "lists";

export interface Register {
  /** The sheet that plays each role, when found. */
  tabs: Partial<Record<TabRole, string>>;
  listTab?: ListTab;
  /** Every model-shaped sheet, in tab order, with its kind. */
  fiches: Fiche[];
  lists: Partial<Record<ListKey, ListInfo>>;
  /** Every dropdown cell of the fiches and of tab 2 that the engine knows of. */
  dropdowns: Dropdown[];
  /**
   * Every sheet name of the workbook, in tab order (the add-in's own sheets and the user's others
   * included): a new sheet's name must differ from all of them.
   */
  sheetNames?: string[];
  /** The findings the CPTS set aside for good (the add-in's sheet « Constats écartés »), with its unreadable lines. */
  setAside?: SetAsideBook;
  /** The runs of the cyber self-audit (the add-in's sheet « Auto-diagnostic cyber »), when there is one. */
  audit?: AuditBook;
  /** The breach register (the add-in's sheet « Registre des violations »), when there is one. */
  breaches?: BreachBook;
  /** The add-in's notice sheets (« Mentions … »): which fiche and audience each is for. */
  notices?: NoticeSheetInfo[];
  /** The rights-requests register (the add-in's sheet « Demandes d'exercice des droits »), when there is one. */
  requests?: RequestBook;
  /** The AIPD carried out, per RÉF (the add-in's hidden sheet « AIPD réalisées »), when there is one. */
  aipdDone?: AipdDoneBook;
}
