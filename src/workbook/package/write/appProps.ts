/**
 * docProps/app.xml lists the sheet names (TitlesOfParts) by groups (HeadingPairs: « Worksheets » 5,
 * « Named Ranges » 2…; the group names are in the language of the Excel that saved the file). A sheet
 * added or removed is added to or removed from the worksheets' group, found as the group whose titles
 * are the workbook's worksheet names. A file without these lists (LibreOffice writes none) is left
 * as it is.
 */
import type { Document, Element } from "@xmldom/xmldom";
import type { XlsxPackage } from "../opc";
import { parseDom } from "../xml";
import { child, childElements, createLike, elements, root, setText } from "./dom";

export type TitlesChange =
  /** `name` is now the sheet at `index` of `worksheets` (the worksheet names in tab order, `name` included). */
  | { add: string; worksheets: readonly string[] }
  /** `name` is gone. */
  | { remove: string; worksheets: readonly string[] };

interface Lists {
  titles: Element;
  titleItems: Element[];
  countEl: Element;
  start: number;
  count: number;
}

function lists(doc: Document, worksheets: readonly string[]): Lists | null {
  const props = root(doc);
  const titlesVector = child(child(props, "TitlesOfParts"), "vector");
  const pairsVector = child(child(props, "HeadingPairs"), "vector");
  if (!titlesVector || !pairsVector) return null;
  const titleItems = childElements(titlesVector);
  const variants = elements(pairsVector, "variant");
  const known = new Set(worksheets.map((n) => n.toLowerCase()));
  let start = 0;
  let best: Lists | null = null;
  let bestScore = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countEl = childElements(variants[i + 1])[0];
    const count = Number(countEl?.textContent ?? "");
    if (!countEl || !Number.isInteger(count) || count < 0) return null;
    const slice = titleItems.slice(start, start + count);
    const score = slice.filter((t) => known.has((t.textContent ?? "").toLowerCase())).length;
    if (score > bestScore) {
      best = { titles: titlesVector, titleItems, countEl, start, count };
      bestScore = score;
    }
    start += count;
  }
  return best;
}

function applyTo(doc: Document, change: TitlesChange): boolean {
  const found = lists(doc, change.worksheets);
  if (!found) return false;
  const { titles, titleItems, countEl, start, count } = found;
  const slice = titleItems.slice(start, start + count);
  if ("add" in change) {
    const order = new Map(change.worksheets.map((n, i) => [n.toLowerCase(), i]));
    const at = order.get(change.add.toLowerCase()) ?? change.worksheets.length;
    const before = slice.find((t) => (order.get((t.textContent ?? "").toLowerCase()) ?? -1) > at) ?? titleItems[start + count] ?? null;
    const item = createLike(slice[0] ?? titleItems[0] ?? titles, "lpstr");
    setText(item, change.add);
    titles.insertBefore(item, before);
    setText(countEl, String(count + 1));
  } else {
    const item = slice.find((t) => (t.textContent ?? "").toLowerCase() === change.remove.toLowerCase());
    if (!item) return false;
    titles.removeChild(item);
    setText(countEl, String(count - 1));
  }
  titles.setAttribute("size", String(childElements(titles).length));
  return true;
}

/** Updates docProps/app.xml for a sheet added or removed; the part is left untouched when it has no such lists. */
export function updateTitlesOfParts(pkg: XlsxPackage, change: TitlesChange): void {
  const rel = pkg.relationships("/").find((r) => r.kind === "extended-properties" && !r.external && pkg.has(r.target));
  if (!rel) return;
  // tried on a throwaway copy first, so that a file without the lists keeps its part untouched
  if (!applyTo(parseDom(pkg.bytes(rel.target), rel.target, pkg.limits), change)) return;
  applyTo(pkg.dom(rel.target), change);
}
