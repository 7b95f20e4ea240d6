/** `mentions`' arguments, in process: what parses, and each usage error's French message (exit 64). */
import { parseArgs } from "../../src/cli/args";
import { usage } from "../../src/cli/strings";

describe("mentions FICHIER --fiche REF [--public PUBLIC] [--source TEXTE] [--docx SORTIE]", () => {
  test("the RÉF, the source and the output as typed; the audience in any case, with or without accents", () => {
    expect(parseArgs(["mentions", "registre.xlsx", "--fiche", " ref-002 "])).toEqual({
      ok: true,
      command: { kind: "notices", file: "registre.xlsx", ref: "ref-002" },
    });
    expect(
      parseArgs(["mentions", "registre.xlsx", "--fiche=ref-002", "--public", "Salariés", "--source", "le médecin traitant", "--docx", "mentions.DOCX"]),
    ).toEqual({
      ok: true,
      command: { kind: "notices", file: "registre.xlsx", ref: "ref-002", audience: "staff", source: "le médecin traitant", docx: "mentions.DOCX" },
    });
    const audiences = ["patients", "professionnels", "adherents", "adhérents", "salaries"].map((p) => {
      const parsed = parseArgs(["mentions", "r.xlsx", "--fiche", "1", "--public", p]);
      return parsed.ok && parsed.command.kind === "notices" ? parsed.command.audience : null;
    });
    expect(audiences).toEqual(["patients", "professionals", "members", "members", "staff"]);
  });

  test.each([
    ["no file", ["mentions", "--fiche", "ref-1"], usage.noticesNoFile],
    ["two files", ["mentions", "a.xlsx", "b.xlsx", "--fiche", "ref-1"], usage.noticesOneFile],
    ["no RÉF", ["mentions", "a.xlsx"], usage.noticesNoRef],
    ["a blank RÉF", ["mentions", "a.xlsx", "--fiche", "  "], usage.noticesNoRef],
    ["an unknown audience", ["mentions", "a.xlsx", "--fiche", "ref-1", "--public", "clients"], usage.noticesBadAudience("clients")],
    ["a Word file not named .docx", ["mentions", "a.xlsx", "--fiche", "ref-1", "--docx", "mentions.pdf"], usage.notDocxName("mentions.pdf")],
    ["an unknown option", ["mentions", "a.xlsx", "--fiche", "ref-1", "--sortie", "m.docx"], usage.unknownOption("--sortie", "mentions")],
  ])("%s", (_case, argv, message) => {
    expect(parseArgs(argv)).toEqual({ ok: false, message });
  });
});
