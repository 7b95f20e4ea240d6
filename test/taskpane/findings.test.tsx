/**
 * Working through the findings in « Vérifier », over the in-memory Excel: errors first in every group,
 * each finding opening to « Pourquoi » and « Comment corriger », « Précédent / Suivant » selecting each
 * cell while the focus stays on the button, a warning or conseil set aside for its fiche (written to the
 * hidden sheet « Constats écartés », out of the counts, listed, restorable, undoable), errors that
 * cannot be, and an AIPD badge whose colour is its finding's.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { Badge, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanFiche, cleanRegister } from "../fixtures/xlsxFiles";
import { openDialog, openPane, type Pane } from "./harness";

jest.setTimeout(30000);

const NEAR_MISS = /ressemble à l'élément de liste « Salariés »/;
const SHEET = "Constats écartés";

/** Two fiches, each writing « salariés » for « Salariés » (a warning); fiche 2 has no main purpose (an error). */
const twoFiches = () =>
  cleanRegister(2, {
    fiches: [cleanFiche(1, { persons: [["salariés", "Salariés de la CPTS"]] }), cleanFiche(2, { purpose: "", persons: [["salariés", "Salariés de la CPTS"]] })],
  });

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The findings as the list shows them, top to bottom. */
const items = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>("li[data-finding-key]")];

/** The cell a finding is at (its key is rule, sheet, cell). */
const cellOfItem = (li: HTMLElement): string => li.dataset.findingKey!.split("\u0000")[2];

function nearMissOf(sheet: string): HTMLElement {
  const li = items().find((el) => el.dataset.sheet === sheet && NEAR_MISS.test(el.textContent ?? ""));
  if (!li) throw new Error(`no near-miss finding on ${sheet}`);
  return li;
}

/** The number of warnings the counts show (the « Afficher ou masquer : N avertissements » toggle). */
function warningCount(): number {
  const button = screen.getByRole("button", { name: /^Afficher ou masquer : \d+ avertissements?$/ });
  return Number(/(\d+)/.exec(button.getAttribute("aria-label")!)![1]);
}

/** The « Constats écartés » sheet as the workbook holds it now. */
const setAsideSheet = (pane: Pane) => pane.content().sheets.find((s) => s.name === SHEET);

/** Waits for the pane to be done with the workbook (it re-reads after each write, then is free again). */
async function idle(): Promise<void> {
  // A write loads its plan's chunk first (the report's, the undo's): on a busy machine that takes more than testing-library's 1 s.
  await waitFor(() => expect(screen.getByRole("button", { name: /^Vérifier (de nouveau|le registre)$/ }).getAttribute("aria-disabled")).toBeNull(), {
    timeout: 10000,
  });
}

/** Opens a finding's explanation, as a click on « Pourquoi ? Comment corriger ? » does. */
function openExplanation(li: HTMLElement): HTMLDetailsElement {
  const details = li.querySelector("details")!;
  act(() => {
    details.open = true;
  });
  return details;
}

