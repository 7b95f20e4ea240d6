/**
 * `mentions` run as a user runs it, on the example register the command line writes (`modele
 * --exemple`): the notices as plain text on the standard output, one per audience in order; a Word file
 * with the same words and nothing printed; a RÉF found whatever its case; exit 65 for an unknown or a
 * shared RÉF (the RÉFs listed) or an audience the fiche does not name; exit 73 for an existing output,
 * left as it was. The input register is never changed.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { buildNotices, noticeText, readRegister, type Register } from "../../src/register";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { mentions } from "../../src/cli/strings";
import { ensureBuilt, runCli, sha256, tempDir } from "./helpers";

// Child processes and whole workbooks: slow on a busy 2-core machine.
jest.setTimeout(120_000);

let dir: string;
let example: string;
let register: Register;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  example = join(dir, "exemple.xlsx");
  expect(runCli(["modele", example, "--exemple"], dir).code).toBe(0);
  register = readRegister(snapshotOf(await loadXlsx(new Uint8Array(readFileSync(example)))));
}, 60_000);

/** The engine's notices of the example fiche `ref`, as the command should print them. */
function expectedText(ref: string): string {
  const fiche = register.fiches.find((f) => f.ref.value === ref && f.kind === "fiche");
  if (!fiche) throw new Error(`no fiche ${ref}`);
  return `${buildNotices(register, fiche)
    .map((n) => noticeText(n).trimEnd())
    .join(mentions.separator)}\n`;
}

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

/** The text of each paragraph of a Word document, with its style (Heading1, ListParagraph…) and whether it is shaded. */
function paragraphs(xml: string): { style: string; shaded: boolean; text: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? "",
    shaded: p.includes("<w:shd "),
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join("")
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&"),
  }));
}

describe("the notices as plain text", () => {
  test("every audience the fiche names, in order, whatever the RÉF's case; the register untouched", () => {
    const hash = sha256(example);
    const r = runCli(["mentions", example, "--fiche", "REF-002"], dir);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toBe(expectedText("ref-002"));
    const patients = r.out.indexOf("Vos données personnelles : Soins non programmés / participation au SAS");
    const members = r.out.indexOf("Information des adhérents sur leurs données : Soins non programmés / participation au SAS");
    expect(patients).toBe(0);
    expect(members).toBeGreaterThan(patients);
    // What the fiche lacks is said at the top of each notice, before its first section.
    expect(r.out.indexOf("À compléter avant de diffuser cette mention")).toBeLessThan(r.out.indexOf("Qui est responsable de vos données ?"));
    expect(sha256(example)).toBe(hash);
  });

  test("--public keeps one audience, --source says where the data come from", () => {
    const r = runCli(["mentions", example, "--fiche", "ref-002", "--public", "patients", "--source", "la fiche de liaison du SAMU"], dir);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Vos données personnelles : Soins non programmés");
    expect(r.out).not.toContain("Information des adhérents");
    expect(r.out).toContain("la fiche de liaison du SAMU");
  });
});

