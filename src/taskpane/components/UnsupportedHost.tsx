import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { strings } from "../strings";

export type UnsupportedReason = "old-excel" | "no-office";

const useStyles = makeStyles({
  main: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  small: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** Instead of a blank pane: what is missing and which Excel to use, in plain French. */
export function UnsupportedHost({ reason }: { reason: UnsupportedReason }): React.JSX.Element {
  const styles = useStyles();
  const h = strings.host;
  return (
    <main className={styles.main}>
      <h1 className={styles.h1}>{strings.app.title}</h1>
      {reason === "old-excel" ? (
        <>
          <MessageBar intent="warning" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{h.title}</MessageBarTitle>
              {h.body}
            </MessageBarBody>
          </MessageBar>
          <p>{h.what}</p>
          <p className={styles.small}>{h.requirement}</p>
        </>
      ) : (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{h.noOffice}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