/** « Ne plus signaler pour cette fiche… » on `li`, then the form filled and sent. */
async function setAside(li: HTMLElement, note: { who?: string; why: string }): Promise<void> {
  openExplanation(li);
  fireEvent.click(await within(li).findByRole("button", { name: "Ne plus signaler pour cette fiche…" }));
  const form = await within(li).findByRole("group", { name: /Ne plus signaler ce point pour la fiche CPTS-00\d/ });
  if (note.who !== undefined) fireEvent.change(within(form).getByRole("textbox", { name: /Votre nom/ }), { target: { value: note.who } });
  fireEvent.change(within(form).getByRole("textbox", { name: /Pourquoi ce point ne s'applique pas/ }), { target: { value: note.why } });
  fireEvent.click(within(li).getByRole("button", { name: "Ne plus signaler" }));
  await idle();
}

describe("working through the findings", () => {
  it("lists errors first, then warnings, then conseils: the group of the sheet with an error comes first", async () => {
    await openPane(twoFiches());
    const groups = screen.getAllByRole("region", { name: /^Feuille « / });
    // « Fiche 1 » comes first in tab order, but only « Fiche 2 » has an error.
    expect(groups[0].getAttribute("aria-label")).toMatch(/^Feuille « Fiche 2 »/);
    expect(within(groups[0]).getAllByRole("listitem")[0].getAttribute("data-severity")).toBe("error");
    for (const group of groups) {
      const ranks = within(group)
        .getAllByRole("listitem")
        .map((li) => RANK[li.getAttribute("data-severity") as keyof typeof RANK]);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it("each finding opens to « Pourquoi » and « Comment corriger » from the catalogue, with the CNIL's page", async () => {
    await openPane(twoFiches());
    const purpose = items().find((li) => li.dataset.rule === "art30.fiche.purpose-missing")!;
    const details = openExplanation(purpose);
    expect(within(details).getByText("Pourquoi ? Comment corriger ?").tagName).toBe("SUMMARY");
    // The texts are fetched on opening (out of the pane's first load); the CNIL's link is there at once.
    expect(within(details).getByText("Chargement de l'explication…")).toBeTruthy();
    expect(await within(details).findByText(/Le RGPD demande de dire à quoi sert chaque traitement/)).toBeTruthy();
    expect(within(details).getByText("Pourquoi")).toBeTruthy();
    expect(within(details).getByText("Comment corriger")).toBeTruthy();
    expect(within(details).queryByText("Chargement de l'explication…")).toBeNull();
    const link = within(details).getByRole("link", { name: /CNIL : la finalité d'un traitement/ });
    expect(link.getAttribute("href")).toBe("https://www.cnil.fr/fr/definition/finalite-dun-traitement");
    expect(link.getAttribute("target")).toBe("_blank");
  });

  it("« Suivant » and « Précédent » select each finding's cell, open its explanation and keep the focus on the button", async () => {
    const { memory } = await openPane(twoFiches());
    const order = items();
    expect(order.length).toBeGreaterThanOrEqual(3);
    const next = screen.getByRole("button", { name: "Suivant" });
    const previous = screen.getByRole("button", { name: "Précédent" });
    act(() => next.focus());

    for (let i = 0; i < order.length; i++) {
      fireEvent.click(next);
      const li = items()[i];
      await waitFor(() => expect(memory.selection()?.sheet).toBe(li.dataset.sheet));
      // A merged value area is selected whole (B17 → B17:H17).
      expect(memory.selection()?.address).toMatch(new RegExp(`^${cellOfItem(li)}(:|$)`));
      expect(li.getAttribute("aria-current")).toBe("true");
      expect(li.querySelector("details")!.open).toBe(true);
      expect(screen.getByText(`Point ${i + 1} sur ${order.length}`)).toBeTruthy();
      // The focus stays where « Suivant » can be pressed again, even on the last finding.
      expect(document.activeElement).toBe(next);
    }
    expect(next.getAttribute("aria-disabled")).toBe("true");

    act(() => previous.focus());
    fireEvent.click(previous);
    const back = items()[order.length - 2];
    await waitFor(() => expect(back.getAttribute("aria-current")).toBe("true"));
    await waitFor(() => expect(memory.selection()?.address).toMatch(new RegExp(`^${cellOfItem(back)}(:|$)`)));
    expect(document.activeElement).toBe(previous);
  });

  it("after a quick fix the focus is on the finding that followed, and « Suivant » goes on from there; after « Ne rien changer », on the fix's button", async () => {
    await openPane(twoFiches());
    const next = screen.getByRole("button", { name: "Suivant" });
    // The walker is on « Fiche 2 »'s near-miss.
    const li = nearMissOf("Fiche 2");
    const at = items().indexOf(li);
    for (let i = 0; i <= at; i++) fireEvent.click(next);
    await waitFor(() => expect(li.getAttribute("aria-current")).toBe("true"));
    const following = items()[at + 1].dataset.findingKey;
    const afterThat = items()[at + 2]?.dataset.findingKey;

    // « Ne rien changer »: back on the button that opened the preview.
    const fix = within(li).getByRole("button", { name: "Remplacer par « Salariés »…" });
    fireEvent.click(fix);
    fireEvent.click(within(await openDialog()).getByRole("button", { name: "Ne rien changer" }));
    await waitFor(() => expect(document.activeElement).toBe(within(nearMissOf("Fiche 2")).getByRole("button", { name: "Remplacer par « Salariés »…" })));

    // « Appliquer »: the fixed finding leaves, the focus goes to the one that followed it.
    fireEvent.click(within(nearMissOf("Fiche 2")).getByRole("button", { name: "Remplacer par « Salariés »…" }));
    fireEvent.click(within(await openDialog()).getByRole("button", { name: "Appliquer" }));
    // The fix is written, then the workbook read and checked again: more than a second on a busy machine.
    await waitFor(() => expect((document.activeElement as HTMLElement | null)?.dataset.findingKey).toBe(following), { timeout: 10000 });
    await idle();
    expect(
      items()
        .find((el) => el.dataset.findingKey === following)!
        .getAttribute("aria-current"),
    ).toBe("true");
    if (afterThat) {
      fireEvent.click(next);
      await waitFor(() =>
        expect(
          items()
            .find((el) => el.dataset.findingKey === afterThat)!
            .getAttribute("aria-current"),
        ).toBe("true"),
      );
    }
  });

  it("« Vérifier de nouveau », « Écrire le rapport » and « Garder ce point » leave the focus on the button used, never at the top", async () => {
    // Reads of the workbook wait for the test's go, so that the pane is seen while it works.
    let hold: Promise<void> | null = null;
    let release = (): void => undefined;
    const pane = await openPane(twoFiches(), {
      wrapPort: (port) => ({ ...port, readSnapshot: () => (hold ?? Promise.resolve()).then(() => port.readSnapshot()) }),
    });
    for (const name of ["Vérifier de nouveau", "Écrire le rapport"]) {
      hold = new Promise((resolve) => (release = resolve));
      const button = screen.getByRole("button", { name });
      act(() => button.focus());
      fireEvent.click(button);
      // Unavailable while the pane works, yet focusable: a disabled button would drop the focus to the page.
      await waitFor(() => expect(button.getAttribute("aria-disabled")).toBe("true"));
      expect(button.hasAttribute("disabled")).toBe(false);
      hold = null;
      release();
      await idle();
      expect(document.activeElement).toBe(button);
    }
    expect(pane.content().sheets.map((s) => s.name)).toContain("Rapport de vérification");

    const li = nearMissOf("Fiche 1");
    openExplanation(li);
    fireEvent.click(await within(li).findByRole("button", { name: "Ne plus signaler pour cette fiche…" }));
    fireEvent.click(await within(li).findByRole("button", { name: "Garder ce point" }));
    await waitFor(() => expect(document.activeElement).toBe(within(nearMissOf("Fiche 1")).getByRole("button", { name: "Ne plus signaler pour cette fiche…" })));
  });

  it("an error has no « Ne plus signaler », a warning of a fiche has", async () => {
    await openPane(twoFiches());
    const warning = nearMissOf("Fiche 1");
    openExplanation(warning);
    expect(await within(warning).findByRole("button", { name: "Ne plus signaler pour cette fiche…" })).toBeTruthy();
    const errors = items().filter((li) => li.dataset.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    for (const li of errors) {
      openExplanation(li);
      expect(within(li).queryByRole("button", { name: /Ne plus signaler/ })).toBeNull();
    }
  });

  it("« Ne plus signaler pour cette fiche » writes the hidden sheet, takes the finding out of the counts and moves the focus to the next finding", async () => {
    const pane = await openPane(twoFiches());
    const warningsBefore = warningCount();
    // « Fiche 2 » is listed first (it has an error): its near-miss is followed by « Fiche 1 »'s findings.
    const li = nearMissOf("Fiche 2");
    const following = items()[items().indexOf(li) + 1].dataset.findingKey;
    expect(following).toBeDefined();

    await setAside(li, { who: "Claire Martin", why: "Salariés de la CPTS : écrit ainsi à dessein" });

    await waitFor(() => expect(items().some((el) => el.dataset.sheet === "Fiche 2" && NEAR_MISS.test(el.textContent ?? ""))).toBe(false));
    // Fiche 1's own near-miss is still reported: the set-aside is for one fiche.
    expect(nearMissOf("Fiche 1")).toBeTruthy();
    expect(warningCount()).toBe(warningsBefore - 1);

    const sheet = setAsideSheet(pane)!;
    expect(sheet.visibility).toBe("Hidden");
    expect(sheet.values[4].slice(0, 5)).toEqual([
      "dropdowns.near-miss",
      "CPTS-002",
      "24/11/2026 à 10:00",
      "Claire Martin",
      "Salariés de la CPTS : écrit ainsi à dessein",
    ]);

    // The focus is on the finding that followed, not at the top of the page.
    await waitFor(() => expect((document.activeElement as HTMLElement).dataset.findingKey).toBe(following));
    // And the list of set-aside findings says what was set aside, by whom and why.
    const list = await screen.findByRole("region", { name: "Constats écartés (1)" });
    expect(within(list).getByText("Fiche CPTS-002 — Traitement 2")).toBeTruthy();
    expect(within(list).getByText("Salariés de la CPTS : écrit ainsi à dessein")).toBeTruthy();
    expect(within(list).getByText("Écarté par Claire Martin, le 24/11/2026 à 10:00")).toBeTruthy();
  });

  it("the name is typed once: the next form offers it and starts on « Pourquoi »", async () => {
    await openPane(twoFiches());
    await setAside(nearMissOf("Fiche 1"), { who: "Claire Martin", why: "Écrit ainsi à dessein" });
    await screen.findByRole("region", { name: "Constats écartés (1)" });
    const other = nearMissOf("Fiche 2");
    openExplanation(other);
    fireEvent.click(await within(other).findByRole("button", { name: "Ne plus signaler pour cette fiche…" }));
    const who = await within(other).findByRole("textbox", { name: /Votre nom/ });
    expect((who as HTMLInputElement).value).toBe("Claire Martin");
    await waitFor(() => expect(document.activeElement).toBe(within(other).getByRole("textbox", { name: /Pourquoi ce point ne s'applique pas/ })));
  });

  it("a set-aside without a reason is not written: the form says what is missing", async () => {
    const pane = await openPane(twoFiches());
    const li = nearMissOf("Fiche 1");
    await setAside(li, { who: "Claire Martin", why: "  " });
    expect(await within(li).findByText("Indiquez pourquoi ce constat ne s'applique pas à cette fiche.")).toBeTruthy();
    expect(setAsideSheet(pane)).toBeUndefined();
  });

  it("« Signaler de nouveau » brings the finding back and empties its line", async () => {
    const pane = await openPane(twoFiches());
    await setAside(nearMissOf("Fiche 1"), { who: "Claire Martin", why: "Écrit ainsi à dessein" });
    const list = await screen.findByRole("region", { name: "Constats écartés (1)" });
    fireEvent.click(within(list).getByRole("button", { name: /^Signaler de nouveau « .+ » pour la fiche CPTS-001$/ }));
    await idle();

    await waitFor(() => expect(nearMissOf("Fiche 1")).toBeTruthy());
    expect(await screen.findByRole("region", { name: "Constats écartés (0)" })).toBeTruthy();
    expect(
      setAsideSheet(pane)!
        .values[4]?.slice(0, 5)
        .every((v) => v === "" || v === undefined) ?? true,
    ).toBe(true);
    // The focus is on the finding that came back.
    await waitFor(() => expect(document.activeElement).toBe(nearMissOf("Fiche 1")));
  });

  it("the pane's « Annuler » undoes a set-aside", async () => {
    const pane = await openPane(twoFiches());
    await setAside(nearMissOf("Fiche 1"), { who: "Claire Martin", why: "Écrit ainsi à dessein" });
    await screen.findByRole("region", { name: "Constats écartés (1)" });
    fireEvent.click(await screen.findByRole("button", { name: /^Annuler : Ne plus signaler « .+ » pour la fiche CPTS-001/ }));
    await idle();
    await waitFor(() => expect(nearMissOf("Fiche 1")).toBeTruthy());
    expect(setAsideSheet(pane)).toBeUndefined();
  });

  it("the AIPD badge takes its finding's colour: « Requise » beside a conseil is never red", async () => {
    await openPane(
      cleanRegister(1, { fiches: [cleanFiche(1, { name: "Gestion de crise sanitaire", sensitive: { health: ["Dossiers patients", "20 ans"] } })] }),
    );
    const aipdFinding = items().find((li) => li.dataset.rule === "aipd.required")!;
    expect(aipdFinding.dataset.severity).toBe("info");
    expect(within(aipdFinding).getByText("Conseil")).toBeTruthy();
    const badge = screen.getByText("AIPD : Requise");

    // Fluent gives each badge colour its own classes: those of a red and of a blue badge, filled like
    // « Requise » (the most likely AIPD stands out by its weight, not by a colour of its own).
    const red = classes(reference("danger", "filled"));
    const blue = classes(reference("brand", "filled"));
    const own = classes(badge.className);
    const redOnly = [...red].filter((c) => !blue.has(c));
    const blueOnly = [...blue].filter((c) => !red.has(c));
    expect(redOnly.length).toBeGreaterThan(0);
    expect(redOnly.filter((c) => own.has(c))).toEqual([]);
    expect(blueOnly.every((c) => own.has(c))).toBe(true);
  });
});

const classes = (className: string): Set<string> => new Set(className.split(/\s+/).filter(Boolean));

/** The class list of a Fluent badge of `color`, drawn in a container of its own. */
function reference(color: "danger" | "brand", appearance: "filled"): string {
  const { container, unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <Badge color={color} appearance={appearance}>
        x
      </Badge>
    </FluentProvider>,
  );
  const cls = container.querySelector(".fui-Badge")!.className;
  unmount();
  return cls;
}
