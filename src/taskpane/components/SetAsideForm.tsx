/**
 * The short form of « Ne plus signaler pour cette fiche »: the user's name (typed once: the last line
 * of « Constats écartés » gives it next time) and why the point does not apply; on « Ne plus signaler »
 * the line is written through the pane's `apply` (previewed by nothing: the form is the preview, and
 * « Annuler » undoes it). Loaded on first use, with the plan that writes the sheet.
 */
import * as React from "react";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { lastSetAsideAuthor, planSetAside, setAsideTexts, type Finding } from "../../register";
import { usePane } from "../state/store";
import { setAsideStrings as s } from "../strings/setAside";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignSelf: "stretch" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SetAsideFormProps {
  /** A warning or conseil of a fiche with a RÉF (the list offers the form for no other). */
  finding: Finding;
  /** The fiche's RÉF, for the form's title. */
  ficheRef: string;
  /** Called once the line is written (the finding has then left the list). */
  onDone: () => void;
  onCancel: () => void;
}

export default function SetAsideForm({ finding, ficheRef, onDone, onCancel }: SetAsideFormProps): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane();
  const busy = pane.state.busy !== null;
  // The name typed last time (the sheet keeps it), so that the user types it once.
  const [defaultWho] = React.useState(() => lastSetAsideAuthor(pane.register?.setAside));
  const [who, setWho] = React.useState(defaultWho);
  const [why, setWhy] = React.useState("");
  const [tried, setTried] = React.useState(false);
  const whoRef = React.useRef<HTMLInputElement>(null);
  const whyRef = React.useRef<HTMLTextAreaElement>(null);

  // The form opens where the user clicked: the first field still to fill takes the focus.
  React.useEffect(() => {
    (defaultWho ? whyRef : whoRef).current?.focus();
  }, [defaultWho]);

  const whoMissing = who.trim() === "";
  const whyMissing = why.trim() === "";

  const submit = (e: React.FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (whoMissing) return whoRef.current?.focus();
    if (whyMissing) return whyRef.current?.focus();
    const clock = pane.clock;
    const note = { who, why };
    // Planned on the workbook as it is now (apply reads it again): the line goes after the last one.
    void pane.apply((fresh) => planSetAside(fresh.snapshot, fresh.register, finding, note, clock)).then((done) => done && onDone());
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.formLabel(ficheRef)}</legend>
        <Field label={s.who} hint={s.whoHint} required validationMessage={tried && whoMissing ? setAsideTexts.noWho : undefined}>
          <Input ref={whoRef} value={who} maxLength={100} onChange={(_, d) => setWho(d.value)} />
        </Field>
        <Field label={s.why} required validationMessage={tried && whyMissing ? setAsideTexts.noWhy : undefined}>
          <Textarea ref={whyRef} value={why} maxLength={500} resize="vertical" onChange={(_, d) => setWhy(d.value)} />
        </Field>
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabledFocusable={busy}>
          {s.confirm}
        </Button>
        <Button appearance="secondary" size="small" onClick={onCancel}>
          {s.cancel}
        </Button>
      </div>
    </form>
  );
}
