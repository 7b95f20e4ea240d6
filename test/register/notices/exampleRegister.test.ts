/**
 * The add-in's own example register (`cpts-registre modele --exemple`: the template, the organisation and
 * typical CPTS fiches, as a real .xlsx): a coordinator produces a notice for each fiche and reads it
 * without a lawyer. The template's « Base légale » and « Exception article 9 » rows are read as chosen.
 */
import { buildExampleRegister } from "../../../src/workbook/template";
import { snapshotOf } from "../../../src/workbook/xlsx";
import { buildNotices, readRegister, type Notice, type Register } from "../../../src/register";
import { dayClock } from "../../fixtures/clocks";
import { sectionText, items } from "./helpers";

let register: Register;

beforeAll(async () => {
  register = readRegister(snapshotOf(await buildExampleRegister({ clock: dayClock(2026, 11, 24) })));
});

function noticesByFiche(): Map<string, Notice[]> {
  const map = new Map<string, Notice[]>();
  for (const f of register.fiches.filter((x) => x.kind === "fiche")) map.set(f.name.value, buildNotices(register, f));
  return map;
}

describe("the example register's notices", () => {
  it("gives every fiche at least one notice, naming the CPTS, its basis and its purposes, with no gap on them", () => {
    const all = noticesByFiche();
    expect(all.size).toBeGreaterThan(1);
    for (const [name, notices] of all) {
      expect(notices.length).toBeGreaterThan(0);
      for (const n of notices) {
        expect({ name, gaps: n.gaps.filter((g) => ["controller", "legalBasis", "purposes", "healthException", "recipients"].includes(g.item)) }).toEqual({
          name,
          gaps: [],
        });
        expect(sectionText(n, "controller")).toMatch(/^Le responsable du traitement est .+\./);
        expect(sectionText(n, "legalBasis")).toMatch(/^Le traitement repose/);
        expect(items(n)).toEqual(
          expect.arrayContaining(["controller", "purposes", "legalBasis", "recipients", "retention", "rights", "exercise", "complaint", "postMortem"]),
        );
      }
    }
  });

  it("speaks to each fiche's people: members for the members' fiche, staff for the HR fiche, patients where patients are named", () => {
    const all = noticesByFiche();
    const audiences = [...all.values()].flat().map((n) => n.audience);
    expect(audiences).toEqual(expect.arrayContaining(["members", "staff", "patients"]));
    for (const n of [...all.values()].flat().filter((x) => x.audience === "patients")) {
      // Patients' fiches hold health data: the exception is said, and the secrecy part comes with data passed on by professionals.
      expect(sectionText(n, "healthException")).toContain("Elles ne sont traitées ici qu'au titre de");
    }
  });
});
