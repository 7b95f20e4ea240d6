/**
 * What an adapter hands the engine: plain data, the same whether it came from Excel (Office.js) or
 * from a file (ExcelJS). Values are given the way Office.js `Range.values` gives them, so both
 * adapters produce one snapshot for one workbook:
 * - an empty cell is `""`;
 * - a date is its Excel serial number (days since 1899-12-30), a formula is its cached result;
 * - rich text is its plain text; an error value is its text (`"#REF!"`);
 * - in a merged area only the top-left cell holds the value, the others are `""`.
 */
export type CellValue = string | number | boolean;

export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

export interface SheetSnapshot {
  name: string;
  visibility: SheetVisibility;
  /**
   * Cell values anchored at A1: `values[0][0]` is A1, whatever the used range's first cell. Rows may
   * be shorter than others (missing cells are empty) and trailing empty rows may be absent.
   */
  values: CellValue[][];
}

/**
 * One list validation ("cell content is in list"), read where Excel keeps it.
 * `source` is given as Office.js `dataValidation.rule.list.source` gives it: either a formula with its
 * leading `=` (`='5_-_Listes'!$F$2:$F$10`) or an inline comma list (`Oui,Non`).
 */
export interface ListValidation {
  sheet: string;
  /** A1 address of the cells it covers: `B44`, `B44:B45` (one rectangle per entry). */
  range: string;
  source: string;
}

export interface WorkbookSnapshot {
  /** In tab order. */
  sheets: SheetSnapshot[];
  /**
   * The list validations found. The ExcelJS adapter reports every list validation of the file (both
   * the standard block and Excel's x14 extension); the Office.js adapter reports the rule of the
   * top-left cell of each cell listed by `dropdownProbeCells`. The engine only relies on the latter.
   */
  validations: ListValidation[];
}
