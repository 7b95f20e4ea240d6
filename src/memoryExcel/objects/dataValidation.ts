/** `Range.dataValidation` (ExcelApi 1.8): list rules as Excel reports and sets them. */
import { parseAddress, qualifiedAddress, splitSheet } from "../../register";
import { ProxyBase } from "../core";
import type { Doc, SheetRef, ValidationRuleDoc } from "../doc";
import { RichApiError } from "../errors";
import { MemoryRange } from "./range";
import { boundedRect, checkWritable, docOf, type RangeTarget } from "./shared";

const RULE_TYPES: Record<string, string> = {
  list: "List",
  whole: "WholeNumber",
  decimal: "Decimal",
  date: "Date",
  time: "Time",
  textLength: "TextLength",
  custom: "Custom",
  any: "None",
};

/**
 * `dataValidation.rule.list.source` as Excel gives it: an inline list without its quotes
 * (`Oui,Non`), or a formula with its leading `=` (`='5_-_Listes'!$F$2:$F$10`).
 */
function listSource(formula1: string | undefined): string {
  const f = (formula1 ?? "").trim();
  if (f.startsWith('"') && f.endsWith('"') && f.length >= 2) return f.slice(1, -1).replace(/""/g, '"');
  return f.startsWith("=") ? f : `=${f}`;
}

function ruleOf(rule: ValidationRuleDoc): Record<string, unknown> {
  if (rule.type === "list") return { list: { inCellDropDown: true, source: listSource(rule.formula1) } };
  const key = RULE_TYPES[rule.type];
  if (!key || key === "None") return {};
  const name = key.charAt(0).toLowerCase() + key.slice(1);
  return {
    [name]: {
      formula1: rule.formula1 === undefined ? undefined : `=${rule.formula1}`,
      formula2: rule.formula2 === undefined ? undefined : `=${rule.formula2}`,
    },
  };
}

export class MemoryDataValidation extends ProxyBase<RangeTarget> {
  protected readonly typeName = "DataValidation";
  protected readonly scalarProperties = ["type", "rule", "valid", "ignoreBlanks"] as const;

  protected readProperty(t: RangeTarget, name: string): unknown {
    const doc = docOf(this.context);
    const r = boundedRect(doc, t);
    const rules: (ValidationRuleDoc | null)[] = [];
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) rules.push(doc.validationAt(t.sheet, row, col));
    const keys = new Set(rules.map((x) => (x ? JSON.stringify([x.type, x.formula1 ?? "", x.formula2 ?? ""]) : "")));
    const someWithout = keys.has("");
    const mixed = keys.size > 1;
    const first = rules.find((x) => x !== null) ?? null;
    switch (name) {
      // Real Excel: "MixedCriteria" when some cells have a rule and others none, "Inconsistent" when
      // cells have different rules; the rule of such a range carries no criteria.
      case "type":
        if (mixed) return someWithout ? "MixedCriteria" : "Inconsistent";
        return first ? (RULE_TYPES[first.type] ?? "None") : "None";
      case "rule":
        return mixed || !first ? {} : ruleOf(first);
      case "ignoreBlanks":
        return first ? first.allowBlank !== false : true;
      case "valid": {
        // true when every cell is valid, false when every cell is invalid, null when mixed.
        const verdicts: boolean[] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          for (let col = r.left; col <= r.right; col++) {
            verdicts.push(this.isValid(t.sheet, row, col));
          }
        }
        if (verdicts.every(Boolean)) return true;
        if (verdicts.every((v) => !v)) return false;
        return null;
      }
      default:
        return undefined;
    }
  }

  private isValid(sheet: SheetRef, row: number, col: number): boolean {
    const doc = docOf(this.context);
    const rule = doc.validationAt(sheet, row, col);
    const value = doc.cell(sheet, row, col).value;
    if (!rule || rule.type !== "list") return true;
    if (value === "") return rule.allowBlank !== false;
    const items = listItems(doc, sheet, rule.formula1);
    if (items === null) return true;
    const v = String(value).toLowerCase();
    return items.some((i) => i.toLowerCase() === v);
  }

  get type(): string {
    return this.get("type");
  }
  get rule(): Record<string, unknown> {
    return this.get("rule");
  }
  /** Only list rules are set by the imitation (`{ list: { source, inCellDropDown } }`). */
  set rule(rule: { list?: { source: string | MemoryRange; inCellDropDown?: boolean } }) {
    this.queue("rule", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "DataValidation.rule");
      if (!rule.list) throw new RichApiError("NotImplemented", "Only list rules are imitated.", "DataValidation.rule");
      const src = rule.list.source;
      let formula1: string;
      if (typeof src === "string") {
        formula1 = src.startsWith("=") ? src.slice(1) : `"${src.replace(/"/g, '""')}"`;
      } else {
        const st = src.target("DataValidation.rule");
        formula1 = qualifiedAddress(doc.name(st.sheet), st.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      }
      doc.setValidation(t.sheet, t.rect, { type: "list", formula1, allowBlank: true });
    });
  }
  get valid(): boolean | null {
    return this.get("valid");
  }
  get ignoreBlanks(): boolean {
    return this.get("ignoreBlanks");
  }

  clear(): void {
    this.queue("clear", (t) => {
      const doc = docOf(this.context);
      checkWritable(doc, t.sheet, "DataValidation.clear");
      doc.setValidation(t.sheet, t.rect, null);
    });
  }
}

/** The items a list rule allows, or null when its source cannot be resolved here. */
export function listItems(doc: Doc, sheet: SheetRef, formula1: string | undefined): string[] | null {
  const f = (formula1 ?? "").trim().replace(/^=/, "");
  if (f.startsWith('"'))
    return f
      .slice(1, -1)
      .split(",")
      .map((s) => s.trim());
  const { sheet: name, local } = splitSheet(f);
  const rect = parseAddress(local);
  if (!rect) return null;
  const ref = name === undefined ? sheet : doc.sheets().find((s) => doc.name(s) === name);
  if (!ref) return null;
  const out: string[] = [];
  for (let row = rect.top; row <= Math.min(rect.bottom, rect.top + 10_000); row++) {
    for (let col = rect.left; col <= rect.right; col++) {
      const v = doc.cell(ref, row, col).value;
      if (v !== "") out.push(String(v));
    }
  }
  return out;
}
