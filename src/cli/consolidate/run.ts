/**
 * `consolider DOSSIER|FICHIERS… --sortie synthese.xlsx [--html synthese.html]`: every register (or saved
 * report) of the folders and files given, gathered into one workbook for SESAN and, when asked, one
 * HTML page. The outputs are checked before the work (an existing file is never written over: 73);
 * an input that cannot be read is a line of the synthesis and a sentence on the error stream, never the
 * end of the run: 0 once the outputs are written.
 */
import { synthesise, synthesisHtml } from "../../register";
import type { Clock } from "../../register";
import { EXIT, type ExitCode } from "../exit";
import { outputProblem, publishNewFile } from "../publish";
import { consolidateTexts, unreadable } from "../strings";
import type { Output } from "../validate";
import type { ConsolidationEntry, ConsolidationProgress } from "./entries";
import { expandInputs } from "./inputs";
import { readWorkbooks } from "./readWorkbooks";
import { readInput } from "../io";
import { findOwnedSheets } from "../../register";
import { loadXlsx, snapshotOf } from "../../workbook/xlsx";
import { readSavedReports } from "./savedReports";
import { synthesisWorkbookBytes } from "./synthesisWorkbook";

export interface ConsolidateCommand {
  inputs: string[];
  /** The workbook to write (.xlsx). */
  output?: string;
  /** The HTML page to write. */
  html?: string;
}

export interface ConsolidateOptions {
  /** How the workbooks are read: worker threads or this thread (readWorkbooks' own default when absent). */
  workers?: number | "auto";
  /** Told after each workbook is read (the progress bar). */
  onProgress?: (progress: ConsolidationProgress) => void;
  /** Called once every input is read, before anything else is said (the progress bar erases itself). */
  onRead?: () => void;
  /** Told of each workbook of a folder left aside because it is a synthesis `consolider` wrote. */
  onSkipped?: (file: string) => void;
}

/** A workbook `consolider` wrote (its « Synthèse » carries the add-in's mark): not a register to count. */
function isSynthesisWorkbook(file: string): Promise<boolean> {
  const input = readInput(file);
  if (!input.ok) return Promise.resolve(false);
  return loadXlsx(input.data).then(
    (book) => findOwnedSheets(snapshotOf(book), "consolidation").length > 0,
    () => false,
  );
}

/** Every input's entries, in the order the inputs were given; the workbooks read together. */
export async function consolidationEntries(paths: readonly string[], clock: Clock, options: ConsolidateOptions = {}): Promise<ConsolidationEntry[]> {
  const inputs = expandInputs(paths);
  const workbooks = inputs.flatMap((i) => (i.kind === "workbook" ? [i.file] : []));
  const lines = await readWorkbooks(workbooks, {
    clock,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const byFile = new Map(workbooks.map((file, i) => [file, lines[i]] as const));
  // Only a workbook that could not be read as a register is looked at again, and only when a folder gave it.
  const skipped = new Set<string>();
  for (const input of inputs) {
    const line = byFile.get(input.file);
    if (input.kind === "workbook" && input.listed === true && line && "error" in line && (await isSynthesisWorkbook(input.file))) {
      skipped.add(input.file);
      options.onSkipped?.(input.file);
    }
  }
  return inputs.flatMap((input): ConsolidationEntry[] => {
    switch (input.kind) {
      case "unreadable":
        return [{ kind: "unreadable", input: input.file, error: input.error }];
      case "reports":
        return readSavedReports(input.file);
      case "workbook": {
        const line = byFile.get(input.file);
        // A synthesis left aside has no entry (every workbook read has its line).
        if (!line || skipped.has(input.file)) return [];
        return "error" in line
          ? [{ kind: "unreadable", input: input.file, error: unreadable.line(input.file, line.error) }]
          : [{ kind: "report", input: input.file, report: line }];
      }
    }
  });
}

export async function runConsolidate(c: ConsolidateCommand, io: Output, clock: Clock, options: ConsolidateOptions = {}): Promise<ExitCode> {
  const outputs = [c.output, c.html].filter((f): f is string => f !== undefined);
  for (const file of outputs) {
    const refused = outputProblem(file);
    if (refused) {
      io.err(refused);
      return EXIT.cantCreate;
    }
  }
  let entries: ConsolidationEntry[];
  const skippedFiles: string[] = [];
  try {
    entries = await consolidationEntries(c.inputs, clock, { ...options, onSkipped: (file) => skippedFiles.push(file) });
  } finally {
    options.onRead?.();
  }
  for (const file of skippedFiles) io.err(consolidateTexts.synthesisSkipped(file));
  for (const e of entries) if (e.kind === "unreadable") io.err(e.error);
  const synthesis = synthesise(entries, { clock });

  let code: ExitCode = EXIT.ok;
  const publish = (file: string, bytes: Uint8Array) => {
    const written = publishNewFile(file, bytes);
    if (written.ok) io.out(consolidateTexts.written(file));
    else {
      io.err(written.message);
      code = EXIT.cantCreate;
    }
  };
  if (c.output !== undefined) publish(c.output, await synthesisWorkbookBytes(synthesis));
  if (c.html !== undefined) publish(c.html, new TextEncoder().encode(synthesisHtml(synthesis)));
  io.out(consolidateTexts.total(synthesis.totals));
  if (synthesis.totals.unreadable > 0) io.err(consolidateTexts.unreadableNote(synthesis.totals.unreadable));
  return code;
}
