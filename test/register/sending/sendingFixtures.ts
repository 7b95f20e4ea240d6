/**
 * Registers for the sending tests, written through the real file layer by the add-in's own plans: the
 * example register with rights requests, breaches and a set-aside finding, the people named in them
 * with names no other cell holds (so that a search of every cell finds them only where they were typed).
 */
import {
  planAddBreach,
  planAddRequest,
  planRecordAnswer,
  planRecordCnil,
  planSetAside,
  readRegister,
  validateRegister,
  type Clock,
} from "../../../src/register";
import { buildRegisterWithFiches } from "../../../src/bench/registers";
import { applyPlanToXlsx, saveXlsx, snapshotOf, type XlsxWorkbook } from "../../../src/workbook/xlsx";
import { serial } from "../../fixtures/registers";

/** The people of the requests and breaches, and the set-aside's author: none may be left in the copy. */
export const PEOPLE = ["Héloïse Vandermeersch", "Bartholomé Quintard", "Zéphirine Oudinot", "Anatole Brisquet-Lemaire"];
/** Facts of the incidents, as identifying as a name. */
export const FACTS = ["Clé USB perdue avec les dossiers de Mme Oudinot", "Courriel envoyé à Quintard par erreur"];

/** Applies a plan to the book and reads it back. */
function apply(book: XlsxWorkbook, make: (snapshot: ReturnType<typeof snapshotOf>) => Parameters<typeof applyPlanToXlsx>[1]): void {
  applyPlanToXlsx(book, make(snapshotOf(book)));
}

/**
 * The example register (`fiches` fiches) with three requests (one answered, one open and overdue, one
 * open in time), two incidents (one notified, one open past its 72 hours) and a warning set aside.
 * `clock` is « today » for the plans (24/11/2026 in the tests).
 */
export async function registerWithPeople(fiches: number, clock: Clock): Promise<XlsxWorkbook> {
  const book = await buildRegisterWithFiches(fiches, clock);
  const ref = readRegister(snapshotOf(book)).fiches.find((f) => f.kind === "fiche")?.ref.value ?? "";
  apply(book, (s) =>
    planAddRequest(s, { received: serial("2026-09-01"), person: PEOPLE[0], rights: ["access"], ficheRef: ref, identityChecked: "Oui" }, clock),
  );
  apply(book, (s) => planAddRequest(s, { received: serial("2026-10-01"), person: PEOPLE[1], rights: ["erasure"], ficheRef: ref, identityChecked: "" }, clock));
  apply(book, (s) =>
    planAddRequest(s, { received: serial("2026-11-20"), person: PEOPLE[2], rights: ["rectification"], ficheRef: "", identityChecked: "" }, clock),
  );
  {
    const s = snapshotOf(book);
    const first = readRegister(s).requests?.entries[0];
    if (!first) throw new Error("no request");
    applyPlanToXlsx(book, planRecordAnswer(s, first, { on: serial("2026-09-20"), outcome: "granted" }, clock));
  }
  apply(book, (s) =>
    planAddBreach(
      s,
      {
        discovered: serial("2026-11-02") + 10 / 24,
        what: FACTS[0],
        dataAndPersons: PEOPLE[2],
        consequences: "Aucune",
        risk: "high",
        measures: "Mot de passe changé",
      },
      clock,
    ),
  );
  apply(book, (s) =>
    planAddBreach(s, { discovered: serial("2026-11-10") + 9.5 / 24, what: FACTS[1], dataAndPersons: PEOPLE[1], consequences: "", measures: "" }, clock),
  );
  {
    const s = snapshotOf(book);
    const first = readRegister(s).breaches?.entries[0];
    if (!first) throw new Error("no breach");
    applyPlanToXlsx(book, planRecordCnil(s, first, { kind: "notified", at: serial("2026-11-03") + 9 / 24 }, clock));
  }
  {
    const s = snapshotOf(book);
    const register = readRegister(s);
    const report = validateRegister(register, { clock });
    const warning = report.findings.find(
      (f) => f.severity !== "error" && register.fiches.some((x) => x.sheet === f.sheet && x.kind === "fiche" && x.ref.value),
    );
    if (!warning) throw new Error("no finding to set aside");
    applyPlanToXlsx(book, planSetAside(s, register, warning, { who: PEOPLE[3], why: "Voir avec SESAN" }, clock));
  }
  return book;
}

export async function registerWithPeopleBytes(fiches: number, clock: Clock): Promise<Uint8Array> {
  return saveXlsx(await registerWithPeople(fiches, clock));
}
