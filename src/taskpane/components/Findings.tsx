/**
 * A finding list wired to the workbook: a click goes to the cell; « Précédent / Suivant » walks the
 * findings (optional: the « Vérifier » panel has it); a quick fix first reads the workbook again (the
 * user may have typed since the last verification), then opens the preview of the fix as it stands
 * now, applied (then everything is verified again) only once the user confirms; a warning or conseil
 * of a fiche can be set aside for good.
 *
 * Focus: after a fix is applied or a finding set aside, the keyboard focus goes to the finding that now
 * follows (or to the list's empty message); after the preview or the set-aside form is cancelled, back
 * to the button that opened it. Never to the top of the page.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Finding, WritePlan } from "../../register";
import { usePane } from "../state/store";
import { strings } from "../strings";
import { FindingList, displayOrder, findingKey } from "./FindingList";
// « Précédent / Suivant » comes just after the list's first paint.
const FindingWalker = React.lazy(() => import(/* webpackChunkName: "walker" */ "./FindingWalker"));

// The preview dialog (Fluent's Dialog and Table, with their motion) is loaded on the first "Corriger…":
// the pane's first load stays small.
const PlanPreviewDialog = React.lazy(() =>
  import(/* webpackChunkName: "preview" */ "./PlanPreviewDialog").then((m) => ({
    default: m.PlanPreviewDialog,
  })),
);
// « Ne plus signaler pour cette fiche… » and its form (Fluent's Field, Input, Textarea, and the plan that
// writes the sheet) sit in the findings' explanations, closed at first paint: loaded just after it.
const SetAsideOffer = React.lazy(() => import(/* webpackChunkName: "set-aside" */ "./SetAsideOffer"));

