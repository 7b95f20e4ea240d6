/**
 * Tab 2's dates set from the fiches before sending: each line's « Date de création » and « Mise à
 * jour » become its fiche's own, the fiche found by its RÉF folded as the engine compares references.
 * The fiche is the reference: it is where the processing is described and dated. Nothing is planned
 * when both already agree, nor when the fiche has no readable date (a date typed in tab 2 that the fiche
 * does not have is never written over), nor for a RÉF two fiches share (which one would be right?).
 *
 * Pure: a preview list and a WritePlan.
 */
import type { DateField, Fiche, Register } from "../model";
import type { CellWrite, WritePlan } from "../plan";
import { listDatesTexts as t } from "../messages/sending";
import { formatFrenchDate } from "../dates";
import { fold } from "../text/fold";

export type ListDateField = "created" | "updated";

/** One date of tab 2 the plan changes, for the preview. */
export interface ListDateChange {
  field: ListDateField;
  /** The fiche's RÉF, as typed in the fiche. */
  ref: string;
  /** Tab 2's sheet and the cell written. */
  listSheet: string;
  listCell: string;
  /** The cell as tab 2 shows it now (dd/mm/yyyy, the text typed, or "" when empty). */
  before: string;
  /** The fiche's date, dd/mm/yyyy. */
  after: string;
  /** Where the date comes from. */
  ficheSheet: string;
  ficheCell: string;
}

export interface ListDatesRefresh {
  changes: ListDateChange[];
  /** Writes every change (no op when there is none). */
  plan: WritePlan;
}

/** The fiches by folded RÉF, leaving out a RÉF two fiches share. */
function fichesByRef(register: Register): Map<string, Fiche> {
  const byRef = new Map<string, Fiche>();
  const shared = new Set<string>();
  for (const f of register.fiches) {
    const ref = fold(f.ref.value);
    if (f.kind !== "fiche" || ref === "") continue;
    if (byRef.has(ref)) shared.add(ref);
    else byRef.set(ref, f);
  }
  for (const ref of shared) byRef.delete(ref);
  return byRef;
}

const sameDay = (a: DateField, b: DateField): boolean => a.serial !== null && b.serial !== null && Math.floor(a.serial) === Math.floor(b.serial);

export function planListDatesRefresh(register: Register): ListDatesRefresh {
  const tab = register.listTab;
  const changes: ListDateChange[] = [];
  const cells: CellWrite[] = [];
  if (tab) {
    const byRef = fichesByRef(register);
    for (const line of tab.lines) {
      if (line.isExample) continue;
      const fiche = byRef.get(fold(line.ref.value));
      if (!fiche) continue;
      for (const field of ["created", "updated"] as const) {
        const own = fiche[field];
        const listed = line[field];
        if (own.serial === null || sameDay(own, listed)) continue;
        const day = Math.floor(own.serial);
        cells.push({ address: listed.cell, kind: "date", value: day });
        changes.push({
          field,
          ref: fiche.ref.value.trim(),
          listSheet: tab.sheet,
          listCell: listed.cell,
          before: listed.text.trim(),
          after: formatFrenchDate(day),
          ficheSheet: fiche.sheet,
          ficheCell: own.cell,
        });
      }
    }
  }
  const ops: WritePlan["ops"] = tab && cells.length > 0 ? [{ op: "write", sheet: tab.sheet, cells }] : [];
  return { changes, plan: { title: t.planTitle(changes.length), ops } };
}
