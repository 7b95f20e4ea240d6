/**
 * A finding list wired to the workbook: a click goes to the cell; a quick fix first reads the workbook
 * again (the user may have typed since the last verification), then opens the preview of the fix as
 * it stands now, applied (then everything is verified again) only once the user confirms.
 */
import * as React from "react";
import type { Finding, WritePlan } from "../../register";
import { usePane } from "../state/store";
import { strings } from "../strings";
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

/** What identifies a finding from one verification to the next (its message may change with the value). */
const findingKey = (f: Finding): string => `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;

export function Findings({ findings, headingLevel }: FindingsProps): React.JSX.Element {
  const pane = usePane();
  const [pending, setPending] = React.useState<WritePlan | null>(null);
  // A "Corriger…" waiting for the workbook to be read again: the user may have typed since the last
  // verification, and the preview must show the cells as they are now (and the fix still be needed).
  const [awaiting, setAwaiting] = React.useState<{ key: string; readCount: number; read: boolean } | null>(null);
  const busy = pane.state.busy !== null;
  const { refresh, notify } = pane;
  const readCount = pane.state.readCount;

  const onFix = (f: Finding): void => {
    if (!f.fix) return;
    const started = { key: findingKey(f), readCount };
    setAwaiting({ ...started, read: false });
    void refresh().then(() => setAwaiting((cur) => (cur && cur.key === started.key ? { ...cur, read: true } : cur)));
  };

  React.useEffect(() => {
    if (!awaiting?.read) return;
    // Consumes the read the user asked for, once, after it re-rendered the findings; the state it
    // sets (the preview, or a notice in the store) cannot be computed during render.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAwaiting(null);
    // The read failed: its error is shown, and nothing is offered on stale data.
    if (readCount === awaiting.readCount) return;
    const fresh = findings.find((f) => findingKey(f) === awaiting.key && f.fix);
    if (fresh?.fix) setPending(fresh.fix.plan);
    else notify({ intent: "info", text: strings.verify.fixGone });
  }, [awaiting, findings, readCount, notify]);

  return (
    <>
      <FindingList
        findings={findings}
        headingLevel={headingLevel}
        disabled={busy || awaiting !== null}
        onGoTo={(f) => void pane.selectCell(f.sheet, f.cell)}
        onFix={onFix}
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
