/**
 * « Fiche réflexe »: what a person under attack looks for first. The five reflexes and « ne payez jamais
 * la rançon » show at once, before anything else and without waiting for the workbook; below them, the
 * CPTS's contacts (prefilled from the card already in the workbook) and « Créer la fiche à afficher » /
 * « Mettre à jour », which writes the one-page card (planCard) and selects it, ready for Ctrl+P.
 */
import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { EMPTY_CARD_CONTACTS, planCard, readCard, type CardContacts } from "../../../../register";
import type { SectionProps } from "../../sections/sectionProps";
import { cardStrings as s } from "../../../strings/card";
import CardReflexes from "./CardReflexes";
import { useApplyFresh } from "../../sections/applyFresh";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  p: { margin: 0 },
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
      <CardReflexes />

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
