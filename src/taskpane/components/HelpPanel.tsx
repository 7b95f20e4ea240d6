/**
 * "Aide": follows the selection. On a field of a fiche or of tab 2 it shows what the field means, what
 * is expected, its findings, the allowed values of its list (one click writes the item into that cell
 * and nothing else) and an example from a typical CPTS processing. "Vérifier cette feuille" checks the
 * active fiche alone.
 */
import * as React from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Regular, Checkmark16Regular } from "@fluentui/react-icons";
import { fieldHelp, planWriteCell, validateSheet } from "../../register";
import { usePane } from "../state/store";
import { strings } from "../strings";
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
});

/** Quiet re-read after the selection settles, so that what the user just typed is taken into account. */
const SETTLE_MS = 400;

export default function HelpPanel(): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane();
  const h = strings.help;
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
  const help = React.useMemo(
    () => (register && selection ? fieldHelp(register, selection.sheet, selection.cell, findings ?? []) : null),
    [register, selection, findings],
  );

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
    <div className={styles.panel}>
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

          {help.allowed && help.allowed.length > 0 && (
            <AllowedValues
              items={help.allowed}
              value={help.value}
              disabled={busy}
              onPick={(item) => void pane.apply(() => planWriteCell(selection.sheet, help.cell, item, h.writeTitle(item, help.cell)))}
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

/** The items of the field's list: one click writes the item into the cell (and only there). */
function AllowedValues({
  items,
  value,
  disabled,
  onPick,
}: {
  items: string[];
  value: string;
  disabled: boolean;
  onPick: (item: string) => void;
}): React.JSX.Element {
  const styles = useStyles();
  const h = strings.help;
  const [filter, setFilter] = React.useState("");
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
        {shown.map((item) => {
          const current = item === value;
          return (
            <li key={item}>
              <Button
                className={styles.item}
                appearance={current ? "primary" : "secondary"}
                size="small"
                icon={current ? <Checkmark16Regular /> : undefined}
                aria-label={current ? `${item} (${h.current})` : h.writeItem(item)}
                aria-pressed={current}
                disabled={disabled || current}
                onClick={() => onPick(item)}
              >
                {item}
              </Button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