const useStyles = makeStyles({
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface FindingsProps {
  findings: Finding[];
  headingLevel?: 3 | 4 | 5;
  /** Show « Précédent / Suivant » above the list. */
  walker?: boolean;
  /** Shown instead of the list when there is no finding (kept mounted, so that focus can land on it). */
  emptyText?: string;
}

/** Where the focus goes once the findings have been read again. */
type FocusIntent =
  /**
   * The first of these findings still listed, else the empty message; `from` is the finding that left
   * (when the walker was on it, it goes on from the finding focused).
   */
  | { kind: "finding"; from: string; keys: string[] }
  /** A button inside a finding (the one that opened a preview or a form). */
  | { kind: "button"; key: string; action: "fix" | "set-aside" };

/** The list item of a finding (dataset, not a selector: a sheet name may hold any character). */
function itemOf(root: HTMLElement | null, key: string): HTMLElement | undefined {
  return [...(root?.querySelectorAll<HTMLElement>("[data-finding-key]") ?? [])].find((el) => el.dataset.findingKey === key);
}

/** The finding `key` and those after it in `order` (then those before): the candidates to focus after it leaves. */
function followers(order: Finding[], key: string): string[] {
  const keys = order.map(findingKey);
  const at = keys.indexOf(key);
  return at < 0 ? keys : [...keys.slice(at + 1), ...keys.slice(0, at).reverse()];
}

export function Findings({ findings, headingLevel, walker, emptyText }: FindingsProps): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane();
  const [pending, setPending] = React.useState<{ plan: WritePlan; key: string } | null>(null);
  // A "Corriger…" waiting for the workbook to be read again: the user may have typed since the last
  // verification, and the preview must show the cells as they are now (and the fix still be needed).
  const [awaiting, setAwaiting] = React.useState<{ key: string; readCount: number; read: boolean } | null>(null);
  const [currentKey, setCurrentKey] = React.useState<string | null>(null);
  const [formKey, setFormKey] = React.useState<string | null>(null);
  const [focusIntent, setFocusIntent] = React.useState<FocusIntent | null>(null);
  const root = React.useRef<HTMLDivElement>(null);
  const emptyRef = React.useRef<HTMLParagraphElement>(null);
  const busy = pane.state.busy !== null;
  const { refresh, notify, register } = pane;
  const readCount = pane.state.readCount;
  const order = React.useMemo(() => displayOrder(findings), [findings]);

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
    if (fresh?.fix) setPending({ plan: fresh.fix.plan, key: awaiting.key });
    else notify({ intent: "info", text: strings.verify.fixGone });
  }, [awaiting, findings, readCount, notify]);

  // Carries out a focus intent once the list shows the workbook as it is after the change (effects run
  // after the commit, so the findings here are the new ones).
  React.useEffect(() => {
    if (!focusIntent || busy) return;
    const item = (key: string) => itemOf(root.current, key);
    let target: HTMLElement | null | undefined = null;
    if (focusIntent.kind === "button") {
      const it = item(focusIntent.key);
      target = it?.querySelector<HTMLElement>(`[data-action="${focusIntent.action}"]`) ?? it;
    } else {
      for (const key of focusIntent.keys) if ((target = item(key))) break;
      const { from } = focusIntent;
      const reached = target?.dataset.findingKey ?? null;
      // The walker goes on from the finding focused, not from the start, when it was on the one that left.
      setCurrentKey((cur) => (cur === from ? reached : cur));
    }
    (target ?? emptyRef.current ?? root.current)?.focus();
    // The intent is done once carried out.
    setFocusIntent(null);
  }, [focusIntent, findings, busy]);

  const step = (delta: -1 | 1): void => {
    if (order.length === 0) return;
    const at = order.findIndex((f) => findingKey(f) === currentKey);
    const next = at < 0 ? (delta === 1 ? 0 : order.length - 1) : Math.min(Math.max(at + delta, 0), order.length - 1);
    const f = order[next];
    setCurrentKey(findingKey(f));
    // jsdom has no scrollIntoView.
    itemOf(root.current, findingKey(f))?.scrollIntoView?.({ block: "nearest" });
    if (f.cell) void pane.selectCell(f.sheet, f.cell);
  };

  // Every finding gets the offer's slot; the offer itself says nothing for an error or a finding off a
  // fiche (canSetAside), so that this first-loaded list does not carry the rule.
  const extra = (f: Finding): React.ReactNode => {
    if (!register) return null;
    const key = findingKey(f);
    return (
      <React.Suspense fallback={null}>
        <SetAsideOffer
          register={register}
          finding={f}
          formOpen={formKey === key}
          onOpen={() => setFormKey(key)}
          onDone={() => {
            // The order as it was when the form was sent: the finding that followed gets the focus.
            const next = followers(order, key);
            setFormKey(null);
            setFocusIntent({ kind: "finding", from: key, keys: next });
          }}
          onCancel={() => {
            setFormKey(null);
            setFocusIntent({ kind: "button", key, action: "set-aside" });
          }}
        />
      </React.Suspense>
    );
  };

  const position = order.findIndex((f) => findingKey(f) === currentKey) + 1;

  return (
    <div ref={root} tabIndex={-1}>
      {walker && order.length > 0 && (
        <React.Suspense fallback={null}>
          <FindingWalker position={position} count={order.length} onStep={step} />
        </React.Suspense>
      )}
      {order.length === 0 && emptyText ? (
        <p ref={emptyRef} className={styles.empty} tabIndex={-1}>
          {emptyText}
        </p>
      ) : (
        <FindingList
          findings={findings}
          headingLevel={headingLevel}
          disabled={busy || awaiting !== null}
          currentKey={currentKey}
          extra={extra}
          onGoTo={(f) => {
            setCurrentKey(findingKey(f));
            void pane.selectCell(f.sheet, f.cell);
          }}
          onFix={onFix}
        />
      )}
      {pending && (
        <React.Suspense fallback={null}>
          <PlanPreviewDialog
            plan={pending.plan}
            snapshot={pane.state.snapshot}
            busy={busy}
            onCancel={() => {
              setFocusIntent({ kind: "button", key: pending.key, action: "fix" });
              setPending(null);
            }}
            onConfirm={(plan) => {
              const next = followers(order, pending.key);
              setPending(null);
              void pane
                .apply(plan)
                .then((done) =>
                  setFocusIntent(done ? { kind: "finding", from: pending.key, keys: next } : { kind: "button", key: pending.key, action: "fix" }),
                );
            }}
          />
        </React.Suspense>
      )}
    </div>
  );
}
