/**
 * The five reflexes of the cyberattack card, « ne payez jamais la rançon » and the contacts every CPTS
 * shares (SESAN, 17Cyber, the CNIL, the ARS). Needs nothing from the workbook, so that the header's
 * « Cyberattaque ? » shows it at once, even before the workbook is read or when it is not a register.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { ShieldError20Regular, Warning20Filled } from "@fluentui/react-icons";
import { CARD_NEVER, CARD_REFLEXES, FIXED_CONTACTS } from "../../../../register";
import { cardStrings as s } from "../../../strings/card";
import { Linkified } from "../Linkified";

const useStyles = makeStyles({
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
  fixed: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export default function CardReflexes(): React.JSX.Element {
  const styles = useStyles();
  return (
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
  );
}
