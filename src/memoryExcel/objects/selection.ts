/** Where a click lands: Excel selects merged areas whole. */
import { growToMerges, parseAddress, splitSheet } from "../../register";
import type { Doc, Rect, SheetRef } from "../doc";
import { RichApiError } from "../errors";

/** The selection a click on (sheet, address) makes, grown to the merged areas it touches. */
export function selectionFor(doc: Doc, sheet: SheetRef, address: string): Rect {
  const rect = parseAddress(splitSheet(address).local);
  if (!rect) throw new RichApiError("InvalidArgument", `Adresse invalide : ${address}`);
  return growToMerges(rect, doc.merges(sheet));
}
