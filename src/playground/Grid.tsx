/**
 * A plain view of the workbook for the playground: a cell box and the selected cell's content, a grid
 * of the active sheet (merged areas drawn as one cell, the selection outlined), and the sheet tabs.
 * A click on a cell (a merged area is reported whole, as Excel does) moves the selection there; a
 * click on a link to a cell of the workbook follows it, as in Excel.
 * Typing, as in Excel's formula bar: the content box is editable (Entrée writes, Échap gives up); a key
 * typed on the grid starts a new content, F2 or a double click edits the current one, Suppr empties the
 * cell. What is typed is handed to `onType`, which makes a plan of it.
 */
import * as React from "react";
import type { Rect } from "../register";
import { columnLetters, parseRange, rectAddress, type GridView } from "./gridModel";
import { playgroundStrings as s } from "./strings";

export interface GridProps {
  view: GridView;
  /** The selected range, as Excel reports it (`B4` or `B4:H4`). */
  selection: string;
  onSelectSheet: (name: string) => void;
  onSelectRange: (sheet: string, address: string) => void;
  /** The user typed `text` (empty: emptied) at the selection `address` of `sheet`. */
  onType: (sheet: string, address: string, text: string) => void;
}

/** Width of the row numbers' column, in pixels. The table's width is set so that the columns keep Excel's widths. */
const ROW_HEAD_WIDTH = 40;

