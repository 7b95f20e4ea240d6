/**
 * « Précédent / Suivant »: walks the findings in the order the list shows them (the severity filters
 * apply), selecting each one's cell in the workbook. The keyboard focus stays on the button pressed,
 * so that « Suivant » can be pressed again and again; the finding walked to is highlighted and opened.
 * Words without icons: they say it, and the pane's first load has a budget.
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { walkerStrings as s } from "../strings/setAside";

const useStyles = makeStyles({
  walker: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  position: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface FindingWalkerProps {
  /** 1-based position of the current finding in the displayed order, 0 when none is current. */
  position: number;
  count: number;
  onStep: (step: -1 | 1) => void;
}

export default function FindingWalker({ position, count, onStep }: FindingWalkerProps): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.walker} role="group" aria-label={s.label}>
      {/* Kept focusable at either end (disabledFocusable), so that the focus is never dropped. */}
      <Button size="small" disabledFocusable={position <= 1} onClick={() => onStep(-1)}>
        {s.previous}
      </Button>
      <Button size="small" disabledFocusable={position >= count} onClick={() => onStep(1)}>
        {s.next}
      </Button>
      <span className={styles.position} role="status">
        {s.position(position, count)}
      </span>
    </div>
  );
}
