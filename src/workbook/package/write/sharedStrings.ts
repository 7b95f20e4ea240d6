/**
 * Forgetting the texts no cell uses any more. Excel keeps every text of a workbook in one shared table
 * (`xl/sharedStrings.xml`), and a cell holds only its index there: clearing a cell, or deleting a sheet,
 * leaves the text in the table. For the copy sent to SESAN, whose plan takes people's names out of the
 * requests and breach registers, the names must leave the file too, not only its cells.
 *
 * The unused entries are emptied in place (`<si><t/></si>`), so that every index the sheets hold still
 * points at the same text: no sheet has to be rewritten.
 */
import type { Element } from "@xmldom/xmldom";
import type { XlsxPackage } from "../opc";
import { readBook } from "../workbook";
import { isMain, streamXmlLight } from "../xml";
import { createLike, elements, root } from "./dom";

/** The indices of the shared table that some cell of a worksheet uses (`<c t="s"><v>N</v></c>`). */
function usedIndices(pkg: XlsxPackage, parts: readonly string[]): Set<number> {
  const used = new Set<number>();
  for (const part of parts) {
    let sharedCell = false;
    let inValue = false;
    let value = "";
    streamXmlLight(
      pkg.bytes(part),
      {
        open: (el) => {
          if (!isMain(el.uri)) return;
          if (el.local === "c") sharedCell = el.attributes.t === "s";
          else if (el.local === "v" && sharedCell) {
            inValue = true;
            value = "";
          }
        },
        text: (text) => {
          if (inValue) value += text;
        },
        close: (el) => {
          if (!isMain(el.uri)) return;
          if (el.local === "v" && inValue) {
            inValue = false;
            const n = Number(value.trim());
            if (Number.isInteger(n)) used.add(n);
          } else if (el.local === "c") sharedCell = false;
        },
      },
      part,
      pkg.limits,
    );
  }
  return used;
}

/** Empties the shared texts no cell of any worksheet uses; returns how many were emptied. */
export function dropUnusedSharedStrings(pkg: XlsxPackage): number {
  const book = readBook(pkg);
  if (!book.sharedStrings || !pkg.has(book.sharedStrings)) return 0;
  const used = usedIndices(
    pkg,
    book.sheets.map((s) => s.part),
  );
  const table = pkg.dom(book.sharedStrings);
  const items: Element[] = elements(root(table), "si");
  let emptied = 0;
  items.forEach((si, i) => {
    if (used.has(i)) return;
    const isEmpty = si.childNodes.length === 1 && si.firstChild?.nodeType === 1 && (si.firstChild as Element).localName === "t" && !si.firstChild.firstChild;
    if (isEmpty) return;
    while (si.firstChild) si.removeChild(si.firstChild);
    si.appendChild(createLike(si, "t"));
    emptied++;
  });
  return emptied;
}
