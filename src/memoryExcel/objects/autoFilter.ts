/**
 * `Worksheet.autoFilter` (ExcelApi 1.9). Real Excel, imitated here: one filter per sheet; `apply(range)`
 * puts the filter buttons on the range's first row and replaces the sheet's filter; `remove()` takes
 * it away; `enabled` says whether the sheet has one. Criteria (`apply(range, column, criteria)`) are
 * not imitated (NotImplemented). Real Excel may grow a one-row range to the data below it; the
 * in-memory Excel keeps the range as given.
 */
import { parseAddress } from "../../register";
import { ProxyBase } from "../core";
import type { SheetRef } from "../doc";
import { RichApiError } from "../errors";
import { MemoryRange } from "./range";
import { checkWritable, docOf, invalidArgument } from "./shared";

export class MemoryAutoFilter extends ProxyBase<SheetRef> {
  protected readonly typeName = "AutoFilter";
  protected readonly scalarProperties = ["enabled", "isDataFiltered"] as const;

  protected readProperty(sheet: SheetRef, name: string): unknown {
    switch (name) {
      case "enabled":
        return docOf(this.context).autoFilter(sheet) !== null;
      case "isDataFiltered":
        return false;
      default:
        return undefined;
    }
  }

  get enabled(): boolean {
    return this.get("enabled");
  }
  get isDataFiltered(): boolean {
    return this.get("isDataFiltered");
  }

  apply(range: MemoryRange | string, columnIndex?: number, criteria?: unknown): void {
    this.queue("apply", (sheet) => {
      const doc = docOf(this.context);
      checkWritable(doc, sheet, "AutoFilter.apply");
      if (columnIndex !== undefined || criteria !== undefined) {
        throw new RichApiError("NotImplemented", "Filter criteria are not imitated by the in-memory Excel.", "AutoFilter.apply");
      }
      let rect;
      if (typeof range === "string") {
        rect = parseAddress(range);
      } else {
        const t = range.target("AutoFilter.apply");
        if (t.sheet.key !== sheet.key) throw invalidArgument("AutoFilter.apply");
        rect = t.rect;
      }
      if (!rect) throw invalidArgument("AutoFilter.apply");
      doc.setAutoFilter(sheet, rect);
    });
  }

  remove(): void {
    this.queue("remove", (sheet) => {
      const doc = docOf(this.context);
      checkWritable(doc, sheet, "AutoFilter.remove");
      doc.setAutoFilter(sheet, null);
    });
  }

  getRangeOrNullObject(): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this.target("AutoFilter.getRangeOrNullObject");
        const rect = docOf(this.context).autoFilter(sheet);
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
}
