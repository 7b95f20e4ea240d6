/**
 * The « Synthèse pour SESAN » sheet, written before sending: one printed A4 page that says at a glance
 * where the CPTS's register stands (the verdict and its counts, each fiche's completeness and AIPD, the
 * cyber self-audit, the open incidents and requests). The add-in's own sheet (its mark in Z1): writing
 * it again replaces the add-in's earlier one, never a user's sheet of the same name.
 *
 * Pure: no Office.js, no ExcelJS. Everything written is text or a number, never a formula.
 */
import { pointsToReview, type Report } from "../findings";
import type { Register } from "../model";
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { formatLocalDate, type Clock } from "../clock";
import { formatFrenchDate, parseDateText } from "../dates";
import { cellAddress } from "../address";
import { findOwnedSheets, freeSheetName, ownedMarkOps } from "../ownedSheets";
import { organisationName } from "../report/json";
import { addMonthsClamped, REEVALUATE_AFTER_MONTHS } from "../audit/reevaluate";
import { ownedTexts } from "../messages/owned";
import { summaryTexts as t } from "../messages/sending";

/** Rows of the head: title, explanation, then one label and value a row. */
export const SUMMARY_FIRST_ROW = 4;
/** Columns A to D: labels (and RÉF), values (and name), completeness, AIPD. */
const WIDTHS = [34, 46, 14, 26];
const COLORS = { title: "#1F4E79", muted: "#595959", headerText: "#FFFFFF", ready: "#C6EFCE", notReady: "#FFC7CE" } as const;

const textCell = (address: string, value: string): CellWrite => ({ address, kind: "text", value });

