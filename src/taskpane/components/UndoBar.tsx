import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowUndo20Regular } from "@fluentui/react-icons";
import { usePane } from "../state/store";
import { strings } from "../strings";

const useStyles = makeStyles({
  bar: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

/** "Annuler : <titre>": undoes the pane's own last change (Excel's Ctrl+Z cannot undo what an add-in writes). */
export function UndoBar(): React.JSX.Element | null {
  const styles = useStyles();
  const pane = usePane();
  const last = pane.state.undo[pane.state.undo.length - 1];
  if (!last) return null;
  return (
    <div className={styles.bar}>
      <Button icon={<ArrowUndo20Regular />} disabled={pane.state.busy !== null} onClick={() => void pane.undo()}>
        {strings.undo.button(last.title)}
      </Button>
      <Caption1 className={styles.hint}>{strings.undo.hint}</Caption1>
    </div>
  );
}
