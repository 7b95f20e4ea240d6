/**
 * « Demandes »: the rights-requests register of the workbook (sheet « Demandes d'exercice des droits »)
 * with each request's deadline and the days left (one month from receipt, moved past weekends and
 * public holidays, three months when extended in time), a link to each line, the identity check, the
 * extension and the answer recorded on a line, the model letters to read and copy, and a short form to
 * note a new request (planAddRequest: the sheet is made on first use). The verdict says the same at the
 * line's « Répondu le » cell.
 */
import * as React from "react";
import { Badge, Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import {
  LETTER_KINDS,
  DUE_SOON_DAYS,
  daysLeft,
  formatFrenchDate,
  isOpenRequest,
  letterTexts,
  planAddRequest,
  planRecordAnswer,
  planRecordExtension,
  planRecordIdentity,
  requestDeadline,
  requestLetter,
  requestTexts,
  rightsLabel,
  todaySerial,
  type AnswerRecord,
  type Clock,
  type LetterKind,
  type Register,
  type RequestEntry,
  type RightKind,
  type WorkbookSnapshot,
} from "../../../../register";
import type { SectionProps } from "../../sections/sectionProps";
import { requestStrings as s } from "../../../strings/requests";
import { useApplyFresh } from "../../sections/applyFresh";
import { fromDateInput, toDateInput } from "./dateInput";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
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
    minWidth: 0,
  },
  who: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  badge: { height: "auto", whiteSpace: "normal", textAlign: "start", paddingBlock: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  fieldset: { border: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0 },
  checks: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  letter: { fontFamily: tokens.fontFamilyBase, minHeight: "16em" },
  // A native select is as wide as its longest option (a fiche's name): held to the pane's width.
  field: { minWidth: 0 },
  select: { width: "100%", minWidth: 0, maxWidth: "100%" },
});

/** The rights in the order the form offers them (the law's, art. 15 to 21). */
const RIGHTS: readonly RightKind[] = ["access", "rectification", "erasure", "restriction", "portability", "objection"];
const OUTCOMES = ["granted", "partly-granted", "refused", "withdrawn"] as const satisfies readonly AnswerRecord["outcome"][];
const IDENTITY = requestTexts.identityLabels;

type Tone = "danger" | "warning" | "success" | "informative";

/** What the line's deadline says today: the days left, the deadline passed, or the answer given. */
function stateOf(entry: RequestEntry, clock: Clock): { tone: Tone; text: string } {
  if (!isOpenRequest(entry)) {
    return entry.answered === null
      ? { tone: "success", text: s.answeredUnknown(entry.outcomeText) }
      : { tone: "success", text: s.answered(formatFrenchDate(entry.answered), entry.outcomeText) };
  }
  const deadline = requestDeadline(entry);
  const left = daysLeft(entry, clock);
  if (deadline === null || left === null) return { tone: "warning", text: s.receivedUnknown };
  const due = formatFrenchDate(deadline.due);
  if (left < 0) return { tone: "danger", text: s.overdue(due) };
  return { tone: left <= DUE_SOON_DAYS ? "warning" : "informative", text: s.daysLeft(left, due) };
}

/** Identity said to be checked (« Oui », « Pas nécessaire »…): no need to offer the button. */
function identitySettled(said: string): boolean {
  const w = said.trim().toLocaleLowerCase("fr");
  return w.startsWith("oui") || w.startsWith("pas n");
}

type Opened = "extend" | "answer" | "letters" | null;

interface LineProps {
  entry: RequestEntry;
  snapshot: WorkbookSnapshot;
  clock: Clock;
  onApplyPlan: SectionProps["onApplyPlan"];
  onClose: () => void;
}

function ExtensionForm({ entry, snapshot, clock, onApplyPlan, onClose }: LineProps): React.JSX.Element {
  const styles = useStyles();
  const [on, setOn] = React.useState(() => toDateInput(todaySerial(clock)));
  const [reasons, setReasons] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const applyFresh = useApplyFresh(snapshot, onApplyPlan);
  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    const day = fromDateInput(on);
    if (day === null) return setError(s.badDate);
    setSaving(true);
    try {
      const outcome = await applyFresh((fresh) => planRecordExtension(fresh, entry, { on: day, reasons }, clock));
      if (typeof outcome === "string") setError(outcome);
      else if (outcome === null) onClose();
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.extendLegend}</legend>
        <Field label={s.extendedOn}>
          <Input type="date" value={on} onChange={(_, d) => setOn(d.value)} />
        </Field>
        <Field label={s.extendReasons} hint={s.extendReasonsHint} validationMessage={error ?? undefined}>
          <Textarea value={reasons} maxLength={500} resize="vertical" onChange={(_, d) => setReasons(d.value)} />
        </Field>
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabledFocusable={saving}>
          {s.saveExtension}
        </Button>
        <Button appearance="secondary" size="small" onClick={onClose}>
          {s.cancel}
        </Button>
      </div>
    </form>
  );
}

