/**
 * A write plan: what the engine wants done to a workbook, as plain data an adapter carries out in one
 * batch. Plans never delete a sheet the add-in did not create and never write formulas: every string
 * is written as text (adapters must keep "0612345678", "1/2" or "=SOMME()" as typed text).
 */

/** A value to write into one cell (the top-left cell of a merged area). */
export type CellWrite =
  | { address: string; kind: "text"; value: string }
  | { address: string; kind: "number"; value: number }
  /** An Excel date serial, shown as dd/mm/yyyy. */
  | { address: string; kind: "date"; value: number }
  /** Back to empty (used by undo). */
  | { address: string; kind: "clear" }
  /** A clickable link to a cell of the workbook (`'Fiche 1'!B4`), shown as `text`. */
  | { address: string; kind: "link"; value: string; target: { sheet: string; address: string } };

export type WriteOp =
  /** Copy `source` (values, styles, merges, dropdowns) as a new sheet `name`, placed right after `after`. */
  | { op: "copySheet"; source: string; name: string; after: string }
  /** A new empty sheet owned by the add-in, placed at the end of the workbook. */
  | {
      op: "addSheet";
      name: string;
      /**
       * Optional widths of the first columns, column A first, in Excel's unit (characters of the default
       * font, as ExcelJS `column.width`; Office.js takes points: about 5.6 per character at Calibri 11).
       * An adapter that cannot set them leaves Excel's default width. Added for the add-in's own sheets.
       */
      columnWidths?: number[];
    }
  /** Delete a sheet. Only ever planned for sheets the add-in made (undo, rewriting its own report). */
  | { op: "deleteSheet"; name: string }
  | { op: "write"; sheet: string; cells: CellWrite[] }
  /**
   * Insert `count` whole rows before `beforeRow` (1-based), giving them the format, merges and
   * dropdown of `templateRow` (a row of the same block; its row number is taken before insertion).
   */
  | { op: "insertRows"; sheet: string; beforeRow: number; count: number; templateRow: number }
  /** Delete whole rows (used only to undo an `insertRows` of the add-in). */
  | { op: "deleteRows"; sheet: string; firstRow: number; count: number }
  /** Hand the user over: activate the sheet and select a cell. */
  | { op: "select"; sheet: string; address: string };

export interface WritePlan {
  /** What the plan does, in French, for the preview and the undo button. */
  title: string;
  ops: WriteOp[];
}
