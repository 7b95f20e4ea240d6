/**
 * The shape of a catalogue entry, and the small text helpers the message templates share.
 */
import type { Severity } from "../../findings";
import type { PathLink } from "../../data/cnilLinks";
import type { Art30Criterion, WorkbookPathItemId } from "../criteria";

export type RuleFamily =
  | "structure"
  | "art30"
  | "consistency"
  | "dropdowns"
  | "retention"
  | "transfers"
  | "health"
  | "legal"
  | "security"
  | "tools"
  | "freshness"
  | "aipd"
  | "breaches"
  | "requests"
  | "audit";

/** Every message template receives the cell of the finding (top-left, e.g. "B17"), plus its own slots. */
export interface CellSlot {
  cell: string;
}

/** One rule, as a family file writes it (the family is stamped by `family()`); its explanation is apart. */
export interface RuleEntry<S extends CellSlot = CellSlot> {
  severity: Severity;
  /** The article 30 criterion a finding of this rule means is missing (it then lowers nothing by itself: completeness is computed from the fiche). */
  criterion?: Art30Criterion;
  /** Path items this rule's findings keep from being done ("fiches-complete" is implied by `criterion`). */
  path?: readonly WorkbookPathItemId[];
  /** Plain French: what was found, in which cell, what is expected, what to do. */
  message: (slots: S) => string;
  /** A short French name of the rule, for the rule table and the pane's explanations. */
  title: string;
  /** A CNIL page that explains the point, when one helps. */
  link?: PathLink;
}

/**
 * Why a rule exists and how to fix it, written in ./explanations/<family>.ts beside the family's rules:
 * the verdict never reads them, so the pane loads them only when a finding is opened.
 */
export interface RuleExplanation {
  /** Why it matters, in a sentence or two. */
  why: string;
  /** What to do, in general terms (the message says it for the cell at hand). */
  howToFix: string;
}

export type FamilyEntries<F extends RuleFamily, T> = { [K in keyof T]: T[K] & { family: F } };

/**
 * Stamps a family on its entries. The entries' own types are kept as written, so that each message's
 * slot type reaches `report()`; a message's parameter must be `CellSlot` or a subtype.
 */
export function family<F extends RuleFamily, T extends Record<string, RuleEntry<never>>>(name: F, entries: T): FamilyEntries<F, T> {
  const out: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(entries)) out[id] = { ...entry, family: name };
  return out as FamilyEntries<F, T>;
}

// ---------------------------------------------------------------------------------------- text helpers

export const q = (s: string): string => `« ${s} »`;
export const cellRef = (cell: string): string => `cellule ${cell}`;
export const listPreview = (items: readonly string[]): string =>
  items.length <= 12 ? ` Choix possibles : ${items.map(q).join(", ")}.` : " Choisissez-la dans la liste déroulante de la cellule.";
