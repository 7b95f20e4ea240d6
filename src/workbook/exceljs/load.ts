/**
 * Opening a file. ExcelJS reads the workbook; what it ignores (Excel's x14 validations, links to a
 * place in the workbook) is read from the same sheet XML text ExcelJS unzipped, by wrapping two of
 * its ExcelJS 4.4.0 loader methods, so that the file is unzipped only once. When those methods are
 * missing (another ExcelJS build), the sheet XMLs are unzipped a second time with JSZip instead.
 */
import JSZip from "jszip";
import { Workbook } from "exceljs";
import type { XlsxWorkbook } from "./book";
import { findSheet } from "./book";
import { sniffBytes, XlsxReadError } from "./errors";
import { resolveTarget, sheetParts, SheetPart } from "./parts";
import { readSheetExtras, SheetXmlExtras } from "./x14";

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** What the loader collected: sheet XML path → extras, and sheet name → path. */
interface Collected {
  byPath: Map<string, SheetXmlExtras>;
  sheets: SheetPart[] | null;
}

type Chunked = AsyncIterable<unknown> & { constructor: new (options: object) => ReplayStream };
interface ReplayStream {
  write(chunk: unknown): unknown;
  end(): unknown;
}

/** The ExcelJS 4.4.0 loader methods wrapped (see lib/xlsx/xlsx.js `load`). */
interface ExcelJsReader {
  _processWorksheetEntry?: (stream: Chunked, model: unknown, sheetNo: unknown, options: unknown, path: string) => Promise<unknown>;
  reconcile?: (model: ReaderModel, options: unknown) => unknown;
}

interface ReaderModel {
  sheets?: Array<{ name?: string; rId?: string }>;
  workbookRels?: Array<{ Id?: string; Target?: string }>;
}

function hookReader(reader: ExcelJsReader): Collected | null {
  const processSheet = reader._processWorksheetEntry;
  const reconcile = reader.reconcile;
  if (typeof processSheet !== "function" || typeof reconcile !== "function") return null;
  const collected: Collected = { byPath: new Map(), sheets: null };
  reader._processWorksheetEntry = async (stream, model, sheetNo, options, path) => {
    // ExcelJS hands over the whole XML as string chunks in an ended stream: read them, then replay.
    const chunks: unknown[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    collected.byPath.set(path, readSheetExtras(chunks.join("")));
    const replay = new stream.constructor({ writableObjectMode: true, readableObjectMode: true });
    for (const chunk of chunks) replay.write(chunk);
    replay.end();
    return processSheet.call(reader, replay as unknown as Chunked, model, sheetNo, options, path);
  };
  reader.reconcile = (model, options) => {
    if (!model.sheets) throw new XlsxReadError("not-xlsx");
    const rels = new Map((model.workbookRels ?? []).map((r) => [r.Id, r.Target]));
    collected.sheets = model.sheets
      .filter((s) => s.name !== undefined && rels.get(s.rId) !== undefined)
      .map((s) => ({ name: s.name as string, path: resolveTarget("xl", rels.get(s.rId) as string) }));
    return reconcile.call(reader, model, options);
  };
  return collected;
}

async function textOf(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  return f ? f.async("string") : null;
}

/** The fallback: unzip again and read the sheet XMLs. */
async function collectWithJsZip(bytes: Uint8Array): Promise<Collected> {
  const zip = await JSZip.loadAsync(bytes);
  const [workbookXml, relsXml] = await Promise.all([textOf(zip, "xl/workbook.xml"), textOf(zip, "xl/_rels/workbook.xml.rels")]);
  if (workbookXml === null || relsXml === null) throw new XlsxReadError("not-xlsx");
  const collected: Collected = { byPath: new Map(), sheets: sheetParts(workbookXml, relsXml) };
  for (const part of collected.sheets ?? []) {
    const xml = await textOf(zip, part.path);
    if (xml !== null) collected.byPath.set(part.path, readSheetExtras(xml));
  }
  return collected;
}

function attachExtras(book: XlsxWorkbook, collected: Collected): void {
  for (const part of collected.sheets ?? []) {
    const extra = collected.byPath.get(part.path);
    const ws = extra ? findSheet(book, part.name) : undefined;
    if (!extra || !ws) continue;
    if (extra.x14) book.x14.set(ws.id, extra.x14);
    // ExcelJS drops links to a place in the workbook (`location`, no relationship): put them back on
    // plain-text cells (save writes them back as `location` links). Other cells keep ExcelJS's loss.
    for (const link of extra.internalLinks) {
      const cell = ws.getCell(link.address);
      const v = cell.value as unknown;
      if (typeof v !== "string" || (cell.isMerged && cell.master !== cell)) continue;
      cell.value = { text: v, hyperlink: `#${link.location}` };
    }
  }
}

/** Opens an .xlsx file; throws XlsxReadError (French message) when it cannot. */
export async function loadXlsx(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
  const bytes = toBytes(data);
  sniffBytes(bytes);
  const excel = new Workbook();
  let collected: Collected | null;
  try {
    collected = hookReader(excel.xlsx as unknown as ExcelJsReader);
    if (!collected) collected = await collectWithJsZip(bytes);
    // ExcelJS's types ask for a Node Buffer; it hands the bytes to JSZip, which takes a Uint8Array
    // in Node and in the browser alike.
    await excel.xlsx.load(bytes as unknown as Parameters<typeof excel.xlsx.load>[0]);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw new XlsxReadError("corrupt", e);
  }
  if (!collected.sheets) throw new XlsxReadError("not-xlsx");
  const book: XlsxWorkbook = { excel, x14: new Map() };
  attachExtras(book, collected);
  return book;
}

/** For tests: loads with the JSZip fallback, as if ExcelJS's loader could not be wrapped. */
export async function loadXlsxWithoutHooks(data: ArrayBuffer | Uint8Array): Promise<XlsxWorkbook> {
  const bytes = toBytes(data);
  sniffBytes(bytes);
  const excel = new Workbook();
  let collected: Collected;
  try {
    collected = await collectWithJsZip(bytes);
    await excel.xlsx.load(bytes as unknown as Parameters<typeof excel.xlsx.load>[0]);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw new XlsxReadError("corrupt", e);
  }
  const book: XlsxWorkbook = { excel, x14: new Map() };
  attachExtras(book, collected);
  return book;
}
