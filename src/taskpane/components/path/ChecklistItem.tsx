/** One point of a step's checklist: seen in the workbook (with where to act), or ticked by the user. */
import * as React from "react";
import { Button, Checkbox, Link, Spinner, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled, Circle20Regular } from "@fluentui/react-icons";
import type { PathItemState, PathTarget } from "../../../register";
import { pathStrings as s } from "../../strings/path";

/** How many cells are listed before "Voir n autres points". */
const FIRST_TARGETS = 3;

const useStyles = makeStyles({
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS },
  icon: { flexShrink: 0, marginTop: "2px" },
  done: { color: tokens.colorPaletteGreenForeground1 },
  todo: { color: tokens.colorNeutralForeground3 },
  label: { fontWeight: tokens.fontWeightSemibold },
  help: { margin: 0, color: tokens.colorNeutralForeground2, paddingLeft: "28px" },
  meta: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, paddingLeft: "28px" },
  targets: { margin: 0, paddingLeft: "28px", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  targetList: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  targetText: { display: "block", color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  checkboxLabel: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1 },
});

export interface ChecklistItemProps {
  item: PathItemState;
  saving: boolean;
  disabled: boolean;
  onTick: (itemId: string, done: boolean) => void;
  onNavigate: (sheet: string, cell: string) => void;
}

export function ChecklistItem({ item, saving, disabled, onTick, onNavigate }: ChecklistItemProps): React.JSX.Element {
  const styles = useStyles();
  const helpId = `path-help-${item.id}`;
  return (
    <li className={styles.item} data-item={item.id} data-done={item.done ? "true" : "false"}>
      {item.source === "workbook" ? (
        <div className={styles.row}>
          {item.done ? (
            <CheckmarkCircle20Filled className={mergeClasses(styles.icon, styles.done)} aria-hidden />
          ) : (
            <Circle20Regular className={mergeClasses(styles.icon, styles.todo)} aria-hidden />
          )}
          <Text className={styles.label}>{item.label}</Text>
        </div>
      ) : (
        <div className={styles.row}>
          <Checkbox
            checked={item.done}
            disabled={disabled || saving}
            onChange={(_, data) => onTick(item.id, data.checked === true)}
            label={<span className={styles.checkboxLabel}>{item.label}</span>}
            aria-describedby={helpId}
          />
          {saving && <Spinner size="extra-tiny" aria-label={s.saving} />}
        </div>
      )}
      <p id={helpId} className={styles.help}>
        {item.help}
      </p>
      <p className={styles.meta}>
        {item.source === "workbook" ? (item.done ? s.fromWorkbookDone : s.fromWorkbookTodo) : item.done ? s.tickedOn(item.date ?? "") : s.toTick}
      </p>
      {item.note && <p className={styles.meta}>{item.note}</p>}
      {item.targets.length > 0 && <Targets targets={item.targets} onNavigate={onNavigate} />}
    </li>
  );
}

function Targets({ targets, onNavigate }: { targets: PathTarget[]; onNavigate: (sheet: string, cell: string) => void }): React.JSX.Element {
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const shown = all ? targets : targets.slice(0, FIRST_TARGETS);
  return (
    <div className={styles.targets}>
      <Text size={200}>{s.whereToAct}</Text>
      <ul className={styles.targetList}>
        {shown.map((t, i) => (
          <li key={`${t.sheet}!${t.cell}#${i}`}>
            <Link as="button" onClick={() => onNavigate(t.sheet, t.cell)}>
              {s.goTo(t.sheet, t.cell)}
            </Link>
            <span className={styles.targetText}>{t.label}</span>
          </li>
        ))}
      </ul>
      {targets.length > FIRST_TARGETS && (
        <Button appearance="subtle" size="small" onClick={() => setAll(!all)} aria-expanded={all}>
          {all ? s.showLess : s.showMore(targets.length - FIRST_TARGETS)}
        </Button>
      )}
    </div>
  );
}
