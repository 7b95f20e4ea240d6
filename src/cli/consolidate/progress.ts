/**
 * The progress bar of a long reading (`consolider`): on the error stream, only when it is a terminal, one
 * line redrawn in place with a bar, the count, the file just read and an estimate of the time left, and
 * erased at the end. When the stream is not a terminal (a pipe, a file, a script), nothing at all is
 * written, so that what scripts read stays clean.
 */
import { basename } from "node:path";
import { consolidationReading } from "../strings";
import type { ConsolidationProgress } from "./entries";

/** What the reporter needs of a stream: `process.stderr`, or a test's fake. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  /** The terminal's width; 80 when the stream does not say (absent, or 0). */
  columns?: number;
}

export interface ProgressReporter {
  /** Give it to `readWorkbooks(files, { clock, onProgress })`. */
  onProgress: (progress: ConsolidationProgress) => void;
  /** Erases the bar (call it once the reading is over, before writing anything else on the stream). */
  finish: () => void;
}

const BAR_WIDTH = 20;
/** Redraw at most this often (but always the last step): a terminal drawing hundreds of lines a second slows the run. */
const REDRAW_MS = 80;
/** Back to the start of the line and erase it (ANSI). */
const ERASE_LINE = "\r\u001b[2K";

/** `now` is a monotonic counter in ms (performance.now by default; tests give their own). */
export function progressReporter(stream: ProgressStream = process.stderr, now: () => number = () => performance.now()): ProgressReporter {
  if (stream.isTTY !== true) return { onProgress: () => undefined, finish: () => undefined };
  const started = now();
  let drawn = false;
  let lastDraw = -Infinity;
  return {
    onProgress: (p) => {
      const t = now();
      if (p.done < p.total && t - lastDraw < REDRAW_MS) return;
      lastDraw = t;
      const perFile = (t - started) / Math.max(p.done, 1);
      const left = p.done > 0 ? consolidationReading.durationLeft((perFile * (p.total - p.done)) / 1000) : undefined;
      // A terminal that cannot tell its width says 0 (a pseudo-terminal under `script`, some CI runners).
      stream.write(ERASE_LINE + progressLine(p, left, stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80));
      drawn = true;
    },
    finish: () => {
      if (drawn) stream.write(ERASE_LINE);
      drawn = false;
    },
  };
}

/**
 * `[#####.....] 12/100 registre.xlsx · encore 40 s environ`, within the terminal's width (a wrapped line
 * could not be erased): the file's name is shortened first, so that the count and the estimate stay.
 */
export function progressLine(p: ConsolidationProgress, left: string | undefined, columns: number): string {
  const filled = p.total === 0 ? BAR_WIDTH : Math.round((BAR_WIDTH * p.done) / p.total);
  const bar = `[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] `;
  const room = Math.max(columns - 1, 10);
  const name = basename(p.current);
  const spare = room - (bar + consolidationReading.progress(p.done, p.total, "", left)).length;
  const shown = name.length <= spare ? name : spare >= 4 ? `${name.slice(0, spare - 1)}…` : "";
  const text = bar + consolidationReading.progress(p.done, p.total, shown, left);
  return text.length <= room ? text : `${text.slice(0, room - 1)}…`;
}
