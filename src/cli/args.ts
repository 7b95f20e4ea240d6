/** Command-line parsing: pure, no I/O. Unknown commands and options are usage errors (exit 64). */
import { parseArgs as nodeParseArgs } from "node:util";
import type { NoticeAudience } from "../register";
import { consolidateUsage, usage } from "./strings";

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "validate"; files: string[]; json: boolean }
  | { kind: "add"; file: string; name: string; output: string }
  | { kind: "template"; output: string; example: boolean }
  | { kind: "schema" }
  | { kind: "aipd"; file: string; ref: string; output: string }
  | { kind: "notices"; file: string; ref: string; source?: string; audience?: NoticeAudience; docx?: string }
  // ---- issue 14, point 4: preparing the send to SESAN
  | { kind: "send"; file: string; refreshDates: boolean; folder?: string }
  | { kind: "consolidate"; inputs: string[]; output?: string; html?: string };

export type Parsed = { ok: true; command: Command } | { ok: false; message: string };

interface Split {
  positional: string[];
  /** The options given, by name without dashes: the value, or `true` for a flag. */
  flags: Map<string, string | true>;
  error?: string;
}

/**
 * Splits arguments into positionals and known options with node's own parser; `--` ends the options.
 * node reads the tokens; the verdicts stay ours, so that each usage error keeps its French message:
 * an unknown option, an option given twice, a flag given a value, or an option whose value is
 * missing, empty, or looks like another option (`--nom --sortie b.xlsx`: write `--nom=-x` for a
 * value that starts with a dash).
 */
function split(args: string[], options: Record<string, { type: "string" | "boolean" }>, command: string): Split {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const { tokens } = nodeParseArgs({ args, options, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === "positional") {
      positional.push(token.value);
      continue;
    }
    if (token.kind !== "option") continue; // `--`: node already counts what follows as positionals
    const spec = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
    // A short option group (`-abc`) or a misspelt option is named as it was typed.
    const typed = args[token.index].split("=")[0];
    if (!spec || !token.rawName.startsWith("--")) return { positional, flags, error: usage.unknownOption(typed, command) };
    if (flags.has(token.name)) return { positional, flags, error: usage.optionTwice(token.rawName) };
    if (spec.type === "string") {
      const value = token.value;
      if (value === undefined || value === "" || (!token.inlineValue && value.startsWith("-"))) {
        return { positional, flags, error: usage.optionNeedsValue(token.rawName) };
      }
      flags.set(token.name, value);
    } else {
      if (token.value !== undefined) return { positional, flags, error: usage.unknownOption(args[token.index], command) };
      flags.set(token.name, true);
    }
  }
  return { positional, flags };
}

/** `--public`'s words, folded (case, accents): the audiences a notice is written for. */
const AUDIENCE_WORDS: Record<string, NoticeAudience> = {
  patients: "patients",
  professionnels: "professionals",
  adherents: "members",
  salaries: "staff",
};

