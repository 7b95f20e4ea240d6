/**
 * `Range.format` and what hangs from it: `font`, `fill`, `borders` (ExcelApi 1.1), row height and
 * column width (1.2), alignment and wrapping (1.1).
 *
 * Real Excel, imitated here: a setter applies to every cell of the range (a whole row or column only
 * up to the used cells, where the imitation stops visiting); a getter gives the common value of the
 * cells, or null when they differ; colours are read as `#RRGGBB` in capitals; a cell without fill reads
 * `#FFFFFF` and an automatic font colour `#000000`.
 */
import { ProxyBase, type RequestContextCore } from "../core";
import type { BorderDoc, BorderSide, CellStyleDoc, CellStylePatch, HorizontalAlignment, Rect, VerticalAlignment } from "../doc";
import { RichApiError } from "../errors";
import { boundedRect, checkWritable, docOf, invalidArgument, type RangeTarget } from "./shared";

const ALIGNMENTS: readonly HorizontalAlignment[] = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL_ALIGNMENTS: readonly VerticalAlignment[] = ["Top", "Center", "Bottom", "Justify", "Distributed"];

/** `#RGB`-less colours Excel takes by name, as far as the add-in could use them; else `#RRGGBB`. */
const NAMED_COLORS: Record<string, string> = { black: "#000000", white: "#FFFFFF", red: "#FF0000", green: "#008000", blue: "#0000FF", yellow: "#FFFF00" };

/** Excel takes `#RRGGBB` or an HTML colour name; anything else fails the batch with InvalidArgument. */
export function colorArgument(value: unknown, location: string): string {
  if (typeof value !== "string") throw invalidArgument(location);
  const named = NAMED_COLORS[value.toLowerCase()];
  if (named) return named;
  if (!/^#[0-9A-Fa-f]{6}$/.test(value)) throw invalidArgument(location);
  return value.toUpperCase();
}

/** The common value of `read` over the cells of the range, or null when they differ. */
function common<V>(ctx: RequestContextCore, t: RangeTarget, read: (s: CellStyleDoc) => V): V | null {
  const doc = docOf(ctx);
  const r = boundedRect(doc, t);
  let first: { v: V } | null = null;
  for (let row = r.top; row <= Math.max(r.top, r.bottom); row++) {
    for (let col = r.left; col <= Math.max(r.left, r.right); col++) {
      const v = read(doc.style(t.sheet, row, col));
      if (!first) first = { v };
      else if (JSON.stringify(first.v) !== JSON.stringify(v)) return null;
    }
  }
  return first ? first.v : null;
}

/** Queues a style change on every cell of the range. */
function queueStyle(proxy: StyleProxy, location: string, patch: (row: number, col: number, r: Rect) => CellStylePatch | null): void {
  proxy.queueOnRange(location, (t) => {
    const doc = docOf(proxy.context);
    checkWritable(doc, t.sheet, location);
    const r = boundedRect(doc, t);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++) {
        const p = patch(row, col, t.rect);
        if (p) doc.setStyle(t.sheet, row, col, p);
      }
    }
  });
}

abstract class StyleProxy extends ProxyBase<RangeTarget> {
  /** @internal */
  queueOnRange(location: string, run: (t: RangeTarget) => void): void {
    this.queue(location, run);
  }
}

export class MemoryRangeFont extends StyleProxy {
  protected readonly typeName = "RangeFont";
  protected readonly scalarProperties = ["bold", "italic", "color", "size"] as const;

  protected readProperty(t: RangeTarget, name: string): unknown {
    switch (name) {
      case "bold":
        return common(this.context, t, (s) => s.bold);
      case "italic":
        return common(this.context, t, (s) => s.italic);
      case "size":
        return common(this.context, t, (s) => s.fontSize);
      case "color":
        return common(this.context, t, (s) => s.fontColor ?? "#000000");
      default:
        return undefined;
    }
  }

  get bold(): boolean | null {
    return this.get("bold");
  }
  set bold(bold: boolean) {
    queueStyle(this, "bold", () => ({ bold: Boolean(bold) }));
  }
  get italic(): boolean | null {
    return this.get("italic");
  }
  set italic(italic: boolean) {
    queueStyle(this, "italic", () => ({ italic: Boolean(italic) }));
  }
  get size(): number | null {
    return this.get("size");
  }
  set size(size: number) {
    queueStyle(this, "size", () => ({ fontSize: Number(size) }));
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(color: string) {
    queueStyle(this, "color", () => ({ fontColor: colorArgument(color, "RangeFont.color") }));
  }
}

export class MemoryRangeFill extends StyleProxy {
  protected readonly typeName = "RangeFill";
  protected readonly scalarProperties = ["color"] as const;

