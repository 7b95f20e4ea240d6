/**
 * « Préparer l'envoi à SESAN », opened from « Vérifier »: the verdict and what blocks it, tab 2's dates
 * brought in line with the fiches (shown first, written only on « Appliquer »), the « Synthèse pour
 * SESAN » page written into the workbook, then the copy to send, made from the workbook's own file
 * with the people's data taken out and offered through a download link, and how to send it safely.
 * Lazily loaded (chunk "send"): only the button that opens it is in the pane's first load.
 */
import * as React from "react";
import { Button, Link, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import {
  findOwnedSheets,
  listDatesTexts,
  planListDatesRefresh,
  planSesanSummary,
  pointsToReview,
  sendAdviceTexts,
  validateRegister,
  type WritePlan,
} from "../../../register";
import { usePane, errorText } from "../../state/store";
import { sendStrings as s } from "../../strings/send";
import { PlanPreviewDialog } from "../PlanPreviewDialog";
import type { SendCopy } from "./sendCopy";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "flex-start", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: "anywhere" },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: "anywhere" },
  p: { margin: 0, overflowWrap: "anywhere" },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  steps: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  step: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  link: { overflowWrap: "anywhere", wordBreak: "break-word" },
});

/** How many blocking errors the first step lists (the rest are in « Vérifier »). */
const BLOCKING_SHOWN = 5;

interface Offered extends SendCopy {
  url: string;
}