function AnswerForm({ entry, snapshot, clock, onApplyPlan, onClose }: LineProps): React.JSX.Element {
  const styles = useStyles();
  const [on, setOn] = React.useState(() => toDateInput(todaySerial(clock)));
  const [outcome, setOutcome] = React.useState<AnswerRecord["outcome"]>("granted");
  const [reasons, setReasons] = React.useState("");
  const [error, setError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);
  const applyFresh = useApplyFresh(snapshot, onApplyPlan);
  const refusing = outcome === "refused" || outcome === "partly-granted";
  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    const day = fromDateInput(on);
    if (day === null) return setError(s.badDate);
    setSaving(true);
    try {
      const done = await applyFresh((fresh) => planRecordAnswer(fresh, entry, { on: day, outcome, reasons }, clock));
      if (typeof done === "string") setError(done);
      else if (done === null) onClose();
    } finally {
      setSaving(false);
    }
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.answerLegend}</legend>
        <Field label={s.answeredOn}>
          <Input type="date" value={on} onChange={(_, d) => setOn(d.value)} />
        </Field>
        <Field label={s.outcome}>
          <Select value={outcome} onChange={(_, d) => setOutcome(d.value as AnswerRecord["outcome"])}>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {requestTexts.outcomeLabels[o]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={refusing ? s.refusalReasons : s.note} hint={refusing ? s.refusalReasonsHint : undefined} validationMessage={error ?? undefined}>
          <Textarea value={reasons} maxLength={500} resize="vertical" onChange={(_, d) => setReasons(d.value)} />
        </Field>
      </fieldset>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" size="small" disabledFocusable={saving}>
          {s.saveAnswer}
        </Button>
        <Button appearance="secondary" size="small" onClick={onClose}>
          {s.cancel}
        </Button>
      </div>
    </form>
  );
}

function Letters({ entry, register, clock }: { entry: RequestEntry; register: Register; clock: Clock }): React.JSX.Element {
  const styles = useStyles();
  const [kind, setKind] = React.useState<LetterKind>(() => (entry.outcome === "refused" ? "refusal" : isOpenRequest(entry) ? "acknowledgement" : "answer"));
  const [copy, setCopy] = React.useState<"copied" | "selected" | null>(null);
  const area = React.useRef<HTMLTextAreaElement>(null);
  const letter = React.useMemo(() => requestLetter(kind, register, entry, { clock }), [kind, register, entry, clock]);
  const doCopy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(letter.text);
      setCopy("copied");
    } catch {
      // The add-in's web view may refuse the clipboard: the text is selected for the user's own copy.
      area.current?.select();
      setCopy("selected");
    }
  };
  return (
    <div className={styles.form} role="group" aria-label={s.lettersLegend}>
      <Field label={s.letterKind}>
        <Select
          value={kind}
          onChange={(_, d) => {
            setKind(d.value as LetterKind);
            setCopy(null);
          }}
        >
          {LETTER_KINDS.map((k) => (
            <option key={k} value={k}>
              {letterTexts.titles[k]}
            </option>
          ))}
        </Select>
      </Field>
      {letter.gaps.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {s.letterGaps} {letter.gaps.join(" ; ")}.
          </MessageBarBody>
        </MessageBar>
      )}
      <Field label={s.letterText}>
        <Textarea ref={area} className={styles.letter} value={letter.text} readOnly resize="vertical" />
      </Field>
      <div className={styles.actions}>
        <Button size="small" onClick={() => void doCopy()}>
          {s.copy}
        </Button>
        {copy && <span role="status">{copy === "copied" ? s.copied : s.copySelected}</span>}
      </div>
    </div>
  );
}

