/**
 * « Fiche réflexe »: what a person under attack looks for first. The five reflexes and « ne payez jamais
 * la rançon » show at once, before anything else and without waiting for the workbook; below them, the
 * CPTS's contacts (prefilled from the card already in the workbook) and « Créer la fiche à afficher » /
 * « Mettre à jour », which writes the one-page card (planCard) and selects it, ready for Ctrl+P.
 */
import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldError20Regular, Warning20Filled } from "@fluentui/react-icons";
import { CARD_NEVER, CARD_REFLEXES, EMPTY_CARD_CONTACTS, FIXED_CONTACTS, planCard, readCard, type CardContacts } from "../../../../register";
import type { SectionProps } from "../sectionProps";
import { cardStrings as s } from "../../../strings/card";
import { Linkified } from "../Linkified";
import { useApplyFresh } from "../applyFresh";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  alert: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  h2: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  reflexes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  action: { display: "block", fontWeight: tokens.fontWeightSemibold },
  never: { margin: 0, display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, color: tokens.colorPaletteRedForeground1 },
  icon: { flexShrink: 0 },
  p: { margin: 0 },
  fixed: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const FIELDS: readonly (keyof CardContacts)[] = ["itSupport", "gdprReferent", "president", "insurer", "insurerContract"];

export default function CardSection({ snapshot, clock, onApplyPlan }: SectionProps): React.JSX.Element {
  const styles = useStyles();
  const card = React.useMemo(() => (snapshot ? readCard(snapshot) : null), [snapshot]);
  // What the user typed since the card was last written; until then the form shows the card as the
  // workbook holds it (read after the section shows, or again after a change).
  const [typed, setTyped] = React.useState<CardContacts | null>(null);
  const contacts = typed ?? card?.contacts ?? EMPTY_CARD_CONTACTS;
  const [saving, setSaving] = React.useState(false);
  const [done, setDone] = React.useState(false);
  const applyFresh = useApplyFresh(snapshot, onApplyPlan);

  const change = (key: keyof CardContacts, value: string): void => {
    setTyped({ ...contacts, [key]: value });
    setDone(false);
  };

  const submit = async (e: React.FormEvent): Promise<void> => {
    e.preventDefault();
    if (!snapshot) return;
    setSaving(true);
    try {
      if ((await applyFresh((fresh) => planCard(fresh, contacts, clock))) !== null) return;
      setTyped(null);
      setDone(true);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="card-heading">
      <div className={styles.alert}>
        <h2 id="card-heading" className={styles.h2}>
          <ShieldError20Regular aria-hidden />
          {s.heading}
        </h2>
        <ol className={styles.reflexes} aria-label={s.reflexesLabel}>
          {CARD_REFLEXES.map((r) => (
            <li key={r.action}>
              <span className={styles.action}>{r.action}</span>
              {r.detail}
            </li>
          ))}
        </ol>
        <p className={styles.never}>
          <Warning20Filled className={styles.icon} aria-hidden />
          <strong>{CARD_NEVER}</strong>
        </p>
        <h3 className={styles.h3}>{s.fixedHeading}</h3>
        <ul className={styles.fixed}>
          {FIXED_CONTACTS.map((c) => (
            <li key={c.who}>
              <strong>{c.who}</strong> — {c.what} : <Linkified text={c.how} />
            </li>
          ))}
        </ul>
      </div>

      <form className={styles.form} onSubmit={(e) => void submit(e)} aria-labelledby="card-contacts-heading">
        <h3 id="card-contacts-heading" className={styles.h3}>
          {s.contactsHeading}
        </h3>
        <p className={styles.p}>{s.contactsIntro}</p>
        {card && <p className={styles.p}>{s.cardExists(card.sheet)}</p>}
        {FIELDS.map((key) => (
          <Field key={key} label={s[key]}>
            <Input value={contacts[key]} maxLength={200} onChange={(_, d) => change(key, d.value)} />
          </Field>
        ))}
        {!snapshot && <p className={styles.p}>{s.noSnapshot}</p>}
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabledFocusable={!snapshot || saving}>
            {card ? s.update : s.create}
          </Button>
        </div>
        {done && (
          <MessageBar intent="success">
            <MessageBarBody>{s.done}</MessageBarBody>
          </MessageBar>
        )}
      </form>
    </section>
  );
}
