/** "Que faire en cas de cyberattaque ?": the seed's 5 steps, with the law's nuance on notifying the CNIL. */
import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { ShieldError20Regular, Warning20Filled } from "@fluentui/react-icons";
import type { PathState } from "../../../register";
import { pathStrings as s } from "../../strings/path";
import { ExternalLinks } from "./ExternalLinks";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  h3: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: 0,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  p: { margin: 0 },
  never: { margin: 0, display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalS, color: tokens.colorPaletteRedForeground1 },
  neverIcon: { flexShrink: 0 },
});

export function CyberattackGuide({ guide }: { guide: PathState["cyberattack"] }): React.JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-labelledby="path-cyberattack">
      <h3 id="path-cyberattack" className={styles.h3}>
        <ShieldError20Regular aria-hidden />
        {guide.title}
      </h3>
      <Text>{guide.intro}</Text>
      <ol className={styles.steps}>
        {guide.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p className={styles.never}>
        <Warning20Filled className={styles.neverIcon} aria-hidden />
        <strong>{guide.never}</strong>
      </p>
      <p className={styles.p}>{s.cyberattackNote}</p>
      <p className={styles.p}>{guide.help}</p>
      <ExternalLinks links={guide.links} />
    </section>
  );
}
