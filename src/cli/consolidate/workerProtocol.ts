/**
 * What the consolidation's worker threads and the thread that starts them say to each other. A clock
 * cannot cross to a thread (it is a function), so it travels as what it is: one instant and the time
 * zone the calendar is read in. The whole run reads every workbook at that same instant, in-process too,
 * so that both ways give the same lines.
 */
import { fixedClock, type Clock } from "../../register";
import type { ValidateLineJson } from "../../register/report/schema";

/** The clock of a run, as the worker receives it in its `workerData`. */
export interface WireClock {
  /** An ISO instant (`Date.prototype.toISOString`). */
  instant: string;
  timeZone: string;
}

/** One workbook to read: `index` is its place in the input, so that answers can come back in any order. */
export interface WorkerTask {
  index: number;
  file: string;
}

/** The answer: the report line, or why reading threw (`detail` only when CPTS_DEBUG=1 asked for it). */
export type WorkerAnswer = { index: number; line: ValidateLineJson } | { index: number; failed: true; detail?: string };

/** The run's clock stopped at its current instant, to send to the workers. */
export function wireClock(clock: Clock): WireClock {
  return { instant: clock.now().toISOString(), timeZone: clock.timeZone };
}

export function clockOfWire(wire: WireClock): Clock {
  return fixedClock(wire.instant, wire.timeZone);
}
