/**
 * The copy sent to SESAN, made from the workbook's own file (the port's getFileBytes) and never from
 * the workbook itself: the file is opened by the file layer, the people's data taken out
 * (planStripForSending), and saved under the name SESAN sorts by (sendCopyName). The copy is read back
 * before it is offered: it must give the register's verdict and counts, or the pane says so.
 * Loaded on the first « Préparer la copie » (chunk "send-copy"): the file layer stays out of the
 * panel until then.
 */
import {
  findOwnedSheets,
  organisationName,
  planStripForSending,
  readRegister,
  sendCopyName,
  validateRegister,
  type Clock,
  type ReducedSheet,
  type Report,
} from "../../../register";
import { applyPlanToXlsx, forgetUnusedTexts, loadXlsx, saveXlsx, snapshotOf } from "../../../workbook/xlsx";

export interface SendCopy {
  bytes: Uint8Array;
  fileName: string;
  /** The sheets the copy reduced, each with its French sentence. */
  reduced: ReducedSheet[];
  /** The copy, read back, gives the workbook's verdict, errors, fiches, and incidents' and requests' figures. */
  sameVerdict: boolean;
  /** The copy has the « Synthèse pour SESAN » page (Excel may hand over a file saved before it was written). */
  hasSummary: boolean;
}

/**
 * What must not change between the register and its copy: the verdict and its errors, the fiches,
 * and the incidents' and requests' figures. Warnings about an incident's or a request's details
 * (« personnes non informées ») may go with the details the copy leaves out.
 */
function verdictOf(report: Report): string {
  return JSON.stringify([report.verdict, report.summary.errors, report.summary.fiches, report.fiches.length, report.incidents, report.requests]);
}

/**
 * `original`: the workbook's file as Excel has it. `fallbackName`: the CPTS's name when neither the
 * fiches nor tab 2 give one. Throws the file layer's French errors (XlsxReadError, XlsxPlanError).
 */
export async function makeSendCopy(original: Uint8Array, clock: Clock, fallbackName = ""): Promise<SendCopy> {
  const book = await loadXlsx(original);
  const before = snapshotOf(book);
  const register = readRegister(before);
  const { plan, reduced } = planStripForSending(before, clock);
  applyPlanToXlsx(book, plan);
  // A file saved by Excel keeps every text in one shared table: the cleared names would still be there.
  forgetUnusedTexts(book);
  const bytes = await saveXlsx(book);

  const copy = readRegister(snapshotOf(await loadXlsx(bytes)));
  const sameVerdict = verdictOf(validateRegister(copy, { clock })) === verdictOf(validateRegister(register, { clock }));
  const hasSummary = findOwnedSheets(before, "sesanSummary").length > 0;
  return { bytes, fileName: sendCopyName(organisationName(register, fallbackName), clock), reduced, sameVerdict, hasSummary };
}
