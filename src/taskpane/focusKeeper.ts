/**
 * Keyboard focus never falls to the top of the page. When the element that had the focus in the pane
 * (or in one of its dialogs) goes away or is disabled (a fix applied, the last « Annuler » used, a
 * notice closed, a dialog closed over a button that is gone), browsers put the focus on <body>: a
 * keyboard or screen-reader user is sent back to the start of the page. This hook notices it and puts
 * the focus on the place the pane names instead (the message that says what just happened, then
 * « Annuler », then the open panel).
 *
 * It acts only once the pane's own code has had its say (a component that moves the focus to the next
 * finding after a change wins: it runs in React's effects, before this check), and never just after a
 * click on plain text (which leaves the focus on <body>, as the user chose).
 */
import * as React from "react";

/** How long after a DOM change the focus is looked at: after React's effects and one paint. */
const SETTLE_MS = 80;
/** A click this recent explains a focus on <body>: leave it. */
const CLICK_GRACE_MS = 400;

const FOCUSABLE = "button, a[href], input, select, textarea, [tabindex]";

/** Fluent's dialogs render in a portal, outside the pane's root, but are the pane's. */
const PANE_DIALOG = ".fui-DialogSurface";

export function useFocusKeeper(rootRef: React.RefObject<HTMLElement | null>, fallback: () => HTMLElement | null): void {
  const fallbackRef = React.useRef(fallback);
  React.useLayoutEffect(() => {
    fallbackRef.current = fallback;
  });

  React.useEffect(() => {
    const root = rootRef.current;
    if (!root || typeof MutationObserver === "undefined") return;
    let lastWasOurs = false;
    let lastClick = -Infinity;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      timer = undefined;
      const active = document.activeElement;
      if (!lastWasOurs || (active !== null && active !== document.body)) return;
      if (performance.now() - lastClick < CLICK_GRACE_MS) return;
      const target = fallbackRef.current();
      if (target && target.isConnected) target.focus({ preventScroll: true });
    };
    const schedule = () => {
      if (timer === undefined) timer = setTimeout(check, SETTLE_MS);
    };
    const onFocusIn = (e: FocusEvent) => {
      const t = e.target;
      lastWasOurs = t instanceof Element && (root.contains(t) || t.closest(PANE_DIALOG) !== null);
    };
    // A click on plain text (not on a control) leaves the focus on <body> by the user's choice.
    const onPointerDown = (e: PointerEvent) => {
      const t = e.target;
      if (!(t instanceof Element) || t.closest(FOCUSABLE) === null) lastClick = performance.now();
    };

    document.addEventListener("focusin", onFocusIn);
    document.addEventListener("focusout", schedule);
    document.addEventListener("pointerdown", onPointerDown, true);
    // A focused element removed from the page fires no focusout in Chromium: watch the page instead.
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["disabled"] });
    return () => {
      observer.disconnect();
      document.removeEventListener("focusin", onFocusIn);
      document.removeEventListener("focusout", schedule);
      document.removeEventListener("pointerdown", onPointerDown, true);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [rootRef]);
}

/** Marks on the pane's elements the keeper (and the notice bar) look for, in that order of preference. */
export const FOCUS_MARKS = {
  /** The pane's root, where the others are looked for. */
  root: "data-pane-root",
  notice: "data-pane-notice",
  undo: "data-pane-undo",
  panel: "data-pane-panel",
} as const;

/** The first of the marked places present in `root`: the notice, « Annuler », the open panel. */
export function sensibleFocusIn(root: HTMLElement | null): HTMLElement | null {
  if (!root) return null;
  for (const mark of [FOCUS_MARKS.notice, FOCUS_MARKS.undo, FOCUS_MARKS.panel]) {
    const el = root.querySelector<HTMLElement>(`[${mark}]`);
    if (el) return el;
  }
  return null;
}
