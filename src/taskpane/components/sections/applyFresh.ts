/**
 * How the sections of the « Sécurité » and « Droits » tabs write: the plan is made on the workbook as it is at the moment of
 * writing (the pane's `apply` reads it afresh), so that a line the user typed in the sheet since the last
 * read is never written over. A wrong input (PlanError, French) is found first on the workbook as last
 * read, so that the form can say it beside its field. Outside the pane's store (a bare test), the
 * section's own `onApplyPlan` carries out the plan made on `snapshot`.
 */
import { PlanError, type WorkbookSnapshot, type WritePlan } from "../../../register";
import { usePane, type PaneApi } from "../../state/store";
import type { SectionProps } from "./sectionProps";

/** The pane's store when the section sits inside it (always in the task pane; not in a bare test). */
function useOptionalPane(): PaneApi | null {
  try {
    return usePane();
  } catch {
    return null;
  }
}

/** Resolves to a French reason when the input is refused, false when writing failed, null when done. */
export type ApplyOutcome = string | false | null;

export function useApplyFresh(
  snapshot: WorkbookSnapshot | null,
  onApplyPlan: SectionProps["onApplyPlan"],
): (make: (snapshot: WorkbookSnapshot) => WritePlan) => Promise<ApplyOutcome> {
  const pane = useOptionalPane();
  return async (make) => {
    if (!snapshot) return false;
    let plan: WritePlan;
    try {
      plan = make(snapshot);
    } catch (err) {
      if (err instanceof PlanError) return err.message;
      throw err;
    }
    // The pane's apply resolves false when the change failed (its message says why).
    const ok = pane ? await pane.apply((fresh) => make(fresh.snapshot)) : await onApplyPlan(plan);
    return ok === false ? false : null;
  };
}
