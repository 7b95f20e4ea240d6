/**
 * How our template prints: each tab on A4, every column on one page wide, its header rows repeated at
 * the top of every page and the page number at the bottom, so that a register saved as PDF or printed
 * for the board reads like a document. Tab 2 (one line per treatment, many columns) is in landscape,
 * as are the fiches; the tutorial reads in portrait. The fiches the add-in makes are copies of the
 * model and inherit its settings (print titles included: a sheet copy takes its local names along).
 *
 * A WritePlan of `printSetup` ops, carried out by the file layer on the workbook ExcelJS built, so that
 * the settings are written the way the add-in writes them on any register.
 */
import type { TabRole, WriteOp, WritePlan } from "../../register";
import { columnLetters, FICHE_COLUMNS, LIST_TAB } from "../../register";
import { LIST_HEADER_ROW } from "./lists";

type Names = Readonly<Record<TabRole, string>>;

/** What every tab shares: A4, one page wide, « Page N / M » in the footer. */
const EVERY_TAB = { paperSize: "A4", fitToWidth: true, pageNumbers: true } as const;

/** The print settings of each tab of the template. */
export function templatePrintPlan(names: Names): WritePlan {
  // Up to the narrow spacer column after H: a margin on the right, and the links to the CNIL's site
  // (useful on screen only) left out.
  const lastFicheColumn = columnLetters(FICHE_COLUMNS.last + 1);
  const lastListColumn = columnLetters(LIST_TAB.lastColumn);
  const ops: WriteOp[] = [
    { op: "printSetup", sheet: names.tutorial, ...EVERY_TAB, orientation: "portrait" },
    {
      op: "printSetup",
      sheet: names.list,
      ...EVERY_TAB,
      orientation: "landscape",
      // The group headers and the column headers on every page. Whole columns: every line a user adds
      // below our 40 prints too, and the column of links to the CNIL's site (web only) does not.
      titleRows: { first: LIST_TAB.cnilHeaderRow - 1, last: LIST_TAB.cnilHeaderRow },
      printArea: `A:${lastListColumn}`,
    },
    ...(["model", "example"] as const).map((role): WriteOp => ({
      op: "printSetup",
      sheet: names[role],
      ...EVERY_TAB,
      orientation: "landscape",
      // The fiche's title and reference on every page. Whole columns: the rows « Ajouter une ligne »
      // adds, even after the last transfer, print too.
      titleRows: { first: 1, last: 1 },
      printArea: `A:${lastFicheColumn}`,
    })),
    { op: "printSetup", sheet: names.lists, ...EVERY_TAB, orientation: "landscape", titleRows: { first: LIST_HEADER_ROW, last: LIST_HEADER_ROW } },
  ];
  return { title: "Mise en page d'impression du modèle", ops };
}
