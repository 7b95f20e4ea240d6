/**
 * `Range.conditionalFormats` (ExcelApi 1.6), for the two kinds the add-in makes: a cell-value rule
 * (`add("CellValue")`, `cellValue.rule = { formula1, operator }`) and a text rule
 * (`add("ContainsText")`, `textComparison.rule = { operator: "Contains", text }`), each with a fill
 * and a font colour (`….format.fill.color`, `….format.font.color`).
 *
 * Real Excel, imitated here: `add` makes the format at once, on the range's cells, and returns it;
 * its rule and format are set by later requests of the same batch. A formula of a cell-value rule
 * starts with "=" (`="En retard"`, `=0`). Other kinds (`add("Custom")`, data bars, icon sets…) fail
 * with NotImplemented here rather than doing something Excel would not. The in-memory Excel keeps a
 * format in the file once its rule is set.
 */
import { ClientResult, ProxyBase, type RequestContextCore } from "../core";
import type { ConditionalFormatDoc, SheetRef } from "../doc";
import { RichApiError } from "../errors";
import { colorArgument } from "./rangeFormat";
import { checkWritable, docOf, invalidArgument, type RangeTarget } from "./shared";

type CfTarget = { sheet: SheetRef; key: number };

const CELL_VALUE_OPERATORS = ["Between", "NotBetween", "EqualTo", "NotEqualTo", "GreaterThan", "LessThan", "GreaterThanOrEqual", "LessThanOrEqual"];

function cfOf(ctx: RequestContextCore, t: CfTarget): ConditionalFormatDoc {
  const cf = docOf(ctx)
    .conditionalFormats(t.sheet)
    .find((c) => c.key === t.key);
  if (!cf) throw new RichApiError("ItemNotFound", "The requested resource doesn't exist.", "ConditionalFormat");
  return cf;
}

/** `….format.fill` of a conditional format. */
class MemoryConditionalFill extends ProxyBase<CfTarget> {
  protected readonly typeName = "ConditionalRangeFill";
  protected readonly scalarProperties = ["color"] as const;
  protected readProperty(t: CfTarget, name: string): unknown {
    return name === "color" ? cfOf(this.context, t).fillColor : undefined;
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(color: string) {
    this.queue("color", (t) => docOf(this.context).updateConditionalFormat(t.sheet, t.key, { fillColor: colorArgument(color, "ConditionalRangeFill.color") }));
  }
}

/** `….format.font` of a conditional format (its colour only). */
class MemoryConditionalFont extends ProxyBase<CfTarget> {
  protected readonly typeName = "ConditionalRangeFont";
  protected readonly scalarProperties = ["color"] as const;
  protected readProperty(t: CfTarget, name: string): unknown {
    return name === "color" ? cfOf(this.context, t).fontColor : undefined;
  }
  get color(): string | null {
    return this.get("color");
  }
  set color(color: string) {
    this.queue("color", (t) => docOf(this.context).updateConditionalFormat(t.sheet, t.key, { fontColor: colorArgument(color, "ConditionalRangeFont.color") }));
  }
}

class MemoryConditionalRangeFormat {
  readonly fill: MemoryConditionalFill;
  readonly font: MemoryConditionalFont;
  constructor(context: RequestContextCore, resolver: () => CfTarget | null) {
    this.fill = new MemoryConditionalFill(context, resolver);
    this.font = new MemoryConditionalFont(context, resolver);
  }
}

/** `cellValue` or `textComparison`: a rule and a format. */
class MemoryRuleFormat extends ProxyBase<CfTarget> {
  protected readonly typeName: string;
  protected readonly scalarProperties = ["rule"] as const;
  readonly format: MemoryConditionalRangeFormat;
  private readonly kind: "CellValue" | "ContainsText";

  constructor(context: RequestContextCore, resolver: () => CfTarget | null, kind: "CellValue" | "ContainsText") {
    super(context, resolver);
    this.kind = kind;
    this.typeName = kind === "CellValue" ? "CellValueConditionalFormat" : "TextConditionalFormat";
    this.format = new MemoryConditionalRangeFormat(context, () => this.target(`${this.typeName}.format`));
  }

