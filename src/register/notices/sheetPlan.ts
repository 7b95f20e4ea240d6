/**
 * Writing a notice (./model.ts, built by the engine from a fiche) as one of the add-in's sheets, laid out
 * to be printed and copied: one wide column of wrapped text (a paragraph or a bullet per row, so that
 * selecting the column and copying it gives the notice's text), A4 portrait fitted to the page's width.
 * What the fiche lacks comes first, on a coloured band, each line a link to the cell to fill in: a notice
 * with gaps must not be handed out unseen.
 *
 * One sheet per fiche and audience, named « Mentions <RÉF> <public> » (within 27 characters, so that
 * « (2) » still fits). Its keys (RÉF, audience, day, fiche's sheet) sit under the mark in the hidden
 * column, where ./readSheets.ts reads them. Writing the notice again for the same fiche and audience
 * rewrites the add-in's own sheet in place: every cell it held is cleared or written over in the same
 * plan, so « Annuler » gives the previous notice back. A user's sheet of the same name is never touched:
 * the notice goes beside it (« … (2) »).
 *
 * Loaded by the pane only when it writes, and by the command line. Pure: no Office.js, no ExcelJS.
 * Everything written is text (a text starting with « = » stays text), never a formula.
 */
import type { CellFormat, CellWrite, WriteOp, WritePlan } from "../plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot";
import type { Notice, NoticeAudience } from "./model";
import { findOwnedSheets, freeSheetName, ownedMarkOps, MARK_CELL } from "../ownedSheets";
import { RIGHTS_SHEET_NAMES } from "../messages/rightsSheets";
import { noticeSheetTexts as t } from "../messages/noticeSheet";
import { formatLocalDate, todaySerial, type Clock } from "../clock";
import { cellAddress } from "../address";
import { truncateSheetName } from "../sheetName";
import { fold } from "../text/fold";
import { wrappedLines } from "../owned/report";
import { NOTICE_KEY_ROWS, noticeKey } from "./readSheets";

/** A notice sheet's name leaves room for « (2) » within Excel's 31 characters. */
export const NOTICE_SHEET_NAME_MAX = 27;

/** The one column of text, in characters of Calibri 11: about the width of an A4 page. */
const TEXT_WIDTH = 92;
const KEY_COL = 26;
const COLORS = { title: "#1F4E79", muted: "#595959", gapFill: "#FDE9E9", gapText: "#9C0006", paper: "#FFFFFF", text: "#000000" } as const;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;
/** Excel's default row height (Calibri 11), given back to rows a shorter notice no longer uses. */
const DEFAULT_ROW_HEIGHT = 15;

/** What each row of the notice is, for its looks. */
type RowRole = "title" | "made" | "gapsHeading" | "gapsIntro" | "gap" | "heading" | "paragraph" | "bullet" | "space";

const LOOKS: Record<RowRole, { size: number; bold: boolean; format: CellFormat }> = {
  title: { size: 16, bold: true, format: { bold: true, fontSize: 16, fontColor: COLORS.title } },
  made: { size: 10, bold: false, format: { italic: true, fontSize: 10, fontColor: COLORS.muted } },
  gapsHeading: { size: 12, bold: true, format: { bold: true, fontSize: 12, fontColor: COLORS.gapText, fillColor: COLORS.gapFill } },
  gapsIntro: { size: 11, bold: false, format: { fontColor: COLORS.gapText, fillColor: COLORS.gapFill } },
  gap: { size: 11, bold: true, format: { bold: true, fontColor: COLORS.gapText, fillColor: COLORS.gapFill } },
  heading: { size: 12, bold: true, format: { bold: true, fontSize: 12, fontColor: COLORS.title, verticalAlignment: "bottom" } },
  paragraph: { size: 11, bold: false, format: {} },
  bullet: { size: 11, bold: false, format: {} },
  space: { size: 11, bold: false, format: {} },
};

/** How every row of the text looks before its role's looks: a rewritten sheet keeps nothing of the old notice's. */
const PLAIN: CellFormat = {
  bold: false,
  italic: false,
  fontSize: 11,
  fontColor: COLORS.text,
  fillColor: COLORS.paper,
  horizontalAlignment: "left",
  verticalAlignment: "top",
  wrapText: true,
};

interface Line {
  role: RowRole;
  cell: CellWrite;
  text: string;
}

// ------------------------------------------------------------------------------------------ the name