  protected readProperty(t: RangeTarget, name: string): unknown {
    return name === "color" ? common(this.context, t, (s) => s.fillColor ?? "#FFFFFF") : undefined;
  }

  get color(): string | null {
    return this.get("color");
  }
  set color(color: string) {
    queueStyle(this, "color", () => ({ fillColor: colorArgument(color, "RangeFill.color") }));
  }

  /** Removes the fill. */
  clear(): void {
    queueStyle(this, "clear", () => ({ fillColor: null }));
  }
}

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";
const BORDER_INDEXES: readonly BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal"];
const BORDER_STYLES = ["None", "Continuous", "Dash", "Dot", "Double"] as const;
const BORDER_WEIGHTS = ["Hairline", "Thin", "Medium", "Thick"] as const;

/**
 * The cell sides one border index stands for at (row, col) of `r`: an edge is the outer side of the
 * cells along it; an inside line is both sides of each line between two cells (Excel writes it on
 * both cells); none outside that.
 */
function sidesAt(index: BorderIndex, r: Rect, row: number, col: number): BorderSide[] {
  switch (index) {
    case "EdgeTop":
      return row === r.top ? ["top"] : [];
    case "EdgeBottom":
      return row === r.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return col === r.left ? ["left"] : [];
    case "EdgeRight":
      return col === r.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(row > r.top ? ["top" as const] : []), ...(row < r.bottom ? ["bottom" as const] : [])];
    case "InsideVertical":
      return [...(col > r.left ? ["left" as const] : []), ...(col < r.right ? ["right" as const] : [])];
  }
}

/**
 * One border of a range (`borders.getItem("EdgeTop")`). Real Excel: setting `style` to a line gives
 * it the current weight (Thin by default) and automatic colour; "None" removes it; setting `weight`
 * or `color` on a side without a line draws a continuous one. An inside index on a range of one row
 * (InsideHorizontal) or one column (InsideVertical) fails with InvalidArgument.
 */
export class MemoryRangeBorder extends StyleProxy {
  protected readonly typeName = "RangeBorder";
  protected readonly scalarProperties = ["sideIndex", "style", "weight", "color"] as const;
  private readonly index: BorderIndex;

  constructor(context: RequestContextCore, resolver: () => RangeTarget | null, index: BorderIndex) {
    super(context, resolver);
    this.index = index;
  }

  private firstSide(t: RangeTarget): BorderDoc | null {
    const r = t.rect;
    const row = this.index === "EdgeBottom" ? r.bottom : r.top;
    const col = this.index === "EdgeRight" ? r.right : r.left;
    const side = sidesAt(this.index, r, row, col)[0];
    return side ? docOf(this.context).style(t.sheet, row, col).borders[side] : null;
  }

  protected readProperty(t: RangeTarget, name: string): unknown {
    const b = this.firstSide(t);
    switch (name) {
      case "sideIndex":
        return this.index;
      case "style":
        return b ? b.style : "None";
      case "weight":
        return b ? b.weight : "Thin";
      case "color":
        return b?.color ?? "#000000";
      default:
        return undefined;
    }
  }

  private change(location: string, next: (current: BorderDoc | null) => BorderDoc | null): void {
    const index = this.index;
    this.queueOnRange(location, (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, `RangeBorder.${location}`);
      const r = boundedRect(doc, t);
      if ((index === "InsideHorizontal" && t.rect.top === t.rect.bottom) || (index === "InsideVertical" && t.rect.left === t.rect.right)) {
        throw invalidArgument(`RangeBorder.${location}`);
      }
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          const sides = sidesAt(index, t.rect, row, col);
          if (sides.length === 0) continue;
          const current = doc.style(t.sheet, row, col).borders;
          const borders: Partial<Record<BorderSide, BorderDoc | null>> = {};
          for (const side of sides) borders[side] = next(current[side]);
          doc.setStyle(t.sheet, row, col, { borders });
        }
      }
    });
  }

  get sideIndex(): BorderIndex {
    return this.get("sideIndex");
  }
  get style(): string {
    return this.get("style");
  }
  set style(style: (typeof BORDER_STYLES)[number]) {
    if (!BORDER_STYLES.includes(style))
      throw new RichApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "RangeBorder.style");
    this.change("style", (c) => (style === "None" ? null : { style, weight: c?.weight ?? "Thin", color: c?.color ?? null }));
  }
  get weight(): string {
    return this.get("weight");
  }
  set weight(weight: (typeof BORDER_WEIGHTS)[number]) {
    if (!BORDER_WEIGHTS.includes(weight))
      throw new RichApiError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.", "RangeBorder.weight");
    this.change("weight", (c) => ({ style: c?.style ?? "Continuous", weight, color: c?.color ?? null }));
  }
  get color(): string {
    return this.get("color");
  }
  set color(color: string) {
    this.change("color", (c) => ({ style: c?.style ?? "Continuous", weight: c?.weight ?? "Thin", color: colorArgument(color, "RangeBorder.color") }));
  }
}

