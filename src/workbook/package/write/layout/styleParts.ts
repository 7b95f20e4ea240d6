/**
 * Entries of the styles part added for the layout ops: fonts, fills, borders, number formats, cell
 * formats (`cellXfs`) and differential formats (`dxfs`). An entry equal to one already there is
 * reused; a new one is appended and its list's `count` updated, so that every style id already in
 * use keeps meaning what it meant.
 */
import type { Element } from "@xmldom/xmldom";
import type { PlanContext } from "../context";
import { childElements, createLike, elements, ensureChild, root, STYLESHEET_ORDER } from "../dom";

/** Excel's built-in number format `@` (text). */
const TEXT_FORMAT_ID = 49;
/** Ids below this one are Excel's built-in formats; a file's own formats start here. */
const FIRST_CUSTOM_ID = 164;

/** A text that two equal entries share: names, attributes (in any order), children and text. */
export function entryKey(el: Element): string {
  const attrs: string[] = [];
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i);
    if (a && a.prefix !== "xmlns" && a.name !== "xmlns") attrs.push(`${a.namespaceURI ?? ""}|${a.localName}=${a.value}`);
  }
  attrs.sort();
  let inner = "";
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) inner += entryKey(n as Element);
    else if (n.nodeType === 3 || n.nodeType === 4) inner += JSON.stringify(n.nodeValue ?? "");
  }
  return `<${el.namespaceURI ?? ""}|${el.localName} ${attrs.join(" ")}>${inner}</>`;
}

export class StyleParts {
  readonly sheet: Element;
  /** Per list (`fonts`, `cellXfs`…): entry key → index, built on first use. */
  private readonly indexes = new Map<string, Map<string, number>>();

  constructor(ctx: PlanContext) {
    if (!ctx.book.styles) {
      // a workbook without a styles part: the cell-style writer makes the smallest one Excel accepts
      ctx.styles.isText(0);
      ctx.refresh();
    }
    this.sheet = root(ctx.pkg.dom(ctx.book.styles as string));
  }

  /** The list `local` (`fonts`, `fills`…), created at its place when missing. */
  list(local: string): Element {
    return ensureChild(this.sheet, local, STYLESHEET_ORDER);
  }

  /** The `index`-th entry of list `local`, or null. */
  entry(local: string, index: number): Element | null {
    return childElements(this.list(local))[index] ?? null;
  }

  /** The index of an entry equal to `el` in list `local`: an existing one, else `el` appended. */
  add(local: string, el: Element): number {
    const list = this.list(local);
    let index = this.indexes.get(local);
    if (!index) {
      index = new Map();
      childElements(list).forEach((e, i) => {
        const k = entryKey(e);
        if (!index?.has(k)) index?.set(k, i);
      });
      this.indexes.set(local, index);
    }
    const k = entryKey(el);
    const found = index.get(k);
    if (found !== undefined) return found;
    const at = childElements(list).length;
    list.appendChild(el);
    list.setAttribute("count", String(at + 1));
    index.set(k, at);
    return at;
  }

  /** The id of number format `code`: `@` is built in, another is found or added among `numFmts`. */
  numFmtId(code: string): number {
    if (code === "@") return TEXT_FORMAT_ID;
    let max = FIRST_CUSTOM_ID - 1;
    const numFmts = this.list("numFmts");
    for (const f of elements(numFmts, "numFmt")) {
      const id = Number(f.getAttribute("numFmtId"));
      if (f.getAttribute("formatCode") === code && Number.isInteger(id)) return id;
      if (Number.isFinite(id)) max = Math.max(max, id);
    }
    const f = createLike(numFmts, "numFmt");
    f.setAttribute("numFmtId", String(max + 1));
    f.setAttribute("formatCode", code);
    numFmts.appendChild(f);
    numFmts.setAttribute("count", String(elements(numFmts, "numFmt").length));
    return max + 1;
  }
}
