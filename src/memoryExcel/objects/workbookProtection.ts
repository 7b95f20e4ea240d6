/** `workbook.protection`: read only; the in-memory Excel never protects a workbook. */
import { ProxyBase, RequestContextCore } from "../core";

export class MemoryWorkbookProtection extends ProxyBase<true> {
  protected readonly typeName = "WorkbookProtection";
  protected readonly scalarProperties = ["protected"] as const;
  constructor(context: RequestContextCore) {
    super(context, () => true);
  }
  protected readProperty(_t: true, name: string): unknown {
    return name === "protected" ? false : undefined;
  }
  get protected(): boolean {
    return this.get("protected");
  }
}
