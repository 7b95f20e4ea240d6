import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { usePane } from "../state/store";
import { strings } from "../strings";

/** The last outcome: a French error from Excel or the engine, or what was just done. */
export function NoticeBar(): React.JSX.Element | null {
  const pane = usePane();
  const notice = pane.state.notice;
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {notice.intent === "error" && <MessageBarTitle>{strings.errors.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={strings.app.dismiss} onClick={pane.dismissNotice} />}
      />
    </MessageBar>
  );
}
