/**
 * `envoi FICHIER [--maj-dates] [--dossier DOSSIER]`: in process with a fixed clock (the copy's name
 * holds the day), then the built command line for what a user sees of it (exit codes, usage). The
 * register read is never changed (sha256), the copy holds no person's data in any part of the file and
 * gives the same verdict and figures.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { parseArgs } from "../../src/cli/args";
import { runSend } from "../../src/cli/envoi";
import { EXIT } from "../../src/cli/exit";
import { usage } from "../../src/cli/strings";
import { findOwnedSheets, readRegister, validateRegister, type WorkbookSnapshot } from "../../src/register";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { TEST_CLOCK } from "../fixtures/clocks";
import { FACTS, PEOPLE, registerWithPeopleBytes } from "../register/sending/sendingFixtures";
import { CNIL_XLSX, ensureBuilt, runCli, sha256, snapshotOfFile, tempDir } from "./helpers";

jest.setTimeout(120_000);

/** The example register's CPTS, as its fiches name it. */
const COPY = "Registre-RGPD_CPTS-du-Val-d-Exemple_2026-11-24.xlsx";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

async function partsHolding(file: string, words: readonly string[]): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const found: string[] = [];
  for (const name of Object.keys(zip.files)) {
    const text = await zip.files[name].async("string");
    if (words.some((w) => text.includes(w))) found.push(name);
  }
  return found;
}

const check = (s: WorkbookSnapshot) => validateRegister(readRegister(s), { clock: TEST_CLOCK });

let dir: string;
let register: string;
beforeAll(async () => {
  dir = tempDir();
  register = join(dir, "registre.xlsx");
  // Saved as Excel saves it: every text in the shared table.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await registerWithPeopleBytes(3, TEST_CLOCK)) as never);
  writeFileSync(register, new Uint8Array(await wb.xlsx.writeBuffer()));
});

