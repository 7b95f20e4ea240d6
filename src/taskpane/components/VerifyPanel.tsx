/**
 * "Vérifier": the verdict (ready to send to SESAN, or what blocks it), the counts that double as
 * severity filters, each fiche's completeness and AIPD screening, and the findings grouped by sheet.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  ToggleButton,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, DocumentText20Regular } from "@fluentui/react-icons";
import { completeness, isRuleId, pointsToReview, ruleInfo, validateRegister, type AipdStatus, type Severity } from "../../register";
import { ADDIN_VERSION } from "../version";
import { usePane } from "../state/store";
import { strings } from "../strings";
import { Findings } from "./Findings";
import { SEVERITY_BADGE_COLOR, SeverityIcon } from "./SeverityIcon";

/**
 * The AIPD badge's colour and weight. The AIPD screening's findings are conseils (catalogue « aipd.* »:
 * an AIPD is work to do beside the register, it does not make the register wrong), so a badge with a
 * finding takes that finding's severity colour (blue for a conseil, never the red of an error): the
 * badge and the finding next to it can never disagree, and would follow if the catalogue changed a
 * severity. How likely an AIPD is shows in the badge's weight (filled, tint, outline) instead.
 * Statuses without a finding are neutral.
 */
const AIPD_WEIGHT: Record<AipdStatus, "filled" | "tint" | "outline"> = {
  required: "filled",
  likely: "tint",
  "to-examine": "outline",
  "not-required": "tint",
  undetermined: "outline",
};

export function aipdBadge(status: AipdStatus): { color: "danger" | "warning" | "brand" | "informative"; appearance: "filled" | "tint" | "outline" } {
  // « aipd.required », « aipd.likely », « aipd.to-examine »: the statuses that come with a finding.
  const rule = `aipd.${status}`;
  return { color: isRuleId(rule) ? SEVERITY_BADGE_COLOR[ruleInfo(rule).severity] : "informative", appearance: AIPD_WEIGHT[status] };
}

// « Constats écartés (N) » is loaded only for a workbook that has set findings aside.
const SetAsideList = React.lazy(() => import(/* webpackChunkName: "set-aside" */ "./SetAsideList"));
// « Préparer l'envoi à SESAN » is loaded on its button's first click.
const SendPanel = React.lazy(() => import(/* webpackChunkName: "send" */ "./send/SendPanel"));

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  fiches: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fiche: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  ficheHead: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", justifyContent: "space-between" },
  missing: { color: tokens.colorNeutralForeground2 },
});

const SEVERITIES: Severity[] = ["error", "warning", "info"];

