/**
 * « Mentions d'information »: the notices of one fiche (the one open in Excel by default), one per
 * audience the fiche names, each previewed as the person will read it, with what the fiche lacks at the
 * top and a way to the cell to fill in. « Écrire dans le classeur » writes it as its own sheet, ready to
 * print (planNoticeSheet, on the workbook as it is when writing); « Copier le texte » puts its plain text
 * on the clipboard, or selects it for Ctrl+C where the clipboard is not allowed.
 */
import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  buildNotices,
  formatFrenchDate,
  noticeText,
  normalizeLabel,
  planNoticeSheet,
  readRegister,
  type Clock,
  type Fiche,
  type Notice,
  type NoticeSheetInfo,
  type Register,
  type WorkbookSnapshot,
} from "../../../../register";
import type { SectionProps } from "../../sections/sectionProps";
import { useApplyFresh } from "../../sections/applyFresh";
import { usePane } from "../../../state/store";
import { noticeStrings as s } from "../../../strings/notices";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  p: { margin: 0 },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  notice: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  gaps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    overflowWrap: "anywhere",
    fontSize: tokens.fontSizeBase200,
  },
  title: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  sectionHeading: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0 0` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { overflowWrap: "anywhere" },
  // A <select> is as wide as its longest option (a fiche's full name): held to the pane's width at 320 px.
  field: { minWidth: 0, gridTemplateColumns: "minmax(0, 1fr)" },
  select: { minWidth: 0, maxWidth: "100%" },
  selectElement: { minWidth: 0, width: "100%", maxWidth: "100%", textOverflow: "ellipsis" },
});

/** The sheet active in Excel, when the pane's store follows it (not in a bare test). */
function useActiveSheet(): string | null {
  try {
    return usePane().state.activeSheet;
  } catch {
    return null;
  }
}

/** The fiches a notice can be made for: the user's, and the CNIL's example tab; never the blank model. */
function describedFiches(register: Register): Fiche[] {
  return register.fiches.filter((f) => f.kind === "fiche" || f.kind === "example");
}

/** The fiche `sheet` is, or the fiche whose notice sheet it is (the add-in's « Mentions … »). */
function ficheOfSheet(register: Register, fiches: readonly Fiche[], sheet: string | null): Fiche | undefined {
  if (sheet === null) return undefined;
  const own = fiches.find((f) => f.sheet === sheet);
  if (own) return own;
  const notice = register.notices?.find((n) => n.sheet === sheet);
  const ref = notice ? normalizeLabel(notice.ficheRef) : "";
  return ref === "" ? undefined : fiches.find((f) => normalizeLabel(f.ref.value) === ref);
}

function optionsOf(source: string): { source?: string } {
  return source.trim() === "" ? {} : { source: source.trim() };
}

/** The add-in's sheet already holding this notice, as the register last read it. */
function sheetOf(register: Register, notice: Notice): NoticeSheetInfo | undefined {
  const ref = normalizeLabel(notice.ficheRef);
  return register.notices?.find((n) => n.audience === notice.audience && normalizeLabel(n.ficheRef) === ref);
}

/**
 * The notice as the workbook holds it at the moment of writing (the fiche may have changed since the
 * preview was drawn); the previewed one when its fiche is no longer there.
 */
function freshNotice(fresh: WorkbookSnapshot, previewed: Notice, source: string): Notice {
  const register = readRegister(fresh);
  const fiche = register.fiches.find((f) => f.sheet === previewed.sheet);
  return (fiche && buildNotices(register, fiche, optionsOf(source)).find((n) => n.audience === previewed.audience)) || previewed;
}

function NoticePreview({ notice }: { notice: Notice }): React.JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.preview} role="region" aria-label={s.previewLabel(s.audienceWords[notice.audience])}>
      <h4 className={styles.title}>{notice.title}</h4>
      {notice.intro.trim() !== "" && <p className={styles.p}>{notice.intro}</p>}
      {notice.sections.map((section) => (
        <React.Fragment key={section.item}>
          <h5 className={styles.sectionHeading}>{section.heading}</h5>
          {section.paragraphs.map((p, i) => (
            <p key={i} className={styles.p}>
              {p}
            </p>
          ))}
          {section.bullets.length > 0 && (
            <ul className={styles.list}>
              {section.bullets.map((b, i) => (
                <li key={i}>{b}</li>
              ))}
            </ul>
          )}
        </React.Fragment>
      ))}
    </div>
  );
}

interface NoticeCardProps {
  notice: Notice;
  register: Register;
  snapshot: WorkbookSnapshot | null;
  clock: Clock;
  source: string;
  onNavigate: SectionProps["onNavigate"];
  onApplyPlan: SectionProps["onApplyPlan"];
}

function NoticeCard({ notice, register, snapshot, clock, source, onNavigate, onApplyPlan }: NoticeCardProps): React.JSX.Element {
  const styles = useStyles();
  const applyFresh = useApplyFresh(snapshot, onApplyPlan);
  const [saving, setSaving] = React.useState(false);
  const [written, setWritten] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [copied, setCopied] = React.useState<"done" | "fallback" | null>(null);
  const fallback = React.useRef<HTMLTextAreaElement>(null);
  const words = s.audienceWords[notice.audience];
  const headingId = `notice-${notice.audience}-heading`;
  const inSheet = sheetOf(register, notice);

  React.useEffect(() => {
    if (copied === "fallback") fallback.current?.select();
  }, [copied]);

  const write = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    try {
      const outcome = await applyFresh((fresh) => planNoticeSheet(fresh, freshNotice(fresh, notice, source), clock));
      if (typeof outcome === "string") setError(outcome);
      setWritten(outcome === null);
    } finally {
      setSaving(false);
    }
  };

  const copy = async (): Promise<void> => {
    try {
      // Absent outside a secure context, refused by some hosts: the text is then selected for Ctrl+C.
      if (typeof navigator === "undefined" || !navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(noticeText(notice));
      setCopied("done");
    } catch {
      setCopied("fallback");
    }
  };

  return (
    <article className={styles.notice} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {s.audience[notice.audience]}
      </h3>
      {notice.gaps.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{s.gapsHeading(notice.gaps.length)}</MessageBarTitle>
            <ul className={styles.gaps}>
              {notice.gaps.map((gap, i) => (
                <li key={i} className={styles.text}>
                  {gap.message}{" "}
                  {gap.at && (
                    <Button
                      size="small"
                      appearance="transparent"
                      aria-label={s.goToCellLabel(gap.at.cell, gap.at.sheet)}
                      onClick={() => gap.at && onNavigate(gap.at.sheet, gap.at.cell)}
                    >
                      {s.goToCell}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : (
        <p className={styles.p}>{s.complete}</p>
      )}
      {inSheet && <p className={styles.p}>{s.inSheet(inSheet.sheet, inSheet.madeOn === null ? null : formatFrenchDate(inSheet.madeOn))}</p>}
      <div className={styles.actions}>
        <Button appearance="primary" aria-label={s.writeLabel(words)} disabledFocusable={!snapshot || saving} onClick={() => void write()}>
          {s.write}
        </Button>
        <Button aria-label={s.copyLabel(words)} onClick={() => void copy()}>
          {s.copy}
        </Button>
      </div>
      {written && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{s.written}</MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {copied === "done" && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{s.copied}</MessageBarBody>
        </MessageBar>
      )}
      {copied === "fallback" && (
        <Field label={s.copyFallbackLabel(words)} hint={s.copyFallback}>
          <Textarea ref={fallback} readOnly value={noticeText(notice)} resize="vertical" rows={6} />
        </Field>
      )}
      <NoticePreview notice={notice} />
    </article>
  );
}

export default function NoticesSection({ register, snapshot, clock, onNavigate, onApplyPlan }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const fiches = React.useMemo(() => describedFiches(register), [register]);
  const activeFiche = ficheOfSheet(register, fiches, useActiveSheet())?.sheet ?? null;
  // The fiche last opened in Excel or picked here, whichever came last: writing a notice opens its own
  // sheet (the same fiche), and a new read of the workbook changes nothing.
  const [chosen, setChosen] = React.useState<string | null>(activeFiche);
  const [followed, setFollowed] = React.useState<string | null>(activeFiche);
  if (activeFiche !== followed) {
    // Adjusting the state while rendering, as React advises over an effect: Excel moved to another fiche.
    setFollowed(activeFiche);
    if (activeFiche !== null) setChosen(activeFiche);
  }
  const [source, setSource] = React.useState("");
  const fiche = fiches.find((f) => f.sheet === chosen) ?? fiches[0];
  const notices = React.useMemo(() => (fiche ? buildNotices(register, fiche, optionsOf(source)) : []), [register, fiche, source]);
  const personsCell = fiche?.persons[0]?.value.cell;

  return (
    <section className={styles.root} aria-labelledby="notices-heading">
      <h2 id="notices-heading" className={styles.h2}>
        {s.heading}
      </h2>
      <p className={styles.p}>{s.intro}</p>
      {!snapshot && <p className={styles.p}>{s.noSnapshot}</p>}
      {fiches.length === 0 || !fiche ? (
        <p className={styles.p}>{s.noFiche}</p>
      ) : (
        <>
          <div className={styles.form}>
            <Field className={styles.field} label={s.fiche} hint={s.ficheHint}>
              <Select className={styles.select} select={{ className: styles.selectElement }} value={fiche.sheet} onChange={(_, d) => setChosen(d.value)}>
                {fiches.map((f) => (
                  <option key={f.sheet} value={f.sheet}>
                    {s.ficheOption(f.ref.value.trim(), f.name.value.trim() || f.sheet)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field className={styles.field} label={s.source} hint={s.sourceHint}>
              <Textarea value={source} maxLength={300} resize="vertical" onChange={(_, d) => setSource(d.value)} />
            </Field>
          </div>
          {notices.length === 0 ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {s.noAudience}{" "}
                {personsCell && (
                  <Button size="small" appearance="transparent" onClick={() => onNavigate(fiche.sheet, personsCell)}>
                    {s.goToPersons}
                  </Button>
                )}
              </MessageBarBody>
            </MessageBar>
          ) : (
            notices.map((notice) => (
              <NoticeCard
                key={`${fiche.sheet}|${notice.audience}`}
                notice={notice}
                register={register}
                snapshot={snapshot}
                clock={clock}
                source={source}
                onNavigate={onNavigate}
                onApplyPlan={onApplyPlan}
              />
            ))
          )}
        </>
      )}
    </section>
  );
}