/** Fills are drawn lighter than in Excel, so that dark text stays readable on every one of them. */
function softFill(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) return "transparent";
  const n = parseInt(m[1], 16);
  const mix = (c: number) => Math.round(c * 0.3 + 255 * 0.7);
  return `rgb(${mix((n >> 16) & 255)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}

/** The text shown for the top-left cell of `selection` (what the content box starts from). */
function anchorTextOf(view: GridView, selection: string): string {
  const sel = parseRange(selection);
  return sel && view.sheet ? (view.sheet.cells[sel.top - 1]?.[sel.left - 1] ?? "") : "";
}

export function Grid({ view, selection, onSelectSheet, onSelectRange, onType }: GridProps): React.JSX.Element {
  const sheet = view.sheet;
  const anchorText = anchorTextOf(view, selection);
  const [nameBox, setNameBox] = React.useState(selection);
  const [draft, setDraft] = React.useState(anchorText);
  // A new selection, another sheet or a cell changed by the pane shows its address in the name box and
  // its content in the content box (React's « adjust state when a prop changes »: during render, not in
  // an effect that would draw the old ones first).
  const [shown, setShown] = React.useState({ selection, sheetName: sheet?.name, anchorText });
  if (shown.selection !== selection || shown.sheetName !== sheet?.name || shown.anchorText !== anchorText) {
    setShown({ selection, sheetName: sheet?.name, anchorText });
    setNameBox(selection);
    setDraft(anchorText);
  }
  const contentRef = React.useRef<HTMLInputElement | null>(null);
  const anchorRef = React.useRef<HTMLTableCellElement | null>(null);
  const wrapRef = React.useRef<HTMLDivElement | null>(null);
  // Another sheet opens at its top-left corner; then the selection is brought into view.
  React.useEffect(() => {
    wrapRef.current?.scrollTo?.(0, 0);
  }, [sheet?.name]);
  // Bring the selection into view only when it is out of sight, as Excel does.
  React.useEffect(() => {
    const wrap = wrapRef.current;
    const td = anchorRef.current;
    if (!wrap || !td || typeof td.getBoundingClientRect !== "function") return;
    const w = wrap.getBoundingClientRect();
    const r = td.getBoundingClientRect();
    const top = r.top - w.top + wrap.scrollTop;
    const left = r.left - w.left + wrap.scrollLeft;
    const HEAD = 24;
    if (top < wrap.scrollTop + HEAD || top + Math.min(r.height, wrap.clientHeight / 2) > wrap.scrollTop + wrap.clientHeight) {
      wrap.scrollTop = Math.max(0, top - HEAD - 48);
    }
    // Scroll sideways only when the cell's start is out of sight, as Excel does: a wide merged area
    // (a fiche's B:H value) whose start is visible must not push the labels of column A away.
    const startShown = Math.min(r.width, 120);
    if (left < wrap.scrollLeft + ROW_HEAD_WIDTH) wrap.scrollLeft = Math.max(0, left - ROW_HEAD_WIDTH - 16);
    else if (left + startShown > wrap.scrollLeft + wrap.clientWidth) wrap.scrollLeft = Math.max(0, left - ROW_HEAD_WIDTH - 16);
  }, [selection, sheet?.name]);

  if (!sheet) return <p>{s.noSheet}</p>;

  const rows = sheet.cells.length;
  const cols = sheet.widths.length;
  const sel = parseRange(selection);

  const mergeAt = new Map<string, Rect>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    mergeAt.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }

  const submitNameBox = (e: React.FormEvent) => {
    e.preventDefault();
    const r = parseRange(nameBox);
    if (r) onSelectRange(sheet.name, rectAddress(r));
  };

  /** Entrée in the content box: the text goes to the cell, unless nothing was changed. */
  const submitContent = (e: React.FormEvent) => {
    e.preventDefault();
    if (sel && draft !== anchorText) onType(sheet.name, selection, draft);
    wrapRef.current?.focus();
  };
  const onContentKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== "Escape") return;
    setDraft(anchorText);
    wrapRef.current?.focus();
  };
  const editContent = (start: string | null) => {
    if (start !== null) setDraft(start);
    contentRef.current?.focus();
  };
  /** Keys typed on the grid, as in Excel: a character starts a new content, F2 edits, Suppr empties. */
  const onGridKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (!sel || e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === "F2") {
      e.preventDefault();
      editContent(null);
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      if (anchorText !== "") onType(sheet.name, selection, "");
    } else if (e.key.length === 1) {
      e.preventDefault();
      editContent(e.key);
    }
  };

  const body: React.JSX.Element[] = [];
  for (let r = 1; r <= rows; r++) {
    const tds: React.JSX.Element[] = [
      <th key="h" scope="row" className="pg-rowhead">
        {r}
      </th>,
    ];
    for (let c = 1; c <= cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const area: Rect = mergeAt.get(`${r},${c}`) ?? { top: r, left: c, bottom: r, right: c };
      const address = `${columnLetters(c)}${r}`;
      const selected = sel !== null && sel.top <= r && r <= sel.bottom && sel.left <= c && c <= sel.right;
      const isAnchor = sel !== null && sel.top === r && sel.left === c;
      const style = sheet.styles[r - 1]?.[c - 1];
      const text = sheet.cells[r - 1]?.[c - 1] ?? "";
      // As in Excel: text that does not wrap runs over the next cell when that one is empty, else is cut.
      const wraps = style?.wrap === true || area.right > area.left || area.bottom > area.top;
      const nextEmpty = (sheet.cells[r - 1]?.[area.right] ?? "") === "" && !covered.has(`${r},${area.right + 1}`) && !mergeAt.has(`${r},${area.right + 1}`);
      const flow = wraps ? "" : nextEmpty ? " pg-spill" : " pg-clip";
      const link = sheet.links.get(address);
      const isLink = sheet.links.has(address);
      tds.push(
        <td
          key={c}
          ref={isAnchor ? anchorRef : undefined}
          rowSpan={area.bottom - area.top + 1}
          colSpan={area.right - area.left + 1}
          data-address={address}
          data-selected={selected ? "true" : undefined}
          className={`pg-cell${flow}${selected ? " pg-selected" : ""}${isLink ? " pg-link" : ""}`}
          style={style ? { fontWeight: style.bold ? 600 : undefined, backgroundColor: style.fill && !selected ? softFill(style.fill) : undefined } : undefined}
          onClick={() => (link ? onSelectRange(link.sheet, link.address) : onSelectRange(sheet.name, rectAddress(area)))}
          onDoubleClick={() => editContent(null)}
        >
          {text}
        </td>,
      );
    }
    body.push(<tr key={r}>{tds}</tr>);
  }

  const visible = view.tabs.filter((x) => !x.hidden);
  const hiddenCount = view.tabs.length - visible.length;
  return (
    <div className="pg-book">
      <div className="pg-namebox">
        <form className="pg-namebox-form" onSubmit={submitNameBox}>
          <label htmlFor="pg-namebox-input">{s.nameBox}</label>
          <input id="pg-namebox-input" value={nameBox} onChange={(e) => setNameBox(e.target.value)} size={10} />
        </form>
        <form className="pg-content" onSubmit={submitContent}>
          <input
            ref={contentRef}
            className="pg-formula"
            data-testid="formula-bar"
            aria-label={s.cellContent}
            title={s.editHint}
            value={draft}
            disabled={!sel}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onContentKey}
          />
        </form>
      </div>
      {/* The grid's focus, like Excel's sheet: a key typed there starts editing. The same edits are
          open to the content box above, a plain input; the tab panel stays the role that says what this is. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <div
        className="pg-gridwrap"
        ref={wrapRef}
        tabIndex={0}
        role="tabpanel"
        id="pg-tabpanel"
        aria-label={s.gridLabel(sheet.name)}
        aria-keyshortcuts="F2 Delete"
        onKeyDown={onGridKey}
      >
        <table className="pg-grid" aria-label={s.gridLabel(sheet.name)} style={{ width: ROW_HEAD_WIDTH + sheet.widths.reduce((a, b) => a + b, 0) }}>
          <colgroup>
            <col style={{ width: ROW_HEAD_WIDTH }} />
            {sheet.widths.map((w, i) => (
              <col key={i} style={{ width: w }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className="pg-corner" />
              {sheet.widths.map((_, i) => (
                <th key={i} scope="col" className="pg-colhead">
                  {columnLetters(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{body}</tbody>
        </table>
      </div>
      <div className="pg-tabs" role="tablist" aria-label={s.tabsLabel}>
        {visible.map((x) => (
          <button
            key={x.name}
            type="button"
            role="tab"
            aria-selected={x.name === sheet.name}
            aria-controls="pg-tabpanel"
            className={`pg-tab${x.name === sheet.name ? " pg-tab-active" : ""}`}
            onClick={() => onSelectSheet(x.name)}
          >
            {x.name}
          </button>
        ))}
        {hiddenCount > 0 && <span className="pg-hidden-note">{s.hiddenSheets(hiddenCount)}</span>}
      </div>
    </div>
  );
}
