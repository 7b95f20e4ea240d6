/** Command-line parsing: pure, no I/O. Unknown commands and options are usage errors (exit 64). */
import { usage } from "./strings";

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "validate"; files: string[]; json: boolean }
  | { kind: "add"; file: string; name: string; output: string }
  | { kind: "template"; output: string; example: boolean };

export type Parsed = { ok: true; command: Command } | { ok: false; message: string };

interface OptionSpec {
  /** Takes a value (`--nom NOM` or `--nom=NOM`). */
  value: boolean;
}

interface Split {
  positional: string[];
  flags: Map<string, string | true>;
  error?: string;
}

/** Splits arguments into positionals and known options; `--` ends the options. */
function split(args: string[], specs: Record<string, OptionSpec>, command: string): Split {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--") {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith("-") && arg !== "-") {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      const spec = specs[name];
      if (!spec) return { positional, flags, error: usage.unknownOption(name, command) };
      if (flags.has(name)) return { positional, flags, error: usage.optionTwice(name) };
      if (spec.value) {
        let value: string | undefined;
        if (eq >= 0) value = arg.slice(eq + 1);
        else if (i + 1 < args.length) value = args[++i];
        if (value === undefined || value === "") return { positional, flags, error: usage.optionNeedsValue(name) };
        flags.set(name, value);
      } else {
        if (eq >= 0) return { positional, flags, error: usage.unknownOption(arg, command) };
        flags.set(name, true);
      }
    } else {
      positional.push(arg);
    }
  }
  return { positional, flags };
}

const HELP_FLAGS = new Set(["--help", "-h", "--aide"]);
const VERSION_FLAGS = new Set(["--version", "-v"]);

export function parseArgs(argv: string[]): Parsed {
  if (argv.length === 0) return { ok: false, message: usage.noCommand };
  // `--help` anywhere (before `--`) wins, as most tools do.
  const beforeDashDash = argv.indexOf("--") >= 0 ? argv.slice(0, argv.indexOf("--")) : argv;
  if (beforeDashDash.some((a) => HELP_FLAGS.has(a))) return { ok: true, command: { kind: "help" } };
  const [command, ...rest] = argv;
  if (VERSION_FLAGS.has(command) && rest.length === 0) return { ok: true, command: { kind: "version" } };
  if (command === "aide") return { ok: true, command: { kind: "help" } };

  switch (command) {
    case "valider": {
      const s = split(rest, { "--json": { value: false } }, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.validateNoFile };
      return { ok: true, command: { kind: "validate", files: s.positional, json: s.flags.has("--json") } };
    }
    case "ajouter-fiche": {
      const s = split(rest, { "--nom": { value: true }, "--sortie": { value: true } }, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.addNoFile };
      if (s.positional.length > 1) return { ok: false, message: usage.addOneFile };
      const name = s.flags.get("--nom");
      const output = s.flags.get("--sortie");
      if (typeof name !== "string" || name.trim() === "") return { ok: false, message: usage.addNoName };
      if (typeof output !== "string") return { ok: false, message: usage.addNoOutput };
      if (!/\.xlsx$/i.test(output)) return { ok: false, message: usage.notXlsxName(output) };
      return { ok: true, command: { kind: "add", file: s.positional[0], name: name.trim(), output } };
    }
    case "modele":
    case "modèle": {
      const s = split(rest, { "--exemple": { value: false } }, "modele");
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.templateNoOutput };
      if (s.positional.length > 1) return { ok: false, message: usage.templateOneOutput };
      const output = s.positional[0];
      if (!/\.xlsx$/i.test(output)) return { ok: false, message: usage.notXlsxName(output) };
      return { ok: true, command: { kind: "template", output, example: s.flags.has("--exemple") } };
    }
    default:
      return { ok: false, message: usage.unknownCommand(command) };
  }
}
