/**
 * `Worksheet.charts` (ExcelApi 1.1; `getItemOrNullObject` 1.4): a sheet's charts, recorded and not
 * drawn. Real Excel, imitated here: `charts.add(type, sourceData, seriesBy)` makes a chart of the
 * range's figures at once, named « Chart N » (N one more than the highest such number on the sheet),
 * 360 × 216 points; `name`, `title.text`, `width` and `height` can be read and set; `setPosition(start,
 * end?)` places its top-left corner on a cell of its own sheet (and, with `end`, stretches it over the
 * cells up to `end`'s bottom-right corner); `delete()` removes it; `getItem(name)` finds it by name,
 * without case (the first of that name: Excel lets two charts share one). A chart on a protected sheet
 * cannot be added, changed or deleted (AccessDenied). Not imitated: the drawing itself, series,
 * axes, legends and formats (absent here), and charts following rows inserted or deleted above them
 * (a recorded chart keeps its source and position as given). Charts are not saved into the file.
 */
import { parseAddress, type Rect } from "../../register";
import { ClientResult, ProxyBase, RequestContextCore, loadNames, type LoadOption } from "../core";
import type { ChartDoc, SheetRef } from "../doc";
import { MemoryRange } from "./range";
import { checkWritable, docOf, invalidArgument } from "./shared";

type ChartTarget = { sheet: SheetRef; key: number };

/** Excel's size for a new chart: 5 by 3 inches. */
const DEFAULT_WIDTH = 360;
const DEFAULT_HEIGHT = 216;
const SERIES_BY = ["Auto", "Columns", "Rows"] as const;
const CHART_SCALARS = ["id", "name", "chartType", "width", "height"] as const;

function chartOf(ctx: RequestContextCore, t: ChartTarget): ChartDoc | null {
  const doc = docOf(ctx);
  if (!doc.has(t.sheet)) return null;
  return doc.charts(t.sheet).find((c) => c.key === t.key) ?? null;
}

function readChart(c: ChartDoc, name: string): unknown {
  switch (name) {
    case "id":
      return `{chart-${c.key}}`;
    case "name":
      return c.name;
    case "chartType":
      return c.type;
    case "width":
      return c.width;
    case "height":
      return c.height;
    default:
      return undefined;
  }
}

/** `chart.title`: its text only. */
export class MemoryChartTitle extends ProxyBase<ChartTarget> {
  protected readonly typeName = "ChartTitle";
  protected readonly scalarProperties = ["text"] as const;

  protected readProperty(t: ChartTarget, name: string): unknown {
    return name === "text" ? (chartOf(this.context, t)?.title ?? null) : undefined;
  }

  get text(): string {
    return this.get("text");
  }
  set text(text: string) {
    this.queue("text", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "ChartTitle.text");
      if (typeof text !== "string") throw invalidArgument("ChartTitle.text");
      doc.updateChart(t.sheet, t.key, { title: text });
    });
  }
}

export class MemoryChart extends ProxyBase<ChartTarget> {
  protected readonly typeName = "Chart";
  protected readonly scalarProperties = CHART_SCALARS;
  readonly title: MemoryChartTitle;

  constructor(context: RequestContextCore, resolver: () => ChartTarget | null, nullable = false) {
    super(context, resolver, nullable);
    this.title = new MemoryChartTitle(context, () => this.target("Chart.title"));
  }

  protected override stillValid(t: ChartTarget): boolean {
    return chartOf(this.context, t) !== null;
  }

  protected readProperty(t: ChartTarget, name: string): unknown {
    const c = chartOf(this.context, t);
    return c ? readChart(c, name) : null;
  }

  get id(): string {
    return this.get("id");
  }
  get name(): string {
    return this.get("name");
  }
  set name(name: string) {
    this.change("name", (t) => {
      if (typeof name !== "string" || name.trim() === "" || name.length > 255) throw invalidArgument("Chart.name");
      docOf(this.context).updateChart(t.sheet, t.key, { name });
    });
  }
  get chartType(): string {
    return this.get("chartType");
  }
  get width(): number {
    return this.get("width");
  }
  set width(points: number) {
    this.change("width", (t) => docOf(this.context).updateChart(t.sheet, t.key, { width: positive(points, "Chart.width") }));
  }
  get height(): number {
    return this.get("height");
  }
  set height(points: number) {
    this.change("height", (t) => docOf(this.context).updateChart(t.sheet, t.key, { height: positive(points, "Chart.height") }));
  }

  /** Places the chart over cells of its own sheet (a range or an address such as `"H2"`). */
  setPosition(startCell: MemoryRange | string, endCell?: MemoryRange | string): void {
    this.change("setPosition", (t) => {
      const start = this.cellsOf(t, startCell);
      const end = endCell === undefined ? null : this.cellsOf(t, endCell);
      const doc = docOf(this.context);
      const patch: Parameters<typeof doc.updateChart>[2] = { position: { start, end } };
      if (end) {
        // Stretched from the start's top-left corner to the end's bottom-right corner, as Excel does.
        if (end.bottom < start.top || end.right < start.left) throw invalidArgument("Chart.setPosition");
        let width = 0;
        for (let c = start.left; c <= end.right; c++) width += doc.columnWidth(t.sheet, c);
        let height = 0;
        for (let r = start.top; r <= end.bottom; r++) height += doc.rowHeight(t.sheet, r);
        patch.width = width;
        patch.height = height;
      }
      doc.updateChart(t.sheet, t.key, patch);
    });
  }

