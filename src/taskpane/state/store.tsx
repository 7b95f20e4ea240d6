/**
 * The pane's small store. It keeps only what cannot be computed: the last snapshot read from the
 * workbook, the undo stack, the selection, what is running and the last message. Everything else (the
 * register, the report) is derived from the snapshot with the engine, so the panels can never disagree.
 *
 * Every change to the workbook goes through `apply`: read a fresh snapshot, keep the undo plan
 * (`invertPlan`), carry the plan out in one batch, read again (which re-verifies everything).
 */
import * as React from "react";
import {
  invertPlan,
  parseCell,
  topLeft,
  readRegister,
  createRegisterReadCache,
  validateRegister,
  type Register,
  type Report,
  type WorkbookSnapshot,
  type WritePlan,
} from "../../register";
import { fixedClock, systemClock, type Clock } from "../../register";
import type { SelectionInfo, WorkbookPort } from "../excel";
import { strings } from "../strings";
import { planSelection } from "./planSelection";
import { useLiveCheck } from "./liveCheck";

export interface UndoEntry {
  /** The title of the plan it undoes (shown as "Annuler : <title>"). */
  title: string;
  plan: WritePlan;
  /**
   * What the undo would delete or overwrite, as the pane left it right after its change (undoFootprint).
   * If the workbook no longer matches when "Annuler" is clicked, the user has worked there since, and
   * the undo is refused rather than erasing that work. Absent when the workbook could not be read then.
   */
  footprint?: string;
}

export type Busy = "reading" | "applying" | null;

export interface Notice {
  intent: "success" | "error" | "info";
  text: string;
}

export interface PaneState {
  snapshot: WorkbookSnapshot | null;
  /** Bumped at each read, so that panels can tell a new verification from an old one. */
  readCount: number;
  /** When the workbook was last read: the checks of that read take their « today » from this instant. */
  readAt: Date | null;
  busy: Busy;
  notice: Notice | null;
  undo: UndoEntry[];
  selection: SelectionInfo | null;
  activeSheet: string | null;
}

type Action =
  | { type: "busy"; busy: Busy }
  | { type: "snapshot"; snapshot: WorkbookSnapshot; at: Date }
  | { type: "notice"; notice: Notice | null }
  /** `forget`: sheets the new change deleted; older undo entries that touch them can no longer be undone. */
  | { type: "pushUndo"; entry: UndoEntry | null; forget: string[] }
  | { type: "popUndo" }
  | { type: "selection"; selection: SelectionInfo }
  /** Where the selection was when the pane opened: ignored if a selection event came first. */
  | { type: "initialSelection"; selection: SelectionInfo }
  | { type: "activeSheet"; sheet: string };

const initialState: PaneState = {
  snapshot: null,
  readCount: 0,
  readAt: null,
  busy: null,
  notice: null,
  undo: [],
  selection: null,
  activeSheet: null,
};

/** How many add-in changes can be undone, newest first. */
const UNDO_DEPTH = 20;

function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "busy":
      return { ...state, busy: action.busy };
    case "snapshot":
      return { ...state, snapshot: action.snapshot, readCount: state.readCount + 1, readAt: action.at };
    case "notice":
      return { ...state, notice: action.notice };
    case "pushUndo": {
      const kept = state.undo.filter((e) => !e.plan.ops.some((op) => action.forget.includes("sheet" in op ? op.sheet : op.name)));
      return { ...state, undo: (action.entry ? [...kept, action.entry] : kept).slice(-UNDO_DEPTH) };
    }
    case "popUndo":
      return { ...state, undo: state.undo.slice(0, -1) };
    case "selection":
      return { ...state, selection: action.selection, activeSheet: action.selection.sheet };
    case "initialSelection":
      return state.selection ? state : { ...state, selection: action.selection, activeSheet: state.activeSheet ?? action.selection.sheet };
    case "activeSheet":
      return { ...state, activeSheet: action.sheet };
  }
}

/** Errors whose message is written in French for the user: the adapters' and the engine's own. */
const FRENCH_ERRORS = new Set(["OfficeAdapterError", "NotARegisterError", "PlanError", "XlsxReadError"]);

