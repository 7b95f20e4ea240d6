/** `valider FICHIER… [--json]`: one report per file; the highest exit code wins. */
import { completeness, validateRegister, type Clock } from "../register";
import { EXIT, type ExitCode } from "./exit";
import { openRegister } from "./load";
import { errorJson, formatReport, reportJson } from "./report";
import { report as t, unreadable } from "./strings";

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function runValidate(files: string[], json: boolean, io: Output, clock: Clock): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const tally = { ready: 0, notReady: 0, unreadable: 0 };
  for (const [i, file] of files.entries()) {
    const opened = await openRegister(file);
    if (!opened.ok) {
      tally.unreadable++;
      io.err(unreadable.line(file, opened.message));
      if (json) io.out(errorJson(file, opened.message));
      code = Math.max(code, EXIT.unreadable) as ExitCode;
      continue;
    }
    const report = validateRegister(opened.register, { clock });
    if (report.verdict === "ready") tally.ready++;
    else {
      tally.notReady++;
      code = Math.max(code, EXIT.errors) as ExitCode;
    }
    if (json) {
      io.out(reportJson(file, opened.register, report));
    } else {
      const extras = opened.register.fiches
        .filter((f) => report.fiches.some((s) => s.sheet === f.sheet))
        .map((f) => ({ sheet: f.sheet, missing: completeness(f).missing }));
      if (i > 0) io.out("");
      io.out(
        formatReport(
          file,
          report,
          opened.snapshot.sheets.map((s) => s.name),
          extras,
        ),
      );
    }
  }
  if (!json && files.length > 1) io.out(`\n${t.total({ files: files.length, ...tally })}`);
  return code;
}
