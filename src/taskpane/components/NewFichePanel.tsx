/**
 * "Nouvelle fiche": asks for the processing's name only, shows what will be created (sheet, reference,
 * tab-2 line; a shortened sheet name is said so), creates it in one batch and selects its first field.
 * A name a fiche already has is not created: the panel says so and offers to open that fiche.
 * Keyboard focus never falls to the top of the page: buttons stay focusable while the pane works, and
 * after create, cancel or « open it instead » it goes back to the name field, ready for the next one.
 * Below: "Ajouter une ligne" in a block of the active fiche.
 */
import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Add20Regular, DocumentAdd20Regular } from "@fluentui/react-icons";
import { planAddRow, planNewFiche, previewNewFiche, type WritePlan } from "../../register";
import { usePane } from "../state/store";
import { planSelection } from "../state/planSelection";
import { newFicheStrings } from "../strings/newFiche";

type RowBlock = "persons" | "recipients" | "measures" | "transfers";
const BLOCKS: RowBlock[] = ["persons", "recipients", "measures", "transfers"];

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  h2: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  chips: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  preview: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  note: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  warning: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    overflowWrap: "anywhere",
  },
  warningTitle: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  warningText: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  buttons: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
});

export default function NewFichePanel(): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane();
  const s = newFicheStrings;
  const { register, state, clock } = pane;
  const busy = state.busy !== null;
  const [name, setName] = React.useState("");
  const [tried, setTried] = React.useState(false);
  // What « Ouvrir la fiche existante » did, said where the user is looking (cleared by the next edit).
  const [opened, setOpened] = React.useState<string | null>(null);
  const nameInput = React.useRef<HTMLInputElement>(null);
  const trimmed = name.trim();
  const invalid = tried && trimmed === "";

  const preview = React.useMemo(() => {
    if (!register || trimmed === "") return null;
    try {
      return previewNewFiche(register, { name: trimmed, clock });
    } catch {
      return null; // e.g. no model tab: the error shows when the user clicks "Créer la fiche".
    }
  }, [register, trimmed, clock]);
  const duplicate = preview?.existing?.kind === "fiche" ? preview.existing : null;

  /** Back to an empty form, the name field focused: where the next fiche starts. */
  const restart = (): void => {
    setName("");
    setTried(false);
    nameInput.current?.focus();
  };

  const create = async (): Promise<void> => {
    // Enter in the name field submits even while the button is only aria-disabled.
    if (busy) return;
    setTried(true);
    setOpened(null);
    if (!register || trimmed === "" || duplicate) {
      nameInput.current?.focus();
      return;
    }
    const made: { plan?: WritePlan } = {};
    const sheetName = preview?.sheetName;
    // Planned on the workbook as it is at the click (a line typed by hand in tab 2 meanwhile is kept).
    if (await pane.apply((fresh) => (made.plan = planNewFiche(fresh.register, { name: trimmed, clock })))) {
      restart();
      // The plan normally ends on the new fiche's first field; if it does not, take the user there.
      if (made.plan && !planSelection(made.plan) && sheetName) await pane.selectCell(sheetName, "B4");
    } else {
      // The error is in the notice bar; the name is kept, to be corrected.
      nameInput.current?.focus();
    }
  };

  const openExisting = async (): Promise<void> => {
    if (!duplicate) return;
    await pane.selectCell(duplicate.sheet, duplicate.cell);
    restart();
    setOpened(s.opened(duplicate.name, duplicate.sheet));
  };

  const activeFiche = register?.fiches.find((f) => f.sheet === state.activeSheet && f.kind !== "example");

  return (
    <div className={styles.panel}>
      <section className={styles.section} aria-labelledby="new-fiche-heading">
        <h2 id="new-fiche-heading" className={styles.h2}>
          {s.heading}
        </h2>
        <p className={styles.intro}>{s.intro}</p>
        {pane.registerError && <p>{pane.registerError}</p>}
        <form
          className={styles.section}
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <Field
            label={s.nameLabel}
            required
            hint={s.nameHint}
            validationState={invalid ? "error" : "none"}
            validationMessage={invalid ? s.nameRequired : undefined}
          >
            <Input
              ref={nameInput}
              value={name}
              onChange={(_, data) => {
                setName(data.value);
                setOpened(null);
              }}
              maxLength={200}
            />
          </Field>
          {opened && (
            <p className={styles.note} role="status">
              {opened}
            </p>
          )}
          <div className={styles.section}>
            <span className={styles.intro} id="new-fiche-suggestions">
              {s.suggestions}
            </span>
            <div className={styles.chips} role="group" aria-labelledby="new-fiche-suggestions">
              {s.suggestionItems.map((item) => (
                <Button
                  key={item}
                  size="small"
                  shape="circular"
                  onClick={() => {
                    setName(item);
                    setOpened(null);
                  }}
                >
                  {item}
                </Button>
              ))}
            </div>
          </div>
          {duplicate && (
            <section className={styles.warning} role="status" aria-labelledby="new-fiche-duplicate">
              <h3 id="new-fiche-duplicate" className={styles.warningTitle}>
                {s.duplicateTitle}
              </h3>
              <p className={styles.warningText} id="new-fiche-duplicate-text">
                {s.duplicate(duplicate.name, duplicate.sheet)} {s.duplicateHint}
              </p>
              <div className={styles.actions}>
                <Button appearance="primary" disabledFocusable={busy} onClick={() => void openExisting()}>
                  {s.openExisting}
                </Button>
                <Button disabledFocusable={busy} onClick={restart}>
                  {s.cancel}
                </Button>
              </div>
            </section>
          )}
          {preview && !duplicate && (
            <section aria-labelledby="new-fiche-preview">
              <h3 id="new-fiche-preview" className={styles.h3}>
                {s.previewHeading}
              </h3>
              <dl className={styles.preview}>
                <dt className={styles.dt}>{s.previewSheet}</dt>
                <dd className={styles.dd}>{preview.sheetName}</dd>
                <dt className={styles.dt}>{s.previewRef}</dt>
                <dd className={styles.dd}>{preview.ref}</dd>
                <dt className={styles.dt}>{s.previewLine}</dt>
                <dd className={styles.dd}>{preview.existing?.kind === "line" ? s.previewLineTaken(preview.listRow) : s.previewLineValue(preview.listRow)}</dd>
              </dl>
              {preview.sheetNameChange && (
                <p className={styles.note}>
                  {(preview.sheetNameChange === "shortened" ? s.sheetShortened : s.sheetAdapted)(preview.sheetName, preview.nameCell)}
                </p>
              )}
              {preview.existing?.kind === "line" && <p className={styles.note}>{s.lineTaken(preview.listRow)}</p>}
            </section>
          )}
          <div>
            <Button
              type="submit"
              appearance="primary"
              icon={<DocumentAdd20Regular />}
              // Focusable while disabled: the button the user pressed keeps the focus while the pane works.
              disabledFocusable={busy || !register || duplicate !== null}
              aria-describedby={duplicate ? "new-fiche-duplicate-text" : undefined}
            >
              {s.create}
            </Button>
          </div>
        </form>
      </section>

      <section className={styles.section} aria-labelledby="add-row-heading">
        <h2 id="add-row-heading" className={styles.h2}>
          {s.rowsHeading}
        </h2>
        <p className={styles.intro}>{s.rowsIntro}</p>
        {activeFiche ? (
          <>
            <p>{s.activeFiche(activeFiche.name.value || activeFiche.sheet)}</p>
            <div className={styles.buttons}>
              {BLOCKS.map((block) => (
                <Button
                  key={block}
                  icon={<Add20Regular />}
                  // Focusable while disabled: focus stays on the button used while the row is added.
                  disabledFocusable={busy || !register}
                  onClick={() => void pane.apply((fresh) => planAddRow(fresh.register, activeFiche.sheet, block))}
                >
                  {s.addRow[block]}
                </Button>
              ))}
            </div>
          </>
        ) : (
          <p className={styles.intro}>{s.notAFiche}</p>
        )}
      </section>
    </div>
  );
}
