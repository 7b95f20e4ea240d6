import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import { Dismiss20Regular } from "@fluentui/react-icons";
import { usePane } from "../state/store";
import { strings } from "../strings";
import { FOCUS_MARKS, sensibleFocusIn } from "../focusMarks";

const useStyles = makeStyles({
  // The text wraps at any width (a long sheet name, a cell address, a French error); the close
  // button keeps its place at the end of the bar instead of being pushed out of a narrow pane.
  bar: { minWidth: 0, alignItems: "flex-start" },
  body: { minWidth: 0, overflowWrap: "anywhere", whiteSpace: "normal" },
  actions: { flexShrink: 0 },
});

/**
 * The last outcome: a French error from Excel or the engine, or what was just done. It can be focused
 * (the pane puts the focus here when the button that acted is gone); closing it gives the focus back
 * to where it was when the message appeared, or to the next sensible place, never to the top of the page.
 */
export function NoticeBar(): React.JSX.Element | null {
  const styles = useStyles();
  const pane = usePane();
  const notice = pane.state.notice;
  const barRef = React.useRef<HTMLDivElement | null>(null);
  // Where the focus was when this message appeared (the button that asked for the change, if it is still there).
  const returnTo = React.useRef<HTMLElement | null>(null);
  React.useEffect(() => {
    const active = document.activeElement;
    returnTo.current = active instanceof HTMLElement && active !== document.body && !barRef.current?.contains(active) ? active : null;
  }, [notice]);

  if (!notice) return null;
  const dismiss = () => {
    const root = barRef.current?.closest<HTMLElement>(`[${FOCUS_MARKS.root}]`) ?? null;
    const back = returnTo.current;
    pane.dismissNotice();
    // Once the message is gone: back where the user was, or « Annuler », or the open panel.
    requestAnimationFrame(() => {
      const target = back?.isConnected && !back.matches(":disabled") ? back : sensibleFocusIn(root ?? document.body);
      target?.focus({ preventScroll: true });
    });
  };
  return (
    <MessageBar
      ref={barRef}
      className={styles.bar}
      intent={notice.intent}
      role={notice.intent === "error" ? "alert" : "status"}
      tabIndex={-1}
      {...{ [FOCUS_MARKS.notice]: "" }}
    >
      <MessageBarBody className={styles.body}>
        {notice.intent === "error" && <MessageBarTitle>{strings.errors.title}</MessageBarTitle>}
        {notice.text}
      </MessageBarBody>
      <MessageBarActions
        className={styles.actions}
        containerAction={<Button appearance="transparent" icon={<Dismiss20Regular />} aria-label={strings.app.dismiss} onClick={dismiss} />}
      />
    </MessageBar>
  );
}
