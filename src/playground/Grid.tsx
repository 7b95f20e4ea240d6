/**
 * A plain view of the workbook for the playground: a cell box and the selected cell's content, a grid
 * of the active sheet (merged areas drawn as one cell, the selection outlined), and the sheet tabs.
 * Worked the way Excel is:
 * - select a cell with a click (a merged area is reported whole, as Excel does), the arrows, Tab and
 *   Entrée (Maj reverses them), or the « Cellule » box (`B4`, or `'Fiche 1'!B4` on another sheet);
 *   a click on a link to a cell of the workbook follows it;
 * - a key typed on the grid starts a new content that replaces the cell's (the arrows then write it and
 *   move, as in Excel's « Entrer » mode), F2, a double click or a click in the content box edit the
 *   current one (the arrows move in the text); Entrée writes and goes down, Tab writes and goes right,
 *   Échap gives up; Suppr empties the cell, Retour arrière starts an empty content;
 * - a dropdown cell shows a button that opens its list (Alt+Flèche bas too), as Excel's arrow does.
 * Tab moving between cells would trap a keyboard user in the grid: Échap then Tab leaves it (said in
 * the grid's description, as WCAG 2.1.2 asks).
 * What is typed or chosen is handed to `onType`, which writes it through the in-memory Excel.
 */
import * as React from "react";
import type { Rect } from "../register";
import { columnLetters, parseRange, rectAddress, stepSelection, type GridView, type Step } from "./gridModel";
import { splitSheet, topLeft } from "../register";
import { ListPicker } from "./ListPicker";
import { playgroundStrings as s } from "./strings";

export interface GridProps {
  view: GridView;
  /** The selected range, as Excel reports it (`B4` or `B4:H4`). */
  selection: string;
  /** The items of the selected cell's list, when it is a dropdown cell (null otherwise). */
  dropdown?: string[] | null;
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

/** The keys that move the selection on the grid, and the step each makes. */
const GRID_STEPS: Record<string, [Step, Step]> = {
  ArrowUp: ["up", "up"],
  ArrowDown: ["down", "down"],
  ArrowLeft: ["left", "left"],
  ArrowRight: ["right", "right"],
  Enter: ["down", "up"],
  Tab: ["right", "left"],
};

/**
 * How the content box is being used, as in Excel: `enter`, a new content started by a key typed on the
 * grid (the arrows write it and move); `edit`, the current content changed in place (F2, a double
 * click, a click in the box: the arrows move in the text); null, not editing.
 */
type EditMode = "enter" | "edit" | null;

export function Grid({ view, selection, dropdown = null, onSelectSheet, onSelectRange, onType }: GridProps): React.JSX.Element {
  const sheet = view.sheet;
  const anchorText = anchorTextOf(view, selection);
  const [nameBox, setNameBox] = React.useState(selection);
  const [draft, setDraft] = React.useState(anchorText);
  const [mode, setMode] = React.useState<EditMode>(null);
  const [picker, setPicker] = React.useState<{ top: number; left: number; minWidth: number } | null>(null);
  // Échap on the grid, then Tab: the one way out of a grid where Tab moves between cells.
  const leaving = React.useRef(false);
  // A new selection, another sheet or a cell changed by the pane shows its address in the name box and
  // its content in the content box (React's « adjust state when a prop changes »: during render, not in
  // an effect that would draw the old ones first).
  const [shown, setShown] = React.useState({ selection, sheetName: sheet?.name, anchorText });
  if (shown.selection !== selection || shown.sheetName !== sheet?.name || shown.anchorText !== anchorText) {
    setShown({ selection, sheetName: sheet?.name, anchorText });
    setNameBox(selection);
    setDraft(anchorText);
    setMode(null);
    if (shown.selection !== selection || shown.sheetName !== sheet?.name) setPicker(null);
  }
  const contentRef = React.useRef<HTMLInputElement | null>(null);
  const anchorRef = React.useRef<HTMLTableCellElement | null>(null);
  const wrapRef = React.useRef<HTMLDivElement | null>(null);
  const sheetAreaRef = React.useRef<HTMLDivElement | null>(null);
  const activeTabRef = React.useRef<HTMLButtonElement | null>(null);
  // Another sheet opens at its top-left corner; then the selection is brought into view. Its tab is
  // brought into view too, as Excel does when a sheet far down the tab bar is activated.
  React.useEffect(() => {
    wrapRef.current?.scrollTo?.(0, 0);
    activeTabRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
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
  const anchorCell = topLeft(selection);
  const hasList = sel !== null && dropdown !== null && dropdown.length > 0;

  const mergeAt = new Map<string, Rect>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    mergeAt.set(`${m.top},${m.left}`, m);
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }

  const focusGrid = () => wrapRef.current?.focus();
  const move = (step: Step) => {
    const next = stepSelection(sheet, selection, step);
    if (next !== selection) onSelectRange(sheet.name, next);
  };

  /** « Cellule » box: an address of this sheet, or of another (`'Fiche 1'!B4`); then back to the grid, as in Excel. */
  const submitNameBox = (e: React.FormEvent) => {
    e.preventDefault();
    const { sheet: other, local } = splitSheet(nameBox.trim());
    const r = parseRange(local);
    if (!r) {
      setNameBox(selection);
      return;
    }
    const target = other ? (view.tabs.find((t) => t.name.toLowerCase() === other.toLowerCase())?.name ?? null) : sheet.name;
    if (target === null) {
      setNameBox(selection);
      return;
    }
    onSelectRange(target, rectAddress(r));
    focusGrid();
  };

  /** Writes the content box's text into the cell (nothing when nothing changed), then moves as asked. */
  const commit = (step: Step | null) => {
    if (sel && draft !== anchorText) onType(sheet.name, selection, draft);
    setMode(null);
    if (step) move(step);
    focusGrid();
  };
  /** Entrée in the content box (a form submit): writes, and goes down as in Excel. */
  const submitContent = (e: React.FormEvent) => {
    e.preventDefault();
    commit("down");
  };
  const onContentKey = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      setDraft(anchorText);
      setMode(null);
      focusGrid();
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      commit(GRID_STEPS[e.key][e.shiftKey ? 1 : 0]);
    } else if (mode === "enter" && e.key.startsWith("Arrow") && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      commit(GRID_STEPS[e.key][0]);
    }
  };
  const editContent = (start: string | null) => {
    setMode(start === null ? "edit" : "enter");
    if (start !== null) setDraft(start);
    contentRef.current?.focus();
  };