/** Excel refuses `\ / ? * [ ] :` and control characters in a sheet name; a RÉF may hold some. */
function cleanRef(ref: string): string {
  return (
    ref
      // eslint-disable-next-line no-control-regex -- Excel refuses control characters in a sheet name: they go.
      .replace(/[\u0000-\u001f\u007f]/g, " ")
      .replace(/[\\/?*[\]:]/g, "-")
      // « 1 - Exemple » (the CNIL's example) → « 1-Exemple »: a tab has little room.
      .replace(/\s*-\s*/g, "-")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * « Mentions ref-002 patients »: the prefix, the fiche's RÉF and the audience, within 27 characters. The
 * audience's short word (« pros ») when the long one leaves the RÉF too little room, the RÉF shortened
 * last. Not yet unique: freeSheetName makes it so.
 */
export function noticeSheetName(ref: string, audience: NoticeAudience): string {
  const prefix = RIGHTS_SHEET_NAMES.notice;
  const cleaned = cleanRef(ref);
  const join = (r: string, a: string) => [prefix, r, a].filter((p) => p !== "").join(" ");
  for (const label of [t.audience[audience], t.audienceShort[audience]]) {
    const whole = join(cleaned, label);
    if (whole.length <= NOTICE_SHEET_NAME_MAX) return whole;
  }
  const label = t.audienceShort[audience];
  const room = NOTICE_SHEET_NAME_MAX - prefix.length - label.length - 2;
  return join(truncateSheetName(cleaned, room), label);
}

// --------------------------------------------------------------------------------------- the content

const text = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** The notice, one row per line of text, top to bottom (row 1 first). */
function noticeLines(notice: Notice, date: string, sheetNames: ReadonlySet<string>): Line[] {
  const lines: Line[] = [];
  const push = (role: RowRole, value: string, link?: { sheet: string; address: string }) => {
    const address = cellAddress(lines.length + 1, 1);
    const cell: CellWrite = link ? { address, kind: "link", value, target: link } : text(address, value);
    lines.push({ role, cell, text: value });
  };
  const space = () => push("space", "");
  push("title", notice.title);
  push("made", t.made({ ref: notice.ficheRef, ficheName: notice.ficheName, audience: t.audience[notice.audience], date }));
  space();
  if (notice.gaps.length > 0) {
    push("gapsHeading", t.gapsHeading);
    push("gapsIntro", t.gapsIntro);
    for (const gap of notice.gaps) {
      // A link only to a sheet that is there: a link to nowhere is worse than none.
      const link = gap.at && sheetNames.has(gap.at.sheet) ? { sheet: gap.at.sheet, address: gap.at.cell } : undefined;
      push("gap", t.gapLine(gap.message), link);
    }
    space();
  }
  if (notice.intro.trim() !== "") {
    push("paragraph", notice.intro);
    space();
  }
  notice.sections.forEach((section, i) => {
    if (i > 0) space();
    push("heading", section.heading);
    for (const p of section.paragraphs) push("paragraph", p);
    for (const b of section.bullets) push("bullet", t.bullet(b));
  });
  return lines;
}

/** Points per line of text at `size` points (15 at Calibri 11), and the room above and below. */
const lineHeight = (size: number): number => Math.ceil((15 * size) / 11);
const PADDING = 4;

function heightOf(line: Line): number {
  if (line.role === "space") return 8;
  const looks = LOOKS[line.role];
  const lines = wrappedLines(line.text, (TEXT_WIDTH * 11) / looks.size, looks.bold);
  const extra = line.role === "heading" ? 8 : 0;
  return Math.min(MAX_ROW_HEIGHT, lines * lineHeight(looks.size) + PADDING + extra);
}

/** The keys ./readSheets.ts reads back, under the mark in the hidden column. */
function keyCells(notice: Notice, clock: Clock): CellWrite[] {
  const at = (row: number) => cellAddress(row, KEY_COL);
  return [
    text(at(NOTICE_KEY_ROWS.ref), notice.ficheRef),
    text(at(NOTICE_KEY_ROWS.audience), notice.audience),
    { address: at(NOTICE_KEY_ROWS.madeOn), kind: "date", value: todaySerial(clock) },
    text(at(NOTICE_KEY_ROWS.ficheSheet), notice.sheet),
  ];
}

/** Runs of consecutive rows with the same role: one format op each rather than one per row. */
function runsOf(lines: readonly Line[]): { role: RowRole; first: number; last: number }[] {
  const runs: { role: RowRole; first: number; last: number }[] = [];
  lines.forEach((line, i) => {
    const row = i + 1;
    const prev = runs[runs.length - 1];
    if (prev && prev.role === line.role && prev.last === row - 1) prev.last = row;
    else runs.push({ role: line.role, first: row, last: row });
  });
  return runs;
}

/** How the notice looks and prints; `clearedTo` is the last row the previous notice used (0 on a new sheet). */
function layoutOps(sheet: string, lines: readonly Line[], clearedTo: number): WriteOp[] {
  const last = lines.length;
  const fmt = (range: string, format: CellFormat): WriteOp => ({ op: "format", sheet, range, format });
  const ops: WriteOp[] = [
    ...ownedMarkOps("notice", sheet),
    { op: "columnWidths", sheet, widths: [TEXT_WIDTH] },
    fmt(`A1:A${Math.max(last, clearedTo)}`, PLAIN),
  ];
  for (const run of runsOf(lines)) {
    const format = LOOKS[run.role].format;
    if (Object.keys(format).length > 0) ops.push(fmt(run.first === run.last ? `A${run.first}` : `A${run.first}:A${run.last}`, format));
  }
  ops.push({ op: "rowHeights", sheet, firstRow: 1, heights: lines.map(heightOf) });
  if (clearedTo > last) ops.push({ op: "rowHeights", sheet, firstRow: last + 1, heights: new Array<number>(clearedTo - last).fill(DEFAULT_ROW_HEIGHT) });
  ops.push({
    op: "printSetup",
    sheet,
    orientation: "portrait",
    paperSize: "A4",
    fitToWidth: true,
    printArea: `A1:A${last}`,
    pageNumbers: true,
  });
  return ops;
}

// ------------------------------------------------------------------------------------------ the plan

/** The add-in's sheet already holding the notice of this fiche and audience, if any. */
export function findNoticeSheet(snapshot: WorkbookSnapshot, notice: Pick<Notice, "ficheRef" | "audience" | "sheet">): SheetSnapshot | undefined {
  const ref = fold(notice.ficheRef);
  return findOwnedSheets(snapshot, "notice").find(
    (s) =>
      noticeKey(s, "audience") === notice.audience &&
      // A fiche without RÉF is known by its sheet: two such fiches must not share one notice.
      (ref !== "" ? fold(noticeKey(s, "ref")) === ref : noticeKey(s, "ref") === "" && noticeKey(s, "ficheSheet") === notice.sheet),
  );
}

/** Every cell `sheet` holds that the new notice does not write: cleared, so that nothing of the old one is left. */
function clearOps(sheet: SheetSnapshot, written: ReadonlySet<string>): CellWrite[] {
  const cells: CellWrite[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const address = cellAddress(r + 1, c + 1);
      if (String(value) !== "" && !written.has(address) && address !== MARK_CELL) cells.push({ address, kind: "clear" });
    }),
  );
  return cells;
}

