/** The command line's argument parsing, in process: what each usage error says, and what still parses. */
import { parseArgs } from "../../src/cli/args";
import { consolidateUsage, usage } from "../../src/cli/strings";

const ADD = ["ajouter-fiche", "registre.xlsx"];

describe("usage errors keep their French message", () => {
  test.each([
    ["an option given twice", [...ADD, "--nom", "A", "--nom", "B", "--sortie", "b.xlsx"], usage.optionTwice("--nom")],
    ["a flag given twice", ["valider", "--json", "a.xlsx", "--json"], usage.optionTwice("--json")],
    ["an option where a value was expected", [...ADD, "--nom", "--sortie", "b.xlsx"], usage.optionNeedsValue("--nom")],
    ["an option with nothing after it", [...ADD, "--sortie", "b.xlsx", "--nom"], usage.optionNeedsValue("--nom")],
    ["an option with an empty value", [...ADD, "--nom=", "--sortie", "b.xlsx"], usage.optionNeedsValue("--nom")],
    ["an unknown option", ["valider", "--jsn", "a.xlsx"], usage.unknownOption("--jsn", "valider")],
    ["an unknown option with a value", ["valider", "--format=csv", "a.xlsx"], usage.unknownOption("--format", "valider")],
    ["a short option group", ["modele", "-xy", "a.xlsx"], usage.unknownOption("-xy", "modele")],
    ["a flag given a value", ["valider", "--json=oui", "a.xlsx"], usage.unknownOption("--json=oui", "valider")],
  ])("%s", (_case, argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message });
  });
});

describe("what parses", () => {
  test("both spellings of a value, and a value that starts with a dash when attached with =", () => {
    expect(parseArgs([...ADD, "--nom", "Accueil", "--sortie=b.xlsx"])).toEqual({
      ok: true,
      command: { kind: "add", file: "registre.xlsx", name: "Accueil", output: "b.xlsx" },
    });
    expect(parseArgs([...ADD, "--nom=-Accueil", "--sortie", "b.xlsx"])).toMatchObject({ ok: true, command: { name: "-Accueil" } });
  });

  test("after --, everything is a file, even what looks like an option", () => {
    expect(parseArgs(["valider", "--json", "--", "--nom", "-"])).toEqual({
      ok: true,
      command: { kind: "validate", files: ["--nom", "-"], json: true },
    });
  });

  test("--help anywhere before -- wins; --version only alone", () => {
    expect(parseArgs(["valider", "a.xlsx", "--aide"])).toEqual({ ok: true, command: { kind: "help" } });
    expect(parseArgs(["valider", "--", "--help"])).toEqual({ ok: true, command: { kind: "validate", files: ["--help"], json: false } });
    expect(parseArgs(["--version"])).toEqual({ ok: true, command: { kind: "version" } });
    expect(parseArgs(["modèle", "--exemple", "m.xlsx"])).toEqual({ ok: true, command: { kind: "template", output: "m.xlsx", example: true } });
  });
});

describe("consolider", () => {
  test("folders and files, with either output or both", () => {
    expect(parseArgs(["consolider", "registres", "b.xlsx", "--sortie", "synthese.XLSX"])).toEqual({
      ok: true,
      command: { kind: "consolidate", inputs: ["registres", "b.xlsx"], output: "synthese.XLSX" },
    });
    expect(parseArgs(["consolider", "r", "--html=s.htm"])).toEqual({ ok: true, command: { kind: "consolidate", inputs: ["r"], html: "s.htm" } });
    expect(parseArgs(["consolider", "r", "--html", "s.html", "--sortie", "s.xlsx"])).toMatchObject({ ok: true, command: { output: "s.xlsx", html: "s.html" } });
  });

  test.each([
    ["no input", ["consolider", "--sortie", "s.xlsx"], consolidateUsage.noInput],
    ["no output", ["consolider", "registres"], consolidateUsage.noOutput],
    ["a workbook output that is not .xlsx", ["consolider", "r", "--sortie", "s.ods"], usage.notXlsxName("s.ods")],
    ["a page output that is not .html", ["consolider", "r", "--html", "s.pdf"], consolidateUsage.notHtmlName("s.pdf")],
    ["an unknown option", ["consolider", "r", "--sortie", "s.xlsx", "--recursif"], usage.unknownOption("--recursif", "consolider")],
  ])("%s is a usage error", (_case, argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message });
  });
});