  protected readProperty(t: CfTarget, name: string): unknown {
    return name === "rule" ? cfOf(this.context, t).rule : undefined;
  }

  get rule(): ConditionalFormatDoc["rule"] {
    return this.get("rule");
  }
  set rule(rule: { formula1?: string; formula2?: string; operator: string; text?: string }) {
    this.queue("rule", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, `${this.typeName}.rule`);
      if (this.kind === "CellValue") {
        if (!CELL_VALUE_OPERATORS.includes(rule.operator) || typeof rule.formula1 !== "string" || rule.formula1 === "")
          throw invalidArgument(`${this.typeName}.rule`);
        if ((rule.operator === "Between" || rule.operator === "NotBetween") && typeof rule.formula2 !== "string")
          throw invalidArgument(`${this.typeName}.rule`);
        doc.updateConditionalFormat(t.sheet, t.key, { rule: { operator: rule.operator, formula1: rule.formula1, formula2: rule.formula2 } });
      } else {
        if (rule.operator !== "Contains") {
          throw new RichApiError("NotImplemented", "Only the Contains text rule is imitated by the in-memory Excel.", `${this.typeName}.rule`);
        }
        if (typeof rule.text !== "string") throw invalidArgument(`${this.typeName}.rule`);
        doc.updateConditionalFormat(t.sheet, t.key, { rule: { operator: "Contains", text: rule.text } });
      }
    });
  }
}

export class MemoryConditionalFormat extends ProxyBase<CfTarget> {
  protected readonly typeName = "ConditionalFormat";
  protected readonly scalarProperties = ["type"] as const;

  protected readProperty(t: CfTarget, name: string): unknown {
    return name === "type" ? cfOf(this.context, t).type : undefined;
  }

  get type(): string {
    return this.get("type");
  }

  /** The cell-value rule; on a format of another type, the batch fails with InvalidOperation (as in Excel). */
  get cellValue(): MemoryRuleFormat {
    return new MemoryRuleFormat(this.context, () => this.ofType("CellValue"), "CellValue");
  }

  get textComparison(): MemoryRuleFormat {
    return new MemoryRuleFormat(this.context, () => this.ofType("ContainsText"), "ContainsText");
  }

  private ofType(type: "CellValue" | "ContainsText"): CfTarget {
    const t = this.target("ConditionalFormat");
    if (cfOf(this.context, t).type !== type)
      throw new RichApiError("InvalidOperation", "This operation is not permitted for the current object.", "ConditionalFormat");
    return t;
  }
}

export class MemoryConditionalFormatCollection extends ProxyBase<RangeTarget> {
  protected readonly typeName = "ConditionalFormatCollection";
  protected readonly scalarProperties = [] as const;

  protected readProperty(): unknown {
    return undefined;
  }

  /** Office.js's ConditionalFormatType names; only "CellValue" and "ContainsText" are imitated. */
  add(type: string): MemoryConditionalFormat {
    const slot: { t?: CfTarget } = {};
    this.queue("add", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "ConditionalFormatCollection.add");
      if (type !== "CellValue" && type !== "ContainsText") {
        throw new RichApiError(
          "NotImplemented",
          `Conditional formats of type ${type} are not imitated by the in-memory Excel.`,
          "ConditionalFormatCollection.add",
        );
      }
      slot.t = { sheet: t.sheet, key: doc.addConditionalFormat(t.sheet, t.rect, type).key };
    });
    return new MemoryConditionalFormat(this.context, () => slot.t ?? null);
  }

  /** The number of conditional formats that apply to the range's cells. */
  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this.context.enqueue("ConditionalFormatCollection.getCount", () => {
      const t = this.target("ConditionalFormatCollection.getCount");
      const r = t.rect;
      const n = docOf(this.context)
        .conditionalFormats(t.sheet)
        .filter((c) => c.rect.top <= r.bottom && c.rect.bottom >= r.top && c.rect.left <= r.right && c.rect.right >= r.left).length;
      return { commit: () => result.set(n), bytes: () => 8 };
    });
    return result;
  }
}