/** An ISO day of the report (YYYY-MM-DD) as dd/mm/yyyy. */
function isoToFrench(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** The oldest « Mise à jour » of the fiches, dd/mm/yyyy, or "". */
function oldestUpdate(register: Register): string {
  const days = register.fiches
    .filter((f) => f.kind === "fiche" && f.updated.serial !== null)
    .map((f) => Math.floor(f.updated.serial as number))
    .sort((a, b) => a - b);
  return days.length > 0 ? formatFrenchDate(days[0]) : "";
}

function auditText(report: Report): string {
  const a = report.audit;
  if (!a) return t.noAudit;
  const day = isoToFrench(a.date);
  const serial = parseDateText(day);
  const by = serial === null ? "" : formatFrenchDate(addMonthsClamped(serial, REEVALUATE_AFTER_MONTHS));
  return t.auditText(day, a.score, t.auditLevels[a.level], by);
}

/**
 * Plans the sheet: the add-in's earlier « Synthèse pour SESAN » deleted, the new one added at the end,
 * its values, its looks, and its print setup (A4 portrait, the whole page on one sheet of paper).
 */
export function planSesanSummary(snapshot: WorkbookSnapshot, register: Register, report: Report, clock: Clock): WritePlan {
  const previous = findOwnedSheets(snapshot, "sesanSummary");
  const name = freeSheetName(
    snapshot.sheets.filter((s) => !previous.includes(s)).map((s) => s.name),
    t.sheetName,
  );
  const organisation = organisationName(register, "");
  const s = report.summary;
  const oldest = oldestUpdate(register);
  const required = report.fiches.filter((f) => f.aipd === "required").length;
  const likely = report.fiches.filter((f) => f.aipd === "likely").length;
  const done = report.fiches.filter((f) => f.aipdDoneOn !== undefined).length;
  const head: [string, string | number][] = [
    [t.organisation, organisation || t.organisationMissing],
    [t.date, formatLocalDate(clock)],
    [t.verdict, ownedTexts.report.verdictText(report.verdict === "ready", s.errors, pointsToReview(s))],
    [t.errors, s.errors],
    [t.warnings, s.warnings],
    [t.infos, s.infos],
    [t.setAside, s.setAside],
    [t.fiches, s.fiches],
    [t.oldestUpdate, oldest || t.noDate],
    [t.aipd, t.aipdText(required, likely, done)],
    [t.audit, auditText(report)],
    [t.incidents, t.incidentsText(report.incidents)],
    [t.requests, t.requestsText(report.requests)],
  ];
  const cells: CellWrite[] = [textCell("A1", t.title), textCell("A2", t.intro)];
  head.forEach(([label, value], i) => {
    const row = SUMMARY_FIRST_ROW + i;
    cells.push(
      textCell(cellAddress(row, 1), label),
      typeof value === "number" ? { address: cellAddress(row, 2), kind: "number", value } : textCell(cellAddress(row, 2), value),
    );
  });
  const lastHeadRow = SUMMARY_FIRST_ROW + head.length - 1;
  const verdictRow = SUMMARY_FIRST_ROW + 2;
  const titleRow = lastHeadRow + 2;
  const headerRow = titleRow + 1;
  cells.push(textCell(cellAddress(titleRow, 1), t.fichesTitle));
  t.ficheHeaders.forEach((h, i) => cells.push(textCell(cellAddress(headerRow, i + 1), h)));
  if (report.fiches.length === 0) cells.push(textCell(cellAddress(headerRow + 1, 1), t.noFiche));
  report.fiches.forEach((f, i) => {
    const row = headerRow + 1 + i;
    const status = t.aipdStatus[f.aipd];
    cells.push(
      textCell(cellAddress(row, 1), f.ref),
      textCell(cellAddress(row, 2), f.name),
      textCell(cellAddress(row, 3), `${Math.round(f.completeness)} %`),
      textCell(cellAddress(row, 4), f.aipdDoneOn === undefined ? status : t.aipdDone(status, formatFrenchDate(f.aipdDoneOn))),
    );
  });
  const lastRow = headerRow + Math.max(report.fiches.length, 1);

  const ops: WriteOp[] = [
    ...previous.map((p): WriteOp => ({ op: "deleteSheet", name: p.name })),
    { op: "addSheet", name, columnWidths: WIDTHS },
    ...ownedMarkOps("sesanSummary", name),
    { op: "write", sheet: name, cells },
    { op: "format", sheet: name, range: "A1", format: { bold: true, fontColor: COLORS.title, fontSize: 14 } },
    { op: "format", sheet: name, range: "A2", format: { italic: true, fontColor: COLORS.muted } },
    { op: "format", sheet: name, range: `A${SUMMARY_FIRST_ROW}:A${lastHeadRow}`, format: { bold: true } },
    { op: "format", sheet: name, range: `A${SUMMARY_FIRST_ROW}:B${lastHeadRow}`, format: { borders: "thin", wrapText: true, verticalAlignment: "top" } },
    { op: "format", sheet: name, range: `B${SUMMARY_FIRST_ROW}:B${lastHeadRow}`, format: { horizontalAlignment: "left" } },
    { op: "format", sheet: name, range: `B${verdictRow}`, format: { bold: true, fillColor: report.verdict === "ready" ? COLORS.ready : COLORS.notReady } },
    { op: "format", sheet: name, range: cellAddress(titleRow, 1), format: { bold: true, fontColor: COLORS.title } },
    {
      op: "format",
      sheet: name,
      range: `A${headerRow}:D${headerRow}`,
      format: { bold: true, fontColor: COLORS.headerText, fillColor: COLORS.title, borders: "thin", wrapText: true },
    },
    // Two lines for « Complétude (article 30) »: a file's row does not grow to its wrapped text by itself.
    { op: "rowHeights", sheet: name, firstRow: headerRow, heights: [32] },
    { op: "format", sheet: name, range: `A${headerRow + 1}:D${lastRow}`, format: { borders: "thin", wrapText: true, verticalAlignment: "top" } },
    {
      op: "printSetup",
      sheet: name,
      orientation: "portrait",
      paperSize: "A4",
      fitToPage: true,
      printArea: `A1:D${lastRow}`,
      headerText: t.printHeader(organisation || t.sheetName),
    },
    { op: "select", sheet: name, address: "A1" },
  ];
  return { title: t.planTitle, ops };
}
