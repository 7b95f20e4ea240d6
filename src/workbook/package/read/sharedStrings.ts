/**
 * The shared strings table (`xl/sharedStrings.xml` in Excel's files), streamed: each `si` becomes its
 * plain text, as Office.js gives a cell's value — its own `t`, or the `t` of each rich-text run `r`
 * joined. Phonetic guides (`rPh`, the furigana of East-Asian files) are not part of the value.
 */
import { XlsxReadError } from "../errors";
import type { XlsxPackage } from "../opc";
import { isMain, streamXmlLight } from "../xml";
import { decodeEscapes } from "./text";

export function readSharedStrings(pkg: XlsxPackage, part: string | undefined): string[] {
  const strings: string[] = [];
  if (!part) return strings;
  const limits = pkg.limits;
  let inItem = false;
  let inText = false;
  /** Inside `rPh`: its `t` is a reading aid, not text of the cell. */
  let phonetic = 0;
  let pieces: string[] = [];
  let length = 0;
  streamXmlLight(
    pkg.bytes(part),
    {
      open: (el) => {
        if (!isMain(el.uri)) return;
        switch (el.local) {
          case "si":
            if (strings.length >= limits.sharedStrings) {
              throw new XlsxReadError("too-large", part, `La table des textes du classeur compte plus de ${limits.sharedStrings} entrées`);
            }
            inItem = true;
            pieces = [];
            length = 0;
            break;
          case "rPh":
            phonetic++;
            break;
          case "t":
            inText = inItem && phonetic === 0;
            break;
        }
      },
      text: (text) => {
        if (!inText) return;
        length += text.length;
        if (length > limits.stringLength) {
          throw new XlsxReadError("too-large", part, `Un texte du classeur dépasse ${limits.stringLength} caractères`);
        }
        pieces.push(text);
      },
      close: (el) => {
        if (!isMain(el.uri)) return;
        switch (el.local) {
          case "si":
            strings.push(decodeEscapes(pieces.length === 1 ? pieces[0] : pieces.join("")));
            inItem = false;
            break;
          case "rPh":
            phonetic--;
            break;
          case "t":
            inText = false;
            break;
        }
      },
    },
    part,
    limits,
  );
  return strings;
}
