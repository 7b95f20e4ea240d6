/**
 * « Fiche réflexe »: the reflexes show at once, before anything is read; the contacts are prefilled from
 * the card already in the workbook; « Créer la fiche à afficher » writes the one-page card and selects it,
 * « Mettre à jour » rewrites it in place.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import CardSection from "../../../src/taskpane/components/security/card/CardSection";
import { readCard, type WritePlan } from "../../../src/register";
import { excelBookSnapshot, type ExcelBook } from "../../../src/workbook/exceljs";
import { buildTemplateWorkbook } from "../../../src/workbook/template";
import { excelBookOf } from "../../fixtures/excelBook";
import { clockAt } from "../../fixtures/clocks";
import { SectionHarness } from "./harness";

const CLOCK = clockAt("2026-12-07T10:00:00+01:00");

let book: ExcelBook;
beforeEach(async () => {
  book = await excelBookOf(await buildTemplateWorkbook({ clock: CLOCK }));
}, 30000);

describe("CardSection", () => {
  it("shows the five reflexes and « never pay » first, even before the workbook is read", () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={CardSection} noSnapshot />);
    const reflexes = screen.getByRole("list", { name: "Les réflexes, dans l'ordre" });
    const items = within(reflexes).getAllByRole("listitem");
    expect(items).toHaveLength(5);
    expect(items[0].textContent).toContain("Débranchez la machine du réseau");
    expect(items[4].textContent).toContain("Notifiez la CNIL dans les 72 heures");
    expect(screen.getByText("En cas de rançongiciel, ne payez jamais la rançon.")).toBeTruthy();
    // The reflexes come before the form in the page.
    const heading = screen.getByRole("heading", { name: "Cyberattaque : les bons réflexes" });
    const form = screen.getByRole("heading", { name: "La fiche à afficher dans les bureaux" });
    expect(heading.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByRole("link", { name: "crrc@sesan.fr" }).getAttribute("href")).toBe("mailto:crrc@sesan.fr");
    expect(screen.getByText("Vérifiez d'abord le classeur pour y créer la fiche à afficher.")).toBeTruthy();
  });

  it("creates the card with the contacts typed, selects it, then offers to update it with the form prefilled", async () => {
    const plans: WritePlan[] = [];
    const { unmount } = render(<SectionHarness book={book} clock={CLOCK} Section={CardSection} onPlan={(p) => plans.push(p)} />);
    fireEvent.change(screen.getByLabelText("Support informatique (nom, téléphone)"), { target: { value: "InfoSanté 78 – 01 23 45 67 89" } });
    fireEvent.change(screen.getByLabelText("Numéro de contrat d'assurance"), { target: { value: "CY-2026-0042" } });
    fireEvent.click(screen.getByRole("button", { name: "Créer la fiche à afficher" }));
    await screen.findByText(/La fiche est prête et sélectionnée : imprimez-la avec Ctrl\+P/);
    expect(plans[0].ops.at(-1)).toEqual({ op: "select", sheet: "Fiche réflexe cyberattaque", address: "A1" });
    expect(readCard(excelBookSnapshot(book))?.contacts).toMatchObject({
      itSupport: "InfoSanté 78 – 01 23 45 67 89",
      insurerContract: "CY-2026-0042",
      president: "",
    });
    expect(screen.getByRole("button", { name: "Mettre à jour la fiche" })).toBeTruthy();
    unmount();

    // Opened again on the workbook: the form shows what the card holds.
    render(<SectionHarness book={book} clock={CLOCK} Section={CardSection} onPlan={(p) => plans.push(p)} />);
    expect(screen.getByLabelText<HTMLInputElement>("Support informatique (nom, téléphone)").value).toBe("InfoSanté 78 – 01 23 45 67 89");
    expect(screen.getByText("La fiche est dans la feuille « Fiche réflexe cyberattaque ».")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Président(e) de la CPTS (nom, téléphone)"), { target: { value: "Dr Durand – 06 12 34 56 78" } });
    fireEvent.click(screen.getByRole("button", { name: "Mettre à jour la fiche" }));
    await waitFor(() => expect(readCard(excelBookSnapshot(book))?.contacts.president).toBe("Dr Durand – 06 12 34 56 78"));
    expect(plans[1].title).toBe("Mettre à jour la fiche réflexe cyberattaque");
    expect(excelBookSnapshot(book).sheets.filter((s) => s.name.startsWith("Fiche réflexe"))).toHaveLength(1);
  });
});
