/**
 * « Violations »: an incident noted through the short form lands in the sheet « Registre des
 * violations », shows its 72-hour clock (hours left, then the deadline passed on a later clock), links to
 * its line, and takes the CNIL decision, written in the line's one cell.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import BreachesSection from "../../../src/taskpane/components/security/breaches/BreachesSection";
import { readBreaches, type WritePlan } from "../../../src/register";
import { excelBookSnapshot, type ExcelBook } from "../../../src/workbook/exceljs";
import { buildTemplateWorkbook } from "../../../src/workbook/template";
import { excelBookOf } from "../../fixtures/excelBook";
import { clockAt } from "../../fixtures/clocks";
import { SectionHarness } from "./harness";

// Monday 07/12/2026 at 10:00 in Paris.
const CLOCK = clockAt("2026-12-07T10:00:00+01:00");

let book: ExcelBook;
beforeEach(async () => {
  book = await excelBookOf(await buildTemplateWorkbook({ clock: CLOCK }));
}, 30000);

/** Notes the incident through the form, discovered on Saturday 05/12 at 14:30. */
async function noteIncident(): Promise<void> {
  fireEvent.change(screen.getByLabelText(/Découverte le \(date et heure\)/), { target: { value: "2026-12-05T14:30" } });
  fireEvent.change(screen.getByLabelText(/Ce qui s'est passé/), { target: { value: "Ordinateur portable volé" } });
  fireEvent.change(screen.getByLabelText(/Données et personnes concernées/), { target: { value: "Agenda de 120 patients" } });
  fireEvent.change(screen.getByLabelText("Risque pour les personnes"), { target: { value: "high" } });
  fireEvent.click(screen.getByRole("button", { name: "Noter la violation" }));
  await screen.findByText("La violation est notée dans la feuille « Registre des violations ».");
}

describe("BreachesSection", () => {
  it("with no incident yet: says so, and the form's discovery defaults to now", () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={BreachesSection} />);
    expect(screen.getByText("Aucune violation notée")).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/Découverte le \(date et heure\)/).value).toBe("2026-12-07T10:00");
  });

  it("notes an incident in the sheet and shows its 72-hour clock, with a link to its line", async () => {
    const onNavigate = jest.fn();
    render(<SectionHarness book={book} clock={CLOCK} Section={BreachesSection} onNavigate={onNavigate} />);
    await noteIncident();
    const entries = readBreaches(excelBookSnapshot(book)).entries;
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      row: 5,
      what: "Ordinateur portable volé",
      dataAndPersons: "Agenda de 120 patients",
      risk: "high",
      cnil: { kind: "undecided" },
    });
    const item = screen.getByText("Ordinateur portable volé").closest("li") as HTMLElement;
    expect(within(item).getByText("Découverte le 05/12/2026 à 14:30")).toBeTruthy();
    expect(within(item).getByText("Reste 28 h pour décider (avant le 08/12/2026 à 14:30)")).toBeTruthy();
    fireEvent.click(within(item).getByRole("button", { name: "Voir dans la feuille la violation découverte le 05/12/2026 à 14:30" }));
    expect(onNavigate).toHaveBeenCalledWith("Registre des violations", "A5");
    // The form is blank again for the next one.
    expect(screen.getByLabelText<HTMLTextAreaElement>(/Ce qui s'est passé/).value).toBe("");
  });

  it("past the 72 hours, the line says since when", async () => {
    const { unmount } = render(<SectionHarness book={book} clock={CLOCK} Section={BreachesSection} />);
    await noteIncident();
    unmount();
    render(<SectionHarness book={book} clock={clockAt("2026-12-09T08:00:00+01:00")} Section={BreachesSection} />);
    expect(screen.getByText("Délai dépassé depuis le 08/12/2026 à 14:30 : décidez sans attendre")).toBeTruthy();
  });

  it("records the CNIL decision in the line's one cell, and the clock stops", async () => {
    const plans: WritePlan[] = [];
    render(<SectionHarness book={book} clock={CLOCK} Section={BreachesSection} onPlan={(p) => plans.push(p)} />);
    await noteIncident();
    fireEvent.click(screen.getByRole("button", { name: "Noter la décision CNIL…" }));
    fireEvent.click(screen.getByLabelText("Pas de notification : la violation ne présente pas de risque pour les personnes"));
    // Without a reason: refused, nothing written.
    fireEvent.click(screen.getByRole("button", { name: "Noter la décision" }));
    expect(await screen.findByText(/Écrivez pourquoi/)).toBeTruthy();
    expect(plans).toHaveLength(1);
    fireEvent.change(screen.getByLabelText(/Pourquoi il n'y a pas de risque/), { target: { value: "Disque chiffré, mot de passe robuste" } });
    fireEvent.click(screen.getByRole("button", { name: "Noter la décision" }));
    await screen.findByText("Pas de notification à la CNIL : Disque chiffré, mot de passe robuste");
    expect(plans[1].ops).toEqual([
      { op: "write", sheet: "Registre des violations", cells: [{ address: "H5", kind: "text", value: "Disque chiffré, mot de passe robuste" }] },
    ]);
    await waitFor(() => expect(screen.queryByRole("button", { name: "Noter la décision CNIL…" })).toBeNull());
  });

  it("records the CNIL's notification with its date and time", async () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={BreachesSection} />);
    await noteIncident();
    fireEvent.click(screen.getByRole("button", { name: "Noter la décision CNIL…" }));
    fireEvent.change(screen.getByLabelText("Notifiée le (date et heure)"), { target: { value: "2026-12-06T09:15" } });
    fireEvent.click(screen.getByRole("button", { name: "Noter la décision" }));
    await screen.findByText("CNIL notifiée le 06/12/2026 à 09:15");
  });
});
