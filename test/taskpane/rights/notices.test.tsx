/**
 * « Mentions d'information » over the example register the command line writes: a fiche chosen (the one
 * open in Excel by default), each audience's notice previewed with what the fiche lacks at the top and a
 * way to its cell, « Écrire dans le classeur » writing the add-in's sheet (read back), « Copier le texte »
 * putting the engine's plain text on the clipboard, or selecting it where the clipboard is refused.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import NoticesSection from "../../../src/taskpane/components/rights/notices/NoticesSection";
import { buildNotices, noticeText, readNoticeSheets, readRegister, type WritePlan } from "../../../src/register";
import { excelBookSnapshot, type ExcelBook } from "../../../src/workbook/exceljs";
import { buildExampleRegister } from "../../../src/workbook/template";
import { saveXlsx } from "../../../src/workbook/xlsx";
import { strings } from "../../../src/taskpane/strings";
import { excelBookOf } from "../../fixtures/excelBook";
import { clockAt } from "../../fixtures/clocks";
import { serial } from "../../fixtures/snapshots";
import { SectionHarness } from "../security/harness";
import { openPane } from "../harness";

jest.setTimeout(60_000);

const CLOCK = clockAt("2026-12-07T10:00:00+01:00");
const SNP = "SNP - participation au SAS";

let book: ExcelBook;
beforeEach(async () => {
  book = await excelBookOf(await buildExampleRegister({ clock: CLOCK }));
}, 30_000);

afterEach(() => {
  Reflect.deleteProperty(navigator, "clipboard");
});

/** The engine's notice of the SNP fiche for `audience`, on the workbook as it is. */
function snpNotice(audience: "patients" | "members") {
  const register = readRegister(excelBookSnapshot(book));
  const fiche = register.fiches.find((f) => f.sheet === SNP)!;
  return buildNotices(register, fiche).find((n) => n.audience === audience)!;
}

function chooseSnp(): void {
  fireEvent.change(screen.getByRole("combobox", { name: /^Fiche/ }), { target: { value: SNP } });
}

const card = (audience: string) => screen.getByRole("article", { name: audience });