function audienceOf(typed: string): NoticeAudience | undefined {
  const key = typed
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase();
  return Object.hasOwn(AUDIENCE_WORDS, key) ? AUDIENCE_WORDS[key] : undefined;
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
      const s = split(rest, { json: { type: "boolean" } }, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.validateNoFile };
      return { ok: true, command: { kind: "validate", files: s.positional, json: s.flags.has("json") } };
    }
    case "ajouter-fiche": {
      const s = split(rest, { nom: { type: "string" }, sortie: { type: "string" } }, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.addNoFile };
      if (s.positional.length > 1) return { ok: false, message: usage.addOneFile };
      const name = s.flags.get("nom");
      const output = s.flags.get("sortie");
      if (typeof name !== "string" || name.trim() === "") return { ok: false, message: usage.addNoName };
      if (typeof output !== "string") return { ok: false, message: usage.addNoOutput };
      if (!/\.xlsx$/i.test(output)) return { ok: false, message: usage.notXlsxName(output) };
      return { ok: true, command: { kind: "add", file: s.positional[0], name: name.trim(), output } };
    }
    case "modele":
    case "modèle": {
      const s = split(rest, { exemple: { type: "boolean" } }, "modele");
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.templateNoOutput };
      if (s.positional.length > 1) return { ok: false, message: usage.templateOneOutput };
      const output = s.positional[0];
      if (!/\.xlsx$/i.test(output)) return { ok: false, message: usage.notXlsxName(output) };
      return { ok: true, command: { kind: "template", output, example: s.flags.has("exemple") } };
    }
    case "mentions": {
      const s = split(rest, { fiche: { type: "string" }, source: { type: "string" }, public: { type: "string" }, docx: { type: "string" } }, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.noticesNoFile };
      if (s.positional.length > 1) return { ok: false, message: usage.noticesOneFile };
      const ref = s.flags.get("fiche");
      if (typeof ref !== "string" || ref.trim() === "") return { ok: false, message: usage.noticesNoRef };
      const typedAudience = s.flags.get("public");
      const audience = typeof typedAudience === "string" ? audienceOf(typedAudience) : undefined;
      if (typeof typedAudience === "string" && !audience) return { ok: false, message: usage.noticesBadAudience(typedAudience) };
      const docx = s.flags.get("docx");
      if (typeof docx === "string" && !/\.docx$/i.test(docx)) return { ok: false, message: usage.notDocxName(docx) };
      const source = s.flags.get("source");
      return {
        ok: true,
        command: {
          kind: "notices",
          file: s.positional[0],
          ref: ref.trim(),
          ...(typeof source === "string" && source.trim() !== "" ? { source: source.trim() } : {}),
          ...(audience ? { audience } : {}),
          ...(typeof docx === "string" ? { docx } : {}),
        },
      };
    }
    case "schema": {
      const s = split(rest, {}, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length > 0) return { ok: false, message: usage.schemaNoArgument };
      return { ok: true, command: { kind: "schema" } };
    }
    case "aipd": {
      const s = split(rest, { fiche: { type: "string" }, sortie: { type: "string" } }, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.aipdNoFile };
      if (s.positional.length > 1) return { ok: false, message: usage.aipdOneFile };
      const ref = s.flags.get("fiche");
      const output = s.flags.get("sortie");
      if (typeof ref !== "string" || ref.trim() === "") return { ok: false, message: usage.aipdNoRef };
      if (typeof output !== "string") return { ok: false, message: usage.aipdNoOutput };
      if (!/\.json$/i.test(output)) return { ok: false, message: usage.notJsonName(output) };
      return { ok: true, command: { kind: "aipd", file: s.positional[0], ref: ref.trim(), output } };
    }
    // ---- issue 14, point 4: preparing the send to SESAN
    case "envoi": {
      const s = split(rest, { "maj-dates": { type: "boolean" }, dossier: { type: "string" } }, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: usage.sendNoFile };
      if (s.positional.length > 1) return { ok: false, message: usage.sendOneFile };
      const folder = s.flags.get("dossier");
      return {
        ok: true,
        command: { kind: "send", file: s.positional[0], refreshDates: s.flags.has("maj-dates"), ...(typeof folder === "string" ? { folder } : {}) },
      };
    }
    case "consolider": {
      const s = split(rest, { sortie: { type: "string" }, html: { type: "string" } }, command);
      if (s.error) return { ok: false, message: s.error };
      if (s.positional.length === 0) return { ok: false, message: consolidateUsage.noInput };
      const output = s.flags.get("sortie");
      const html = s.flags.get("html");
      if (typeof output !== "string" && typeof html !== "string") return { ok: false, message: consolidateUsage.noOutput };
      if (typeof output === "string" && !/\.xlsx$/i.test(output)) return { ok: false, message: usage.notXlsxName(output) };
      if (typeof html === "string" && !/\.html?$/i.test(html)) return { ok: false, message: consolidateUsage.notHtmlName(html) };
      return {
        ok: true,
        command: {
          kind: "consolidate",
          inputs: s.positional,
          ...(typeof output === "string" ? { output } : {}),
          ...(typeof html === "string" ? { html } : {}),
        },
      };
    }
    default:
      return { ok: false, message: usage.unknownCommand(command) };
  }
}
