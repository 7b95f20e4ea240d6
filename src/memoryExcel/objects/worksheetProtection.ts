/** `Worksheet.protection`: read only; the in-memory Excel never protects a sheet itself. */
import { ProxyBase } from "../core";
import type { SheetRef } from "../doc";
import { docOf } from "./shared";

export class MemoryWorksheetProtection extends ProxyBase<SheetRef> {
  protected readonly typeName = "WorksheetProtection";
  protected readonly scalarProperties = ["protected"] as const;
  protected readProperty(t: SheetRef, name: string): unknown {
    return name === "protected" ? docOf(this.context).isProtected(t) : undefined;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}
