/**
 * « Demandes »: a request noted through the short form lands in the sheet « Demandes d'exercice des
 * droits », shows its deadline and the days left (then « délai dépassé » on a later day), links to its
 * line, takes the identity check, the extension and the answer in its cells, and offers the model
 * letters to read and copy.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import RequestsSection from "../../../src/taskpane/components/rights/requests/RequestsSection";
import { readRegister, readRequests, type WritePlan } from "../../../src/register";
import { excelBookSnapshot, type ExcelBook } from "../../../src/workbook/exceljs";
import { buildExampleRegister } from "../../../src/workbook/template";
import { excelBookOf } from "../../fixtures/excelBook";
import { dayClock } from "../../fixtures/clocks";
import { SectionHarness } from "../security/harness";

// Monday 07/12/2026.
const CLOCK = dayClock(2026, 12, 7);
const SHEET = "Demandes d'exercice des droits";

let book: ExcelBook;
beforeEach(async () => {
  book = await excelBookOf(await buildExampleRegister({ clock: CLOCK }));
}, 30000);

/** Notes a request received on Saturday 05/12/2026, for access and rectification, on the register's first fiche. */
async function noteRequest(): Promise<string> {
  const ref = readRegister(excelBookSnapshot(book))
    .fiches.find((f) => f.kind === "fiche" && f.ref.value.trim() !== "")!
    .ref.value.trim();
  fireEvent.change(screen.getByLabelText(/^Reçue le/), { target: { value: "2026-12-05" } });
  fireEvent.change(screen.getByLabelText(/^Personne/), { target: { value: "M. D." } });
  fireEvent.click(screen.getByLabelText("Accès"));
  fireEvent.click(screen.getByLabelText("Rectification"));
  fireEvent.change(screen.getByLabelText("Fiche concernée"), { target: { value: ref } });
  fireEvent.click(screen.getByRole("button", { name: "Noter la demande" }));
  await screen.findByText("La demande est notée dans la feuille « Demandes d'exercice des droits ».");
  return ref;
}

const itemOf = (text: string): HTMLElement => screen.getByText(text).closest("li") as HTMLElement;

