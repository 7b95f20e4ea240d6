/**
 * « Auto-diagnostic » of the « Sécurité » tab: the cyber self-audit. Before any run, the questionnaire;
 * once the workbook holds runs, the last one's results (compared with the one before) and « Nouvelle
 * évaluation » to start the next. « Enregistrer l'évaluation » writes the run as a new block of the
 * add-in's sheet « Auto-diagnostic cyber », with an Excel chart of its comparison table
 * (planAuditRunWithChart), through the pane's apply: undoable with the pane's « Annuler ». The results
 * shown are always those read back from the workbook, so what the pane says is what the file holds.
 *
 * The name is typed once per run, prefilled with the last run's; the answers start empty (a
 * re-evaluation is a fresh look, not a copy of the last one).
 */
import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { planAuditRunWithChart, type AuditAnswers } from "../../../../register";
import { useApplyFresh } from "../../sections/applyFresh";
import { auditStrings as s } from "../../../strings/audit";
import type { SectionProps } from "../../sections/sectionProps";
import { Questionnaire } from "./Questionnaire";
import { Results } from "./Results";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export default function AuditSection({ register, snapshot, clock, onNavigate, onApplyPlan }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const runs = register.audit?.runs ?? [];
  const last = runs[runs.length - 1];
  const previous = runs[runs.length - 2];

  const [mode, setMode] = React.useState<"form" | "results">(last ? "results" : "form");
  const [answers, setAnswers] = React.useState<AuditAnswers>({});
  const [who, setWho] = React.useState(last?.who ?? "");
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const resultsHeading = React.useRef<HTMLHeadingElement>(null);
  const focusResults = React.useRef(false);
  const [focusForm, setFocusForm] = React.useState(false);

  // After a save, the results of the run just read back take the focus.
  React.useEffect(() => {
    if (mode === "results" && focusResults.current && resultsHeading.current) {
      focusResults.current = false;
      resultsHeading.current.focus();
    }
  });

  const onAnswer = React.useCallback((questionId: string, choiceId: string) => setAnswers((a) => ({ ...a, [questionId]: choiceId })), []);

  const applyFresh = useApplyFresh(snapshot, onApplyPlan);
  const save = async (): Promise<void> => {
    if (!snapshot) return;
    setError(null);
    setBusy(true);
    try {
      // Planned on the workbook as it is when writing (a note typed under the last run since the pane
      // last read it is never written over); the pane says in its message strip whether it worked.
      const outcome = await applyFresh((fresh) => planAuditRunWithChart(fresh, answers, who, clock));
      if (typeof outcome === "string") {
        setError(outcome);
      } else if (outcome === null) {
        setAnswers({});
        focusResults.current = true;
        setMode("results");
      }
    } finally {
      setBusy(false);
    }
  };

  const showResults = mode === "results" && last !== undefined;
  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{s.heading}</h2>
      {showResults ? (
        <Results
          run={last}
          previous={previous}
          clock={clock}
          onNavigate={onNavigate}
          onNewRun={() => {
            setWho((w) => w || last.who);
            setFocusForm(true);
            setMode("form");
          }}
          headingRef={resultsHeading}
        />
      ) : (
        <>
          <p className={styles.intro}>{s.intro}</p>
          {last && (
            <div>
              <Button
                onClick={() => {
                  focusResults.current = true;
                  setMode("results");
                }}
              >
                {s.backToResults}
              </Button>
            </div>
          )}
          <Questionnaire
            answers={answers}
            who={who}
            onAnswer={onAnswer}
            onWho={setWho}
            onSave={save}
            busy={busy || !snapshot}
            error={error}
            focusFirst={focusForm}
          />
        </>
      )}
    </div>
  );
}
