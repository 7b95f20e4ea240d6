/** `new Excel.RequestContext()` over the in-memory Excel's engine. */
import { RequestContextCore, type Engine } from "../core";
import { MemoryWorkbook } from "./workbook";

export class MemoryRequestContext extends RequestContextCore {
  readonly workbook: MemoryWorkbook;
  constructor(engine: Engine) {
    super(engine);
    this.workbook = new MemoryWorkbook(this);
  }
}