describe("envoi, in process", () => {
  it("writes the copy under its name in --dossier, says the verdict and the advice, and leaves the register as it was", async () => {
    const before = sha256(register);
    const folder = join(dir, "pour-sesan");
    mkdirSync(folder);
    const c = capture();
    expect(await runSend({ file: register, refreshDates: false, folder }, c.io, TEST_CLOCK)).toBe(EXIT.ok);
    expect(readdirSync(folder)).toEqual([COPY]);
    expect(sha256(register)).toBe(before);
    const text = c.out.join("\n");
    expect(text).toMatch(/^Verdict : /m);
    expect(text).toContain(`Copie à envoyer écrite : ${join(folder, COPY)}`);
    expect(text).toMatch(/MSSanté/);
    expect(text).toMatch(/Jamais en pièce jointe d'un courriel ordinaire/);
    expect(c.err).toEqual([]);
  });

  it("the copy holds no person's name nor fact in any part of the file, and gives the same verdict and figures", async () => {
    const copy = join(dir, "pour-sesan", COPY);
    expect(await partsHolding(register, PEOPLE)).not.toEqual([]);
    expect(await partsHolding(copy, [...PEOPLE, ...FACTS])).toEqual([]);
    const [a, b] = [check(await snapshotOfFile(register)), check(await snapshotOfFile(copy))];
    expect([b.verdict, b.incidents, b.requests, b.summary.setAside, b.summary.errors]).toEqual([
      a.verdict,
      a.incidents,
      a.requests,
      a.summary.setAside,
      a.summary.errors,
    ]);
    expect(findOwnedSheets(await snapshotOfFile(copy), "sesanSummary")).toHaveLength(1);
  });

  it("exit 73 when the copy exists already, and nothing is written over", async () => {
    const folder = join(dir, "pour-sesan");
    const before = sha256(join(folder, COPY));
    const c = capture();
    expect(await runSend({ file: register, refreshDates: false, folder }, c.io, TEST_CLOCK)).toBe(EXIT.cantCreate);
    expect(c.err.join("\n")).toContain("existe déjà");
    expect(sha256(join(folder, COPY))).toBe(before);
  });

  it("--maj-dates takes tab 2's dates from the fiches in the copy only, and lists them", async () => {
    const shifted = join(dir, "decale");
    mkdirSync(shifted);
    const file = join(shifted, "registre.xlsx");
    const book = await loadXlsx(readFileSync(register));
    const r = readRegister(snapshotOf(book));
    const f1 = r.fiches.find((f) => f.kind === "fiche")!;
    const line = r.listTab!.lines.find((l) => l.ref.value === f1.ref.value)!;
    const { applyPlanToXlsx, saveXlsx } = await import("../../src/workbook/xlsx");
    applyPlanToXlsx(book, {
      title: "t",
      ops: [{ op: "write", sheet: r.listTab!.sheet, cells: [{ address: line.updated.cell, kind: "text", value: "01/02/2020" }] }],
    });
    writeFileSync(file, await saveXlsx(book));
    const before = sha256(file);

    const offered = capture();
    const plain = join(shifted, "sans");
    mkdirSync(plain);
    expect(await runSend({ file, refreshDates: false, folder: plain }, offered.io, TEST_CLOCK)).toBe(EXIT.ok);
    expect(offered.out.join("\n")).toContain("1 date diffère de celles des fiches ; « --maj-dates » les reprend dans la copie.");
    const untouched = readRegister(await snapshotOfFile(join(plain, COPY))).listTab!.lines.find((l) => l.ref.value === f1.ref.value)!;
    expect(untouched.updated.text).toBe("01/02/2020");

    const c = capture();
    const asked = join(shifted, "avec");
    mkdirSync(asked);
    expect(await runSend({ file, refreshDates: true, folder: asked }, c.io, TEST_CLOCK)).toBe(EXIT.ok);
    expect(c.out.join("\n")).toContain(`${f1.ref.value}, mise à jour (${line.updated.cell}) : 01/02/2020 → ${f1.updated.text}`);
    const refreshed = readRegister(await snapshotOfFile(join(asked, COPY))).listTab!.lines.find((l) => l.ref.value === f1.ref.value)!;
    expect(refreshed.updated.serial).toBe(f1.updated.serial);
    expect(sha256(file)).toBe(before);
  });

  it("an unreadable register: exit 2, nothing written", async () => {
    const folder = join(dir, "vide");
    mkdirSync(folder);
    const c = capture();
    expect(await runSend({ file: join(dir, "absent.xlsx"), refreshDates: false, folder }, c.io, TEST_CLOCK)).toBe(EXIT.unreadable);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("envoi's arguments", () => {
  it("parses its options, and refuses what it does not take", () => {
    expect(parseArgs(["envoi", "r.xlsx"])).toEqual({ ok: true, command: { kind: "send", file: "r.xlsx", refreshDates: false } });
    expect(parseArgs(["envoi", "r.xlsx", "--maj-dates", "--dossier", "sortie"])).toEqual({
      ok: true,
      command: { kind: "send", file: "r.xlsx", refreshDates: true, folder: "sortie" },
    });
    expect(parseArgs(["envoi"])).toEqual({ ok: false, message: usage.sendNoFile });
    expect(parseArgs(["envoi", "a.xlsx", "b.xlsx"])).toEqual({ ok: false, message: usage.sendOneFile });
    expect(parseArgs(["envoi", "a.xlsx", "--sortie", "b.xlsx"])).toEqual({ ok: false, message: usage.unknownOption("--sortie", "envoi") });
  });
});

describe("envoi, the built command line", () => {
  beforeAll(() => ensureBuilt());

  it("on the CNIL's workbook: the copy is written beside it (exit 0), then refused once it exists (exit 73)", () => {
    const folder = tempDir();
    const file = join(folder, "registre.xlsx");
    writeFileSync(file, readFileSync(CNIL_XLSX));
    const before = sha256(file);
    const first = runCli(["envoi", "registre.xlsx"], folder);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Verdict : Pas prêt/);
    const copies = readdirSync(folder).filter((f) => f !== "registre.xlsx");
    expect(copies).toHaveLength(1);
    // The CNIL's workbook names no CPTS: the copy takes the file's name.
    expect(copies[0]).toMatch(/^Registre-RGPD_registre_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const second = runCli(["envoi", "registre.xlsx"], folder);
    expect(second.code).toBe(73);
    expect(second.err).toContain("existe déjà");
    expect(sha256(file)).toBe(before);
  });

  it("without a file: exit 64 and the help", () => {
    const r = runCli(["envoi"], tempDir());
    expect(r.code).toBe(64);
    expect(r.err).toContain(usage.sendNoFile);
    expect(r.err).toContain("envoi FICHIER [--maj-dates] [--dossier DOSSIER]");
  });

  it("a --dossier that does not exist: exit 73, nothing written", () => {
    const folder = tempDir();
    const r = runCli(["envoi", CNIL_XLSX, "--dossier", join(folder, "absent")], folder);
    expect(r.code).toBe(73);
    expect(existsSync(join(folder, "absent"))).toBe(false);
  });
});
