/**
 * One workbook → its report line, exactly as `valider --json` writes it (the same reading, checks and
 * JSON): what a worker thread computes for each file, and the in-process fallback too.
 */
import { basename } from "node:path";
import { registerReportJson, unreadableJson, validateRegister, type Clock } from "../../register";
import type { ValidateLineJson } from "../../register/report/schema";
import { openRegister } from "../load";

export async function reportOfWorkbook(file: string, clock: Clock): Promise<ValidateLineJson> {
  const opened = await openRegister(file);
  if (!opened.ok) return unreadableJson(file, opened.message);
  const report = validateRegister(opened.register, { clock });
  return registerReportJson(file, opened.register, report, { fallbackName: basename(file) });
}
