/**
 * "Aide": follows the selection. On a field of a fiche or of tab 2 it shows what the field means, what
 * is expected, its findings, the allowed values of its list (one click writes the item into that cell
 * and nothing else) and an example from a typical CPTS processing. "Vérifier cette feuille" checks the
 * active fiche alone.
 *
 * Transfers: each country of the list shows its adequacy today, and a guarantee cell gets the guarantee
 * its row's country calls for, in the workbook's own words; a void guarantee (Privacy Shield) is never
 * offered. The list's filter belongs to one field: it starts empty on the next. After a value is
 * written, focus stays on the button that wrote it (it shows as the current value, still focusable).
 */
import * as React from "react";
import { Button, Caption1, Field, Input, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular, Checkmark16Regular } from "@fluentui/react-icons";
import { fieldHelp, planWriteCell, todayDate, validateSheet, type CountryAdequacy, type FieldHelp, type GuaranteeSuggestion } from "../../register";
import { usePane } from "../state/store";
import { helpStrings } from "../strings/help";
import { transferHelpStrings as t } from "../strings/transfers";
import { Findings } from "./Findings";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  text: { margin: 0, whiteSpace: "pre-line" },
  items: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: { justifyContent: "flex-start", textAlign: "left", width: "100%", maxWidth: "100%" },
  check: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  checkRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  // The hint beside it wraps, not the button (it was squeezed onto three lines in a narrow pane).
  checkButton: { flexShrink: 0 },
  allowed: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  example: { margin: 0, fontStyle: "italic", whiteSpace: "pre-line" },
  itemText: { display: "flex", flexDirection: "column", alignItems: "flex-start", minWidth: 0, overflowWrap: "anywhere" },
  status: { fontWeight: tokens.fontWeightRegular },
  statusNone: { color: tokens.colorNeutralForeground3 },
  suggestion: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  suggestionRow: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
});

/** Where a value can be written from: the suggested guarantee, or the list. */
type WriteSource = "suggestion" | "list";

/** The mark a write button carries, to give it focus back after the write. */
const writeMark = (source: WriteSource, item: string): string => `${source}\u0000${item}`;

/** Quiet re-read after the selection settles, so that what the user just typed is taken into account. */
const SETTLE_MS = 400;

