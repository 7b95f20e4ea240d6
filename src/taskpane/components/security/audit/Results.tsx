/**
 * The results of a run of the self-audit, as read back from the workbook: the overall score and its
 * level with what it means, the score per theme against the previous run (ComparisonChart), up to six
 * priority measures with why and how, and the day by which to evaluate again. Scores are recomputed
 * from the answers by the engine (scoreAudit), never taken from figures a user may have edited.
 */
import * as React from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import { AUDIT_LEVELS, formatFrenchDate, reevaluateBy, scoreAudit, todaySerial, type AuditLevelId, type AuditRun, type Clock } from "../../../../register";
import { auditStrings as s } from "../../../strings/audit";
import { ComparisonChart, type ComparisonRow } from "./ComparisonChart";

export interface ResultsProps {
  run: AuditRun;
  /** The run before it, to compare with; undefined for a first run. */
  previous: AuditRun | undefined;
  clock: Clock;
  onNavigate: (sheet: string, cell: string) => void;
  onNewRun: () => void;
  /** The results' heading, focused after a save so that the keyboard and screen readers land on them. */
  headingRef?: React.Ref<HTMLHeadingElement>;
}

const LEVEL_BADGE: Record<AuditLevelId, "danger" | "warning" | "informative" | "success"> = {
  insufficient: "danger",
  basic: "warning",
  intermediate: "informative",
  advanced: "success",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  block: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, ":focus-visible": { outlineStyle: "none" } },
  h4: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  p: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  score: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  figure: { fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightHero700 },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  measures: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  measure: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  due: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  overdue: { margin: 0, fontWeight: tokens.fontWeightSemibold, color: tokens.colorStatusWarningForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const dayOf = (run: AuditRun | undefined): string | null => (run && run.date !== null ? formatFrenchDate(run.date) : null);

export function Results({ run, previous, clock, onNavigate, onNewRun, headingRef }: ResultsProps): React.JSX.Element {
  const styles = useStyles();
  const result = React.useMemo(() => scoreAudit(run.answers), [run.answers]);
  const before = React.useMemo(() => (previous ? scoreAudit(previous.answers) : null), [previous]);
  const day = dayOf(run);
  const previousDay = dayOf(previous);
  const rows: ComparisonRow[] = result.themes.map((theme) => ({
    label: theme.label,
    current: theme.score,
    previous: before?.themes.find((b) => b.theme === theme.theme)?.score ?? null,
  }));
  const due = reevaluateBy(run);
  const overdue = due !== null && todaySerial(clock) > due;

  return (
    <div className={styles.root}>
      <div className={styles.block}>
        <h3 className={styles.h3} ref={headingRef} tabIndex={-1}>
          {day ? s.resultsHeading(day) : s.undatedResultsHeading}
        </h3>
        {run.who && <p className={styles.muted}>{s.by(run.who)}</p>}
      </div>

      <section className={styles.card} aria-label={s.overall}>
        <h4 className={styles.h4}>{s.overall}</h4>
        <div className={styles.score}>
          <span className={styles.figure}>{s.outOf100(result.score)}</span>
          <Badge size="large" color={LEVEL_BADGE[result.level.id]} appearance="filled">
            {s.level(result.level.label)}
          </Badge>
        </div>
        {before && previousDay && <p className={styles.p}>{s.change(result.score - before.score, previousDay)}</p>}
        <p className={styles.p}>{result.level.meaning}</p>
        <p className={styles.muted}>{s.levelsExplained(AUDIT_LEVELS)}</p>
      </section>

      {due !== null && (
        <p className={overdue ? styles.overdue : styles.due}>{overdue ? s.reevaluateOverdue(formatFrenchDate(due)) : s.reevaluate(formatFrenchDate(due))}</p>
      )}

      <section className={styles.block} aria-label={s.themesHeading}>
        <h4 className={styles.h4}>{s.themesHeading}</h4>
        <ComparisonChart
          rows={rows}
          caption={s.chartCaption(before ? previousDay : null, day ?? "")}
          currentLabel={s.seriesRun(day ?? "")}
          previousLabel={before ? s.seriesRun(previousDay ?? "") : null}
        />
      </section>

      <section className={styles.block} aria-label={s.measuresHeading}>
        <h4 className={styles.h4}>{s.measuresHeading}</h4>
        {result.measures.length === 0 ? (
          <p className={styles.p}>{s.noMeasures}</p>
        ) : (
          <>
            <p className={styles.muted}>{s.measuresIntro}</p>
            <ol className={styles.measures}>
              {result.measures.map((m) => (
                <li key={m.questionId} className={styles.measure}>
                  <span className={styles.term}>{m.title}</span>
                  <span>
                    <span className={styles.term}>{s.why}</span>
                    {m.why}
                  </span>
                  <span>
                    <span className={styles.term}>{s.how}</span>
                    {m.how}
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>

      <div className={styles.actions}>
        <Button appearance="primary" onClick={onNewRun}>
          {s.newRun}
        </Button>
        <Button onClick={() => onNavigate(run.sheet, run.dateCell)}>{s.openSheet}</Button>
      </div>
    </div>
  );
}
