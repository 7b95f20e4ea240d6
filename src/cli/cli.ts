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
import { HELP, usage, versionLine } from "./strings";
import type { Output } from "./validate";

const io: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

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
    case "template": {
      const { runTemplate } = await import("./modele");
      return runTemplate(c, io, await systemClock());
    }
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`Erreur inattendue : ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
