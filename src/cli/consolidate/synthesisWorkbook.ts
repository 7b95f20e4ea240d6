/**
 * The synthesis workbook's bytes: the engine's plan (three sheets) carried out by the file layer on a
 * fresh workbook. ExcelJS makes the brand-new file (a workbook needs one sheet, so it has a blank one,
 * removed once the plan's sheets are there); from then on it is a file like any other, written by the
 * same layer that writes the registers.
 */
import { Workbook } from "exceljs";
import { planSynthesisWorkbook, type Synthesis } from "../../register";
import { saveExcelBook } from "../../workbook/exceljs";
import { applyPlanToXlsx, loadXlsx, saveXlsx } from "../../workbook/xlsx";
import { PROGRAM } from "../strings";

/** The fresh workbook's only sheet, until the plan's own are added. */
const BLANK_SHEET = "Feuil1";

export async function synthesisWorkbookBytes(synthesis: Synthesis): Promise<Uint8Array> {
  const excel = new Workbook();
  excel.creator = PROGRAM;
  excel.addWorksheet(BLANK_SHEET);
  const book = await loadXlsx(await saveExcelBook({ excel, x14: new Map() }));
  const plan = planSynthesisWorkbook(synthesis);
  applyPlanToXlsx(book, plan);
  applyPlanToXlsx(book, { title: plan.title, ops: [{ op: "deleteSheet", name: BLANK_SHEET }] });
  return saveXlsx(book);
}
