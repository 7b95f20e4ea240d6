/** `new Excel.RequestContext()` over the in-memory Excel's engine. */
import { RequestContextCore, type Engine } from "../core";
import { MemoryRuntime } from "./runtime";
import { MemoryWorkbook } from "./workbook";

export class MemoryRequestContext extends RequestContextCore {
  readonly workbook: MemoryWorkbook;
  /** ExcelApi 1.5 (its `enableEvents`: 1.8). */
  readonly runtime: MemoryRuntime;
  constructor(engine: Engine) {
    super(engine);
    this.workbook = new MemoryWorkbook(this);
    this.runtime = new MemoryRuntime(this);
  }
}
