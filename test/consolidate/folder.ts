/**
 * A folder of registers as SESAN receives them: ready and not ready ones (one CPTS named with markup, a
 * fiche named with « & »), a damaged file, Excel's lock file, a note, and a sub-folder that holds one
 * more register (not to be read: folders are not searched recursively).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { planAddBreach, readRegister, todaySerial, type CellWrite, type Clock, type WriteOp } from "../../src/register";
import { planAuditRun } from "../../src/register/audit/plans";
import { dayClock } from "../fixtures/clocks";
import { buildRegisterWithFiches } from "../../src/bench/registers";
import { applyPlanToXlsx, saveXlsx, snapshotOf } from "../../src/workbook/xlsx";

export const SCRIPT_CPTS = "<script>alert(1)</script>";
export const AMPERSAND_FICHE = "Gestion des adhérents & partenaires";

interface RegisterShape {
  fiches: number;
  /** The « Responsable du traitement » of every fiche: the CPTS's name in the report. */
  cpts: string;
  /** Fiches (0-based, among the filled ones) whose main purpose is cleared: an article 30 error each. */
  withoutPurpose?: number[];
  /** New names of fiches (0-based). */
  names?: Record<number, string>;
  /** A cyber self-audit run on that day, and an incident found on that day with no CNIL decision yet. */
  auditOn?: Clock;
  incidentOn?: Clock;
}

export async function registerFile(shape: RegisterShape, clock: Clock): Promise<Uint8Array> {
  const book = await buildRegisterWithFiches(shape.fiches, clock);
  const register = readRegister(snapshotOf(book));
  const ops: WriteOp[] = [];
  register.fiches
    .filter((f) => f.kind === "fiche")
    .forEach((f, i) => {
      const cells: CellWrite[] = [];
      if (f.controller) cells.push({ address: f.controller.name.cell, kind: "text", value: shape.cpts });
      if (shape.withoutPurpose?.includes(i)) cells.push({ address: f.mainPurpose.cell, kind: "clear" });
      const name = shape.names?.[i];
      if (name !== undefined) cells.push({ address: f.name.cell, kind: "text", value: name });
      ops.push({ op: "write", sheet: f.sheet, cells });
    });
  applyPlanToXlsx(book, { title: "Registre de test", ops });
  if (shape.auditOn) applyPlanToXlsx(book, planAuditRun(snapshotOf(book), { "gov-referent": "designe" }, "Marie", shape.auditOn));
  if (shape.incidentOn) {
    const fields = {
      what: "Ordinateur portable volé",
      dataAndPersons: "Fichier des adhérents",
      consequences: "Aucune connue",
      measures: "Mots de passe changés",
    };
    applyPlanToXlsx(book, planAddBreach(snapshotOf(book), { discovered: todaySerial(shape.incidentOn), ...fields }, shape.incidentOn));
  }
  return saveXlsx(book);
}

/** The registers of the folder that are read, by file name. */
export const READ_REGISTERS = ["cpts-du-nord.xlsx", "cpts-script.xlsx", "cpts-sud.xlsx"] as const;

export async function writeRegistersFolder(dir: string, clock: Clock): Promise<void> {
  writeFileSync(join(dir, "cpts-du-nord.xlsx"), await registerFile({ fiches: 4, cpts: "CPTS du Nord" }, clock));
  writeFileSync(join(dir, "cpts-script.xlsx"), await registerFile({ fiches: 3, cpts: SCRIPT_CPTS, withoutPurpose: [1], names: { 0: AMPERSAND_FICHE } }, clock));
  writeFileSync(
    join(dir, "cpts-sud.xlsx"),
    await registerFile(
      { fiches: 5, cpts: "CPTS Sud Essonne", withoutPurpose: [0, 2], auditOn: dayClock(2026, 3, 10), incidentOn: dayClock(2026, 11, 2) },
      clock,
    ),
  );
  writeFileSync(join(dir, "abime.xlsx"), "ceci n'est pas un classeur");
  writeFileSync(join(dir, "~$cpts-du-nord.xlsx"), "verrou d'Excel");
  writeFileSync(join(dir, "notes.txt"), "à relire");
  mkdirSync(join(dir, "archives"));
  writeFileSync(join(dir, "archives", "cpts-ancienne.xlsx"), await registerFile({ fiches: 1, cpts: "CPTS Archivée" }, clock));
}