describe("NoticesSection", () => {
  it("previews each audience's notice of the fiche chosen, the gaps first with a way to their cell", () => {
    const navigated: [string, string][] = [];
    render(<SectionHarness book={book} clock={CLOCK} Section={NoticesSection} onNavigate={(sheet, cell) => navigated.push([sheet, cell])} />);
    // Outside the pane nothing says which sheet is open: the first fiche.
    expect(screen.getByRole<HTMLSelectElement>("combobox", { name: /^Fiche/ }).value).toBe("Gestion des adhérents");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Pour les adhérents"]);

    chooseSnp();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Pour les patients", "Pour les adhérents"]);
    const patients = card("Pour les patients");
    const notice = snpNotice("patients");
    expect(within(patients).getByText(`${notice.gaps.length} points à compléter dans la fiche avant de diffuser`)).toBeTruthy();
    // The gaps come before the preview, and the preview is the engine's notice.
    const gap = within(patients).getByText(/La fiche ne dit pas si donner ces données est obligatoire/);
    const preview = within(patients).getByRole("region", { name: "Aperçu des mentions pour les patients" });
    expect(gap.compareDocumentPosition(preview) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(preview).getByRole("heading", { level: 4 }).textContent).toBe(notice.title);
    expect(
      within(preview)
        .getAllByRole("heading", { level: 5 })
        .map((h) => h.textContent),
    ).toEqual(notice.sections.map((s) => s.heading));

    fireEvent.click(within(patients).getByRole("button", { name: `Aller à la case B24 de la feuille « ${SNP} »` }));
    expect(navigated).toEqual([[SNP, "B24"]]);
  });

  it("the art. 14 source typed shows in the notice", () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={NoticesSection} />);
    chooseSnp();
    fireEvent.change(screen.getByLabelText(/^D'où viennent les données/), { target: { value: "la fiche de liaison du SAMU" } });
    expect(within(card("Pour les patients")).getByText(/la fiche de liaison du SAMU/)).toBeTruthy();
  });

  it("« Écrire dans le classeur » writes the audience's sheet, then says where it is", async () => {
    const plans: WritePlan[] = [];
    render(<SectionHarness book={book} clock={CLOCK} Section={NoticesSection} onPlan={(p) => plans.push(p)} />);
    chooseSnp();
    fireEvent.click(screen.getByRole("button", { name: "Écrire dans le classeur les mentions pour les patients" }));
    await screen.findByText(/Les mentions sont dans le classeur, dans leur propre feuille/);
    expect(plans.map((p) => p.title)).toEqual(["Écrire les mentions d'information de ref-002 (patients)"]);
    expect(readNoticeSheets(excelBookSnapshot(book))).toEqual([
      { sheet: "Mentions ref-002 patients", ficheRef: "ref-002", audience: "patients", madeOn: serial(2026, 12, 7) },
    ]);
    expect(
      within(card("Pour les patients")).getByText(
        "Déjà écrites dans la feuille « Mentions ref-002 patients » le 07/12/2026 : les écrire de nouveau les remplace.",
      ),
    ).toBeTruthy();
    // The other audience has no sheet yet.
    expect(within(card("Pour les adhérents")).queryByText(/Déjà écrites/)).toBeNull();
  });

  it("« Copier le texte » copies the notice's plain text", async () => {
    const writeText = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<SectionHarness book={book} clock={CLOCK} Section={NoticesSection} />);
    chooseSnp();
    fireEvent.click(screen.getByRole("button", { name: "Copier le texte des mentions pour les adhérents" }));
    await within(card("Pour les adhérents")).findByText(/^Texte copié/);
    expect(writeText).toHaveBeenCalledWith(noticeText(snpNotice("members")));
  });

  it("where the clipboard is refused, the text is shown selected, to copy with Ctrl+C", async () => {
    Object.defineProperty(navigator, "clipboard", { value: { writeText: () => Promise.reject(new Error("NotAllowedError")) }, configurable: true });
    render(<SectionHarness book={book} clock={CLOCK} Section={NoticesSection} />);
    chooseSnp();
    fireEvent.click(screen.getByRole("button", { name: "Copier le texte des mentions pour les patients" }));
    const box = await within(card("Pour les patients")).findByRole<HTMLTextAreaElement>("textbox", { name: "Texte des mentions pour les patients, à copier" });
    expect(box.value).toBe(noticeText(snpNotice("patients")));
    expect(within(card("Pour les patients")).getByText(/La copie automatique n'est pas permise ici/)).toBeTruthy();
  });

  it("before the workbook is read, nothing can be written", () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={NoticesSection} noSnapshot />);
    expect(screen.getByText("Vérifiez d'abord le classeur : les mentions sont rédigées à partir de ses fiches.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Écrire dans le classeur les mentions pour les adhérents" }).getAttribute("aria-disabled")).toBe("true");
  });
});

test("in the pane, the « Droits » tab opens on the notices of the fiche open in Excel", async () => {
  const pane = await openPane(await saveXlsx(await buildExampleRegister({ clock: CLOCK })), { tab: "rights" });
  await act(() => pane.memory.raiseSelectionChanged("Ressources humaines et paie", "B4"));
  expect(screen.getByRole("tab", { name: strings.app.tabs.rights }).getAttribute("aria-selected")).toBe("true");
  const select = await screen.findByRole<HTMLSelectElement>("combobox", { name: /^Fiche/ }, { timeout: 10_000 });
  await waitFor(() => expect(select.value).toBe("Ressources humaines et paie"));
  expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(["Pour les salariés"]);
  // Written through the pane (planned on the workbook as it is then, undoable), and read back.
  fireEvent.click(screen.getByRole("button", { name: "Écrire dans le classeur les mentions pour les salariés" }));
  await waitFor(() => expect(readNoticeSheets(pane.content()).map((n) => n.sheet)).toEqual(["Mentions ref-003 salariés"]), { timeout: 10_000 });
  expect(await screen.findByText(/Déjà écrites dans la feuille « Mentions ref-003 salariés »/, undefined, { timeout: 10_000 })).toBeTruthy();
  expect(pane.memory.selection()?.sheet).toBe("Mentions ref-003 salariés");
});
