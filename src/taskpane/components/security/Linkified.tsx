/** A text whose web addresses and e-mail addresses are links (opening a new window, never fetched by the pane). */
import * as React from "react";
import { Link } from "@fluentui/react-components";

const ADDRESS = /(https:\/\/[^\s)]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/g;

export function Linkified({ text }: { text: string }): React.JSX.Element {
  const parts = text.split(ADDRESS);
  return (
    <>
      {parts.map((part, i) =>
        // split with a capturing group puts the addresses at the odd places
        i % 2 === 1 ? (
          <Link key={i} href={part.startsWith("https://") ? part : `mailto:${part}`} target="_blank" rel="noopener noreferrer">
            {part}
          </Link>
        ) : (
          <React.Fragment key={i}>{part}</React.Fragment>
        ),
      )}
    </>
  );
}
