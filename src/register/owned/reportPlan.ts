/**
 * Planning the verification report (see ./report.ts for what it looks like and how undo writes it
 * back). Apart from report.ts so that the pane loads it only on « Écrire le rapport »: its first load
 * has a budget, and undo needs report.ts, not this.
 *
 * Pure: no Office.js, no ExcelJS. Everything written is text, never a formula.
 */
import { pointsToReview, type Report } from "../findings";
import type { Register } from "../model";
import type { CellWrite, WriteOp, WritePlan } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { ownedTexts } from "../messages/owned";
import { formatLocalDateTime } from "../clock";
import { formatFrenchDate } from "../dates";
import { AUDIT_LEVELS } from "../audit/levels";
import { cellAddress } from "../address";
import { findOwnedSheets, freeSheetName } from "../ownedSheets";
import {
  FINDING_HEADER_ROW,
  FINDINGS_TITLE_ROW,
  gridOf,
  REPORT_WIDTHS,
  reportLayoutOps,
  SUMMARY_ROWS,
  text,
  type ReportMeta,
  type ReportShape,
} from "./report";

const t = ownedTexts.report;

/** « Intermédiaire » for "intermediate". */
function levelLabel(id: string): string {
  return AUDIT_LEVELS.find((l) => l.id === id)?.label ?? id;
}

/** « 07/12/2026 » for "2026-12-07". */
function isoToFrench(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * Plan the report sheet: delete the add-in's previous report (only sheets carrying the mark), add a new
 * sheet at the end, and write the title, the verdict, the counts, the organisation, the date, the
 * add-in's version, every finding with a link to its cell (in the order of `report.findings`: the
 * engine gives errors, then warnings, then conseils), then the fiches with their completeness; then
 * lay it out as a document (reportLayoutOps).
 */
export function planReportSheet(snapshot: WorkbookSnapshot, register: Register, report: Report, meta: ReportMeta): WritePlan {
  const previous = findOwnedSheets(snapshot, "report");
  const remaining = snapshot.sheets.filter((s) => !previous.includes(s)).map((s) => s.name);
  const name = freeSheetName(remaining, t.sheetName);
  const sheetNames = new Set(snapshot.sheets.map((s) => s.name));

  const controller = register.listTab?.controller;
  const organisation = controller
    ? [controller.firstName.value, controller.name.value]
        .map((v) => v.trim())
        .filter(Boolean)
        .join(" ")
    : "";
  const dateText = formatLocalDateTime(meta.clock);
  const summary = (row: number, label: string, value: string): CellWrite[] => [text(`A${row}`, label), text(`B${row}`, value)];
  const cells: CellWrite[] = [
    text("A1", t.title),
    text("A2", t.intro),
    ...summary(SUMMARY_ROWS.verdict, t.verdict, t.verdictText(report.verdict === "ready", report.summary.errors, pointsToReview(report.summary))),
    ...summary(SUMMARY_ROWS.errors, t.errors, String(report.summary.errors)),
    ...summary(SUMMARY_ROWS.warnings, t.warnings, String(report.summary.warnings)),
    ...summary(SUMMARY_ROWS.infos, t.infos, String(report.summary.infos)),
    ...summary(SUMMARY_ROWS.setAside, t.setAside, String(report.summary.setAside)),
    ...summary(SUMMARY_ROWS.fiches, t.fiches, String(report.summary.fiches)),
    ...summary(
      SUMMARY_ROWS.audit,
      t.audit,
      report.audit ? t.auditText(report.audit.score, levelLabel(report.audit.level), isoToFrench(report.audit.date)) : t.auditNone,
    ),
    ...summary(SUMMARY_ROWS.incidents, t.incidents, t.incidentsText(report.incidents)),
    ...summary(SUMMARY_ROWS.requests, t.requests, t.requestsText(report.requests)),
    ...summary(SUMMARY_ROWS.organisation, t.organisation, organisation || t.organisationMissing),
    ...summary(SUMMARY_ROWS.date, t.date, dateText),
    ...summary(SUMMARY_ROWS.version, t.version, meta.addinVersion),
  ];

  cells.push(text(`A${FINDINGS_TITLE_ROW}`, t.findingsTitle));
  t.findingHeaders.forEach((h, i) => cells.push(text(cellAddress(FINDING_HEADER_ROW, i + 1), h)));
  if (report.findings.length === 0) cells.push(text(cellAddress(FINDING_HEADER_ROW + 1, 1), t.noFinding));
  report.findings.forEach((f, i) => {
    const row = FINDING_HEADER_ROW + 1 + i;
    cells.push(
      text(cellAddress(row, 1), t.severity[f.severity]),
      text(cellAddress(row, 2), f.sheet),
      sheetNames.has(f.sheet) && f.cell
        ? { address: cellAddress(row, 3), kind: "link", value: f.cell, target: { sheet: f.sheet, address: f.cell } }
        : text(cellAddress(row, 3), f.cell),
      text(cellAddress(row, 4), f.message),
      // Last: a stable identifier for SESAN's tools, not something a coordinator needs to read.
      text(cellAddress(row, 5), f.rule),
    );
  });

  const ficheHeaderRow = FINDING_HEADER_ROW + Math.max(report.findings.length, 1) + 3;
  cells.push(text(`A${ficheHeaderRow - 1}`, t.fichesTitle));
  t.ficheHeaders.forEach((h, i) => cells.push(text(cellAddress(ficheHeaderRow, i + 1), h)));
  report.fiches.forEach((f, i) => {
    const row = ficheHeaderRow + 1 + i;
    cells.push(
      sheetNames.has(f.sheet)
        ? { address: cellAddress(row, 1), kind: "link", value: f.sheet, target: { sheet: f.sheet, address: "A1" } }
        : text(cellAddress(row, 1), f.sheet),
      text(cellAddress(row, 2), f.ref),
      text(cellAddress(row, 3), `${Math.round(f.completeness)} %`),
      text(cellAddress(row, 4), f.name),
      text(cellAddress(row, 5), f.aipdDoneOn === undefined ? t.aipd[f.aipd] : t.aipdDone(t.aipd[f.aipd], formatFrenchDate(f.aipdDoneOn))),
    );
  });

  const shape: ReportShape = {
    findingHeaderRow: FINDING_HEADER_ROW,
    findingRows: report.findings.length,
    ficheHeaderRow,
    ficheRows: report.fiches.length,
    dateText,
  };
  const ops: WriteOp[] = [
    ...previous.map((s): WriteOp => ({ op: "deleteSheet", name: s.name })),
    { op: "addSheet", name, columnWidths: [...REPORT_WIDTHS] },
    { op: "write", sheet: name, cells },
    ...reportLayoutOps(name, shape, gridOf(cells)),
    { op: "select", sheet: name, address: "A1" },
  ];
  return { title: t.planTitle, ops };
}
