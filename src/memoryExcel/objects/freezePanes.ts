/**
 * `Worksheet.freezePanes` (ExcelApi 1.7). Real Excel, imitated here: `freezeRows(n)` freezes the top
 * n rows and `freezeColumns(n)` the left n columns (whether Excel then keeps what was frozen the
 * other way is not documented: the imitation keeps it, and the Office adapter unfreezes first so
 * that its result does not depend on it); `freezeAt(range)` freezes the rows above and the columns left of the cell after the range's
 * bottom-right corner (the range's own rows and columns, counted from A1); `unfreeze()` removes
 * both; 0 rows (or columns) unfreezes that way. A count outside the sheet fails with InvalidArgument.
 */
import { MAX_COLS, MAX_ROWS, parseAddress } from "../../register";
import { ProxyBase } from "../core";
import type { SheetRef } from "../doc";
import { docOf, invalidArgument } from "./shared";
import { MemoryRange } from "./range";

export class MemoryWorksheetFreezePanes extends ProxyBase<SheetRef> {
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly scalarProperties = [] as const;

  protected readProperty(): unknown {
    return undefined;
  }

  private set(location: string, next: (current: { rows: number; columns: number }) => { rows: number; columns: number }): void {
    this.queue(location, (sheet) => {
      const doc = docOf(this.context);
      const { rows, columns } = next(doc.frozen(sheet));
      if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 0 || columns < 0 || rows >= MAX_ROWS || columns >= MAX_COLS) {
        throw invalidArgument(`WorksheetFreezePanes.${location}`);
      }
      doc.setFrozen(sheet, rows, columns);
    });
  }

  freezeRows(count = 1): void {
    this.set("freezeRows", (c) => ({ rows: count, columns: c.columns }));
  }

  freezeColumns(count = 1): void {
    this.set("freezeColumns", (c) => ({ rows: c.rows, columns: count }));
  }

  freezeAt(frozenRange: MemoryRange | string): void {
    this.queue("freezeAt", (sheet) => {
      const rect = typeof frozenRange === "string" ? parseAddress(frozenRange) : frozenRange.target("WorksheetFreezePanes.freezeAt").rect;
      if (!rect || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLS) throw invalidArgument("WorksheetFreezePanes.freezeAt");
      docOf(this.context).setFrozen(sheet, rect.bottom, rect.right);
    });
  }

  unfreeze(): void {
    this.set("unfreeze", () => ({ rows: 0, columns: 0 }));
  }

  /** The frozen cells (top-left pane), a null object when nothing is frozen. */
  getLocationOrNullObject(): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this.target("WorksheetFreezePanes.getLocationOrNullObject");
        const { rows, columns } = docOf(this.context).frozen(sheet);
        if (rows === 0 && columns === 0) return null;
        return { sheet, rect: { top: 1, left: 1, bottom: rows === 0 ? MAX_ROWS : rows, right: columns === 0 ? MAX_COLS : columns } };
      },
      true,
    );
  }
}
