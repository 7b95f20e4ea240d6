/**
 * « Violations »: the breach register of the workbook (sheet « Registre des violations ») with each
 * incident's 72-hour clock (« reste 41 h pour décider », « délai dépassé depuis le … »), a way to record
 * the CNIL decision on a line, a link to each line in the sheet, and a short form to note a new incident
 * (planAddBreach: the sheet is made on first use). The verdict says the same at the line's « CNIL » cell.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  breachTexts,
  formatFrenchDateTime,
  formatInstant,
  hoursLeft,
  isOpen,
  isOverdue,
  notifyDeadline,
  nowLocalSerial,
  planAddBreach,
  planRecordCnil,
  type BreachEntry,
  type Clock,
  type CnilRecord,
  type NewBreach,
  type WorkbookSnapshot,
} from "../../../../register";
import type { SectionProps } from "../../sections/sectionProps";
import { breachStrings as s } from "../../../strings/breaches";
import { fromDateTimeInput, toDateTimeInput } from "./dateTimeInput";
import { useApplyFresh } from "../../sections/applyFresh";

const NOTIFY_URL = "https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  p: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  what: { fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
});

type Clocked = { tone: "danger" | "warning" | "success" | "informative"; text: string };

/** What the line's clock says now: the hours left, the deadline passed, or the decision taken. */
function clockOf(entry: BreachEntry, clock: Clock): Clocked {
  if (entry.cnil.kind === "notified") {
    return { tone: "success", text: entry.cnil.at === null ? s.notifiedUnknown : s.notified(formatFrenchDateTime(entry.cnil.at)) };
  }
  if (entry.cnil.kind === "not-required") return { tone: "success", text: s.notRequired(entry.cnil.why) };
  const deadline = notifyDeadline(entry, clock.timeZone);
  if (deadline === null) return { tone: "warning", text: s.discoveredUnknown };
  const when = formatInstant(deadline, clock.timeZone);
  if (isOverdue(entry, clock)) return { tone: "danger", text: s.overdue(when) };
  return { tone: "warning", text: s.hoursLeft(hoursLeft(deadline, clock), when) };
}

function DecisionForm({
  entry,
  snapshot,
  clock,
  onApplyPlan,
  onClose,
}: {
  entry: BreachEntry;
  snapshot: WorkbookSnapshot;
  clock: Clock;
  onApplyPlan: SectionProps["onApplyPlan"];
  onClose: () => void;
}): React.JSX.Element {
  const styles = useStyles();
  const [kind, setKind] = React.useState<CnilRecord["kind"]>("notified");
  const [at, setAt] = React.useState(() => toDateTimeInput(nowLocalSerial(clock)));
  const [why, setWhy] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const applyFresh = useApplyFresh(snapshot, onApplyPlan);

  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    let record: CnilRecord = { kind: "not-required", why };
    if (kind === "notified") {
      const serial = fromDateTimeInput(at);
      if (serial === null) return setError(s.badDateTime);
      record = { kind, at: serial };
    }
    setSaving(true);
    try {
      const outcome = await applyFresh((fresh) => planRecordCnil(fresh, entry, record, clock));
      if (typeof outcome === "string") setError(outcome);
      else if (outcome === null) onClose();
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.decideLegend}</legend>
        <RadioGroup value={kind} onChange={(_, d) => setKind(d.value as CnilRecord["kind"])}>
          <Radio value="notified" label={s.decisionNotified} />
          <Radio value="not-required" label={s.decisionNotRequired} />
        </RadioGroup>
        {kind === "notified" ? (
          <Field label={s.notifiedAt} validationMessage={error ?? undefined}>
            <Input type="datetime-local" value={at} onChange={(_, d) => setAt(d.value)} />
          </Field>
        ) : (
          <Field label={s.whyNot} hint={s.whyNotHint} validationMessage={error ?? undefined}>
            <Textarea value={why} maxLength={500} resize="vertical" onChange={(_, d) => setWhy(d.value)} />
          </Field>
        )}
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabledFocusable={saving}>
          {s.saveDecision}
        </Button>
        <Button appearance="secondary" size="small" onClick={onClose}>
          {s.cancel}
        </Button>
        <Link href={NOTIFY_URL} target="_blank" rel="noopener noreferrer">
          {s.notifyLink}
        </Link>
      </div>
    </form>
  );
}

function BreachItem({ entry, props }: { entry: BreachEntry; props: SectionProps }): React.JSX.Element {
  const styles = useStyles();
  const [deciding, setDeciding] = React.useState(false);
  const when = entry.discovered === null ? null : formatFrenchDateTime(entry.discovered);
  const state = clockOf(entry, props.clock);
  return (
    <li className={styles.item} data-row={entry.row}>
      <span className={styles.what}>{entry.what || "—"}</span>
      <span>{when ? s.discoveredOn(when) : s.discoveredUnknown}</span>
      <Badge appearance="tint" color={state.tone} data-clock={state.tone}>
        {state.text}
      </Badge>
      {isOpen(entry) && entry.discoveredHasTime === false && <p className={styles.muted}>{s.midnight}</p>}
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" aria-label={s.goToLineLabel(when ?? "?")} onClick={() => props.onNavigate(entry.sheet, entry.discoveredCell)}>
          {s.goToLine}
        </Button>
        {isOpen(entry) && props.snapshot && !deciding && (
          <Button size="small" onClick={() => setDeciding(true)}>
            {s.decide}
          </Button>
        )}
      </div>
      {deciding && props.snapshot && (
        <DecisionForm entry={entry} snapshot={props.snapshot} clock={props.clock} onApplyPlan={props.onApplyPlan} onClose={() => setDeciding(false)} />
      )}
    </li>
  );
}