function RequestItem({ entry, props }: { entry: RequestEntry; props: SectionProps }): React.JSX.Element {
  const styles = useStyles();
  const [opened, setOpened] = React.useState<Opened>(null);
  const [error, setError] = React.useState<string | null>(null);
  const applyFresh = useApplyFresh(props.snapshot, props.onApplyPlan);
  const state = stateOf(entry, props.clock);
  const deadline = requestDeadline(entry);
  const open = isOpenRequest(entry);
  const canExtend = open && deadline !== null && entry.extendedOn === null && todaySerial(props.clock) <= deadline.firstMonth;
  const close = (): void => setOpened(null);
  const toggle = (what: Opened): void => setOpened((o) => (o === what ? null : what));
  const markIdentity = async (): Promise<void> => {
    const outcome = await applyFresh((fresh) => planRecordIdentity(fresh, entry, IDENTITY.yes));
    setError(typeof outcome === "string" ? outcome : null);
  };
  const person = entry.person || "—";
  return (
    <li className={styles.item} data-row={entry.row}>
      <span className={styles.who}>
        {person} — {entry.rights.length > 0 ? rightsLabel(entry.rights) : entry.rightsText || s.noRights}
      </span>
      <span>{entry.received === null ? s.receivedUnknown : s.receivedOn(formatFrenchDate(entry.received))}</span>
      <Badge className={styles.badge} appearance="tint" color={state.tone} data-deadline={state.tone}>
        {state.text}
      </Badge>
      {deadline?.extended && open && <span className={styles.muted}>{s.extendedUntil(formatFrenchDate(deadline.due))}</span>}
      {deadline?.lateExtension && <span className={styles.muted}>{s.lateExtension(formatFrenchDate(deadline.firstMonth))}</span>}
      {entry.ficheRef && <span className={styles.muted}>{s.fiche(entry.ficheRef)}</span>}
      <span className={styles.muted}>{s.identity(entry.identityChecked)}</span>
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button size="small" appearance="subtle" aria-label={s.goToLineLabel(person)} onClick={() => props.onNavigate(entry.sheet, entry.receivedCell)}>
          {s.goToLine}
        </Button>
        {props.snapshot && !identitySettled(entry.identityChecked) && (
          <Button size="small" onClick={() => void markIdentity()}>
            {s.markIdentity}
          </Button>
        )}
        {props.snapshot && canExtend && (
          <Button size="small" aria-expanded={opened === "extend"} onClick={() => toggle("extend")}>
            {s.extend}
          </Button>
        )}
        {props.snapshot && open && (
          <Button size="small" aria-expanded={opened === "answer"} onClick={() => toggle("answer")}>
            {s.answer}
          </Button>
        )}
        <Button size="small" aria-expanded={opened === "letters"} onClick={() => toggle("letters")}>
          {opened === "letters" ? s.hideLetters : s.letters}
        </Button>
      </div>
      {opened === "extend" && props.snapshot && (
        <ExtensionForm entry={entry} snapshot={props.snapshot} clock={props.clock} onApplyPlan={props.onApplyPlan} onClose={close} />
      )}
      {opened === "answer" && props.snapshot && (
        <AnswerForm entry={entry} snapshot={props.snapshot} clock={props.clock} onApplyPlan={props.onApplyPlan} onClose={close} />
      )}
      {opened === "letters" && <Letters entry={entry} register={props.register} clock={props.clock} />}
    </li>
  );
}

interface RequestForm {
  received: string;
  person: string;
  rights: RightKind[];
  ficheRef: string;
  identity: "" | keyof typeof IDENTITY;
}