describe("RequestsSection", () => {
  it("with no request yet: says so, and the form's receipt date defaults to today", () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={RequestsSection} />);
    expect(screen.getByText("Aucune demande notée")).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^Reçue le/).value).toBe("2026-12-07");
    expect(screen.getByText(/Le moins possible : un nom ou des initiales suffisent/)).toBeTruthy();
  });

  it("notes a request in the sheet and shows its deadline and the days left, with a link to its line", async () => {
    const onNavigate = jest.fn();
    render(<SectionHarness book={book} clock={CLOCK} Section={RequestsSection} onNavigate={onNavigate} />);
    const ref = await noteRequest();
    const entries = readRequests(excelBookSnapshot(book))!.entries;
    expect(entries).toEqual([expect.objectContaining({ row: 5, person: "M. D.", rights: ["access", "rectification"], ficheRef: ref, identityChecked: "" })]);
    const item = itemOf("M. D. — Accès, Rectification");
    expect(within(item).getByText("Reçue le 05/12/2026")).toBeTruthy();
    expect(within(item).getByText("Reste 29 jours pour répondre (jusqu'au 05/01/2027)")).toBeTruthy();
    fireEvent.click(within(item).getByRole("button", { name: "Voir dans la feuille la demande de M. D." }));
    expect(onNavigate).toHaveBeenCalledWith(SHEET, "A5");
    expect(screen.getByLabelText<HTMLInputElement>(/^Personne/).value).toBe("");
  });

  it("refuses a request without a right, beside the rights, and writes nothing", async () => {
    const plans: WritePlan[] = [];
    render(<SectionHarness book={book} clock={CLOCK} Section={RequestsSection} onPlan={(p) => plans.push(p)} />);
    fireEvent.change(screen.getByLabelText(/^Personne/), { target: { value: "M. D." } });
    fireEvent.click(screen.getByRole("button", { name: "Noter la demande" }));
    expect(await screen.findByText("Indiquez au moins un droit exercé.")).toBeTruthy();
    expect(plans).toHaveLength(0);
  });

  it("past its deadline, the line says since when", async () => {
    const { unmount } = render(<SectionHarness book={book} clock={CLOCK} Section={RequestsSection} />);
    await noteRequest();
    unmount();
    render(<SectionHarness book={book} clock={dayClock(2027, 1, 6)} Section={RequestsSection} />);
    expect(screen.getByText("Délai dépassé depuis le 05/01/2027 : répondez sans attendre")).toBeTruthy();
  });

  it("records the identity check, the extension with its reasons, then the answer", async () => {
    const plans: WritePlan[] = [];
    render(<SectionHarness book={book} clock={CLOCK} Section={RequestsSection} onPlan={(p) => plans.push(p)} />);
    await noteRequest();
    fireEvent.click(screen.getByRole("button", { name: "Identité vérifiée" }));
    await screen.findByText("Identité vérifiée : Oui");

    fireEvent.click(screen.getByRole("button", { name: "Prolonger…" }));
    fireEvent.click(screen.getByRole("button", { name: "Noter la prolongation" }));
    expect(await screen.findByText(/Écrivez les raisons/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/Pourquoi il faut plus de temps/), { target: { value: "Archives papier à rechercher" } });
    fireEvent.click(screen.getByRole("button", { name: "Noter la prolongation" }));
    await screen.findByText("Délai prolongé jusqu'au 05/03/2027");
    expect(screen.getByText("Reste 88 jours pour répondre (jusqu'au 05/03/2027)")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Noter la réponse…" }));
    fireEvent.change(screen.getByLabelText("Répondu le"), { target: { value: "2026-12-07" } });
    fireEvent.change(screen.getByLabelText("Issue"), { target: { value: "granted" } });
    fireEvent.click(screen.getByRole("button", { name: "Noter la réponse" }));
    await screen.findByText("Répondu le 07/12/2026 : Accordée");
    await waitFor(() => expect(screen.queryByRole("button", { name: "Noter la réponse…" })).toBeNull());
    expect(readRequests(excelBookSnapshot(book))!.entries[0]).toMatchObject({
      identityChecked: "Oui",
      reasons: "Prolongation : Archives papier à rechercher",
      outcome: "granted",
      answeredText: expect.any(String),
    });
    expect(plans.flatMap((p) => p.ops).every((op) => op.op !== "write" || op.cells.every((c) => c.kind === "text" || c.kind === "date"))).toBe(true);
  });

  it("shows the model letters, filled from the line and the fiche, and copies one", async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    render(<SectionHarness book={book} clock={CLOCK} Section={RequestsSection} />);
    await noteRequest();
    fireEvent.click(screen.getByRole("button", { name: "Courriers…" }));
    const letter = screen.getByLabelText<HTMLTextAreaElement>("Texte du courrier");
    expect(letter.value).toContain("Nous avons bien reçu, le 05/12/2026, votre demande d'exercice de votre droit d'accès et votre droit de rectification");
    expect(letter.value).toContain("au plus tard le 05/01/2027");
    fireEvent.change(screen.getByLabelText("Courrier"), { target: { value: "refusal" } });
    expect(screen.getByLabelText<HTMLTextAreaElement>("Texte du courrier").value).toContain("www.cnil.fr/fr/plaintes");
    expect(screen.getByText(/Avant d'envoyer, complétez : .*les raisons/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Copier le texte" }));
    await screen.findByText("Texte copié.");
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining("Nous ne pouvons pas y donner suite"));
  });

  it("without a workbook read yet: says to check first, and offers no form", () => {
    render(<SectionHarness book={book} clock={CLOCK} Section={RequestsSection} noSnapshot />);
    expect(screen.getByText("Vérifiez d'abord le classeur : le registre des demandes s'y lit et s'y écrit.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Noter la demande" })).toBeNull();
  });
});