/** The copy offered for download; its object URL freed when replaced, cleared, or when the panel goes. */
function useOfferedCopy(): [Offered | null, (copy: SendCopy | null) => void] {
  const [offered, setOffered] = React.useState<Offered | null>(null);
  React.useEffect(() => () => (offered ? URL.revokeObjectURL(offered.url) : undefined), [offered]);
  const offer = React.useCallback((copy: SendCopy | null) => {
    setOffered(
      copy && {
        ...copy,
        url: URL.createObjectURL(new Blob([copy.bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" })),
      },
    );
  }, []);
  return [offered, offer];
}

export interface SendPanelProps {
  onClose: () => void;
}

export default function SendPanel({ onClose }: SendPanelProps): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane();
  const { report, register, state } = pane;
  const busy = state.busy !== null;
  const [preview, setPreview] = React.useState<WritePlan | null>(null);
  const [offered, offer] = useOfferedCopy();
  const [copying, setCopying] = React.useState(false);
  const [copyError, setCopyError] = React.useState<string | null>(null);
  const headingRef = React.useRef<HTMLHeadingElement>(null);

  // The panel opens on its heading, for keyboard and screen reader users.
  React.useEffect(() => headingRef.current?.focus(), []);

  const dates = React.useMemo(() => (register?.listTab ? planListDatesRefresh(register) : null), [register]);
  const summarySheet = (state.snapshot && findOwnedSheets(state.snapshot, "sesanSummary")[0]) ?? null;

  // A change made here makes an earlier copy out of date: it is withdrawn.
  const applyHere = async (plan: Parameters<typeof pane.apply>[0]): Promise<void> => {
    offer(null);
    await pane.apply(plan);
  };

  const writeSummary = (): Promise<void> =>
    applyHere((fresh) => planSesanSummary(fresh.snapshot, fresh.register, validateRegister(fresh.register, { clock: pane.clock }), pane.clock));

  const makeCopy = async (): Promise<void> => {
    setCopying(true);
    setCopyError(null);
    offer(null);
    try {
      const bytes = await pane.port.getFileBytes();
      const { makeSendCopy } = await import(/* webpackChunkName: "send-copy" */ "./sendCopy");
      offer(await makeSendCopy(bytes, pane.clock));
    } catch (err) {
      setCopyError(errorText(err));
    } finally {
      setCopying(false);
    }
  };

  const errors = report ? report.findings.filter((f) => f.severity === "error") : [];

  return (
    <section className={styles.root} aria-labelledby="send-heading">
      <div className={styles.head}>
        <h2 id="send-heading" ref={headingRef} tabIndex={-1} className={styles.h2}>
          {s.heading}
        </h2>
        <Button appearance="subtle" icon={<Dismiss20Regular />} aria-label={s.close} title={s.close} onClick={onClose} />
      </div>
      <p className={styles.muted}>{s.intro}</p>

      {!report || !register ? (
        <p className={styles.p}>{s.notRead}</p>
      ) : (
        <ol className={styles.steps} aria-label={s.stepsLabel}>
          <li className={styles.step} aria-labelledby="send-verdict">
            <h3 id="send-verdict" className={styles.h3}>
              {s.verdictHeading}
            </h3>
            <MessageBar intent={report.verdict === "ready" ? "success" : "error"}>
              <MessageBarBody>
                {report.verdict === "ready"
                  ? pointsToReview(report.summary) > 0
                    ? s.readyToReview(pointsToReview(report.summary))
                    : s.ready
                  : s.notReady(report.summary.errors)}
              </MessageBarBody>
            </MessageBar>
            {errors.length > 0 && (
              <ul className={styles.list} aria-label={s.blockingLabel}>
                {errors.slice(0, BLOCKING_SHOWN).map((f, i) => (
                  <li key={`${f.sheet}!${f.cell}-${i}`}>
                    <span className={styles.p}>{f.message} </span>
                    <Link as="button" onClick={() => void pane.selectCell(f.sheet, f.cell)}>
                      {s.goTo(f.sheet, f.cell)}
                    </Link>
                  </li>
                ))}
                {errors.length > BLOCKING_SHOWN && <li className={styles.muted}>{s.moreBlocking(errors.length - BLOCKING_SHOWN)}</li>}
              </ul>
            )}
          </li>

          <li className={styles.step} aria-labelledby="send-dates">
            <h3 id="send-dates" className={styles.h3}>
              {s.datesHeading}
            </h3>
            <p className={styles.muted}>{s.datesIntro}</p>
            {!dates ? (
              <p className={styles.p}>{s.datesNoList}</p>
            ) : dates.changes.length === 0 ? (
              <p className={styles.p}>{listDatesTexts.nothing}</p>
            ) : (
              <>
                <p className={styles.p}>{s.datesToChange(dates.changes.length)}</p>
                <div className={styles.row}>
                  <Button disabledFocusable={busy} onClick={() => setPreview(dates.plan)}>
                    {s.datesPreview}
                  </Button>
                </div>
              </>
            )}
          </li>

          <li className={styles.step} aria-labelledby="send-summary">
            <h3 id="send-summary" className={styles.h3}>
              {s.summaryHeading}
            </h3>
            <p className={styles.muted}>{s.summaryIntro}</p>
            {summarySheet && <p className={styles.p}>{s.summaryPresent(summarySheet.name)}</p>}
            <div className={styles.row}>
              <Button appearance={summarySheet ? "secondary" : "primary"} disabledFocusable={busy} onClick={() => void writeSummary()}>
                {summarySheet ? s.summaryRewrite : s.summaryWrite}
              </Button>
              {summarySheet && (
                <Button appearance="subtle" onClick={() => void pane.selectCell(summarySheet.name, "A1")}>
                  {s.summaryShow}
                </Button>
              )}
            </div>
          </li>

          <li className={styles.step} aria-labelledby="send-copy">
            <h3 id="send-copy" className={styles.h3}>
              {s.copyHeading}
            </h3>
            <p className={styles.muted}>{s.copyIntro}</p>
            <div className={styles.row}>
              <Button appearance={offered ? "secondary" : "primary"} disabledFocusable={busy || copying} onClick={() => void makeCopy()}>
                {offered ? s.copyMakeAgain : s.copyMake}
              </Button>
              {copying && <Spinner size="tiny" label={s.copyWorking} />}
            </div>
            {copyError && (
              <MessageBar intent="error">
                <MessageBarBody>
                  {s.copyFailed} {copyError}
                </MessageBarBody>
              </MessageBar>
            )}
            {offered && (
              <MessageBar intent={offered.sameVerdict ? "success" : "warning"}>
                <MessageBarBody>
                  {s.copyReady}{" "}
                  <Link className={styles.link} href={offered.url} download={offered.fileName}>
                    {s.copySave(offered.fileName)}
                  </Link>
                  <br />
                  {offered.sameVerdict ? s.copySameVerdict : s.copyOtherVerdict}
                </MessageBarBody>
              </MessageBar>
            )}
            {offered && summarySheet && !offered.hasSummary && (
              <MessageBar intent="warning">
                <MessageBarBody>{s.copyWithoutSummary}</MessageBarBody>
              </MessageBar>
            )}
            {offered &&
              (offered.reduced.length > 0 ? (
                <>
                  <p className={styles.p}>{s.copyReduced}</p>
                  <ul className={styles.list}>
                    {offered.reduced.map((r) => (
                      <li key={r.sheet}>{r.text}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className={styles.p}>{s.copyNothingReduced}</p>
              ))}
            {offered && <p className={styles.muted}>{s.copyLocal}</p>}
          </li>

          <li className={styles.step} aria-labelledby="send-advice">
            <h3 id="send-advice" className={styles.h3}>
              {s.adviceHeading}
            </h3>
            <ul className={styles.list}>
              {sendAdviceTexts.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        </ol>
      )}

      <PlanPreviewDialog
        plan={preview}
        snapshot={state.snapshot}
        busy={busy}
        onCancel={() => setPreview(null)}
        onConfirm={(plan) => {
          setPreview(null);
          void applyHere(plan);
        }}
      />
    </section>
  );
}
