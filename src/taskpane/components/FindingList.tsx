/**
 * Findings grouped by sheet, in the Accessibility Checker's way: each one says its severity, what was
 * found and what to do, offers its quick fix first, then where it is (one click takes you there), and
 * opens to « Pourquoi » and « Comment corriger » (with the CNIL's page when one helps).
 */
import * as React from "react";
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ruleInfo, type Finding } from "../../register";
import { strings } from "../strings";
import { SeverityIcon } from "./SeverityIcon";
import { useRuleExplanation } from "./useRuleExplanation";

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
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // The finding the walker is on: a brand border that stays visible whatever has the keyboard focus.
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0, flexGrow: 1 },
  message: { margin: 0, overflowWrap: "anywhere" },
  severity: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  explain: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  explainTitle: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalXS} 0 0` },
  explainText: { margin: `${tokens.spacingVerticalXXS} 0` },
  // A plain link: Fluent's Link would add to the pane's first load, which has a budget.
  link: { color: tokens.colorBrandForegroundLink },
});

/** What identifies a finding from one verification to the next (its message may change with the value). */
export const findingKey = (f: Pick<Finding, "rule" | "sheet" | "cell">): string => `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;

/**
 * Why the rule exists and how to fix it in general, from the rule catalogue (the message says it for
 * this cell), like the Accessibility Checker's « Why fix » and « How to fix »; then `extra` (the
 * set-aside). Opened by the walker on the finding it is on. The two texts are fetched when the details
 * are first opened (a short line says so meanwhile); the CNIL's link and `extra` are there at once.
 */
function Explanation({ finding, open, children }: { finding: Finding; open: boolean; children?: React.ReactNode }): React.JSX.Element {
  const styles = useStyles();
  const s = strings.verify;
  const info = ruleInfo(finding.rule);
  // Opened by the user (the summary) or by the walker (`open`); each opening retries a failed fetch.
  const [openings, setOpenings] = React.useState(0);
  const [userOpen, setUserOpen] = React.useState(false);
  const state = useRuleExplanation(finding.rule, open || userOpen, openings);
  const onToggle = (e: React.SyntheticEvent<HTMLDetailsElement>): void => {
    const isOpen = e.currentTarget.open;
    setUserOpen(isOpen);
    if (isOpen) setOpenings((n) => n + 1);
  };
  return (
    <details className={styles.explain} open={open || undefined} onToggle={onToggle}>
      <summary>{s.explain}</summary>
      {state.kind === "ready" ? (
        <>
          <p className={styles.explainTitle}>{s.why}</p>
          <p className={styles.explainText}>{state.explanation.why}</p>
          <p className={styles.explainTitle}>{s.howToFix}</p>
          <p className={styles.explainText}>{state.explanation.howToFix}</p>
        </>
      ) : (
        <p className={styles.explainText}>{state.kind === "failed" ? s.explainFailed : s.explainLoading}</p>
      )}
      {info.link && (
        // The link's label names the CNIL (« CNIL : la finalité d'un traitement »).
        <p className={styles.explainText}>
          <a className={styles.link} href={info.link.url} target="_blank" rel="noopener noreferrer">
            {info.link.label}
          </a>
        </p>
      )}
      {children}
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
  /** The finding the walker is on (findingKey): highlighted, marked current, its explanation open. */
  currentKey?: string | null;
  /** More inside a finding's explanation (the set-aside button and form). */
  extra?: (finding: Finding) => React.ReactNode;
}

/** Findings grouped by sheet, in the order the sheets first appear (the engine sorts errors first). */
export function groupBySheet(findings: Finding[]): { sheet: string; findings: Finding[] }[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groups.get(f.sheet);
    if (g) g.push(f);
    else groups.set(f.sheet, [f]);
  }
  return [...groups].map(([sheet, list]) => ({ sheet, findings: list }));
}

/** The findings in the order the list shows them (group after group): the order the walker follows. */
export function displayOrder(findings: Finding[]): Finding[] {
  return groupBySheet(findings).flatMap((g) => g.findings);
}

export function FindingList({ findings, onGoTo, onFix, headingLevel = 3, disabled, currentKey, extra }: FindingListProps): React.JSX.Element {
  const styles = useStyles();
  const s = strings.verify;
  const Heading = headingLevel === 3 ? "h3" : headingLevel === 4 ? "h4" : "h5";
  return (
    <div>
      {groupBySheet(findings).map((group) => (
        <section key={group.sheet} className={styles.group} aria-label={s.sheetGroup(group.sheet, group.findings.length)}>
          <Heading className={styles.groupTitle}>{s.sheetGroup(group.sheet, group.findings.length)}</Heading>
          <ul className={styles.list}>
            {group.findings.map((f, i) => {
              const key = findingKey(f);
              const current = key === currentKey;
              return (
                <li
                  key={`${key}-${i}`}
                  className={mergeClasses(styles.item, current && styles.current)}
                  data-severity={f.severity}
                  data-finding-key={key}
                  data-rule={f.rule}
                  data-sheet={f.sheet}
                  aria-current={current ? "true" : undefined}
                  // Focusable by the pane only (after a fix or a set-aside), not a stop of the Tab key.
                  tabIndex={-1}
                >
                  <SeverityIcon severity={f.severity} />
                  <div className={styles.body}>
                    <Caption1 className={styles.severity}>{strings.severity[f.severity]}</Caption1>
                    <p className={styles.message}>{f.message}</p>
                    <div className={styles.actions}>
                      {f.fix && (
                        // First: when the answer is unambiguous, fixing is what the user came for. Kept
                        // focusable while disabled, so that the focus never falls to the top of the page.
                        <Button size="small" appearance="primary" disabledFocusable={disabled} data-action="fix" onClick={() => onFix(f)}>
                          {`${f.fix.label}…`}
                        </Button>
                      )}
                      {f.cell && (
                        <Button size="small" appearance="secondary" aria-label={s.goToLabel(f.sheet, f.cell)} onClick={() => onGoTo(f)}>
                          {s.goTo(f.cell)}
                        </Button>
                      )}
                    </div>
                    <Explanation finding={f} open={current}>
                      {extra?.(f)}
                    </Explanation>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
