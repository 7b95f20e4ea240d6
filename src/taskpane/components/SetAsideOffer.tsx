/**
 * « Ne plus signaler pour cette fiche… » inside a finding's explanation, and the form it opens. Loaded
 * on demand (chunk « set-aside », with the form and the plan that writes the sheet): the explanation it
 * sits in is closed at first paint, so the pane's first load does not carry it.
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { canSetAside, ficheRefOf, type Finding, type Register } from "../../register";
import { usePane } from "../state/store";
import { setAsideStrings as s } from "../strings/setAside";
import SetAsideForm from "./SetAsideForm";

const useStyles = makeStyles({
  offer: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS, marginTop: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface SetAsideOfferProps {
  register: Register;
  /** Offered only for a warning or conseil of a fiche with a RÉF (canSetAside): nothing otherwise. */
  finding: Finding;
  /** The form is open (the list keeps one open at a time). */
  formOpen: boolean;
  onOpen: () => void;
  /** The line is written: the finding has left the list. */
  onDone: () => void;
  onCancel: () => void;
}

export default function SetAsideOffer({ register, finding, formOpen, onOpen, onDone, onCancel }: SetAsideOfferProps): React.JSX.Element | null {
  const styles = useStyles();
  const busy = usePane().state.busy !== null;
  const ficheRef = ficheRefOf(register, finding.sheet);
  if (ficheRef === null || !canSetAside(register, finding)) return null;
  return (
    <div className={styles.offer}>
      {formOpen ? (
        <SetAsideForm finding={finding} ficheRef={ficheRef} onDone={onDone} onCancel={onCancel} />
      ) : (
        <>
          {/* data-action: the list puts the focus back here when the form is cancelled. */}
          <Button size="small" appearance="subtle" data-action="set-aside" disabledFocusable={busy} onClick={onOpen}>
            {s.offer}
          </Button>
          <Caption1 className={styles.hint}>{s.offerHint}</Caption1>
        </>
      )}
    </div>
  );
}
