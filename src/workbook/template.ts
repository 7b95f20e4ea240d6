/**
 * OUR template workbook (for `cpts-registre modele`, the playground and the tests): the CNIL's five
 * tabs and labels, laid out as the CNIL lays them out, with the rows our lists serve (`Base légale`,
 * `Exception article 9`), a French tutorial and FAQ, a visible `5 - Liste déroulante` tab with the lists
 * brought up to date and the CPTS lists, and the dropdowns wired to them. Also an example register:
 * the template with its organisation and three typical CPTS fiches filled in.
 *
 * Runs in Node and in the browser (ExcelJS, no file system).
 */
import { Workbook } from "exceljs";
import type { CptsExample } from "../register";
import { CPTS_EXAMPLES } from "../register";
import { todayDate, type Clock } from "../register";
import { CPTS_TAB_NAMES, DATA_CATEGORIES, TAB_ORDER } from "../register";
import { planNewFiche, previewNewFiche } from "../register";
import { readRegister } from "../register";
import { saveExcelBook } from "./exceljs";
import { applyPlanToXlsx, loadXlsx, snapshotOf, type XlsxWorkbook } from "./xlsx";
import { planFillFiche, planFillOrganisation, type FicheFill } from "./template/fill";
import { templateListColumns } from "./template/lists";
import { rangesOf, writeFiche, writeListsTab, writeListTab, writeTutorial } from "./template/sheets";
import { templatePrintPlan } from "./template/print";
import { COLORS } from "./template/styles";
import { EXAMPLE_ORGANISATION, EXAMPLE_REGISTER_FICHES, TEMPLATE_TEXTS } from "./template/texts.fr";

export { planFillFiche, planFillOrganisation, FillError } from "./template/fill";
export type { FicheFill, ChoiceFill } from "./template/fill";
export { ficheRows, displayLabel } from "./template/ficheLayout";
export type { FicheRow } from "./template/ficheLayout";
export { templateListColumns, listRange } from "./template/lists";
export type { TemplateListColumn } from "./template/lists";

export interface TemplateOptions {
  /** The clock whose day dates the workbook, its fiches and the adequacy column (each face gives its own). */
  clock: Clock;
}

/** Our sheet names, in tab order. */
export const TEMPLATE_SHEETS: readonly string[] = TAB_ORDER.map((r) => CPTS_TAB_NAMES[r]);

function exampleById(id: string): CptsExample {
  const ex = CPTS_EXAMPLES.find((e) => e.id === id);
  if (!ex) throw new Error(`Unknown CPTS example: ${id}`);
  return ex;
}

const utcDay = ([y, m, d]: readonly [number, number, number]) => new Date(Date.UTC(y, m - 1, d));

function hasSensitiveData(ex: CptsExample): boolean {
  return DATA_CATEGORIES.some((d) => d.sensitive && ex.data[d.key] !== undefined);
}

/** The ExcelJS workbook of our template, built from scratch. */
export function buildTemplateExcel(options: TemplateOptions): Workbook {
  const today = todayDate(options.clock);
  const wb = new Workbook();
  wb.creator = "cpts-registre";
  wb.title = TEMPLATE_TEXTS.workbookTitle;
  wb.subject = TEMPLATE_TEXTS.workbookSubject;
  wb.created = today;
  wb.modified = today;
  // Excel recomputes H1 (=B5) of every fiche when the file opens.
  wb.calcProperties = { fullCalcOnLoad: true };

  const names = CPTS_TAB_NAMES;
  const columns = templateListColumns(today);
  const ranges = rangesOf(names.lists, columns);
  const tabColor = { tutorial: COLORS.orange, list: COLORS.dark, model: COLORS.title, example: COLORS.example, lists: "FF7F7F7F" } as const;
  const sheets = Object.fromEntries(
    TAB_ORDER.map((role) => [role, wb.addWorksheet(names[role], { properties: { tabColor: { argb: tabColor[role] } } })]),
  ) as Record<(typeof TAB_ORDER)[number], ReturnType<Workbook["addWorksheet"]>>;

  const example = exampleById(TEMPLATE_TEXTS.exampleId);
  const created = utcDay(TEMPLATE_TEXTS.exampleCreated);
  const updated = utcDay(TEMPLATE_TEXTS.exampleUpdated);

  writeTutorial(sheets.tutorial, names);
  writeListTab(sheets.list, ranges, {
    name: `${TEMPLATE_TEXTS.exampleLinePrefix}${example.name}`,
    ref: TEMPLATE_TEXTS.exampleRef,
    created,
    updated,
    purpose: example.mainPurpose,
    sensitive: hasSensitiveData(example) ? "Oui" : "Non",
  });
  writeFiche(sheets.model, ranges, "model", { modelTab: names.model, name: "", ref: TEMPLATE_TEXTS.modelRef });
  writeFiche(sheets.example, ranges, "example", {
    modelTab: names.model,
    name: example.name,
    ref: TEMPLATE_TEXTS.exampleRef,
    created,
    updated,
    controller: EXAMPLE_ORGANISATION.ficheController,
    example,
  });
  writeListsTab(sheets.lists, columns);
  wb.views = [{ x: 0, y: 0, width: 24000, height: 16000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  return wb;
}

/**
 * Our template as the adapter's workbook, with its print settings (template/print.ts). It goes once
 * through save and load, so that the caller gets exactly what `cpts-registre modele` writes and a user
 * opens.
 */
export async function buildTemplateWorkbook(options: TemplateOptions): Promise<XlsxWorkbook> {
  // ExcelJS creates the brand-new workbook; from then on it is a file like any other.
  const book = await loadXlsx(await saveExcelBook({ excel: buildTemplateExcel(options), x14: new Map() }));
  // How each tab prints, written by the file layer as the add-in writes it on any register.
  applyPlanToXlsx(book, templatePrintPlan(CPTS_TAB_NAMES));
  return book;
}

/** What a CPTS example gives a fiche. */
export function fillOfExample(ex: CptsExample): FicheFill {
  return {
    mainPurpose: ex.mainPurpose,
    subPurposes: ex.subPurposes,
    legalBasis: ex.legalBasis,
    art9Exception: ex.art9Exception,
    data: ex.data,
    persons: ex.persons,
    recipients: ex.recipients,
    measures: ex.measures,
    transfers: ex.transfers,
  };
}

/**
 * The template with the organisation filled in and typical CPTS fiches (members, unscheduled care, HR)
 * made the way the add-in makes them: `planNewFiche`, then writes, each read back from the workbook.
 */
export async function buildExampleRegister(options: TemplateOptions): Promise<XlsxWorkbook> {
  const { clock } = options;
  const book = await buildTemplateWorkbook({ clock });
  const { controller } = EXAMPLE_ORGANISATION;
  applyPlanToXlsx(book, planFillOrganisation(readRegister(snapshotOf(book)), controller));
  for (const id of EXAMPLE_REGISTER_FICHES) {
    const ex = exampleById(id);
    const before = readRegister(snapshotOf(book));
    const input = { name: ex.name, clock };
    const { sheetName } = previewNewFiche(before, input);
    applyPlanToXlsx(book, planNewFiche(before, input));
    // Each fiche names its controller, the CPTS, as the CNIL's example does: SESAN reads the CPTS's name there.
    const fill = { ...fillOfExample(ex), controller: EXAMPLE_ORGANISATION.ficheController };
    applyPlanToXlsx(book, planFillFiche(readRegister(snapshotOf(book)), sheetName, fill));
  }
  return book;
}
