/**
 * What the user types in the playground's grid becomes a plan, like every change the pane makes, so
 * that the download (the opened file with the plans applied) carries it. The text is read the way a
 * French Excel reads what is typed in a cell (the in-memory Excel's own reading): a number stays a
 * number, a day a date, an emptied cell is emptied, anything else is text.
 */
import { topLeft, type CellWrite, type WritePlan } from "../register";
import { parseTypedInput } from "../memoryExcel";
import { playgroundStrings as s } from "./strings";

/** The number formats the typed-input reading gives a day typed with or without its year. */
const DATE_FORMATS = new Set(["dd/mm/yyyy", "d-mmm"]);

/** Excel's « Texte » number format: what is typed in such a cell stays text, digits and all. */
const TEXT_FORMAT = "@";

/**
 * The value a typed text puts in `cell` (the top-left cell of a merged area) whose number format is
 * `numberFormat`; `today` gives the year of a day typed without one.
 */
export function typedWrite(cell: string, input: string, numberFormat: string, today: Date): CellWrite {
  if (input !== "" && numberFormat === TEXT_FORMAT) return { address: cell, kind: "text", value: input };
  const parsed = parseTypedInput(input, today);
  switch (parsed.kind) {
    case "empty":
      return { address: cell, kind: "clear" };
    case "text":
      return { address: cell, kind: "text", value: parsed.value };
    case "number":
      if (parsed.numberFormat === undefined) return { address: cell, kind: "number", value: parsed.value };
      if (DATE_FORMATS.has(parsed.numberFormat)) return { address: cell, kind: "date", value: parsed.value };
      // A percentage or an hour: a plan writes no number format, and a bare 0,5 for « 50 % » would
      // surprise; the cell keeps what was typed.
      return { address: cell, kind: "text", value: input };
    case "boolean":
    case "formula":
      // Plans write neither booleans nor formulas (see src/register/plan.ts): the text as typed.
      return { address: cell, kind: "text", value: input };
  }
}

/** The plan of one typed edit on `sheet`, at the selection `address` (`B4` or a merged area `B4:H4`). */
export function planTypedEdit(sheet: string, address: string, input: string, numberFormat: string, today: Date): WritePlan {
  const cell = topLeft(address);
  return { title: s.typedTitle(sheet, cell), ops: [{ op: "write", sheet, cells: [typedWrite(cell, input, numberFormat, today)] }] };
}
