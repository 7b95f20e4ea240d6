/**
 * What `consolider` reads, from the folders and files it is given: registers (.xlsx) and saved reports
 * of `valider --json` (.json, .jsonl). A folder gives the files it holds directly (never its sub-folders),
 * in name order, without Excel's lock files (« ~$… ») and without files of other kinds; a file named
 * explicitly is always answered for: a file of another kind, or a name that cannot be read, gets its
 * line with the reason. A file given twice (by name and in its folder) is read once.
 */
import { readdirSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { isExcelLockFile } from "../io";
import { fsProblem } from "../fsProblem";
import { consolidateTexts, unreadable } from "../strings";

export type ConsolidationInput =
  /** `listed`: found in a folder given, rather than named on the command line. */
  | { kind: "workbook"; file: string; listed?: boolean }
  /** A saved report of `valider --json`. */
  | { kind: "reports"; file: string }
  /** `error`: a French sentence that names the file. */
  | { kind: "unreadable"; file: string; error: string };

/** The kind a file's name says it is, or null. */
export function inputKind(file: string): "workbook" | "reports" | null {
  const ext = extname(file).toLowerCase();
  if (ext === ".xlsx") return "workbook";
  if (ext === ".json" || ext === ".jsonl") return "reports";
  return null;
}

const byName = (a: string, b: string): number => a.localeCompare(b, "fr", { numeric: true }) || (a < b ? -1 : a > b ? 1 : 0);

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function folderInputs(folder: string): ConsolidationInput[] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (e) {
    const { problem, code } = fsProblem(e);
    return [{ kind: "unreadable", file: folder, error: unreadable.line(folder, unreadable.problem(problem, code)) }];
  }
  const found: ConsolidationInput[] = [];
  for (const name of names.sort(byName)) {
    const file = join(folder, name);
    const kind = inputKind(name);
    if (kind === null || isExcelLockFile(name) || !isRegularFile(file)) continue;
    found.push(kind === "workbook" ? { kind, file, listed: true } : { kind, file });
  }
  return found.length > 0 ? found : [{ kind: "unreadable", file: folder, error: unreadable.line(folder, consolidateTexts.emptyFolder) }];
}

export function expandInputs(paths: readonly string[]): ConsolidationInput[] {
  const seen = new Set<string>();
  const out: ConsolidationInput[] = [];
  const add = (input: ConsolidationInput) => {
    const key = resolve(input.file);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(input);
  };
  for (const path of paths) {
    let isFolder: boolean;
    try {
      isFolder = statSync(path).isDirectory();
    } catch (e) {
      // A register or report that is not there: its own reader words it (a lock file, a missing file).
      const kind = inputKind(path);
      if (kind) add({ kind, file: path });
      else {
        const { problem, code } = fsProblem(e);
        add({ kind: "unreadable", file: path, error: unreadable.line(path, unreadable.problem(problem, code)) });
      }
      continue;
    }
    if (isFolder) {
      folderInputs(path).forEach(add);
      continue;
    }
    const kind = inputKind(path);
    add(kind ? { kind, file: path } : { kind: "unreadable", file: path, error: unreadable.line(path, consolidateTexts.notAnInput) });
  }
  return out;
}
