/**
 * `envoi FICHIER [--maj-dates] [--dossier DOSSIER]`: prepares the send to SESAN (issue 14). Says the
 * verdict (errors do not stop the copy: they are said), then writes a NEW file, named so that SESAN can
 * sort what it receives, holding the register with its « Synthèse pour SESAN » page, tab 2's dates taken
 * from the fiches when asked, and the requests and breach registers reduced to their counts; then says
 * how to send it safely. The register itself is only read.
 */
import { basename, dirname, extname, join } from "node:path";
import {
  organisationName,
  planListDatesRefresh,
  planSesanSummary,
  planStripForSending,
  pointsToReview,
  readRegister,
  sendAdviceTexts,
  sendCopyName,
  summaryTexts,
  validateRegister,
  listDatesTexts,
  PlanError,
  type Clock,
  type Report,
  type WorkbookSnapshot,
} from "../register";
import { applyPlanToXlsx, forgetUnusedTexts, saveXlsx, snapshotOf, XlsxPlanError } from "../workbook/xlsx";
import { EXIT, type ExitCode } from "./exit";
import { openRegister } from "./load";
import { outputProblem, publishNewFile } from "./publish";
import { report as rt, sendTexts as t, unreadable } from "./strings";
import type { Output } from "./validate";

/** The errors listed under the verdict; `valider` gives them all. */
const ERRORS_SHOWN = 10;

function checked(snapshot: WorkbookSnapshot, clock: Clock): { register: ReturnType<typeof readRegister>; report: Report } {
  const register = readRegister(snapshot);
  return { register, report: validateRegister(register, { clock, sheetOrder: snapshot.sheets.map((s) => s.name) }) };
}

function sayVerdict(file: string, r: Report, io: Output): void {
  io.out(rt.fileHeader(file));
  io.out(rt.verdict(r.verdict === "ready", r.summary.errors, pointsToReview(r.summary)));
  io.out(rt.summary(r.summary));
  io.out(rt.incidents(r.incidents));
  io.out(rt.requests(r.requests));
  if (r.verdict === "ready") return;
  io.out("");
  io.out(t.notReady(r.summary.errors));
  const errors = r.findings.filter((f) => f.severity === "error");
  for (const f of errors.slice(0, ERRORS_SHOWN)) io.out(t.errorLine(f));
  if (errors.length > ERRORS_SHOWN) io.out(t.moreErrors(errors.length - ERRORS_SHOWN));
}

export async function runSend(o: { file: string; refreshDates: boolean; folder?: string }, io: Output, clock: Clock): Promise<ExitCode> {
  const opened = await openRegister(o.file);
  if (!opened.ok) {
    io.err(unreadable.line(o.file, opened.message));
    return EXIT.unreadable;
  }
  const { book } = opened;
  const first = checked(opened.snapshot, clock);
  sayVerdict(o.file, first.report, io);

  const organisation = organisationName(first.register, basename(o.file, extname(o.file)));
  const target = join(o.folder ?? dirname(o.file), sendCopyName(organisation, clock));
  // Checked before the work, and again when the file is published.
  const outputRefused = outputProblem(target);
  if (outputRefused) {
    io.err(outputRefused);
    return EXIT.cantCreate;
  }

  let reduced: ReturnType<typeof planStripForSending>["reduced"];
  let bytes: Uint8Array;
  io.out("");
  try {
    const dates = planListDatesRefresh(first.register);
    if (o.refreshDates) {
      applyPlanToXlsx(book, dates.plan);
      io.out(t.datesTitle(dates.changes.length));
      for (const c of dates.changes)
        io.out(t.dateLine({ ref: c.ref, field: listDatesTexts.field[c.field], cell: c.listCell, before: c.before, after: c.after }));
    } else if (dates.changes.length > 0) io.out(t.datesOffer(dates.changes.length));
    // The summary is the copy's own: after the dates, before the people's data leave.
    const now = checked(snapshotOf(book), clock);
    applyPlanToXlsx(book, planSesanSummary(snapshotOf(book), now.register, now.report, clock));
    const strip = planStripForSending(snapshotOf(book), clock);
    applyPlanToXlsx(book, strip.plan);
    // The texts taken out of the cells must leave the file too (Excel keeps them in a shared table).
    forgetUnusedTexts(book);
    reduced = strip.reduced;
    bytes = await saveXlsx(book);
  } catch (e) {
    if (e instanceof PlanError || e instanceof XlsxPlanError) {
      io.err(t.failed(e.message));
      return EXIT.dataError;
    }
    throw e;
  }
  const written = publishNewFile(target, bytes);
  if (!written.ok) {
    io.err(written.message);
    return EXIT.cantCreate;
  }
  io.out(t.written(target));
  io.out(t.summaryWritten(summaryTexts.sheetName));
  if (reduced.length === 0) io.out(t.nothingReduced);
  else {
    io.out(t.reducedTitle);
    for (const r of reduced) io.out(t.reducedLine(r.text));
  }
  io.out(t.inputUntouched(o.file));
  io.out("");
  io.out(`${sendAdviceTexts.title} :`);
  for (const line of sendAdviceTexts.lines) io.out(`  - ${line}`);
  return EXIT.ok;
}
