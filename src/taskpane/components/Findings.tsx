/**
 * A finding list wired to the workbook: a click goes to the cell, a quick fix opens its preview and is
 * applied (then everything is verified again) only once the user confirms.
 */
import * as React from "react";
import type { Finding, WritePlan } from "../../register";
import { usePane } from "../state/store";
import { FindingList } from "./FindingList";

// The preview dialog (Fluent's Dialog and Table, with their motion) is loaded on the first "Corriger…":
// the pane's first load stays small.
const PlanPreviewDialog = React.lazy(() =>
  import(/* webpackChunkName: "preview" */ "./PlanPreviewDialog").then((m) => ({
    default: m.PlanPreviewDialog,
  })),
);

export interface FindingsProps {
  findings: Finding[];
  headingLevel?: 3 | 4 | 5;
}

export function Findings({ findings, headingLevel }: FindingsProps): React.JSX.Element {
  const pane = usePane();
  const [pending, setPending] = React.useState<WritePlan | null>(null);
  const busy = pane.state.busy !== null;
  return (
    <>
      <FindingList
        findings={findings}
        headingLevel={headingLevel}
        disabled={busy}
        onGoTo={(f) => void pane.selectCell(f.sheet, f.cell)}
        onFix={(f) => f.fix && setPending(f.fix.plan)}
      />
      {pending && (
        <React.Suspense fallback={null}>
          <PlanPreviewDialog
            plan={pending}
            snapshot={pane.state.snapshot}
            busy={busy}
            onCancel={() => setPending(null)}
            onConfirm={(plan) => {
              setPending(null);
              void pane.apply(plan);
            }}
          />
        </React.Suspense>
      )}
    </>
  );
}
