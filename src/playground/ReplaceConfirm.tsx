/**
 * Asked before another workbook replaces one the user has changed (typed edits, the pane's changes):
 * those changes live only in the page until downloaded. A small modal alert dialog: the safe answer
 * (« Garder mon classeur ») has the focus first, Échap means it too, Tab stays between the two
 * buttons, and the focus goes back where it was when the dialog closes.
 */
import * as React from "react";
import { playgroundStrings as s } from "./strings";

export interface ReplaceConfirmProps {
  /** What would be opened instead, as the sentence names it (« le registre d'exemple », « « x.xlsx » »). */
  what: string;
  onReplace: () => void;
  onKeep: () => void;
}

export function ReplaceConfirm({ what, onReplace, onKeep }: ReplaceConfirmProps): React.JSX.Element {
  const keepRef = React.useRef<HTMLButtonElement | null>(null);
  const replaceRef = React.useRef<HTMLButtonElement | null>(null);
  const titleId = React.useId();
  const bodyId = React.useId();

  React.useEffect(() => {
    // Where the focus was (the button or file field that asked): it goes back there when the dialog closes.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    keepRef.current?.focus();
    return () => {
      if (before?.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onKeep();
    } else if (e.key === "Tab") {
      // Two buttons: Tab and Maj+Tab go from one to the other and never leave the dialog.
      e.preventDefault();
      (document.activeElement === keepRef.current ? replaceRef : keepRef).current?.focus();
    }
  };

  return (
    <div className="pg-modal-backdrop">
      {/* The dialog takes Échap and keeps Tab between its buttons, as a modal dialog must. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div role="alertdialog" aria-modal="true" aria-labelledby={titleId} aria-describedby={bodyId} className="pg-modal" onKeyDown={onKeyDown}>
        <h2 id={titleId} className="pg-modal-title">
          {s.replaceTitle}
        </h2>
        <p id={bodyId}>{s.replaceBody(what)}</p>
        <div className="pg-modal-actions">
          <button ref={keepRef} type="button" className="pg-button pg-primary" onClick={onKeep}>
            {s.replaceKeep}
          </button>
          <button ref={replaceRef} type="button" className="pg-button" onClick={onReplace}>
            {s.replaceConfirm}
          </button>
        </div>
      </div>
    </div>
  );
}
