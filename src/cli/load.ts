/** Opens a file as a register: the bytes, the workbook, its snapshot and the register the engine reads. */
import { NotARegisterError, readRegister, type Register, type WorkbookSnapshot } from "../register";
import { loadXlsx, snapshotOf, XlsxReadError, type XlsxWorkbook } from "../workbook/xlsx";
import { readInput } from "./io";

export type Opened = { ok: true; book: XlsxWorkbook; snapshot: WorkbookSnapshot; register: Register } | { ok: false; message: string };

export async function openRegister(file: string): Promise<Opened> {
  const input = readInput(file);
  if (!input.ok) return input;
  try {
    const book = await loadXlsx(input.data);
    const snapshot = snapshotOf(book);
    return { ok: true, book, snapshot, register: readRegister(snapshot) };
  } catch (e) {
    if (e instanceof XlsxReadError || e instanceof NotARegisterError) return { ok: false, message: e.message };
    // Anything else is a bug of ours, not a fault of the file: exit 70, one French sentence (cli.ts).
    throw e;
  }
}
