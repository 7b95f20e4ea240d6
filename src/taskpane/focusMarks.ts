/**
 * The places the pane names for the keyboard focus when the element that had it is gone (a fix
 * applied, the last « Annuler » used, a message closed): marks on its elements, and the first of them
 * present. Small and in the pane's first load; the watcher that uses them (focusKeeper.ts) is loaded
 * lazily.
 */

/** Marks on the pane's elements, in the order of preference `sensibleFocusIn` follows. */
export const FOCUS_MARKS = {
  /** The pane's root, where the others are looked for. */
  root: "data-pane-root",
  notice: "data-pane-notice",
  undo: "data-pane-undo",
  panel: "data-pane-panel",
} as const;

/** The first of the marked places present in `root`: the message, « Annuler », the open panel. */
export function sensibleFocusIn(root: HTMLElement | null): HTMLElement | null {
  if (!root) return null;
  for (const mark of [FOCUS_MARKS.notice, FOCUS_MARKS.undo, FOCUS_MARKS.panel]) {
    const el = root.querySelector<HTMLElement>(`[${mark}]`);
    if (el) return el;
  }
  return null;
}
