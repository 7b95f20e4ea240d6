#!/usr/bin/env node
/**
 * `cpts-registre`: check and complete a CPTS's GDPR register from the command line.
 * Start-up time counts: this entry loads only the argument parser and the French texts; each command
 * loads the engine and ExcelJS when it runs (`--help` and `--version` never do).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "./args";
import type { Clock } from "../register";
import { EXIT, type ExitCode } from "./exit";
import { standardStreams } from "./streams";
import { HELP, unexpectedError, usage, versionLine } from "./strings";

const streams = standardStreams();
const { io } = streams;

/** The machine's clock, loaded with the command that needs it (start-up time: see the header). */
async function systemClock(): Promise<Clock> {
  return (await import("../register")).systemClock();
}

function version(): string {
  try {
    // dist/node/cli/cli.js → the package's own package.json.
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "..", "package.json"), "utf8")) as { version?: string };
    return pkg.version ?? "?";
  } catch {
    return "?";
  }
}

export async function main(argv: string[]): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`${parsed.message}\n${usage.seeHelp}\n`);
    io.err(HELP);
    return EXIT.usage;
  }
  const c = parsed.command;
  // TEST ONLY: test/cli/manners.test.ts sets CPTS_TEST_CRASH to check how a bug of ours is shown
  // (exit 70, one French sentence, the trace only with CPTS_DEBUG=1). Nobody else has a use for it.
  if (process.env.CPTS_TEST_CRASH === "1") throw new Error("Panne simulée (CPTS_TEST_CRASH=1)");
  if (process.env.CPTS_TEST_CRASH === "callback")
    setTimeout(() => {
      throw new Error("Panne simulée hors de la commande (CPTS_TEST_CRASH=callback)");
    }, 0);
  switch (c.kind) {
    case "help":
      io.out(HELP);
      return EXIT.ok;
    case "version":
      io.out(versionLine(version()));
      return EXIT.ok;
    case "validate": {
      const { runValidate } = await import("./validate");
      return runValidate(c.files, c.json, io, await systemClock());
    }
    case "add": {
      const { runAddFiche } = await import("./addFiche");
      return runAddFiche(c, io, await systemClock());
    }
    case "schema": {
      const { validateLineJsonSchema } = await import("../register/report/schema");
      io.out(JSON.stringify(validateLineJsonSchema(), null, 2));
      return EXIT.ok;
    }
    case "aipd": {
      const { runAipd } = await import("./aipd");
      return runAipd(c, io, await systemClock());
    }
    case "notices": {
      const { runNotices } = await import("./mentions");
      return runNotices(c, io, await systemClock());
    }
    case "consolidate": {
      const [{ runConsolidate }, { progressReporter }] = await Promise.all([import("./consolidate/run"), import("./consolidate/progress")]);
      // A bar on stderr while the workbooks are read, when it is a terminal; nothing otherwise.
      const progress = progressReporter(process.stderr);
      return runConsolidate(c, io, await systemClock(), { onProgress: progress.onProgress, onRead: progress.finish });
    }
    case "template": {
      const { runTemplate } = await import("./modele");
      return runTemplate(c, io, await systemClock());
    }
    // ---- issue 14, point 4: preparing the send to SESAN
    case "send": {
      const { runSend } = await import("./envoi");
      return runSend(c, io, await systemClock());
    }
  }
}

/**
 * A bug of ours: one French sentence and exit 70, never a stack trace, which would frighten a user and
 * tell them nothing. Whoever debugs sets CPTS_DEBUG=1 to see the trace.
 */
function reportUnexpected(e: unknown): void {
  io.err(unexpectedError);
  if (process.env.CPTS_DEBUG === "1") io.err(e instanceof Error ? (e.stack ?? e.message) : String(e));
}

if (require.main === module) {
  // An error thrown outside the command's promise (a timer, a stream's callback) ends the run at once.
  const crash = (e: unknown) => {
    reportUnexpected(e);
    process.exit(EXIT.software);
  };
  process.on("uncaughtException", crash);
  process.on("unhandledRejection", crash);
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = streams.exitCode(code);
    },
    (e: unknown) => {
      reportUnexpected(e);
      process.exitCode = EXIT.software;
    },
  );
}
