/**
 * The cyberattack card « Fiche réflexe cyberattaque »: the law said right, the CPTS's contacts written and
 * read back, the card rewritten in place, and its print setup (one A4 page, portrait, fit to 1 × 1) read
 * back from the written file's XML.
 */
import {
  CARD_NEVER,
  CARD_REFLEXES,
  CARD_ROWS,
  EMPTY_CARD_CONTACTS,
  FIXED_CONTACTS,
  OWNED_MARKS,
  invertPlan,
  planCard,
  readCard,
  type CardContacts,
  type WorkbookSnapshot,
} from "../../../src/register";
import { buildTemplateWorkbook } from "../../../src/workbook/template";
import { applyPlanToXlsx, loadXlsx, saveXlsx, snapshotOf } from "../../../src/workbook/xlsx";
import { applyPlanToSnapshot, cnilSnapshot, contentOf } from "../../fixtures/snapshots";
import { clockAt, dayClock } from "../../fixtures/clocks";
import { printLayoutOf } from "../../fixtures/printLayout";

jest.setTimeout(60_000);

const clock = dayClock(2026, 12, 7);
const contacts: CardContacts = {
  itSupport: "InfoSanté 78 – 01 23 45 67 89",
  gdprReferent: "Claire Martin – rgpd@cpts78nord.fr",
  president: "Dr Paul Durand – 06 12 34 56 78",
  insurer: "Mutuelle des soignants – 0 800 000 000",
  insurerContract: "CY-2026-0042",
};

const cardSheet = (s: WorkbookSnapshot) => s.sheets.find((x) => x.name === "Fiche réflexe cyberattaque");
const cellsText = (s: WorkbookSnapshot) => (cardSheet(s)?.values ?? []).flat().map(String).join("\n");

describe("what the card says", () => {
  test("the five reflexes in order, never pay, the CNIL's 72 hours with its exception, the persons when the risk is high, the ARS", () => {
    expect(CARD_REFLEXES.map((r) => r.action)).toEqual([
      "Débranchez la machine du réseau",
      "N'éteignez pas les ordinateurs touchés",
      "Alertez la direction et l'équipe de la CPTS",
      "Alertez votre support informatique",
      "Puis faites les déclarations",
    ]);
    const last = CARD_REFLEXES[4].detail;
    expect(last).toContain("Notifiez la CNIL dans les 72 heures après l'avoir découvert, sauf si la violation ne présente pas de risque pour les personnes");
    expect(last).toContain("Informez les personnes concernées si le risque pour elles est élevé");
    expect(last).toContain("CERT Santé");
    expect(CARD_NEVER).toContain("ne payez jamais la rançon");
    expect(FIXED_CONTACTS.map((c) => c.how).join(" ")).toEqual(expect.stringContaining("crrc@sesan.fr"));
    expect(FIXED_CONTACTS.map((c) => c.how).join(" ")).toContain("https://www.cnil.fr/fr/notifier-une-violation-de-donnees-personnelles");
  });
});

describe("writing the card and reading it back", () => {
  test("a new card: the add-in's sheet, marked, with the title, the reflexes, the contacts and the day, selected for printing", () => {
    const before = cnilSnapshot();
    expect(readCard(before)).toBeNull();
    const plan = planCard(before, contacts, clock);
    expect(plan.title).toBe("Créer la fiche réflexe cyberattaque à afficher");
    expect(plan.ops.at(-1)).toEqual({ op: "select", sheet: "Fiche réflexe cyberattaque", address: "A1" });
    const after = applyPlanToSnapshot(before, plan);
    const sheet = cardSheet(after);
    expect(sheet?.values[0][25]).toBe(OWNED_MARKS.card);
    const text = cellsText(after);
    expect(text).toContain("FICHE RÉFLEXE CYBERATTAQUE");
    expect(text).toContain("À afficher dans tous les bureaux");
    expect(text).toContain("Fiche établie le 07/12/2026");
    expect(sheet?.values[CARD_ROWS.firstReflex - 1].slice(0, 2)).toEqual(["1", "Débranchez la machine du réseau"]);
    expect(readCard(after)).toEqual({ sheet: "Fiche réflexe cyberattaque", contacts });
  });

  test("contacts left empty are lines to fill in by hand on paper, and read back as empty", () => {
    const after = applyPlanToSnapshot(cnilSnapshot(), planCard(cnilSnapshot(), { ...EMPTY_CARD_CONTACTS, president: "Dr Durand" }, clock));
    expect(cellsText(after)).toContain("…………");
    expect(readCard(after)?.contacts).toEqual({ ...EMPTY_CARD_CONTACTS, president: "Dr Durand" });
  });

  test("« Mettre à jour » rewrites the add-in's card in place, and undo gives the previous one back", () => {
    const first = applyPlanToSnapshot(cnilSnapshot(), planCard(cnilSnapshot(), contacts, clock));
    const changed = { ...contacts, itSupport: "Nouveau prestataire – 01 99 99 99 99" };
    const plan = planCard(first, changed, clockAt("2027-01-15T09:00:00+01:00"));
    expect(plan.title).toBe("Mettre à jour la fiche réflexe cyberattaque");
    expect(plan.ops.some((op) => op.op === "addSheet")).toBe(false);
    const second = applyPlanToSnapshot(first, plan);
    expect(second.sheets.filter((s) => s.name.startsWith("Fiche réflexe"))).toHaveLength(1);
    expect(readCard(second)?.contacts.itSupport).toBe("Nouveau prestataire – 01 99 99 99 99");
    expect(cellsText(second)).toContain("Fiche établie le 15/01/2027");
    expect(contentOf(applyPlanToSnapshot(second, invertPlan(plan, first)))).toEqual(contentOf(first));
  });

  test("a user's own sheet of the same name is left alone: the card is made beside it", () => {
    const base = cnilSnapshot();
    const mine = { ...base, sheets: [...base.sheets, { name: "Fiche réflexe cyberattaque", visibility: "Visible" as const, values: [["Ma fiche"]] }] };
    const after = applyPlanToSnapshot(mine, planCard(mine, contacts, clock));
    expect(cardSheet(after)?.values).toEqual([["Ma fiche"]]);
    expect(readCard(after)?.sheet).toBe("Fiche réflexe cyberattaque (2)");
  });
});

describe("the card on paper", () => {
  test("written into a real file: one A4 page, portrait, fit to 1 × 1, its print area the card, the mark's column hidden", async () => {
    const book = await buildTemplateWorkbook({ clock });
    applyPlanToXlsx(book, planCard(snapshotOf(book), contacts, clock));
    const bytes = await saveXlsx(book);
    expect(printLayoutOf(bytes, "Fiche réflexe cyberattaque")).toMatchObject({
      orientation: "portrait",
      paperSize: "9",
      fitToPage: true,
      fitToWidth: "1",
      fitToHeight: "1",
      printArea: `'Fiche réflexe cyberattaque'!$A$1:$C$${CARD_ROWS.footer}`,
      hiddenColumns: [26],
    });
    // Read back from the file, the contacts are the ones written.
    expect(readCard(snapshotOf(await loadXlsx(bytes)))?.contacts).toEqual(contacts);
  });
});
