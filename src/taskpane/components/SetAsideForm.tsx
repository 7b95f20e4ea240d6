/**
 * The short form of « Ne plus signaler pour cette fiche »: the user's name (typed once: the last line
 * of « Constats écartés » gives it next time) and why the point does not apply. Loaded on first use.
 */
import * as React from "react";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { setAsideTexts, type SetAsideNote } from "../../register";
import { strings } from "../strings";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignSelf: "stretch" },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SetAsideFormProps {
  label: string;
  defaultWho: string;
  busy: boolean;
  /** Resolves to true once the line is written (the form then goes away with its finding). */
  onSubmit: (note: SetAsideNote) => Promise<boolean>;
  onCancel: () => void;
}

export default function SetAsideForm({ label, defaultWho, busy, onSubmit, onCancel }: SetAsideFormProps): React.JSX.Element {
  const styles = useStyles();
  const s = strings.findings;
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
    void onSubmit({ who, why });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{label}</legend>
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