const RISKS = ["", "none", "risk", "high"] as const;
const RISK_LABELS: Record<(typeof RISKS)[number], string> = { "": s.riskUnknown, ...breachTexts.riskLabels };

/** The form's fields as typed (the discovery as an `<input type="datetime-local">` gives it). */
interface BreachForm {
  discovered: string;
  what: string;
  dataAndPersons: string;
  consequences: string;
  risk: (typeof RISKS)[number];
  measures: string;
}

function AddBreachForm({ snapshot, clock, onApplyPlan }: SectionProps & { snapshot: WorkbookSnapshot }): React.JSX.Element {
  const styles = useStyles();
  const blank = React.useCallback(
    (): BreachForm => ({ discovered: toDateTimeInput(nowLocalSerial(clock)), what: "", dataAndPersons: "", consequences: "", risk: "", measures: "" }),
    [clock],
  );
  const [form, setForm] = React.useState(blank);
  const [error, setError] = React.useState<{ field: "discovered" | "what"; message: string } | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [added, setAdded] = React.useState(false);
  const applyFresh = useApplyFresh(snapshot, onApplyPlan);
  const set = (key: keyof BreachForm, value: string): void => {
    setForm((f) => ({ ...f, [key]: value }));
    setAdded(false);
  };

  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    const discovered = fromDateTimeInput(form.discovered);
    if (discovered === null) return setError({ field: "discovered", message: s.badDateTime });
    const fields: NewBreach = { ...form, discovered, risk: form.risk === "" ? undefined : form.risk };
    setSaving(true);
    try {
      const outcome = await applyFresh((fresh) => planAddBreach(fresh, fields, clock));
      if (typeof outcome === "string") setError({ field: form.what.trim() === "" ? "what" : "discovered", message: outcome });
      else if (outcome === null) {
        setError(null);
        setForm(blank());
        setAdded(true);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="breach-add-heading">
      <h3 id="breach-add-heading" className={styles.h3}>
        {s.addHeading}
      </h3>
      <Field label={s.discovered} hint={s.discoveredHint} required validationMessage={error?.field === "discovered" ? error.message : undefined}>
        <Input type="datetime-local" value={form.discovered} onChange={(_, d) => set("discovered", d.value)} />
      </Field>
      <Field label={s.what} required validationMessage={error?.field === "what" ? error.message : undefined}>
        <Textarea value={form.what} maxLength={1000} resize="vertical" onChange={(_, d) => set("what", d.value)} />
      </Field>
      <Field label={s.dataAndPersons} hint={s.dataAndPersonsHint}>
        <Textarea value={form.dataAndPersons} maxLength={1000} resize="vertical" onChange={(_, d) => set("dataAndPersons", d.value)} />
      </Field>
      <Field label={s.consequences}>
        <Textarea value={form.consequences} maxLength={1000} resize="vertical" onChange={(_, d) => set("consequences", d.value)} />
      </Field>
      <Field label={s.risk}>
        <Select value={form.risk} onChange={(_, d) => set("risk", d.value)}>
          {RISKS.map((r) => (
            <option key={r} value={r}>
              {RISK_LABELS[r]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.measures}>
        <Textarea value={form.measures} maxLength={1000} resize="vertical" onChange={(_, d) => set("measures", d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabledFocusable={saving}>
          {s.add}
        </Button>
      </div>
      {added && (
        <MessageBar intent="success">
          <MessageBarBody>{s.added}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}

export default function BreachesSection(props: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const book = props.register.breaches;
  const entries = React.useMemo(() => book?.entries ?? [], [book]);
  // The incidents still to decide first, then the others; the latest first in each.
  const shown = React.useMemo(() => {
    const latest = [...entries].reverse();
    return [...latest.filter(isOpen), ...latest.filter((e) => !isOpen(e))];
  }, [entries]);
  return (
    <section className={styles.root} aria-labelledby="breaches-heading">
      <h2 id="breaches-heading" className={styles.h2}>
        {s.heading}
      </h2>
      <p className={styles.p}>{s.intro}</p>
      <h3 className={styles.h3}>{s.listHeading(entries.length)}</h3>
      {entries.length === 0 ? (
        <p className={styles.muted}>{s.empty}</p>
      ) : (
        <ul className={styles.list}>
          {shown.map((e) => (
            <BreachItem key={`${e.sheet}!${e.row}`} entry={e} props={props} />
          ))}
        </ul>
      )}
      {props.snapshot ? <AddBreachForm {...props} snapshot={props.snapshot} /> : <p className={styles.muted}>{s.noSnapshot}</p>}
    </section>
  );
}
