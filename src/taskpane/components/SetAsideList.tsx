/**
 * « Constats écartés (N) »: the findings the CPTS set aside for good, read from the workbook's hidden
 * sheet, each with who, when and why, and « Signaler de nouveau », which empties its line (the finding
 * comes back at once, and the pane's « Annuler » sets it aside again). Loaded only when there is one.
 *
 * Focus: after « Signaler de nouveau », on the finding that came back when the list shows it, else on
 * the next line's button, else on this list's heading. Never to the top of the page.
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { planRestoreSetAside, setAsideKey, setAsideRuleTitle, type Register, type SetAsideEntry } from "../../register";
import { usePane } from "../state/store";
import { setAsideStrings as s } from "../strings/setAside";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflowWrap: "anywhere",
  },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  why: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground2 },
});

/** The sheet of the fiche whose RÉF the line names (the engine's folding), when there is one. */
function ficheOf(register: Register, entry: SetAsideEntry): { sheet: string; name: string } | null {
  const key = setAsideKey(entry.rule, entry.ref);
  const fiche = register.fiches.find((f) => f.kind === "fiche" && setAsideKey(entry.rule, f.ref.value) === key);
  return fiche ? { sheet: fiche.sheet, name: fiche.name.value.trim() } : null;
}

const lineKey = (e: SetAsideEntry): string => `${e.sheet}\u0000${e.row}`;

export default function SetAsideList({ register }: { register: Register }): React.JSX.Element | null {
  const styles = useStyles();
  const pane = usePane();
  const entries = React.useMemo(() => register.setAside?.entries ?? [], [register]);
  const headingRef = React.useRef<HTMLHeadingElement>(null);
  const listRef = React.useRef<HTMLUListElement>(null);
  const [focusAfter, setFocusAfter] = React.useState<{ rule: string; sheet: string | null; next: string | null } | null>(null);
  const busy = pane.state.busy !== null;

  React.useEffect(() => {
    if (!focusAfter || busy) return;
    const doc = headingRef.current?.ownerDocument;
    const back = [...(doc?.querySelectorAll<HTMLElement>("[data-finding-key]") ?? [])].find(
      (el) => el.dataset.rule === focusAfter.rule && el.dataset.sheet === focusAfter.sheet,
    );
    const next = [...(listRef.current?.querySelectorAll<HTMLElement>("[data-line]") ?? [])].find((el) => el.dataset.line === focusAfter.next);
    (back ?? next ?? headingRef.current)?.focus();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the intent is done once carried out
    setFocusAfter(null);
  }, [focusAfter, busy, entries]);

  const restore = async (entry: SetAsideEntry, at: number): Promise<void> => {
    const fiche = ficheOf(register, entry);
    const following = entries[at + 1] ?? entries[at - 1];
    const done = await pane.apply((fresh) => planRestoreSetAside(fresh.snapshot, entry));
    setFocusAfter(
      done
        ? { rule: entry.rule, sheet: fiche?.sheet ?? null, next: following ? lineKey(following) : null }
        : { rule: entry.rule, sheet: null, next: lineKey(entry) },
    );
  };

  // Once the last line is emptied the list goes: its heading stays for the focus, saying (0).
  return (
    <section className={styles.section} aria-labelledby="verify-set-aside">
      <h3 id="verify-set-aside" ref={headingRef} className={styles.h3} tabIndex={-1}>
        {s.listHeading(entries.length)}
      </h3>
      {entries.length > 0 && <p className={styles.intro}>{s.listIntro}</p>}
      <ul ref={listRef} className={styles.list}>
        {entries.map((e, i) => {
          const title = setAsideRuleTitle(e.rule);
          const fiche = ficheOf(register, e);
          return (
            <li key={lineKey(e)} className={styles.item}>
              <p className={styles.title}>{title}</p>
              <Caption1>{s.entryFiche(e.ref, fiche?.name ?? "")}</Caption1>
              {e.why && <p className={styles.why}>{e.why}</p>}
              <Caption1 className={styles.meta}>{s.entryMeta(e.who, e.when)}</Caption1>
              <Button size="small" data-line={lineKey(e)} aria-label={s.restoreLabel(title, e.ref)} disabledFocusable={busy} onClick={() => void restore(e, i)}>
                {s.restore}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