  const openPicker = () => {
    const area = sheetAreaRef.current;
    const td = anchorRef.current;
    if (!hasList || !area || !td) return;
    const a = area.getBoundingClientRect();
    const r = td.getBoundingClientRect();
    setPicker({ top: r.bottom - a.top, left: r.left - a.left, minWidth: Math.max(160, Math.min(r.width, 320)) });
  };
  const closePicker = () => {
    setPicker(null);
    focusGrid();
  };
  const pick = (item: string) => {
    setPicker(null);
    if (item !== anchorText) onType(sheet.name, selection, item);
    focusGrid();
  };

  /** Keys typed on the grid, as in Excel: see the header of this file. */
  const onGridKey = (e: React.KeyboardEvent<HTMLDivElement>) => {
    if (!sel || e.target !== e.currentTarget || e.ctrlKey || e.metaKey) return;
    const wasLeaving = leaving.current;
    leaving.current = false;
    if (e.altKey) {
      if (e.key === "ArrowDown" && hasList) {
        e.preventDefault();
        openPicker();
      }
      return;
    }
    if (e.key === "Tab" && wasLeaving) return; // the browser moves the focus on
    const step = GRID_STEPS[e.key];
    if (step) {
      e.preventDefault();
      move(step[e.shiftKey ? 1 : 0]);
    } else if (e.key === "Escape") {
      leaving.current = true;
    } else if (e.key === "F2") {
      e.preventDefault();
      editContent(null);
    } else if (e.key === "Delete") {
      e.preventDefault();
      if (anchorText !== "") onType(sheet.name, selection, "");
    } else if (e.key === "Backspace") {
      e.preventDefault();
      editContent("");
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
          {isAnchor && hasList && (
            <button
              type="button"
              className="pg-dropbutton"
              aria-label={s.openList(anchorCell)}
              aria-haspopup="listbox"
              aria-expanded={picker !== null}
              onClick={(e) => {
                e.stopPropagation();
                if (picker) closePicker();
                else openPicker();
              }}
            >
              ▾
            </button>
          )}
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
            // A click in the box edits the current content in place (its arrows move in the text).
            onFocus={() => setMode((m) => m ?? "edit")}
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
        aria-describedby="pg-gridkeys"
        aria-keyshortcuts="ArrowUp ArrowDown ArrowLeft ArrowRight Tab Enter F2 Delete Alt+ArrowDown"
        onKeyDown={onGridKey}
      >
        <p id="pg-gridkeys" className="pg-visually-hidden">
          {s.gridKeys}
        </p>
        <div className="pg-sheet" ref={sheetAreaRef}>
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
          {picker && hasList && dropdown && (
            <ListPicker cell={anchorCell} items={dropdown} current={anchorText} position={picker} onPick={pick} onClose={closePicker} />
          )}
        </div>
      </div>
      <div className="pg-tabs" role="tablist" aria-label={s.tabsLabel}>
        {visible.map((x) => (
          <button
            key={x.name}
            ref={x.name === sheet.name ? activeTabRef : undefined}
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
