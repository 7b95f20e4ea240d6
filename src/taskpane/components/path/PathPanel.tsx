/**
 * "Parcours en 4 étapes": the CNIL path for organisations without a DPO (Recenser, Faire le tri,
 * Respecter les droits, Sécuriser). Each step's state comes from the engine's computePath (what the
 * workbook shows, plus the user's ticks); the user ticks what the workbook cannot show, and each tick
 * is written into the add-in's own "Suivi de conformité" sheet (planTick), so that it travels with the
 * file. The panel holds no text of its own: the steps are engine data, the rest is strings/path.ts.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  Badge,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
  type AccordionToggleEventHandler,
} from "@fluentui/react-components";
import type { Register, Report, WorkbookSnapshot, WritePlan } from "../../../register";
import { computePath, type PathState, type PathStepStatus, type PathTicks } from "../../../register";
import { planTick, readPathTicks, systemClock, type Clock } from "../../../register";
import { usePane, type PaneApi } from "../../state/store";
import { AccordionPanel } from "../AccordionPanel";
import { pathStrings as s } from "../../strings/path";
import { ChecklistItem } from "./ChecklistItem";
import CardReflexes from "../security/card/CardReflexes";
import { ExternalLinks } from "./ExternalLinks";

export interface PathPanelProps {
  register: Register;
  report: Report;
  /** The user's ticks, read from the workbook (readPathTicks). When absent, read from the pane's snapshot. */
  ticks?: PathTicks;
  /** The workbook as last read, to plan a tick. When absent, the pane's own snapshot. */
  snapshot?: WorkbookSnapshot | null;
  onNavigate: (sheet: string, cell: string) => void;
  /** Carries out a plan (and reads the workbook again); resolves when done. */
  onApplyPlan: (plan: WritePlan) => Promise<unknown>;
  /** The clock whose day is written beside a tick (the system clock by default). */
  clock?: Clock;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    marginBottom: tokens.spacingVerticalS,
  },
  headerContent: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, width: "100%", justifyContent: "space-between" },
  stepTitle: { fontWeight: tokens.fontWeightSemibold },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  stepIntro: { margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const BADGE: Record<PathStepStatus, { color: "success" | "warning" | "informative"; appearance: "filled" | "tint" }> = {
  done: { color: "success", appearance: "filled" },
  "in-progress": { color: "warning", appearance: "tint" },
  todo: { color: "informative", appearance: "tint" },
};

/** The pane's store when the panel sits inside it (it always does in the task pane; not in a bare test). */
function useOptionalPane(): PaneApi | null {
  try {
    return usePane();
  } catch {
    return null;
  }
}

export default function PathPanel(props: PathPanelProps): React.JSX.Element {
  const { register, report, onNavigate, onApplyPlan } = props;
  const styles = useStyles();
  const pane = useOptionalPane();
  const snapshot = props.snapshot !== undefined ? props.snapshot : (pane?.state.snapshot ?? null);
  const savedTicks = React.useMemo<PathTicks>(() => props.ticks ?? (snapshot ? readPathTicks(snapshot) : {}), [props.ticks, snapshot]);

  // A tick shows at once; the workbook catches up when its write is done (or the tick is undone on failure).
  const [pending, setPending] = React.useState<Record<string, boolean>>({});
  const ticks = React.useMemo<PathTicks>(() => {
    const merged: PathTicks = { ...savedTicks };
    for (const [id, done] of Object.entries(pending)) merged[id] = { done, date: savedTicks[id]?.date ?? "" };
    return merged;
  }, [savedTicks, pending]);

  const path: PathState = React.useMemo(() => computePath(register, report, ticks), [register, report, ticks]);

  const [open, setOpen] = React.useState<string[]>(() => [path.current ?? path.steps[0].id]);
  const onToggle: AccordionToggleEventHandler<string> = (_, data) => setOpen(data.openItems);

  const onTick = React.useCallback(
    async (itemId: string, done: boolean) => {
      if (!snapshot) return;
      setPending((p) => ({ ...p, [itemId]: done }));
      try {
        await onApplyPlan(planTick(snapshot, itemId, done, props.clock ?? systemClock()));
      } finally {
        setPending((p) => {
          const next = { ...p };
          delete next[itemId];
          return next;
        });
      }
    },
    [snapshot, onApplyPlan, props.clock],
  );

  return (
    <section className={styles.root} aria-labelledby="path-heading">
      <h2 id="path-heading" className={styles.h2}>
        {s.heading}
      </h2>
      <p className={styles.intro}>{path.intro}</p>
      <div className={styles.progress}>
        <ProgressBar value={path.completed} max={4} thickness="large" color={path.completed === 4 ? "success" : "brand"} aria-label={s.progressLabel} />
        <Text>{s.progress(path.completed)}</Text>
      </div>
      <Accordion multiple collapsible openItems={open} onToggle={onToggle}>
        {path.steps.map((step) => (
          <AccordionItem key={step.id} value={step.id} className={styles.item} data-step={step.id}>
            <AccordionHeader size="large" expandIconPosition="end">
              <span className={styles.headerContent}>
                <span className={styles.stepTitle}>{s.stepTitle(step.number, step.title)}</span>
                <Badge {...BADGE[step.status]} data-status={step.status}>
                  {s.status[step.status]}
                </Badge>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <div className={styles.panel}>
                <p className={styles.stepIntro}>{step.intro}</p>
                <h3 className={styles.h3}>{s.checklist}</h3>
                <ul className={styles.list}>
                  {step.items.map((item) => (
                    <ChecklistItem
                      key={item.id}
                      item={item}
                      saving={item.id in pending}
                      disabled={!snapshot}
                      onTick={(id, done) => void onTick(id, done)}
                      onNavigate={onNavigate}
                    />
                  ))}
                </ul>
                {step.items.some((i) => i.source === "user") && <p className={styles.note}>{s.tickKept}</p>}
                {step.id === "securiser" && <CardReflexes />}
                <ExternalLinks links={step.links} />
              </div>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}
