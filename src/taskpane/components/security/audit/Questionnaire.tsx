/**
 * The self-audit's questionnaire: the name typed once, then the questions theme by theme, each a group
 * of radio buttons whose last choice is « Je ne sais pas » (engine data), and the progress « 12 / 22 »
 * kept in view. « Enregistrer l'évaluation » asks for the name and an answer to every question first:
 * what is missing is said in one message, and the focus goes to the field or the first unanswered
 * question, so a keyboard or screen reader user lands where to act.
 */
import * as React from "react";
import { Button, Field, Input, ProgressBar, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { AUDIT_QUESTIONS, AUDIT_THEMES, type AuditAnswers } from "../../../../register";
import { auditStrings as s } from "../../../strings/audit";

export interface QuestionnaireProps {
  answers: AuditAnswers;
  who: string;
  onAnswer: (questionId: string, choiceId: string) => void;
  onWho: (who: string) => void;
  /** Called once the name and every answer are there; resolves when the save is over. */
  onSave: () => Promise<void>;
  busy: boolean;
  /** A message of the engine (a refused plan), shown above the button. */
  error: string | null;
  /** Focus the name field once shown (the user asked for a new run: the button they used is gone). */
  focusFirst?: boolean;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  progress: {
    position: "sticky",
    // Under the pane's own message strip (App.tsx), which sticks at the top too.
    top: 0,
    zIndex: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  progressText: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  theme: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  themeHeader: { display: "flex", flexWrap: "wrap", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  themeProgress: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  error: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    color: tokens.colorStatusDangerForeground1,
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

/** The questions without an answer, in the questionnaire's order. */
export function unanswered(answers: AuditAnswers): string[] {
  return AUDIT_QUESTIONS.filter((q) => answers[q.id] === undefined).map((q) => q.id);
}

export function Questionnaire({ answers, who, onAnswer, onWho, onSave, busy, error, focusFirst }: QuestionnaireProps): React.JSX.Element {
  const styles = useStyles();
  const total = AUDIT_QUESTIONS.length;
  const answered = total - unanswered(answers).length;
  const [missing, setMissing] = React.useState<string | null>(null);
  const whoInput = React.useRef<HTMLInputElement>(null);
  const idPrefix = React.useId();
  const groupId = (questionId: string): string => `${idPrefix}-q-${questionId}`;
  // Only when first shown: later renders must not pull the focus back.
  const focusOnShow = React.useRef(focusFirst);
  React.useEffect(() => {
    if (focusOnShow.current) whoInput.current?.focus();
  }, []);

  const save = async (): Promise<void> => {
    const left = unanswered(answers);
    if (who.trim() === "") {
      setMissing(s.missingWho);
      whoInput.current?.focus();
      return;
    }
    if (left.length > 0) {
      setMissing(s.missingAnswers(left.length));
      document.getElementById(groupId(left[0]))?.querySelector("input")?.focus();
      return;
    }
    setMissing(null);
    await onSave();
  };

  const message = missing ?? error;
  return (
    <div className={styles.root}>
      <Field label={s.whoLabel} hint={s.whoHint} required>
        <Input
          ref={whoInput}
          value={who}
          onChange={(_, data) => {
            // Once the user acts on what the message asked, it has done its work.
            setMissing(null);
            onWho(data.value);
          }}
          autoComplete="name"
        />
      </Field>
      <div className={styles.progress}>
        <p className={styles.progressText} id={`${idPrefix}-progress`}>
          {s.progressLabel} : {s.progress(answered, total)}
        </p>
        <ProgressBar value={answered} max={total} aria-labelledby={`${idPrefix}-progress`} />
      </div>
      {AUDIT_THEMES.map((theme) => {
        const done = theme.questions.filter((q) => answers[q.id] !== undefined).length;
        return (
          <section key={theme.id} className={styles.theme} aria-labelledby={`${idPrefix}-t-${theme.id}`}>
            <div className={styles.themeHeader}>
              <h3 className={styles.h3} id={`${idPrefix}-t-${theme.id}`}>
                {theme.label}
              </h3>
              <span className={styles.themeProgress}>{s.themeProgress(done, theme.questions.length)}</span>
            </div>
            {theme.questions.map((q) => (
              <Field key={q.id} label={q.text} hint={q.help}>
                <RadioGroup
                  id={groupId(q.id)}
                  value={answers[q.id] ?? ""}
                  onChange={(_, data) => {
                    setMissing(null);
                    onAnswer(q.id, data.value);
                  }}
                >
                  {q.choices.map((c) => (
                    <Radio key={c.id} value={c.id} label={c.label} />
                  ))}
                </RadioGroup>
              </Field>
            ))}
          </section>
        );
      })}
      {message && (
        <p className={styles.error} role="alert">
          {message}
        </p>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => void save()}>
          {s.save}
        </Button>
        <span>{s.progress(answered, total)}</span>
      </div>
    </div>
  );
}