/**
 * What carrying out `plan` would destroy in `snapshot`: the values of the sheets it deletes, of the rows
 * it deletes and of the cells it writes. Two equal footprints mean nobody changed those places between.
 */
export function undoFootprint(plan: WritePlan, snapshot: WorkbookSnapshot): string {
  const valuesOf = (name: string) => snapshot.sheets.find((x) => x.name.toLocaleLowerCase("fr") === name.toLocaleLowerCase("fr"))?.values ?? null;
  const parts: unknown[] = [];
  for (const op of plan.ops) {
    if (op.op === "deleteSheet") {
      parts.push(["sheet", op.name, valuesOf(op.name)]);
    } else if (op.op === "deleteRows") {
      const values = valuesOf(op.sheet);
      parts.push(["rows", op.sheet, op.firstRow, values ? values.slice(op.firstRow - 1, op.firstRow - 1 + op.count) : null]);
    } else if (op.op === "write") {
      const values = valuesOf(op.sheet);
      for (const w of op.cells) {
        const at = parseCell(topLeft(w.address));
        parts.push(["cell", op.sheet, w.address, values && at ? (values[at.row - 1]?.[at.col - 1] ?? "") : null]);
      }
    }
  }
  return JSON.stringify(parts);
}

/** A message a user can read, from whatever was thrown. */
export function errorText(err: unknown): string {
  if (err instanceof Error) {
    // Tested by name, not instanceof: the playground may bundle the adapter apart from the pane.
    if (FRENCH_ERRORS.has(err.name) || FRENCH_ERRORS.has(err.constructor?.name ?? "")) return err.message;
    return strings.errors.unexpected(err.message);
  }
  return strings.errors.unexpected(String(err));
}

/** The workbook as read just before a change is planned (`register` is read on first use). */
export interface FreshWorkbook {
  snapshot: WorkbookSnapshot;
  readonly register: Register;
}

export interface PaneApi {
  state: PaneState;
  register: Register | null;
  /** Why the workbook could not be read as a register (French), when it could not. */
  registerError: string | null;
  report: Report | null;
  /** The clock (injected in tests and the playground): the checks' « today » and every date written into the workbook come from it. */
  clock: Clock;
  /** The clock of the current read's checks: stopped at the instant the workbook was read. */
  checkClock: Clock;
  /** Read the workbook again (and so verify again). `quiet` shows no spinner (background refresh). */
  refresh: (options?: { quiet?: boolean }) => Promise<void>;
  /**
   * Carry out a plan of the engine, keep its undo, then read again. Resolves to false on failure (the
   * French message is shown). Given a function, plans on the workbook as it is now (read just before,
   * so that what the user typed since the last read is neither overwritten nor misplaced): a planning
   * error is shown the same way.
   */
  apply: (plan: WritePlan | ((fresh: FreshWorkbook) => WritePlan)) => Promise<boolean>;
  /** Undo the last change made by the pane. */
  undo: () => Promise<void>;
  /** Activate a sheet and select a cell for the user. */
  selectCell: (sheet: string, cell: string) => Promise<void>;
  dismissNotice: () => void;
  /** Show a message of the pane's own (French) in the notice bar. */
  notify: (notice: Notice) => void;
  port: WorkbookPort;
}

const PaneContext = React.createContext<PaneApi | null>(null);

export function usePane(): PaneApi {
  const api = React.useContext(PaneContext);
  if (!api) throw new Error("usePane() outside <PaneProvider>");
  return api;
}

export interface PaneProviderProps {
  port: WorkbookPort;
  /** The clock of the checks ("mise à jour il y a plus de 12 mois") and of the dates written; the system clock by default. */
  clock?: Clock;
  children?: React.ReactNode;
}