/** The last row holding anything in column A. */
function lastTextRow(sheet: SheetSnapshot): number {
  for (let r = sheet.values.length; r > 0; r--) if (String(sheet.values[r - 1]?.[0] ?? "").trim() !== "") return r;
  return 0;
}

/**
 * Plan « Écrire dans le classeur » for one notice: its sheet made, or the add-in's sheet of the same fiche
 * and audience rewritten in place; dated today on `clock`; selected at the end, ready for Ctrl+P.
 */
export function planNoticeSheet(snapshot: WorkbookSnapshot, notice: Notice, clock: Clock): WritePlan {
  const existing = findNoticeSheet(snapshot, notice);
  const names = snapshot.sheets.map((s) => s.name);
  const sheet = existing?.name ?? freeSheetName(names, noticeSheetName(notice.ficheRef, notice.audience));
  const lines = noticeLines(notice, formatLocalDate(clock), new Set(names));
  const cells = [...lines.filter((l) => l.text !== "").map((l) => l.cell), ...keyCells(notice, clock)];
  const ops: WriteOp[] = [];
  if (!existing) ops.push({ op: "addSheet", name: sheet, columnWidths: [TEXT_WIDTH] });
  else {
    if (existing.visibility !== "Visible") ops.push({ op: "sheetVisibility", sheet, visibility: "Visible" });
    const cleared = clearOps(existing, new Set(cells.map((c) => c.address)));
    if (cleared.length > 0) ops.push({ op: "write", sheet, cells: cleared });
  }
  const audience = t.audience[notice.audience];
  ops.push({ op: "write", sheet, cells }, ...layoutOps(sheet, lines, existing ? lastTextRow(existing) : 0), { op: "select", sheet, address: "A1" });
  return { title: existing ? t.planUpdateTitle(notice.ficheRef, audience) : t.planCreateTitle(notice.ficheRef, audience), ops };
}
