import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import { usePane } from "../state/store";
import { strings } from "../strings";
import { FOCUS_MARKS, sensibleFocusIn } from "../focusMarks";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  // A change's title names sheets and cells: it wraps inside the button rather than widening the pane.
  button: { maxWidth: "100%", height: "auto", textAlign: "start", whiteSpace: "normal", overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground2 },
});

/**
 * "Annuler : <titre>": undoes the pane's own last change (Excel's Ctrl+Z cannot undo what an add-in
 * writes). The button stays focusable while the pane works (disabled, it would drop the focus); when
 * the last change is undone and the button goes, the focus goes to the message saying it was undone.
 */
export function UndoBar(): React.JSX.Element | null {
  const styles = useStyles();
  const pane = usePane();
  const barRef = React.useRef<HTMLDivElement | null>(null);
  const hintId = React.useId();
  const last = pane.state.undo[pane.state.undo.length - 1];
  if (!last) return null;
  const onUndo = () => {
    const root = barRef.current?.closest<HTMLElement>(`[${FOCUS_MARKS.root}]`) ?? null;
    void pane.undo().then(() => {
      // After React has drawn the outcome (this button gone, the message shown).
      requestAnimationFrame(() =>
        setTimeout(() => {
          const active = document.activeElement;
          if (active === null || active === document.body) sensibleFocusIn(root)?.focus({ preventScroll: true });
        }, 0),
      );
    });
  };
  return (
    <div className={styles.bar} ref={barRef}>
      <Button
        className={styles.button}
        icon={<ArrowUndo20Regular />}
        disabledFocusable={pane.state.busy !== null}
        aria-describedby={hintId}
        onClick={onUndo}
        {...{ [FOCUS_MARKS.undo]: "" }}
      >
        {strings.undo.button(last.title)}
      </Button>
      <Caption1 id={hintId} className={styles.hint}>
        {strings.undo.hint}
      </Caption1>
    </div>
  );
}
