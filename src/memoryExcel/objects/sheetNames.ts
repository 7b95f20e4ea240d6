/** The sheet names Excel accepts, and the name it gives a copy. */
import type { Doc, SheetRef } from "../doc";
import { RichApiError } from "../errors";
import { invalidArgument } from "./shared";

/** Excel refuses names longer than 31 characters, blank, with `[]:*?/\`, or starting/ending with `'`. */
export function checkSheetName(doc: Doc, name: string, except: SheetRef | null, location: string): void {
  if (
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 31 ||
    /[[\]:*?/\\]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  ) {
    throw invalidArgument(location, "The sheet name is invalid.");
  }
  const clash = doc.sheets().find((s) => (except === null || s.key !== except.key) && doc.name(s).toLowerCase() === name.toLowerCase());
  if (clash) throw new RichApiError("ItemAlreadyExists", "A resource with the same name or identifier already exists.", location);
}

/**
 * The name Excel gives a copy: `Name (2)`, `Name (3)`… A name ending in ` (n)` counts on from n; a
 * long name is cut so that the result fits in 31 characters (`3_-_Modèle_de_fiche_de_r (2)`).
 */
export function copyName(doc: Doc, source: string): string {
  const m = /^(.*) \((\d+)\)$/.exec(source);
  const base = m ? m[1] : source;
  let n = m ? Number(m[2]) + 1 : 2;
  const taken = new Set(doc.sheets().map((s) => doc.name(s).toLowerCase()));
  for (;;) {
    const suffix = ` (${n})`;
    const stem = base.length + suffix.length > 31 ? base.slice(0, 31 - suffix.length - 3) : base;
    const candidate = `${stem}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
    n++;
  }
}