/** `format.borders`: `getItem(index)` for each of the six lines. */
export class MemoryRangeBorderCollection extends StyleProxy {
  protected readonly typeName = "RangeBorderCollection";
  protected readonly scalarProperties = [] as const;

  protected readProperty(): unknown {
    return undefined;
  }

  getItem(index: BorderIndex): MemoryRangeBorder {
    if (!BORDER_INDEXES.includes(index)) throw invalidArgument("RangeBorderCollection.getItem");
    return new MemoryRangeBorder(this.context, () => this.target("RangeBorderCollection.getItem"), index);
  }
}

export class MemoryRangeFormat extends StyleProxy {
  protected readonly typeName = "RangeFormat";
  protected readonly scalarProperties = ["rowHeight", "columnWidth", "wrapText", "horizontalAlignment", "verticalAlignment"] as const;

  protected readProperty(t: RangeTarget, name: string): unknown {
    const doc = docOf(this.context);
    switch (name) {
      case "rowHeight":
        return doc.rowHeight(t.sheet, t.rect.top);
      case "columnWidth":
        return doc.columnWidth(t.sheet, t.rect.left);
      case "wrapText":
        return common(this.context, t, (s) => s.wrapText);
      case "horizontalAlignment":
        return common(this.context, t, (s) => s.horizontalAlignment);
      case "verticalAlignment":
        return common(this.context, t, (s) => s.verticalAlignment);
      default:
        return undefined;
    }
  }

  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(points: number) {
    this.queue("rowHeight", (t) => {
      // Real Excel: 0 to 409 points.
      if (typeof points !== "number" || !(points >= 0 && points <= 409)) throw invalidArgument("RangeFormat.rowHeight");
      for (let r = t.rect.top; r <= Math.min(t.rect.bottom, t.rect.top + 10_000); r++) docOf(this.context).setRowHeight(t.sheet, r, points);
    });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(points: number) {
    this.queue("columnWidth", (t) => {
      if (typeof points !== "number" || !(points >= 0)) throw invalidArgument("RangeFormat.columnWidth");
      for (let c = t.rect.left; c <= Math.min(t.rect.right, t.rect.left + 1000); c++) docOf(this.context).setColumnWidth(t.sheet, c, points);
    });
  }
  get wrapText(): boolean | null {
    return this.get("wrapText");
  }
  set wrapText(wrap: boolean) {
    queueStyle(this, "wrapText", () => ({ wrapText: Boolean(wrap) }));
  }
  get horizontalAlignment(): HorizontalAlignment | null {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(alignment: HorizontalAlignment) {
    queueStyle(this, "horizontalAlignment", () => {
      if (!ALIGNMENTS.includes(alignment)) throw invalidArgument("RangeFormat.horizontalAlignment");
      return { horizontalAlignment: alignment };
    });
  }
  get verticalAlignment(): VerticalAlignment | null {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(alignment: VerticalAlignment) {
    queueStyle(this, "verticalAlignment", () => {
      if (!VERTICAL_ALIGNMENTS.includes(alignment)) throw invalidArgument("RangeFormat.verticalAlignment");
      return { verticalAlignment: alignment };
    });
  }

  get font(): MemoryRangeFont {
    return new MemoryRangeFont(this.context, () => this.target("RangeFormat.font"));
  }
  get fill(): MemoryRangeFill {
    return new MemoryRangeFill(this.context, () => this.target("RangeFormat.fill"));
  }
  get borders(): MemoryRangeBorderCollection {
    return new MemoryRangeBorderCollection(this.context, () => this.target("RangeFormat.borders"));
  }
}