export default function HelpPanel(): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane();
  const h = helpStrings;
  const { register, state, checkClock } = pane;
  const busy = state.busy !== null;
  const selection = state.selection;
  const [checkedSheet, setCheckedSheet] = React.useState<string | null>(null);
  const [noSheet, setNoSheet] = React.useState(false);

  // When the selection moves, read the workbook again once it settles (the user may have typed).
  const { refresh } = pane;
  const selectionKey = selection ? `${selection.sheet}!${selection.cell}` : "";
  React.useEffect(() => {
    if (!selectionKey) return;
    const timer = setTimeout(() => void refresh({ quiet: true }), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [selectionKey, refresh]);

  const findings = pane.report?.findings;
  const today = React.useMemo(() => todayDate(checkClock), [checkClock]);
  const help = React.useMemo(
    () => (register && selection ? fieldHelp(register, selection.sheet, selection.cell, findings ?? [], { today }) : null),
    [register, selection, findings, today],
  );

  // After a value is written the pane reads the workbook again and the list re-renders: focus goes
  // back to the button that wrote the value if it was lost (never to the top of the page).
  const panelRef = React.useRef<HTMLDivElement>(null);
  const write = async (sheet: string, cell: string, item: string, source: WriteSource): Promise<void> => {
    await pane.apply(() => planWriteCell(sheet, cell, item, h.writeTitle(item, cell)));
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const mark = writeMark(source, item);
    const buttons = panelRef.current?.querySelectorAll<HTMLButtonElement>("button[data-help-write]") ?? [];
    Array.from(buttons)
      .find((b) => b.dataset.helpWrite === mark)
      ?.focus();
  };

  const sheetReport = React.useMemo(
    () => (register && checkedSheet ? validateSheet(register, checkedSheet, { clock: checkClock }) : null),
    [register, checkedSheet, checkClock],
  );

  // The coordinator has just filled the fiche: read it again, then check the sheet they are on.
  const checkSheet = async (): Promise<void> => {
    let sheet = state.activeSheet ?? selection?.sheet ?? null;
    try {
      sheet = await pane.port.getActiveSheetName();
    } catch {
      // keep the last known sheet
    }
    await refresh();
    setNoSheet(sheet === null);
    setCheckedSheet(sheet);
  };

  return (
    <div className={styles.panel} ref={panelRef}>
      <h2 className={styles.h2}>{h.heading}</h2>
      <div className={styles.check}>
        <div className={styles.checkRow}>
          <Button className={styles.checkButton} icon={<CheckmarkCircle20Regular />} disabled={busy || !register} onClick={() => void checkSheet()}>
            {h.checkSheet}
          </Button>
          <Caption1 className={styles.intro}>{h.checkSheetHint}</Caption1>
        </div>
        {noSheet && <p>{h.noActiveSheet}</p>}
        {sheetReport && checkedSheet && (
          <section className={styles.card} aria-labelledby="help-check-result" aria-live="polite">
            <h3 id="help-check-result" className={styles.h3}>
              {h.checkSheetHeading(checkedSheet)}
            </h3>
            {sheetReport.findings.length === 0 ? (
              <p>
                {register && !register.fiches.some((f) => f.sheet === checkedSheet) && register.listTab?.sheet !== checkedSheet
                  ? h.checkSheetNotFiche(checkedSheet)
                  : h.checkSheetClean(checkedSheet)}
              </p>
            ) : (
              <Findings findings={sheetReport.findings} headingLevel={4} />
            )}
          </section>
        )}
      </div>
      {!help && <p className={styles.intro}>{h.intro}</p>}
      {pane.registerError && <p>{pane.registerError}</p>}

      {selection && register && !help && <p className={styles.intro}>{h.noField(selection.sheet, selection.cell)}</p>}

      {selection && help && (
        <section className={styles.card} aria-labelledby="help-field">
          <div>
            <h3 id="help-field" className={styles.h3}>
              {help.label}
            </h3>
            <Caption1>{h.location(selection.sheet, help.cell)}</Caption1>
          </div>
          <div>
            <h4 className={styles.h3}>{h.meaning}</h4>
            <p className={styles.text}>{help.meaning}</p>
          </div>
          <div>
            <h4 className={styles.h3}>{h.expected}</h4>
            <p className={styles.text}>{help.expected}</p>
          </div>

          {help.example && (
            <div>
              <h4 className={styles.h3}>{h.example}</h4>
              <p className={styles.example}>{help.example}</p>
              {help.exampleFrom && <Caption1>{h.exampleFrom(help.exampleFrom)}</Caption1>}
            </div>
          )}
          <div>
            <h4 className={styles.h3}>{h.findings}</h4>
            {help.findings.length === 0 ? <p className={styles.intro}>{h.noFindingHere}</p> : <Findings findings={help.findings} headingLevel={5} />}
          </div>

          {help.field === "fiche.transfers.guarantee" && (
            <SuggestedGuarantee
              suggestion={help.suggestion}
              value={help.value}
              disabled={busy}
              onPick={(item) => void write(selection.sheet, help.cell, item, "suggestion")}
            />
          )}

          {help.allowed && help.allowed.length > 0 && (
            // Keyed by the field: its filter starts empty on the next field.
            <AllowedValues
              key={`${selection.sheet}!${help.cell}`}
              items={help.allowed}
              adequacy={help.adequacy}
              value={help.value}
              disabled={busy}
              onPick={(item) => void write(selection.sheet, help.cell, item, "list")}
            />
          )}
        </section>
      )}
    </div>
  );
}

/** Above this many items (the countries), a filter box helps find the one wanted. */
const FILTER_FROM = 12;

const fold = (t: string): string =>
  t
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/**
 * One button that writes `item` into the cell. The current value stays focusable (aria-disabled, not
 * disabled): a browser drops the focus of a button that becomes disabled, and this one was just used.
 */
function WriteButton({
  item,
  current,
  disabled,
  source,
  status,
  onPick,
}: {
  item: string;
  current: boolean;
  disabled: boolean;
  source: WriteSource;
  status?: CountryAdequacy;
  onPick: (item: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const h = helpStrings;
  const statusId = React.useId();
  return (
    <Button
      className={styles.item}
      appearance={current ? "primary" : "secondary"}
      size="small"
      icon={current ? <Checkmark16Regular /> : undefined}
      aria-label={current ? `${item} (${h.current})` : h.writeItem(item)}
      aria-describedby={status ? statusId : undefined}
      aria-pressed={current}
      disabledFocusable={disabled || current}
      data-help-write={writeMark(source, item)}
      onClick={() => onPick(item)}
    >
      {status ? (
        <span className={styles.itemText}>
          <span>{item}</span>
          <Caption1 id={statusId} className={mergeClasses(styles.status, status === "none" && styles.statusNone)}>
            {t.adequacy[status]}
          </Caption1>
        </span>
      ) : (
        item
      )}
    </Button>
  );
}

/** The guarantee the row's country calls for, with its reason, and the other item worth knowing. */
function SuggestedGuarantee({
  suggestion,
  value,
  disabled,
  onPick,
}: {
  suggestion: GuaranteeSuggestion | undefined;
  value: string;
  disabled: boolean;
  onPick: (item: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const alternativeLabel = suggestion ? t.suggestionAlternative[suggestion.status] : "";
  return (
    <section className={styles.suggestion} aria-labelledby="help-suggestion">
      <h4 className={styles.h3} id="help-suggestion">
        {t.suggestion}
      </h4>
      {!suggestion ? (
        <p className={styles.intro}>{t.suggestionNoCountry}</p>
      ) : (
        <>
          <p className={styles.text}>{t.suggestionWhy[suggestion.status](suggestion.country)}</p>
          {suggestion.item ? (
            <WriteButton item={suggestion.item} current={suggestion.item === value} disabled={disabled} source="suggestion" onPick={onPick} />
          ) : (
            <p className={styles.intro}>{t.suggestionNoItem}</p>
          )}
          {suggestion.alternative && (
            <div className={styles.suggestionRow}>
              <Caption1>{alternativeLabel}</Caption1>
              <WriteButton item={suggestion.alternative} current={suggestion.alternative === value} disabled={disabled} source="suggestion" onPick={onPick} />
            </div>
          )}
        </>
      )}
    </section>
  );
}

/** The items of the field's list: one click writes the item into the cell (and only there). */
function AllowedValues({
  items,
  adequacy,
  value,
  disabled,
  onPick,
}: {
  items: string[];
  /** Countries: each item's adequacy, in the order of `items`. */
  adequacy?: FieldHelp["adequacy"];
  value: string;
  disabled: boolean;
  onPick: (item: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const h = helpStrings;
  const [filter, setFilter] = React.useState("");
  const status = new Map(adequacy ? items.map((item, i) => [item, adequacy[i]] as const) : []);
  const shown = filter.trim() ? items.filter((i) => fold(i).includes(fold(filter.trim()))) : items;
  return (
    <div className={styles.allowed}>
      <h4 className={styles.h3} id="help-allowed">
        {h.allowed}
      </h4>
      <p className={styles.intro}>{h.allowedHint}</p>
      {items.length > FILTER_FROM && (
        <Field label={h.filter}>
          <Input value={filter} onChange={(_, data) => setFilter(data.value)} />
        </Field>
      )}
      {shown.length === 0 && <p className={styles.intro}>{h.filterEmpty}</p>}
      <ul className={styles.items} aria-labelledby="help-allowed">
        {shown.map((item) => (
          <li key={item}>
            <WriteButton item={item} current={item === value} disabled={disabled} source="list" status={status.get(item)} onPick={onPick} />
          </li>
        ))}
      </ul>
    </div>
  );
}
