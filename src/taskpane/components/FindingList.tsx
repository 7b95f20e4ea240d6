/**
 * Findings grouped by sheet, in the Accessibility Checker's way: each one says its severity, what was
 * found and what to do, where it is (one click takes you there), and offers its quick fix when there is one.
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ruleInfo, type Finding } from "../../register";
import { strings } from "../strings";
import { SeverityIcon } from "./SeverityIcon";

const useStyles = makeStyles({
  group: { marginBottom: tokens.spacingVerticalM },
  groupTitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, flexGrow: 1 },
  message: { margin: 0, overflowWrap: "anywhere" },
  severity: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  explain: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  explainText: { margin: `${tokens.spacingVerticalXXS} 0` },
  // A plain link: Fluent's Link would add to the pane's first load, which has a budget.
  link: { color: tokens.colorBrandForegroundLink },
});

/** Why the rule exists and what to do in general, from the rule catalogue (the message says it for this cell). */
function Explanation({ finding }: { finding: Finding }): React.JSX.Element {
  const styles = useStyles();
  const s = strings.verify;
  const info = ruleInfo(finding.rule);
  return (
    <details className={styles.explain}>
      <summary>{s.explain}</summary>
      <p className={styles.explainText}>
        <strong>{s.why}</strong> {info.why}
      </p>
      <p className={styles.explainText}>
        <strong>{s.howToFix}</strong> {info.howToFix}
      </p>
      {info.link && (
        <a className={styles.link} href={info.link.url} target="_blank" rel="noopener noreferrer">
          {info.link.label}
        </a>
      )}
    </details>
  );
}

export interface FindingListProps {
  findings: Finding[];
  onGoTo: (finding: Finding) => void;
  onFix: (finding: Finding) => void;
  /** Heading level of the sheet groups (the panel decides, so that headings stay in order). */
  headingLevel?: 3 | 4 | 5;
  disabled?: boolean;
}

/** Findings grouped by sheet, in the order the sheets first appear. */
export function groupBySheet(findings: Finding[]): { sheet: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.sheet);
    if (g) g.push(f);
    else groups.set(f.sheet, [f]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list }));
}

export function FindingList({ findings, onGoTo, onFix, headingLevel = 3, disabled }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const s = strings.verify;
  const Heading = headingLevel === 3 ? "h3" : headingLevel === 4 ? "h4" : "h5";
  return (
    <div>
      {groupBySheet(findings).map((group) => (
        <section key={group.sheet} className={styles.group} aria-label={s.sheetGroup(group.sheet, group.findings.length)}>
          <Heading className={styles.groupTitle}>{s.sheetGroup(group.sheet, group.findings.length)}</Heading>
          <ul className={styles.list}>
            {group.findings.map((f, i) => (
              <li key={`${f.rule}-${f.cell}-${i}`} className={styles.item} data-severity={f.severity}>
                <SeverityIcon severity={f.severity} />
                <div className={styles.body}>
                  <Caption1 className={styles.severity}>{strings.severity[f.severity]}</Caption1>
                  <p className={styles.message}>{f.message}</p>
                  <Explanation finding={f} />
                  <div className={styles.actions}>
                    {f.cell && (
                      <Button size="small" appearance="secondary" aria-label={s.goToLabel(f.sheet, f.cell)} onClick={() => onGoTo(f)}>
                        {s.goTo(f.cell)}
                      </Button>
                    )}
                    {f.fix && (
                      <Button size="small" appearance="primary" disabled={disabled} onClick={() => onFix(f)}>
                        {`${f.fix.label}…`}
                      </Button>
                    )}
                  </div>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
