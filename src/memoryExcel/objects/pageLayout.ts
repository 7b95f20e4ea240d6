/**
 * `Worksheet.pageLayout` (ExcelApi 1.9): orientation, paper, zoom (scale or fit to pages), print area,
 * rows repeated at the top of each page, and the centre of the header and footer of every page
 * (`headersFooters.defaultForAllPages.centerHeader` / `centerFooter`).
 *
 * Real Excel, imitated here: `zoom` takes either `{ scale }` (10 to 400) or fit-to-pages counts, 0
 * standing for "as many as needed"; `setPrintArea` and `setPrintTitleRows` take a range or an
 * address (`"A1:F40"`, `"$1:$3"`), the title rows being whole rows; header and footer texts keep
 * Excel's codes (`&P` page number, `&N` page count, `&&` a plain "&"). Paper types other than
 * Letter, Legal, A3, A4 and A5, margins, several print areas at once and the first-page or even-page
 * headers are not imitated (NotImplemented).
 */
import { isEntireRows, parseAddress } from "../../register";
import { ProxyBase, type RequestContextCore } from "../core";
import type { PageLayoutDoc, SheetRef } from "../doc";
import { RichApiError } from "../errors";
import { MemoryRange } from "./range";
import { checkWritable, docOf, invalidArgument } from "./shared";

const PAPERS = ["Letter", "Legal", "A3", "A4", "A5"];

function rectArgument(value: MemoryRange | string, sheet: SheetRef, location: string): ReturnType<typeof parseAddress> {
  if (typeof value === "string") {
    if (value.includes(",")) throw new RichApiError("NotImplemented", "Several areas at once are not imitated by the in-memory Excel.", location);
    return parseAddress(value.replace(/\$/g, ""));
  }
  const t = value.target(location);
  if (t.sheet.key !== sheet.key) throw invalidArgument(location);
  return t.rect;
}

/** `headersFooters.defaultForAllPages`: the centre sections. */
class MemoryHeaderFooter extends ProxyBase<SheetRef> {
  protected readonly typeName = "HeaderFooter";
  protected readonly scalarProperties = ["centerHeader", "centerFooter"] as const;

  protected readProperty(sheet: SheetRef, name: string): unknown {
    const layout = docOf(this.context).pageLayout(sheet);
    return name === "centerHeader" ? layout.centerHeader : name === "centerFooter" ? layout.centerFooter : undefined;
  }

  private change(location: string, patch: Partial<PageLayoutDoc>): void {
    this.queue(location, (sheet) => {
      checkWritable(docOf(this.context), sheet, `HeaderFooter.${location}`);
      docOf(this.context).setPageLayout(sheet, patch);
    });
  }

  get centerHeader(): string {
    return this.get("centerHeader");
  }
  set centerHeader(text: string) {
    this.change("centerHeader", { centerHeader: String(text) });
  }
  get centerFooter(): string {
    return this.get("centerFooter");
  }
  set centerFooter(text: string) {
    this.change("centerFooter", { centerFooter: String(text) });
  }
}

class MemoryHeaderFooterGroup {
  readonly defaultForAllPages: MemoryHeaderFooter;
  constructor(context: RequestContextCore, resolver: () => SheetRef | null) {
    this.defaultForAllPages = new MemoryHeaderFooter(context, resolver);
  }
}

export class MemoryPageLayout extends ProxyBase<SheetRef> {
  protected readonly typeName = "PageLayout";
  protected readonly scalarProperties = ["orientation", "paperSize", "zoom"] as const;
  readonly headersFooters: MemoryHeaderFooterGroup;

  constructor(context: RequestContextCore, resolver: () => SheetRef | null) {
    super(context, resolver);
    this.headersFooters = new MemoryHeaderFooterGroup(context, () => this.target("PageLayout.headersFooters"));
  }

  protected readProperty(sheet: SheetRef, name: string): unknown {
    const layout = docOf(this.context).pageLayout(sheet);
    switch (name) {
      case "orientation":
        return layout.orientation;
      case "paperSize":
        return layout.paperSize;
      case "zoom":
        return { ...layout.zoom };
      default:
        return undefined;
    }
  }

  private change(location: string, patch: (sheet: SheetRef) => Partial<PageLayoutDoc>): void {
    this.queue(location, (sheet) => {
      const doc = docOf(this.context);
      checkWritable(doc, sheet, `PageLayout.${location}`);
      doc.setPageLayout(sheet, patch(sheet));
    });
  }

  get orientation(): string {
    return this.get("orientation");
  }
  set orientation(orientation: "Portrait" | "Landscape") {
    this.change("orientation", () => {
      if (orientation !== "Portrait" && orientation !== "Landscape") throw invalidArgument("PageLayout.orientation");
      return { orientation };
    });
  }
  get paperSize(): string | null {
    return this.get("paperSize");
  }
  set paperSize(paper: string) {
    this.change("paperSize", () => {
      if (!PAPERS.includes(paper)) throw new RichApiError("NotImplemented", `Paper ${paper} is not imitated by the in-memory Excel.`, "PageLayout.paperSize");
      return { paperSize: paper };
    });
  }
  get zoom(): PageLayoutDoc["zoom"] {
    return this.get("zoom");
  }
  set zoom(zoom: PageLayoutDoc["zoom"]) {
    this.change("zoom", () => {
      const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
      if (zoom.scale !== undefined) {
        if (fit || !(zoom.scale >= 10 && zoom.scale <= 400)) throw invalidArgument("PageLayout.zoom");
        return { zoom: { scale: zoom.scale } };
      }
      const h = zoom.horizontalFitToPages ?? 0;
      const v = zoom.verticalFitToPages ?? 0;
      if (!fit || !Number.isInteger(h) || !Number.isInteger(v) || h < 0 || v < 0) throw invalidArgument("PageLayout.zoom");
      return { zoom: { horizontalFitToPages: h, verticalFitToPages: v } };
    });
  }

  setPrintArea(printArea: MemoryRange | string): void {
    this.change("setPrintArea", (sheet) => {
      const rect = rectArgument(printArea, sheet, "PageLayout.setPrintArea");
      if (!rect) throw invalidArgument("PageLayout.setPrintArea");
      return { printArea: rect };
    });
  }

  setPrintTitleRows(printTitleRows: MemoryRange | string): void {
    this.change("setPrintTitleRows", (sheet) => {
      const rect = rectArgument(printTitleRows, sheet, "PageLayout.setPrintTitleRows");
      if (!rect || !isEntireRows(rect)) throw invalidArgument("PageLayout.setPrintTitleRows");
      return { printTitleRows: { first: rect.top, last: rect.bottom } };
    });
  }

  /** The print area, a null object when the sheet has none (real Excel gives RangeAreas; one area here). */
  getPrintAreaOrNullObject(): MemoryRange {
    return new MemoryRange(
      this.context,
      () => {
        const sheet = this.target("PageLayout.getPrintAreaOrNullObject");
        const rect = docOf(this.context).pageLayout(sheet).printArea;
        return rect ? { sheet, rect } : null;
      },
      true,
    );
  }
}