export default function VerifyPanel(): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane();
  const s = strings.verify;
  const { report, register, state } = pane;
  const busy = state.busy !== null;
  const [shown, setShown] = React.useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  // Once listed, « Constats écartés » stays (at 0 after the last « Signaler de nouveau »), so that the
  // focus it keeps has somewhere to stay.
  const hasSetAside = (register?.setAside?.entries.length ?? 0) > 0;
  const [setAsideShown, setSetAsideShown] = React.useState(hasSetAside);
  if (hasSetAside && !setAsideShown) setSetAsideShown(true);
  const [sendOpen, setSendOpen] = React.useState(false);
  const sendButton = React.useRef<HTMLButtonElement>(null);
  const closeSend = (): void => {
    setSendOpen(false);
    sendButton.current?.focus();
  };

  const counts: Record<Severity, number> = report
    ? { error: report.summary.errors, warning: report.summary.warnings, info: report.summary.infos }
    : { error: 0, warning: 0, info: 0 };
  const visible = report ? report.findings.filter((f) => shown[f.severity]) : [];

  // The report is of the workbook as it is at the click, not as it was at the last verification.
  // Its planning is loaded on the first click: the pane's first load has a budget.
  const writeReport = async (): Promise<void> => {
    if (!report) return;
    const { planReportSheet } = await import(/* webpackChunkName: "report" */ "../../register/owned/reportPlan");
    const clock = pane.clock;
    await pane.apply((fresh) =>
      planReportSheet(fresh.snapshot, fresh.register, validateRegister(fresh.register, { clock }), { clock, addinVersion: ADDIN_VERSION }),
    );
  };

  return (
    <div className={styles.panel}>
      <h2 className={styles.h2}>{s.heading}</h2>
      <p className={styles.intro}>{s.intro}</p>
      <div className={styles.row}>
        {/* disabledFocusable: while the pane works the button used keeps the keyboard focus (a disabled
            button would drop it to the top of the page). */}
        <Button appearance="primary" icon={<ArrowClockwise20Regular />} disabledFocusable={busy} onClick={() => void pane.refresh()}>
          {state.readCount > 0 ? s.rerun : s.run}
        </Button>
        {report && (
          <Button icon={<DocumentText20Regular />} disabledFocusable={busy} onClick={() => void writeReport()} title={s.writeReportHint}>
            {s.writeReport}
          </Button>
        )}
      </div>

      {pane.registerError && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{strings.errors.notARegisterTitle}</MessageBarTitle>
            {pane.registerError}
          </MessageBarBody>
        </MessageBar>
      )}

      {!report && !pane.registerError && !busy && <p className={styles.intro}>{s.notRun}</p>}

      {report && (
        <>
          <MessageBar intent={report.verdict === "ready" ? "success" : "error"} role="status">
            <MessageBarBody>
              <MessageBarTitle>{s.verdict(report.verdict === "ready", report.summary.errors, pointsToReview(report.summary))}</MessageBarTitle>
              {report.verdict === "ready" ? s.readyBody(pointsToReview(report.summary)) : s.notReadyBody(report.summary.errors)}
            </MessageBarBody>
          </MessageBar>
          <div className={styles.row}>
            <Button
              ref={sendButton}
              appearance={report.verdict === "ready" ? "primary" : "secondary"}
              aria-expanded={sendOpen}
              onClick={() => setSendOpen((open) => !open)}
            >
              {s.send}
            </Button>
          </div>
          {sendOpen && (
            <React.Suspense fallback={<p className={styles.intro}>{strings.app.loadingPanel}</p>}>
              <SendPanel onClose={closeSend} />
            </React.Suspense>
          )}

          <section aria-labelledby="verify-counts">
            <h3 id="verify-counts" className={styles.h3}>
              {s.counts}
            </h3>
            <div className={styles.row} role="group" aria-label={s.filterHint}>
              {SEVERITIES.map((sev) => (
                <ToggleButton
                  key={sev}
                  checked={shown[sev]}
                  icon={<SeverityIcon severity={sev} />}
                  onClick={() => setShown((cur) => ({ ...cur, [sev]: !cur[sev] }))}
                  aria-label={`${s.filterHint} : ${s.count(counts[sev], sev)}`}
                >
                  {s.count(counts[sev], sev)}
                </ToggleButton>
              ))}
            </div>
          </section>

          <section aria-labelledby="verify-fiches">
            <h3 id="verify-fiches" className={styles.h3}>
              {s.fichesHeading}
            </h3>
            {report.fiches.length === 0 ? (
              <p className={styles.intro}>{s.noFiche}</p>
            ) : (
              <ul className={styles.fiches}>
                {report.fiches.map((f) => {
                  const fiche = register?.fiches.find((x) => x.sheet === f.sheet);
                  const missing = fiche ? completeness(fiche).missing : [];
                  const label = s.ficheLabel(f.name || f.sheet, f.ref);
                  return (
                    <li key={f.sheet} className={styles.fiche}>
                      <div className={styles.ficheHead}>
                        <Button appearance="transparent" size="small" onClick={() => void pane.selectCell(f.sheet, fiche?.name.cell ?? "A1")}>
                          {label}
                        </Button>
                        <Badge {...aipdBadge(f.aipd)} title={s.aipdHint} data-aipd={f.aipd}>
                          {s.aipd(f.aipd)}
                        </Badge>
                      </div>
                      <ProgressBar
                        value={f.completeness / 100}
                        color={f.completeness >= 100 ? "success" : "brand"}
                        aria-label={s.completenessLabel(label)}
                        aria-valuetext={s.completeness(f.completeness)}
                      />
                      <Caption1 className={styles.missing}>
                        {s.completeness(f.completeness)}
                        {missing.length > 0 ? ` — ${s.missing(missing)}` : ""}
                      </Caption1>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>

          <section aria-labelledby="verify-findings">
            <h3 id="verify-findings" className={styles.h3}>
              {s.findingsHeading}
            </h3>
            <Findings findings={visible} headingLevel={4} walker emptyText={report.findings.length === 0 ? s.noFinding : s.allFiltered} />
          </section>

          {register && (setAsideShown || (register.setAside?.entries.length ?? 0) > 0) && (
            <React.Suspense fallback={null}>
              <SetAsideList register={register} />
            </React.Suspense>
          )}
        </>
      )}
    </div>
  );
}
