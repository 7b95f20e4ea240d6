/**
 * The list a dropdown cell offers, as Excel opens it under the cell: a listbox that takes the focus,
 * with the current value marked. Flèches, Début and Fin move; Entrée or a click writes the item;
 * Échap or Tab closes without writing. The grid decides where it sits and what a choice does.
 */
import * as React from "react";
import { playgroundStrings as s } from "./strings";

export interface ListPickerProps {
  /** The cell the list belongs to (its top-left cell), for the list's name. */
  cell: string;
  items: string[];
  /** What the cell holds now: that item is marked and active first. */
  current: string;
  /** Where it sits, in pixels, in its positioned container. */
  position: { top: number; left: number; minWidth: number };
  onPick: (item: string) => void;
  onClose: () => void;
}

export function ListPicker({ cell, items, current, position, onPick, onClose }: ListPickerProps): React.JSX.Element {
  const [active, setActive] = React.useState(() => Math.max(0, items.indexOf(current)));
  const listRef = React.useRef<HTMLUListElement | null>(null);
  const id = React.useId();
  const optionId = (i: number) => `${id}-option-${i}`;

  React.useEffect(() => {
    listRef.current?.focus();
  }, []);
  // The active item stays in sight when the list scrolls.
  React.useEffect(() => {
    const option = listRef.current?.querySelector(`[data-index="${active}"]`);
    if (option && typeof option.scrollIntoView === "function") option.scrollIntoView({ block: "nearest" });
  }, [active]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLUListElement>) => {
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: last, PageDown: active + 8, PageUp: active - 8 };
    if (e.key in moves) {
      e.preventDefault();
      setActive(Math.min(Math.max(moves[e.key], 0), last));
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      onPick(items[active]);
    } else if (e.key === "Escape" || e.key === "Tab") {
      e.preventDefault();
      onClose();
    }
  };

  return (
    <ul
      ref={listRef}
      role="listbox"
      className="pg-picker"
      aria-label={s.listLabel(cell)}
      aria-activedescendant={optionId(active)}
      tabIndex={0}
      style={{ top: position.top, left: position.left, minWidth: position.minWidth }}
      onKeyDown={onKeyDown}
      // Focus leaving the list (a click elsewhere) closes it, as Excel's does.
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) onClose();
      }}
    >
      {items.map((item, i) => (
        // The list takes the keys (aria-activedescendant); a click on an option writes it.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events
        <li
          key={`${i}-${item}`}
          id={optionId(i)}
          data-index={i}
          role="option"
          aria-selected={item === current}
          className={`pg-option${i === active ? " pg-option-active" : ""}`}
          // The click must not blur the list first (which would close it before the choice is made).
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(item)}
        >
          {item}
        </li>
      ))}
    </ul>
  );
}
