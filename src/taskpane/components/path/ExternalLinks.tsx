/** CNIL pages (and the few public services the path names): plain links opening in a new window, never fetched. */
import * as React from "react";
import { Link, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Open16Regular } from "@fluentui/react-icons";
import type { PathLink } from "../../../register";
import { pathStrings as s } from "../../strings/path";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  icon: { verticalAlign: "middle", marginLeft: tokens.spacingHorizontalXXS },
});

export function ExternalLinks({ links, title = s.learnMore }: { links: readonly PathLink[]; title?: string }): React.JSX.Element | null {
  const styles = useStyles();
  if (links.length === 0) return null;
  return (
    <div className={styles.root}>
      <Text size={200}>{title}</Text>
      <ul className={styles.list}>
        {links.map((l) => (
          <li key={l.url}>
            <Link href={l.url} target="_blank" rel="noopener noreferrer">
              {l.label}
              <Open16Regular className={styles.icon} aria-label={s.newWindow} />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