  delete(): void {
    this.change("delete", (t) => docOf(this.context).deleteChart(t.sheet, t.key));
  }

  private change(location: string, run: (t: ChartTarget) => void): void {
    this.queue(location, (t) => {
      checkWritable(docOf(this.context), t.sheet, `Chart.${location}`);
      run(t);
    });
  }

  private cellsOf(t: ChartTarget, cell: MemoryRange | string): Rect {
    if (typeof cell === "string") {
      const rect = parseAddress(cell);
      if (!rect) throw invalidArgument("Chart.setPosition");
      return rect;
    }
    const r = cell.target("Chart.setPosition");
    if (r.sheet.key !== t.sheet.key) throw invalidArgument("Chart.setPosition");
    return r.rect;
  }
}

function positive(points: number, location: string): number {
  if (typeof points !== "number" || !Number.isFinite(points) || points <= 0) throw invalidArgument(location);
  return points;
}

export class MemoryChartCollection extends ProxyBase<SheetRef> {
  protected readonly typeName = "ChartCollection";
  protected readonly scalarProperties = ["items", "count"] as const;
  private loadedItems: MemoryChart[] | null = null;

  protected override stillValid(t: SheetRef): boolean {
    return docOf(this.context).has(t);
  }

  protected readProperty(sheet: SheetRef, name: string): unknown {
    return name === "count" ? docOf(this.context).charts(sheet).length : undefined;
  }

  /** `load("items/name")`, `load("name, chartType")` (the same), `load()`: every scalar of every chart. */
  override load(option?: LoadOption): this {
    const names = loadNames(option)
      .map((n) => (n.startsWith("items/") ? n.slice(6) : n))
      .filter((n) => n !== "items");
    const props = names.length > 0 ? names : CHART_SCALARS.slice();
    this.context.enqueue("ChartCollection.load", () => {
      const sheet = this.target("ChartCollection.load");
      for (const p of props) {
        if (!(CHART_SCALARS as readonly string[]).includes(p)) throw invalidArgument("ChartCollection.load", `The property '${p}' is not available on Chart.`);
      }
      const rows = docOf(this.context)
        .charts(sheet)
        .map((c) => ({ key: c.key, values: new Map(props.map((p) => [p, readChart(c, p)] as const)) }));
      return {
        commit: () => {
          this.loadedItems = rows.map(({ key, values }) => {
            const chart = new MemoryChart(this.context, () => ({ sheet, key }));
            chart.setLoaded(values);
            return chart;
          });
        },
        bytes: () => JSON.stringify(rows.map((r) => Array.from(r.values.values()))).length,
      };
    });
    return this;
  }

  get items(): MemoryChart[] {
    if (!this.loadedItems) return this.get("items");
    return this.loadedItems;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("ChartCollection.getCount", () => {
      const n = docOf(this.context).charts(this.target("ChartCollection.getCount")).length;
      return { commit: () => result.set(n), bytes: () => 8 };
    });
    return result;
  }

  /**
   * A new chart of `sourceData`'s figures, on this sheet (its source may be on another sheet of the
   * workbook). `type` is Office.js's ChartType name; "Invalid" fails with InvalidArgument.
   */
  add(type: string, sourceData: MemoryRange, seriesBy: (typeof SERIES_BY)[number] = "Auto"): MemoryChart {
    const slot: { t?: ChartTarget } = {};
    this.queue("add", (sheet) => {
      const doc = docOf(this.context);
      checkWritable(doc, sheet, "ChartCollection.add");
      if (typeof type !== "string" || type === "" || type === "Invalid" || !SERIES_BY.includes(seriesBy)) throw invalidArgument("ChartCollection.add");
      if (!(sourceData instanceof MemoryRange)) throw invalidArgument("ChartCollection.add");
      const source = sourceData.target("ChartCollection.add");
      const taken = doc
        .charts(sheet)
        .map((c) => /^Chart (\d+)$/.exec(c.name))
        .filter((m): m is RegExpExecArray => m !== null)
        .map((m) => Number(m[1]));
      const made = doc.addChart(sheet, {
        name: `Chart ${Math.max(0, ...taken) + 1}`,
        type,
        source: { sheet: source.sheet, rect: { ...source.rect } },
        seriesBy,
        title: "",
        position: null,
        width: DEFAULT_WIDTH,
        height: DEFAULT_HEIGHT,
      });
      slot.t = { sheet, key: made.key };
    });
    return new MemoryChart(this.context, () => slot.t ?? null);
  }

  private find(name: string): ChartTarget | null {
    const sheet = this.tryResolve();
    if (sheet === null) return null;
    const found = docOf(this.context)
      .charts(sheet)
      .find((c) => c.name.toLowerCase() === name.toLowerCase());
    return found ? { sheet, key: found.key } : null;
  }

  /** The first chart of that name (ItemNotFound when none, when the batch uses it). */
  getItem(name: string): MemoryChart {
    return new MemoryChart(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): MemoryChart {
    return new MemoryChart(this.context, () => this.find(name), true);
  }
}
