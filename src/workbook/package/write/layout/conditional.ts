/**
 * The `conditionalFormat` op: a `<conditionalFormatting>` with one `<cfRule>` added after the sheet's
 * own (they all stay), at the next free priority, its look a differential format (`dxf`) appended
 * to the styles part's `dxfs`.
 */
import type { Element } from "@xmldom/xmldom";
import { cellAddress, rectAddress, type ConditionalFormatOp } from "../../../../register";
import type { PlanContext } from "../context";
import { createLike, setText } from "../dom";
import { argbOf, insertInOrder, rectOf, worksheetOf } from "./shared";
import { StyleParts } from "./styleParts";

/** A text inside a formula's string literal. */
function formulaString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The look of the rule: a solid fill (its colour as the background colour, as Excel writes dxf fills) and maybe a font colour. */
function addDxf(ctx: PlanContext, op: ConditionalFormatOp): number {
  const styles = new StyleParts(ctx);
  const dxf = createLike(styles.list("dxfs"), "dxf");
  if (op.fontColor !== undefined) {
    const font = createLike(dxf, "font");
    const color = createLike(font, "color");
    color.setAttribute("rgb", argbOf(op.fontColor));
    font.appendChild(color);
    dxf.appendChild(font);
  }
  const fill = createLike(dxf, "fill");
  const pattern = createLike(fill, "patternFill");
  pattern.setAttribute("patternType", "solid");
  const bg = createLike(pattern, "bgColor");
  bg.setAttribute("rgb", argbOf(op.fillColor));
  pattern.appendChild(bg);
  fill.appendChild(pattern);
  dxf.appendChild(fill);
  return styles.add("dxfs", dxf);
}

/** The highest priority of the sheet's rules, extension rules (x14) included: they share one order. */
function highestPriority(worksheet: Element): number {
  let max = 0;
  const rules = worksheet.getElementsByTagNameNS("*", "cfRule");
  for (let i = 0; i < rules.length; i++) {
    const p = Number(rules.item(i)?.getAttribute("priority"));
    if (Number.isFinite(p)) max = Math.max(max, p);
  }
  return max;
}

export function addConditionalFormat(ctx: PlanContext, op: ConditionalFormatOp): void {
  const rect = rectOf(op.range);
  const worksheet = worksheetOf(ctx, ctx.sheet(op.sheet));
  const dxfId = addDxf(ctx, op);
  const formatting = createLike(worksheet, "conditionalFormatting");
  formatting.setAttribute("sqref", rectAddress(rect));
  const rule = createLike(worksheet, "cfRule");
  const formula = createLike(worksheet, "formula");
  if (op.rule.operator === "equals") {
    rule.setAttribute("type", "cellIs");
    rule.setAttribute("dxfId", String(dxfId));
    rule.setAttribute("priority", String(highestPriority(worksheet) + 1));
    rule.setAttribute("operator", "equal");
    setText(formula, formulaString(op.rule.text));
  } else {
    rule.setAttribute("type", "containsText");
    rule.setAttribute("dxfId", String(dxfId));
    rule.setAttribute("priority", String(highestPriority(worksheet) + 1));
    rule.setAttribute("operator", "containsText");
    rule.setAttribute("text", op.rule.text);
    setText(formula, `NOT(ISERROR(SEARCH(${formulaString(op.rule.text)},${cellAddress(rect.top, rect.left)})))`);
  }
  rule.appendChild(formula);
  formatting.appendChild(rule);
  insertInOrder(worksheet, formatting);
}