describe("the notices as a Word file", () => {
  test("nothing printed; one section (so a new page) per notice, the gaps first on a shaded band, headings, paragraphs and bullets", async () => {
    const output = join(dir, "mentions-ref-002.docx");
    const r = runCli(["mentions", example, "--fiche", "ref-002", "--docx", output], dir);
    expect(r.err).toBe("");
    expect(r.out).toBe("");
    expect(r.code).toBe(0);
    const xml = await documentXml(output);
    const paras = paragraphs(xml);
    const titles = paras.filter((p) => p.style === "Heading1").map((p) => p.text);
    expect(titles).toEqual([
      "Vos données personnelles : Soins non programmés / participation au SAS",
      "Information des adhérents sur leurs données : Soins non programmés / participation au SAS",
    ]);
    // Two Word sections: the second notice starts on a new page.
    expect(xml.match(/<w:sectPr[ >]/g)).toHaveLength(2);
    const gapsAt = paras.findIndex((p) => p.text === "À compléter avant de diffuser ces mentions");
    const firstHeading = paras.findIndex((p) => p.style === "Heading2");
    expect(gapsAt).toBeGreaterThan(0);
    expect(gapsAt).toBeLessThan(firstHeading);
    expect(paras[gapsAt].shaded).toBe(true);
    expect(paras.find((p) => p.text.startsWith("La fiche ne dit pas si donner ces données est obligatoire"))).toMatchObject({
      shaded: true,
      style: "ListParagraph",
    });
    expect(paras.find((p) => p.text.startsWith("La fiche ne dit pas si donner ces données est obligatoire"))?.text).toContain(
      "(onglet « SNP - participation au SAS », case B24)",
    );
    // The words are the engine's: every heading, paragraph and bullet of every notice is there.
    const fiche = register.fiches.find((f) => f.ref.value === "ref-002")!;
    const texts = new Set(paras.map((p) => p.text));
    for (const notice of buildNotices(register, fiche)) {
      for (const section of notice.sections) {
        expect(texts).toContain(section.heading);
        for (const line of [...section.paragraphs, ...section.bullets]) expect(texts).toContain(line);
      }
    }
    expect(paras.filter((p) => p.style === "ListParagraph" && !p.shaded).length).toBeGreaterThan(5);
  });

  test("an existing output is exit 73, left as it was, nothing printed", () => {
    const output = join(dir, "deja-la.docx");
    writeFileSync(output, "mon document");
    const r = runCli(["mentions", example, "--fiche", "ref-001", "--docx", output], dir);
    expect(r.code).toBe(73);
    expect(r.out).toBe("");
    expect(r.err).toContain("existe déjà");
    expect(readFileSync(output, "utf8")).toBe("mon document");
  });
});

describe("the RÉF and the audience asked for must be there (exit 65)", () => {
  test("an unknown RÉF: the RÉFs of the register listed, nothing written", () => {
    const output = join(dir, "inconnue.docx");
    const r = runCli(["mentions", example, "--fiche", "ref-009", "--docx", output], dir);
    expect(r.code).toBe(65);
    expect(r.out).toBe("");
    expect(r.err).toContain("Aucune fiche du registre n'a la référence « ref-009 »");
    for (const line of ["ref-001 · Gestion des adhérents", "ref-002 · Soins non programmés / participation au SAS", "ref-003 · Ressources humaines et paie"]) {
      expect(r.err).toContain(line);
    }
    expect(existsSync(output)).toBe(false);
  });

  test("a RÉF two fiches share (written differently): both tabs named, the RÉFs listed", async () => {
    const book = await loadXlsx(new Uint8Array(readFileSync(example)));
    const hr = register.fiches.find((f) => f.ref.value === "ref-003")!;
    applyPlanToXlsx(book, {
      title: "RÉF en double",
      ops: [{ op: "write", sheet: hr.sheet, cells: [{ address: hr.ref.cell, kind: "text", value: "Ref-002 " }] }],
    });
    const doubled = join(dir, "doublon.xlsx");
    writeFileSync(doubled, await saveXlsx(book));
    const r = runCli(["mentions", doubled, "--fiche", "ref-002"], dir);
    expect(r.code).toBe(65);
    expect(r.out).toBe("");
    expect(r.err).toContain("Plusieurs fiches ont la référence « ref-002 » (onglets « SNP - participation au SAS », « Ressources humaines et paie »)");
    expect(r.err).toContain("ref-001 · Gestion des adhérents");
  });

  test("an audience the fiche does not name: the ones it names", () => {
    const r = runCli(["mentions", example, "--fiche", "ref-002", "--public", "salaries"], dir);
    expect(r.code).toBe(65);
    expect(r.out).toBe("");
    expect(r.err).toContain("La fiche ref-002 ne nomme pas les salariés parmi les personnes concernées ; elle nomme : patients, adhérents.");
  });
});
