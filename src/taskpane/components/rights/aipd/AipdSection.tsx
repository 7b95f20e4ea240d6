/**
 * « AIPD »: the fiches whose screening says an analyse d'impact is required or likely, each with why,
 * « Exporter pour l'outil PIA » (the CNIL PIA tool's import file, saved through a download link: the
 * file never leaves the computer), a short how-to, and « AIPD réalisée le … » noted in the add-in's
 * hidden sheet « AIPD réalisées » (planAipdDone), which the verdict then reads.
 */
import * as React from "react";
import { Button, Field, Input, Link, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import {
  AIPD_CRITERIA,
  AIPD_LIST_TYPES,
  PIA_RELEASE,
  assessAipd,
  buildPiaExport,
  formatFrenchDate,
  fromSerial,
  needsAipd,
  parseDateText,
  piaExportJson,
  piaFileName,
  planAipdDone,
  todaySerial,
  type Clock,
  type Fiche,
  type FicheSummary,
} from "../../../../register";
import type { SectionProps } from "../../sections/sectionProps";
import { useApplyFresh } from "../../sections/applyFresh";
import { PIA_TOOL_URL, aipdStrings as s } from "../../../strings/aipd";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0, overflowWrap: "anywhere" },
  p: { margin: 0, overflowWrap: "anywhere" },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  row: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** Why the screening asks for an AIPD, in the section's words. */
function whyText(fiche: Fiche): string {
  const a = assessAipd(fiche);
  if (a.status === "required" && a.listType) return s.required(AIPD_LIST_TYPES[a.listType]);
  return s.likely(a.criteria.map((c) => AIPD_CRITERIA[c]).join(", "));
}

/** An Excel serial as the `yyyy-mm-dd` a date input holds. */
const isoOf = (serial: number): string => fromSerial(serial).toISOString().slice(0, 10);

interface Prepared {
  sheet: string;
  url: string;
  fileName: string;
}

/** The file for the PIA tool, made when asked for; its link's object URL freed when replaced or when the section goes. */
function usePreparedFile(clock: Clock): [Prepared | null, (fiche: Fiche) => void] {
  const [prepared, setPrepared] = React.useState<Prepared | null>(null);
  React.useEffect(() => () => (prepared ? URL.revokeObjectURL(prepared.url) : undefined), [prepared]);
  const prepare = React.useCallback(
    (fiche: Fiche) => {
      const json = piaExportJson(buildPiaExport(fiche, { clock }));
      const url = URL.createObjectURL(new Blob([json], { type: "application/json;charset=utf-8" }));
      setPrepared({ sheet: fiche.sheet, url, fileName: piaFileName(fiche) });
    },
    [clock],
  );
  return [prepared, prepare];
}

interface FicheCardProps {
  fiche: Fiche;
  summary: FicheSummary | undefined;
  clock: Clock;
  prepared: Prepared | null;
  onExport: (fiche: Fiche) => void;
  onRecord: (fiche: Fiche, day: number) => Promise<string | false | null>;
  canWrite: boolean;
}

function FicheCard({ fiche, summary, clock, prepared, onExport, onRecord, canWrite }: FicheCardProps): React.JSX.Element {
  const styles = useStyles();
  const ref = fiche.ref.value.trim();
  const headingId = `aipd-${fiche.sheet.replace(/[^A-Za-z0-9]/g, "_")}`;
  const [day, setDay] = React.useState(() => isoOf(todaySerial(clock)));
  const [problem, setProblem] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [recorded, setRecorded] = React.useState<string | null>(null);
  const doneOn = summary?.aipdDoneOn;

  const record = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    const serial = parseDateText(day);
    if (serial === null) {
      setProblem(s.badDate);
      return;
    }
    setSaving(true);
    try {
      const outcome = await onRecord(fiche, serial);
      setProblem(outcome === null ? null : outcome === false ? s.writeFailed : outcome);
      setRecorded(outcome === null ? formatFrenchDate(serial) : null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <li className={styles.item} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.h3}>
        {fiche.name.value.trim() || fiche.sheet} <span className={styles.muted}>({ref ? s.refLabel(ref) : s.noRef})</span>
      </h3>
      <p className={styles.p}>{whyText(fiche)}</p>
      {doneOn !== undefined && <p className={styles.p}>{s.doneOn(formatFrenchDate(doneOn))}</p>}
      <div className={styles.row}>
        <Button appearance={doneOn === undefined ? "primary" : "secondary"} onClick={() => onExport(fiche)}>
          {s.exportButton}
        </Button>
      </div>
      {prepared && prepared.sheet === fiche.sheet && (
        <MessageBar intent="success">
          <MessageBarBody>
            {s.exportReady}{" "}
            <Link href={prepared.url} download={prepared.fileName}>
              {s.saveLink(prepared.fileName)}
            </Link>
            <br />
            {s.exportHint}
          </MessageBarBody>
        </MessageBar>
      )}
      {ref === "" ? (
        <p className={styles.muted}>{s.noRefToRecord}</p>
      ) : (
        <form className={styles.row} noValidate onSubmit={(e) => void record(e)}>
          <Field label={s.doneLabel} validationMessage={problem ?? undefined} validationState={problem ? "error" : "none"}>
            <Input type="date" value={day} max={isoOf(todaySerial(clock))} onChange={(_, d) => setDay(d.value)} />
          </Field>
          <Button type="submit" disabledFocusable={!canWrite || saving}>
            {s.doneButton}
          </Button>
        </form>
      )}
      {recorded && (
        <MessageBar intent="success">
          <MessageBarBody>{s.doneRecorded(recorded)}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}

export default function AipdSection({ register, report, snapshot, clock, onApplyPlan }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const fiches = React.useMemo(() => register.fiches.filter((f) => f.kind === "fiche" && needsAipd(f)), [register]);
  const summaries = React.useMemo(() => new Map(report.fiches.map((f) => [f.sheet, f] as const)), [report]);
  const [prepared, prepare] = usePreparedFile(clock);
  const applyFresh = useApplyFresh(snapshot, onApplyPlan);
  const onRecord = (fiche: Fiche, day: number) => applyFresh((fresh) => planAipdDone(fresh, fiche.ref.value, day, clock));

  return (
    <section className={styles.root} aria-labelledby="aipd-heading">
      <h2 id="aipd-heading" className={styles.h2}>
        {s.heading}
      </h2>
      {fiches.length === 0 ? (
        <p className={styles.p}>{s.none}</p>
      ) : (
        <>
          <p className={styles.p}>{s.intro}</p>
          {!snapshot && <p className={styles.muted}>{s.noSnapshot}</p>}
          <ul className={styles.list} aria-label={s.listLabel}>
            {fiches.map((f) => (
              <FicheCard
                key={f.sheet}
                fiche={f}
                summary={summaries.get(f.sheet)}
                clock={clock}
                prepared={prepared}
                onExport={prepare}
                onRecord={onRecord}
                canWrite={snapshot !== null}
              />
            ))}
          </ul>
        </>
      )}
      <h3 className={styles.h3}>{s.howToHeading}</h3>
      <ol className={styles.steps}>
        {s.howTo.map((step, i) => (
          <li key={i}>
            {step}
            {i === 0 && (
              <>
                {" "}
                <Link href={PIA_TOOL_URL} target="_blank" rel="noopener noreferrer">
                  {s.toolLink}
                </Link>
              </>
            )}
          </li>
        ))}
      </ol>
      <p className={styles.muted}>{s.formatNote(PIA_RELEASE.tag)}</p>
    </section>
  );
}
