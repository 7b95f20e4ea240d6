import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Lightbulb20Filled, Warning20Filled } from "@fluentui/react-icons";
import type { Severity } from "../../register";

const useStyles = makeStyles({
  error: { color: tokens.colorStatusDangerForeground1, flexShrink: 0 },
  warning: { color: tokens.colorStatusWarningForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

/** The Accessibility Checker's three marks: a red error, an amber warning, a blue tip. Decorative: the text says the severity. */
export function SeverityIcon({ severity }: { severity: Severity }): React.JSX.Element {
  const styles = useStyles();
  const Icon = severity === "error" ? ErrorCircle20Filled : severity === "warning" ? Warning20Filled : Lightbulb20Filled;
  return <Icon aria-hidden="true" className={styles[severity]} />;
}

/** A badge's colour for a severity, the same as its mark: red for an error, amber for a warning, blue for a conseil. */
export const SEVERITY_BADGE_COLOR: Record<Severity, "danger" | "warning" | "brand"> = {
  error: "danger",
  warning: "warning",
  info: "brand",
};
