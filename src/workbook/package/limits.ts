/**
 * The hard limits of the file layer, as numbers (the README quotes them). A register is a few hundred
 * kilobytes; the largest real one we know (200 fiches) is about 2 MB zipped and 25 MB of XML. Past a
 * limit the file is refused with `XlsxReadError("too-large")`, before the work grows with it: the
 * command line must stay within seconds and a few hundred megabytes on any file SESAN receives.
 */
export interface Limits {
  /** The .xlsx file itself, as given (compressed). */
  fileBytes: number;
  /** One part, uncompressed (a sheet's XML, the shared strings…). */
  partBytes: number;
  /** All the parts the layer inflates, uncompressed, added up. */
  totalBytes: number;
  /** Entries in the zip. */
  parts: number;
  /** Worksheets in the workbook. */
  sheets: number;
  /** Cells holding a value, all sheets together. */
  cells: number;
  /** Ranges of one kind in one sheet: merged areas, dropdown rules, conditional formats, hyperlinks. */
  rangesPerSheet: number;
  /** Characters in one cell's text, one shared string or one attribute (Excel's own cell limit). */
  stringLength: number;
  /** Entries in the shared strings table. */
  sharedStrings: number;
  /** Nesting of XML elements (a sheet is about 6 deep, a drawing about 15). */
  xmlDepth: number;
}

export const LIMITS: Limits = {
  fileBytes: 100 * 1024 * 1024,
  partBytes: 64 * 1024 * 1024,
  totalBytes: 256 * 1024 * 1024,
  parts: 10_000,
  sheets: 1_000,
  cells: 2_000_000,
  rangesPerSheet: 20_000,
  stringLength: 32_767,
  sharedStrings: 1_000_000,
  xmlDepth: 128,
};

/** `12 Mo`, for messages. */
export function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} Mo`.replace(".", ",");
}
