/**
 * Keyboard focus never falls to the top of the page. When the element that had the focus in the pane
 * (or in one of its dialogs) goes away or is disabled (a fix applied, the last « Annuler » used, a
 * notice closed, a dialog closed over a button that is gone), browsers put the focus on <body>: a
 * keyboard or screen-reader user is sent back to the start of the page. This watcher notices it and puts
 * the focus on the place the pane names instead (the message that says what just happened, then
 * « Annuler », then the open panel).
 *
 * It acts only once the pane's own code has had its say (a component that moves the focus to the next
 * finding after a change wins: it runs in React's effects, before this check), and never just after a
 * click on plain text (which leaves the focus on <body>, as the user chose).
 */
/** How long after a DOM change the focus is looked at: after React's effects and one paint. */
const SETTLE_MS = 80;
/** A click this recent explains a focus on <body>: leave it. */
const CLICK_GRACE_MS = 400;

const FOCUSABLE = "button, a[href], input, select, textarea, [tabindex]";

/** Fluent's dialogs render in a portal, outside the pane's root, but are the pane's. */
const PANE_DIALOG = ".fui-DialogSurface";

/**
 * Watches the page for a focus fallen to <body> from `root` (or one of the pane's dialogs) and puts
 * it on `fallback()` instead. Returns what stops the watch. Loaded lazily by the pane (App.tsx): it is
 * needed only once the user acts, never for the first paint.
 */
export function installFocusKeeper(root: HTMLElement, fallback: () => HTMLElement | null): () => void {
  if (typeof MutationObserver === "undefined") return () => {};
  let lastWasOurs = false;
  let lastClick = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    timer = undefined;
    const active = document.activeElement;
    if (!lastWasOurs || (active !== null && active !== document.body)) return;
    if (performance.now() - lastClick < CLICK_GRACE_MS) return;
    const target = fallback();
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

  // Where the focus is now (the keeper may arrive after the user's first move).
  const active = document.activeElement;
  lastWasOurs = active instanceof Element && root.contains(active);
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
}