function AddRequestForm({ register, snapshot, clock, onApplyPlan }: SectionProps & { snapshot: WorkbookSnapshot }): React.JSX.Element {
  const styles = useStyles();
  const blank = React.useCallback(
    (): RequestForm => ({ received: toDateInput(todaySerial(clock)), person: "", rights: [], ficheRef: "", identity: "" }),
    [clock],
  );
  const [form, setForm] = React.useState(blank);
  const [error, setError] = React.useState<{ field: "received" | "person" | "rights"; message: string } | null>(null);
  const [saving, setSaving] = React.useState(false);
  const [added, setAdded] = React.useState(false);
  const applyFresh = useApplyFresh(snapshot, onApplyPlan);
  const fiches = register.fiches.filter((f) => f.kind === "fiche" && f.ref.value.trim() !== "");
  const update = (change: Partial<RequestForm>): void => {
    setForm((f) => ({ ...f, ...change }));
    setAdded(false);
  };
  const toggleRight = (right: RightKind, on: boolean): void =>
    update({ rights: on ? [...form.rights.filter((r) => r !== right), right] : form.rights.filter((r) => r !== right) });

  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    const received = fromDateInput(form.received);
    if (received === null) return setError({ field: "received", message: s.badDate });
    const identityChecked = form.identity === "" ? "" : IDENTITY[form.identity];
    setSaving(true);
    try {
      const outcome = await applyFresh((fresh) =>
        planAddRequest(fresh, { received, person: form.person, rights: form.rights, ficheRef: form.ficheRef, identityChecked }, clock),
      );
      if (typeof outcome === "string") {
        const field = form.person.trim() === "" ? "person" : form.rights.length === 0 ? "rights" : "received";
        setError({ field, message: outcome });
      } else if (outcome === null) {
        setError(null);
        setForm(blank());
        setAdded(true);
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} noValidate aria-labelledby="request-add-heading">
      <h3 id="request-add-heading" className={styles.h3}>
        {s.addHeading}
      </h3>
      <Field label={s.received} hint={s.receivedHint} required validationMessage={error?.field === "received" ? error.message : undefined}>
        <Input type="date" value={form.received} onChange={(_, d) => update({ received: d.value })} />
      </Field>
      <Field label={s.person} hint={s.personHint} required validationMessage={error?.field === "person" ? error.message : undefined}>
        <Input value={form.person} maxLength={100} onChange={(_, d) => update({ person: d.value })} />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend className={styles.legend}>{s.rights}</legend>
        <div className={styles.checks}>
          {RIGHTS.map((r) => (
            <Checkbox key={r} label={requestTexts.rightLabels[r]} checked={form.rights.includes(r)} onChange={(_, d) => toggleRight(r, d.checked === true)} />
          ))}
        </div>
        {error?.field === "rights" && (
          <MessageBar intent="error">
            <MessageBarBody>{error.message}</MessageBarBody>
          </MessageBar>
        )}
      </fieldset>
      <Field label={s.ficheField} className={styles.field}>
        <Select className={styles.select} select={{ className: styles.select }} value={form.ficheRef} onChange={(_, d) => update({ ficheRef: d.value })}>
          <option value="">{s.ficheUnknown}</option>
          {fiches.map((f) => (
            <option key={f.sheet} value={f.ref.value.trim()}>
              {`${f.ref.value.trim()} — ${f.name.value.trim() || f.sheet}`}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={s.identityField}>
        <Select value={form.identity} onChange={(_, d) => update({ identity: d.value as RequestForm["identity"] })}>
          <option value="">{s.identityUnsaid}</option>
          {(Object.keys(IDENTITY) as (keyof typeof IDENTITY)[]).map((k) => (
            <option key={k} value={k}>
              {IDENTITY[k]}
            </option>
          ))}
        </Select>
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

export default function RequestsSection(props: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const book = props.register.requests;
  const entries = React.useMemo(() => book?.entries ?? [], [book]);
  // The requests still to answer first, the nearest deadline first; then the others, the latest first.
  const shown = React.useMemo(() => {
    const due = (e: RequestEntry): number => requestDeadline(e)?.due ?? -Infinity;
    const open = entries.filter(isOpenRequest).sort((a, b) => due(a) - due(b));
    return [...open, ...[...entries].reverse().filter((e) => !isOpenRequest(e))];
  }, [entries]);
  return (
    <section className={styles.root} aria-labelledby="requests-heading">
      <h2 id="requests-heading" className={styles.h2}>
        {s.heading}
      </h2>
      <p className={styles.p}>{s.intro}</p>
      <h3 className={styles.h3}>{s.listHeading(entries.length)}</h3>
      {entries.length === 0 ? (
        <p className={styles.muted}>{s.empty}</p>
      ) : (
        <ul className={styles.list}>
          {shown.map((e) => (
            <RequestItem key={`${e.sheet}!${e.row}`} entry={e} props={props} />
          ))}
        </ul>
      )}
      {props.snapshot ? <AddRequestForm {...props} snapshot={props.snapshot} /> : <p className={styles.muted}>{s.noSnapshot}</p>}
    </section>
  );
}
