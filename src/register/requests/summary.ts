/**
 * What the verdict says of the rights-requests register: the requests still without an answer, and of
 * those, the ones past their deadline (./deadline.ts). The JSON report's `requests` and the command
 * line's « Demandes d'exercice des droits » line.
 */
import type { RequestBook } from "./model";
import type { Clock } from "../clock";
import { isOpenRequest, isOverdueRequest } from "./deadline";

export interface RequestSummary {
  /** Requests without an answer yet (neither « Répondu le » nor an outcome, not withdrawn). */
  open: number;
  /** Of those, the ones past their deadline. */
  overdue: number;
}

export function requestSummary(book: RequestBook | undefined, clock: Clock): RequestSummary {
  const entries = book?.entries ?? [];
  return { open: entries.filter(isOpenRequest).length, overdue: entries.filter((e) => isOverdueRequest(e, clock)).length };
}
