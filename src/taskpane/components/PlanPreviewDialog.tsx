/**
 * Shows exactly what a plan will change (each cell, its value now → after; each sheet or row made)
 * before the user says yes. Used for quick fixes; nothing is written until "Appliquer".
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { WorkbookSnapshot, WritePlan } from "../../register";
import { describePlan, type CellChange } from "../state/planPreview";
import { previewStrings } from "../strings/preview";

const useStyles = makeStyles({
  before: { color: tokens.colorNeutralForeground2, textDecorationLine: "line-through", overflowWrap: "anywhere" },
  after: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  list: { paddingLeft: tokens.spacingHorizontalL },
  note: { color: tokens.colorNeutralForeground2 },
});

export interface PlanPreviewDialogProps {
  plan: WritePlan | null;
  snapshot: WorkbookSnapshot | null;
  busy?: boolean;
  onConfirm: (plan: WritePlan) => void;
  onCancel: () => void;
}

export function PlanPreviewDialog({ plan, snapshot, busy, onConfirm, onCancel }: PlanPreviewDialogProps): React.JSX.Element {
  const styles = useStyles();
  const p = previewStrings;
  const changes = React.useMemo(() => (plan ? describePlan(plan, snapshot) : []), [plan, snapshot]);
  const cells = changes.filter((c): c is CellChange => c.kind === "cell");
  const structure = changes.filter((c) => c.kind === "structure");
  return (
    <Dialog open={plan !== null} onOpenChange={(_, data) => (!data.open ? onCancel() : undefined)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{plan ? p.title(plan.title) : ""}</DialogTitle>
          <DialogContent>
            <p>{p.intro}</p>
            {structure.length > 0 && (
              <ul className={styles.list}>
                {structure.map((c, i) => (
                  <li key={i}>{c.kind === "structure" ? c.text : ""}</li>
                ))}
              </ul>
            )}
            {cells.length > 0 && (
              <Table size="small" aria-label={p.title(plan?.title ?? "")}>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>{p.sheet}</TableHeaderCell>
                    <TableHeaderCell>{p.cell}</TableHeaderCell>
                    <TableHeaderCell>{p.before}</TableHeaderCell>
                    <TableHeaderCell>{p.after}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {cells.map((c, i) => (
                    <TableRow key={`${c.sheet}!${c.cell}-${i}`}>
                      <TableCell>{c.sheet}</TableCell>
                      <TableCell>{c.cell}</TableCell>
                      <TableCell className={styles.before}>{c.before}</TableCell>
                      <TableCell className={styles.after}>{c.after}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            )}
            <p className={styles.note}>{p.undoNote}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={busy || !plan} onClick={() => plan && onConfirm(plan)}>
              {p.apply}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {p.cancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
