/**
 * One workbook open in the playground: the in-memory Excel the pane and the grid work on, and the
 * journal of the opened file's bytes and of the plans applied since, from which the download is
 * written. Every change goes through one door, a plan carried out by the pane's own port: the pane's
 * plans (new fiche, rows, quick fixes, undo) and the edits typed in the grid alike.
 *
 * The in-memory Excel is backed by ExcelJS (the adapter's workbook): its model is loaded from the
 * same bytes the journal keeps, so that what the user sees is what the file holds.
 */
import { createMemoryExcel, type MemoryExcel, type MemoryExcelNamespace, type MemoryExcelOptions } from "../memoryExcel";
import { parseCell, topLeft, type CellWrite } from "../register";
import type { ExcelHost } from "../taskpane/excel";
// The playground already carries the ExcelJS layer; importing the Office adapter here would move it out of the pane's shared chunk.
import { DATE_FORMAT } from "../workbook/exceljs/plan";
import { loadExcelBook as loadModel } from "../workbook/exceljs";
import { docOf } from "./gridModel";
import { FileJournal, fileLayer } from "./journal";
import { planTypedEdit } from "./typed";

export interface PlaygroundBook {
  memory: MemoryExcel;
  journal: FileJournal;
}

/**
 * A file the user chose. The file layer that will write the download reads it first: a file it
 * refuses is refused at once, with its French reason, rather than at the download.
 */
export async function openFile(bytes: Uint8Array, options: MemoryExcelOptions = {}): Promise<PlaygroundBook> {
  const original = bytes.slice();
  await (await fileLayer()).loadXlsx(original);
  return { memory: createMemoryExcel(await loadModel(original), options), journal: new FileJournal(original) };
}

/** A workbook the playground makes (the example register, the blank template), as saved: those bytes are the original. */
export async function openBuilt(original: Uint8Array, options: MemoryExcelOptions = {}): Promise<PlaygroundBook> {
  return { memory: createMemoryExcel(await loadModel(original), options), journal: new FileJournal(original) };
}

/** The playground's `Excel`: the in-memory Excel, which records each plan carried out in full and calls `onBatchDone` after each batch. */
export type PlaygroundExcel = MemoryExcelNamespace & ExcelHost;

export function playgroundExcel(book: PlaygroundBook, onBatchDone: () => void = () => {}): PlaygroundExcel {
  // `run` has two call shapes (batch, or object + batch): pass the arguments through untouched.
  const inner = book.memory.Excel.run.bind(book.memory.Excel) as (...args: unknown[]) => Promise<unknown>;
  const run = async (...args: unknown[]): Promise<unknown> => {
    try {
      return await inner(...args);
    } finally {
      onBatchDone();
    }
  };
  // The file a copy is made from is the download's: the opened bytes with the plans applied since.
  return { ...book.memory.Excel, run, onPlanApplied: (plan) => book.journal.record(plan), getFileBytes: () => book.journal.result() };
}

/**
 * Writes what the user typed at `address` (a cell, or a merged area: its top-left cell) of `sheet`, the
 * way Excel's grid does: in a batch of its own through `Excel.run`, with events on, so that the
 * in-memory Excel raises the change events a user's typing raises in Excel (the pane's own plans may
 * turn events off while they write; a user's typing never does). The same edit, as a plan, goes to the
 * journal, so that the download carries it.
 */
export async function typeInCell(book: PlaygroundBook, excel: PlaygroundExcel, sheet: string, address: string, input: string, today: Date): Promise<void> {
  const doc = docOf(book.memory.toXlsxWorkbook());
  const ref = doc.sheets().find((r) => doc.name(r) === sheet);
  const at = parseCell(topLeft(address));
  // The cell's number format decides between text and number, as in Excel (a « Texte » cell keeps digits as typed).
  const numberFormat = ref && at ? doc.cell(ref, at.row, at.col).numberFormat : "General";
  const plan = planTypedEdit(sheet, address, input, numberFormat, today);
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const op of plan.ops) if (op.op === "write") for (const w of op.cells) queueTypedWrite(ws.getRange(topLeft(w.address)), w);
    await context.sync();
  });
  book.journal.record(plan);
}

/** What the Office adapter does with each kind of typed write (queueWrite in src/workbook/office.ts), done on the in-memory cell. */
function queueTypedWrite(range: Excel.Range, w: CellWrite): void {
  switch (w.kind) {
    case "text":
      // Text stays text (Excel would read « 0612345678 » or « 1/2 » again): the Text format first, as plans do.
      range.numberFormat = [["@"]];
      range.values = [[w.value]];
      break;
    case "number":
      range.values = [[w.value]];
      break;
    case "date":
      range.numberFormat = [[DATE_FORMAT]];
      range.values = [[w.value]];
      break;
    case "clear":
      range.clear("Contents");
      range.clear("Hyperlinks");
      break;
    case "link":
      // A typed edit never makes a link (typed.ts): nothing to write.
      break;
  }
}

/**
 * True once anything was changed since the workbook was opened, or since the download that carried
 * the first `downloadedPlans` changes: what a replacement would lose.
 */
export function isModified(book: PlaygroundBook, downloadedPlans = 0): boolean {
  return book.journal.plans().length > downloadedPlans;
}
