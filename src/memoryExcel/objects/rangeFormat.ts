/** `Range.format`, minimal: what a report sheet may use. */
import { ProxyBase } from "../core";
import { RichApiError } from "../errors";
import { boundedRect, docOf, type RangeTarget } from "./shared";

export class MemoryRangeFormat extends ProxyBase<RangeTarget> {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarProperties = ["rowHeight", "columnWidth", "wrapText"] as const;

  protected readProperty(t: RangeTarget, name: string): unknown {
    const doc = docOf(this.context);
    switch (name) {
      case "rowHeight":
        return doc.rowHeight(t.sheet, t.rect.top);
      case "columnWidth":
        return doc.columnWidth(t.sheet, t.rect.left);
      case "wrapText":
        return doc.style(t.sheet, t.rect.top, t.rect.left).wrapText;
      default:
        return undefined;
    }
  }

  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(points: number) {
    this.queue("rowHeight", (t) => {
      for (let r = t.rect.top; r <= Math.min(t.rect.bottom, t.rect.top + 10_000); r++) docOf(this.context).setRowHeight(t.sheet, r, points);
    });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.queue("columnWidth", (t) => {
      for (let c = t.rect.left; c <= Math.min(t.rect.right, t.rect.left + 1000); c++) docOf(this.context).setColumnWidth(t.sheet, c, points);
    });
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.queue("wrapText", (t) => this.eachCell(t, (row, col) => docOf(this.context).setStyle(t.sheet, row, col, { wrapText: wrap })));
  }

  private eachCell(t: RangeTarget, f: (row: number, col: number) => void): void {
    const r = boundedRect(docOf(this.context), t);
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(row, col);
  }

  get font(): { bold: boolean } {
    const setBold = (b: boolean): void =>
      this.queue("font.bold", (t) => this.eachCell(t, (row, col) => docOf(this.context).setStyle(t.sheet, row, col, { bold: b })));
    return {
      set bold(b: boolean) {
        setBold(b);
      },
      get bold(): boolean {
        throw new RichApiError("NotImplemented", "Reading font.bold is not imitated.");
      },
    };
  }

  get fill(): { color: string } {
    const setColor = (c: string): void =>
      this.queue("fill.color", (t) => this.eachCell(t, (row, col) => docOf(this.context).setStyle(t.sheet, row, col, { fillColor: c })));
    return {
      set color(c: string) {
        setColor(c);
      },
      get color(): string {
        throw new RichApiError("NotImplemented", "Reading fill.color is not imitated.");
      },
    };
  }
}