export function PaneProvider({ port, clock: given, children }: PaneProviderProps): React.JSX.Element {
  const [state, dispatch] = React.useReducer(reducer, initialState);
  const clock = React.useMemo(() => given ?? systemClock(), [given]);
  // Each read is checked against the instant it was made: a pane left open overnight checks the next
  // read against the new day, and every panel of one read agrees on « today ».
  const checkClock = React.useMemo(() => (state.readAt ? fixedClock(state.readAt, clock.timeZone) : clock), [clock, state.readAt]);

  // The port's snapshots are never edited in place (live checking puts new objects for the edited
  // sheets only), so fiches of unchanged sheets are not read again.
  const [readCache] = React.useState(createRegisterReadCache);
  const derived = React.useMemo(() => {
    if (!state.snapshot) return { register: null, registerError: null, report: null };
    try {
      const register = readRegister(state.snapshot, { cache: readCache });
      return { register, registerError: null, report: validateRegister(register, { clock: checkClock }) };
    } catch (err) {
      return { register: null, registerError: errorText(err), report: null };
    }
  }, [state.snapshot, checkClock, readCache]);

  // One operation at a time, in the order asked: Excel must never see two of our batches interleaved.
  // A quiet background read is skipped when something is queued, since every operation reads anyway.
  const queue = React.useRef<Promise<unknown>>(Promise.resolve());
  const queued = React.useRef(0);
  const enqueue = React.useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    queued.current += 1;
    const run = queue.current.then(task).finally(() => {
      queued.current -= 1;
    });
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  // The undo stack as last rendered, for callbacks that must not be rebuilt at each change.
  const undoRef = React.useRef<UndoEntry[]>([]);
  // Updated in the commit itself (a layout effect), before any queued task of the pane can run.
  React.useLayoutEffect(() => {
    undoRef.current = state.undo;
  }, [state.undo]);

  // Live checking (liveCheck.ts): a full read covers every change heard before it began.
  const fullReadStarting = React.useRef<() => void>(() => {});
  const show = React.useCallback((snapshot: WorkbookSnapshot) => dispatch({ type: "snapshot", snapshot, at: clock.now() }), [clock]);
  const read = React.useCallback(async (): Promise<WorkbookSnapshot> => {
    fullReadStarting.current();
    const snapshot = await port.readSnapshot();
    show(snapshot);
    return snapshot;
  }, [port, show]);
  const live = useLiveCheck({ port, snapshot: state.snapshot, enqueue, readAll: read, show });
  React.useLayoutEffect(() => {
    fullReadStarting.current = live.fullReadStarting;
  }, [live.fullReadStarting]);

  const refresh = React.useCallback(
    async (options?: { quiet?: boolean }): Promise<void> => {
      if (options?.quiet && queued.current > 0) return;
      await enqueue(async () => {
        if (!options?.quiet) dispatch({ type: "busy", busy: "reading" });
        try {
          await read();
        } catch (err) {
          dispatch({ type: "notice", notice: { intent: "error", text: errorText(err) } });
        } finally {
          dispatch({ type: "busy", busy: null });
        }
      });
    },
    [enqueue, read],
  );

  const afterApply = React.useCallback(
    async (plan: WritePlan): Promise<WorkbookSnapshot> => {
      const target = planSelection(plan);
      if (target) dispatch({ type: "activeSheet", sheet: target.sheet });
      return read();
    },
    [read],
  );

  const apply = React.useCallback(
    async (planOrMake: WritePlan | ((fresh: FreshWorkbook) => WritePlan)): Promise<boolean> =>
      enqueue(async () => {
        dispatch({ type: "busy", busy: "applying" });
        dispatch({ type: "notice", notice: null });
        try {
          // A fresh read: the user may have typed since the last one; the plan is made on it, and undo
          // must restore what is there now.
          const before = await port.readSnapshot();
          let register: Register | null = null;
          const fresh: FreshWorkbook = {
            snapshot: before,
            get register() {
              return (register ??= readRegister(before));
            },
          };
          const plan = typeof planOrMake === "function" ? planOrMake(fresh) : planOrMake;
          // Undoing a deletion writes the add-in's sheet back: that code is fetched only for such a plan.
          const inverse = plan.ops.some((op) => op.op === "deleteSheet" || op.op === "deleteRows")
            ? (await import(/* webpackChunkName: "undo-restore" */ "./undoPlan")).undoPlanFor(plan, before)
            : invertPlan(plan, before);
          await port.applyPlan(plan, { eventsOff: true });
          const forget = plan.ops.flatMap((op) => (op.op === "deleteSheet" ? [op.name] : []));
          const entry: UndoEntry | null = inverse && { title: plan.title, plan: inverse };
          dispatch({ type: "pushUndo", entry, forget });
          dispatch({ type: "notice", notice: { intent: "success", text: strings.applied(plan.title) } });
          const after = await afterApply(plan);
          // Bookkeeping only (never rendered): what the undo would erase, as the pane left it.
          if (entry) entry.footprint = undoFootprint(entry.plan, after);
          return true;
        } catch (err) {
          dispatch({ type: "notice", notice: { intent: "error", text: errorText(err) } });
          try {
            await read();
          } catch {
            // The first error is the one worth showing.
          }
          return false;
        } finally {
          dispatch({ type: "busy", busy: null });
        }
      }),
    [enqueue, port, afterApply, read],
  );

  const undo = React.useCallback(
    (): Promise<void> =>
      enqueue(async () => {
        const entry = undoRef.current[undoRef.current.length - 1];
        if (!entry) return;
        dispatch({ type: "busy", busy: "applying" });
        dispatch({ type: "notice", notice: null });
        try {
          if (entry.footprint !== undefined) {
            const now = await port.readSnapshot();
            if (undoFootprint(entry.plan, now) !== entry.footprint) {
              // The user has worked where the undo would write or delete: keep their work.
              dispatch({ type: "popUndo" });
              undoRef.current = undoRef.current.slice(0, -1);
              dispatch({ type: "snapshot", snapshot: now, at: clock.now() });
              dispatch({ type: "notice", notice: { intent: "error", text: strings.undo.changedSince(entry.title) } });
              return;
            }
          }
          await port.applyPlan(entry.plan, { eventsOff: true });
          dispatch({ type: "popUndo" });
          // The stack in the ref follows at once, so that a second "Annuler" queued behind sees the next entry.
          undoRef.current = undoRef.current.slice(0, -1);
          dispatch({ type: "notice", notice: { intent: "success", text: strings.undo.done(entry.title) } });
          await afterApply(entry.plan);
        } catch (err) {
          dispatch({ type: "notice", notice: { intent: "error", text: errorText(err) } });
        } finally {
          dispatch({ type: "busy", busy: null });
        }
      }),
    [enqueue, port, afterApply, clock],
  );

  const selectCell = React.useCallback(
    async (sheet: string, cell: string): Promise<void> => {
      try {
        await port.selectCell(sheet, cell);
        dispatch({ type: "activeSheet", sheet });
      } catch (err) {
        dispatch({ type: "notice", notice: { intent: "error", text: errorText(err) } });
      }
    },
    [port],
  );

  const dismissNotice = React.useCallback(() => dispatch({ type: "notice", notice: null }), []);
  const notify = React.useCallback((notice: Notice) => dispatch({ type: "notice", notice }), []);

  // Follow the user's selection (for the Aide panel and "Ajouter une ligne"), and learn the active sheet.
  React.useEffect(() => {
    let alive = true;
    let unsubscribe: (() => Promise<void>) | null = null;
    port
      .onSelectionChanged((selection) => {
        if (alive) dispatch({ type: "selection", selection });
      })
      .then((off) => {
        if (alive) unsubscribe = off;
        else void off().catch(() => undefined);
      })
      .catch(() => undefined); // No selection events: the Aide panel says to click in a cell; nothing breaks.
    port
      .getSelection()
      .then((selection) => {
        if (alive) dispatch({ type: "initialSelection", selection });
      })
      .catch(() => undefined); // Nothing selected yet (or no host): the panels wait for a click.
    return () => {
      alive = false;
      if (unsubscribe) void unsubscribe().catch(() => undefined);
    };
  }, [port]);

  const api: PaneApi = {
    state,
    ...derived,
    clock,
    checkClock,
    refresh,
    apply,
    undo,
    selectCell,
    dismissNotice,
    notify,
    port,
  };
  return <PaneContext.Provider value={api}>{children}</PaneContext.Provider>;
}
