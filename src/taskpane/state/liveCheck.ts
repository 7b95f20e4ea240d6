/**
 * Live checking: while the pane is open, an edit in the workbook is checked again by itself, like
 * Excel's own Accessibility Checker. Changes are gathered for LIVE_DEBOUNCE_MS after the last one
 * (typing a word, pasting a block: one check), then:
 * - cells edited on sheets the last read knows: only those sheets are read again, in ONE sync, on
 *   top of the last snapshot (port.readChangedSheets), and the engine runs on the result;
 * - rows inserted or deleted, a sheet added or deleted, or anything the port is unsure of: a full
 *   read (3 syncs), as « Vérifier » does.
 * The pane's own changes are written with events off and read again by the store after each one;
 * a full read also covers every change heard before it began. While the pane is hidden (the shared
 * runtime keeps running), changes are only noted; the check runs when the pane is shown again.
 */
import * as React from "react";
import type { WorkbookSnapshot } from "../../register";
import type { WorkbookChange, WorkbookPort } from "../excel";

/** Quiet time after the last change before checking: a few keystrokes or a paste make one check. */
export const LIVE_DEBOUNCE_MS = 400;

/** What the changes heard since the last check ask for. */
export interface PendingChanges {
  /** Only a full read is safe (structure changed, or nothing read yet to patch). */
  full: boolean;
  /** Ids of the sheets whose cells were edited. */
  sheets: Set<string>;
}

/** Adds one change to what is pending. */
export function noteChange(pending: PendingChanges, change: WorkbookChange): void {
  if (change.kind === "structure") pending.full = true;
  else pending.sheets.add(change.worksheetId);
}

/**
 * The snapshot after the pending changes: the last one with the edited sheets read again (1 sync),
 * or a full read when that is not safe (`readAll`).
 */
export async function readAfterChanges(
  port: Pick<WorkbookPort, "readChangedSheets">,
  previous: WorkbookSnapshot | null,
  pending: PendingChanges,
  readAll: () => Promise<WorkbookSnapshot>,
): Promise<{ snapshot: WorkbookSnapshot; incremental: boolean }> {
  if (!pending.full && previous && pending.sheets.size > 0 && port.readChangedSheets) {
    const patched = await port.readChangedSheets(previous, Array.from(pending.sheets));
    if (patched) return { snapshot: patched, incremental: true };
  }
  return { snapshot: await readAll(), incremental: false };
}

export interface LiveCheckOptions {
  port: WorkbookPort;
  /** The last snapshot the pane shows. */
  snapshot: WorkbookSnapshot | null;
  /** The store's queue: one operation on the workbook at a time. */
  enqueue: <T>(task: () => Promise<T>) => Promise<T>;
  /** A full read, shown by the store. */
  readAll: () => Promise<WorkbookSnapshot>;
  /** Shows a snapshot read incrementally. */
  show: (snapshot: WorkbookSnapshot) => void;
  debounceMs?: number;
}

export interface LiveCheck {
  /** A full read is starting: it covers every change heard so far. */
  fullReadStarting: () => void;
}

/** Subscribes to the workbook's changes and the pane's visibility, and checks again after each burst of changes. */
export function useLiveCheck({ port, snapshot, enqueue, readAll, show, debounceMs = LIVE_DEBOUNCE_MS }: LiveCheckOptions): LiveCheck {
  // Read at the moment a check runs, not when the subscription was made.
  const latest = React.useRef({ snapshot, enqueue, readAll, show });
  React.useLayoutEffect(() => {
    latest.current = { snapshot, enqueue, readAll, show };
  }, [snapshot, enqueue, readAll, show]);

  const pending = React.useRef<PendingChanges>({ full: false, sheets: new Set() });
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const hidden = React.useRef(false);

  const stopTimer = React.useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  }, []);

  const fullReadStarting = React.useCallback(() => {
    stopTimer();
    pending.current = { full: false, sheets: new Set() };
  }, [stopTimer]);

  React.useEffect(() => {
    let alive = true;
    const stops: (() => Promise<void>)[] = [];
    const keep = (p: Promise<() => Promise<void>> | undefined): void => {
      p?.then((stop) => {
        if (alive) stops.push(stop);
        else void stop().catch(() => undefined);
      }).catch(() => undefined); // No events from this host: « Vérifier » still works.
    };

    const check = (): void => {
      timer.current = null;
      if (!alive || hidden.current) return;
      const work = pending.current;
      if (!work.full && work.sheets.size === 0) return;
      pending.current = { full: false, sheets: new Set() };
      void latest.current
        .enqueue(async () => {
          const { snapshot: previous, readAll, show } = latest.current;
          const { snapshot: next, incremental } = await readAfterChanges(port, previous, work, readAll);
          if (incremental && alive) show(next);
        })
        .catch(() => undefined); // A background check that fails says nothing: the next change or « Vérifier » tries again.
    };
    const schedule = (): void => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(check, debounceMs);
    };

    keep(
      port.onWorkbookChanged?.((change) => {
        if (!alive) return;
        noteChange(pending.current, change);
        if (!hidden.current) schedule();
      }),
    );
    keep(
      port.onVisibilityChanged?.((visible) => {
        hidden.current = !visible;
        if (visible && alive)
          check(); // catch up at once with what changed while hidden
        else stopTimer();
      }),
    );
    return () => {
      alive = false;
      stopTimer();
      for (const stop of stops.splice(0)) void stop().catch(() => undefined);
    };
  }, [port, debounceMs, stopTimer]);

  return { fullReadStarting };
}
