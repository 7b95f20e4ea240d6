/**
 * What every object of the in-memory Excel shares: the engine and document behind a request
 * context, Excel's errors for a bad argument or a protected sheet, and the cells of a range worth
 * visiting.
 */
import { isEntireColumns, isEntireRows } from "../../register";
import { RequestContextCore, type Engine } from "../core";
import type { Doc, Rect, SheetRef } from "../doc";
import { RichApiError } from "../errors";

export type RangeTarget = { sheet: SheetRef; rect: Rect };

export type SelectionArgs = { address: string; worksheetId: string; type: "WorksheetSelectionChanged"; source: "Local" };
export type { ChangedArgs } from "../core";

export function engineOf(ctx: RequestContextCore): Engine {
  return ctx.engine;
}

export function docOf(ctx: RequestContextCore): Doc {
  return ctx.engine.doc;
}

export function invalidArgument(location: string, message = "The argument is invalid or missing or has an incorrect format."): RichApiError {
  return new RichApiError("InvalidArgument", message, location);
}

export function checkWritable(doc: Doc, sheet: SheetRef, location: string): void {
  // Real Excel: writing to a protected sheet fails with AccessDenied and nothing is written.
  if (doc.isProtected(sheet)) throw new RichApiError("AccessDenied", "The cell or chart you're trying to change is on a protected sheet.", location);
}

/** The cells of a rectangle actually worth visiting (a whole row only up to the used columns). */
export function boundedRect(doc: Doc, t: RangeTarget): Rect {
  if (!isEntireRows(t.rect) && !isEntireColumns(t.rect)) return t.rect;
  const used = doc.usedRect(t.sheet, false);
  if (!used) return { top: t.rect.top, bottom: t.rect.top - 1, left: t.rect.left, right: t.rect.left - 1 };
  return {
    top: Math.max(t.rect.top, 1),
    bottom: isEntireColumns(t.rect) ? Math.min(t.rect.bottom, used.bottom) : t.rect.bottom,
    left: t.rect.left,
    right: isEntireRows(t.rect) ? Math.min(t.rect.right, used.right) : t.rect.right,
  };
}

export function grid<V>(rect: Rect, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const line: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) line.push(f(r, c));
    out.push(line);
  }
  return out;
}

/** Settings hold JSON-like values: a copy in and a copy out, as Excel serialises them. */
export function structuredCloneSafe<V>(v: V): V {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as V);
}
