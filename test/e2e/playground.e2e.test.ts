/**
 * The playground in a real Chromium: the real task pane over the in-memory Excel, driven the way a
 * coordinator would, on a register with planted mistakes loaded through the page's file input.
 * Screenshots go to test-artifacts/e2e/. Needs `npm run build` first (npm test does it).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { parseCell, readRegister, validateRegister } from "../../src/register";
import { readPathTicks } from "../../src/register";
import { strings } from "../../src/taskpane/strings";
import { previewStrings } from "../../src/taskpane/strings/preview";
import { pathStrings } from "../../src/taskpane/strings/path";
import { newFicheStrings } from "../../src/taskpane/strings/newFiche";
import { helpStrings } from "../../src/taskpane/strings/help";
import { loadXlsx, snapshotOf } from "../../src/workbook/xlsx";
import { playgroundStrings } from "../../src/playground/strings";
import { describeWithChromium, openSession, runAxe, screenshot, type Session } from "./helpers/browser";
import { assertPlaygroundBuilt, serveDist, type StaticServer } from "./helpers/server";
import { CLOCK, DAY_PARAM, plantedRegister, type Planted } from "./helpers/planted";

jest.setTimeout(90_000);

/** Polls `check` until it holds (or fails after `timeoutMs`, naming what was awaited). */
async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Attente trop longue : ${what}`);
}

describeWithChromium("le bac à sable dans Chromium", (chromiumPath) => {
  let server: StaticServer;
  let session: Session;
  let page: Page;
  let dir: string;
  let planted: Planted;

  const pane = (): Locator => page.getByTestId("taskpane");
  const workbook = (): Locator => page.locator("section.pg-workbook");
  const gridTab = (name: string): Locator => workbook().getByRole("tab", { name, exact: true });
  const cell = (address: string): Locator => workbook().locator(`td[data-address="${address}"]`);

  async function openPaneTab(name: string): Promise<void> {
    await pane().getByRole("tab", { name, exact: true }).click();
  }

  /** Waits for the preview dialog of a change, if the pane shows one, and accepts it. */
  async function acceptPreviewIfAny(): Promise<void> {
    const apply = page.getByRole("dialog").getByRole("button", { name: previewStrings.apply, exact: true });
    try {
      await apply.waitFor({ state: "visible", timeout: 2000 });
    } catch {
      return; // applied at once
    }
    await page.waitForTimeout(400); // the dialog's fade-in
    await screenshot(page, "04b-apercu-correction");
    await apply.click();
  }

  async function expectSelected(sheet: string, address: string): Promise<void> {
    await expectTabActive(sheet);
    await cell(address).and(page.locator('[data-selected="true"]')).waitFor({ timeout: 10_000 });
  }

  async function expectTabActive(sheet: string): Promise<void> {
    await workbook().locator(`[role="tab"][aria-selected="true"]`, { hasText: sheet }).waitFor({ timeout: 10_000 });
    expect(await workbook().locator(`[role="tab"][aria-selected="true"]`).innerText()).toBe(sheet);
  }

  beforeAll(async () => {
    assertPlaygroundBuilt();
    dir = mkdtempSync(path.join(os.tmpdir(), "cpts-e2e-"));
    planted = await plantedRegister(dir);
    server = await serveDist();
    session = await openSession(chromiumPath);
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("s'ouvre sur le registre d'exemple, avec le vrai volet du complément", async () => {
    await page.goto(`${server.origin}/playground.html?${DAY_PARAM}`);
    await expect(page.title()).resolves.toBe(playgroundStrings.pageTitle);
    await pane().getByRole("heading", { name: strings.app.title, exact: true }).waitFor();
    await gridTab("Gestion des adhérents").waitFor();
    // The pane verifies once when it opens: the example register is ready to send.
    await pane()
      .getByText(/^Prêt à envoyer( — \d+ points? à revoir)?$/)
      .waitFor();
    await screenshot(page, "01-ouverture");
  });

  it("vérifie un registre chargé par l'utilisateur, avec ses erreurs, sans jamais montrer le verdict du précédent", async () => {
    // From the moment the new workbook is on screen, the pane must never say the old one's « Prêt ».
    const loaded = playgroundStrings.loadedFile(path.basename(planted.file));
    await page.evaluate(
      ({ loaded, ready }) => {
        const w = window as unknown as { staleVerdict?: string | null; staleWatch?: MutationObserver };
        w.staleVerdict = null;
        const check = (): void => {
          const paneText = document.querySelector('[data-testid="taskpane"]')?.textContent ?? "";
          if (document.body.textContent?.includes(loaded) && paneText.includes(ready)) w.staleVerdict ??= paneText.slice(0, 200);
        };
        w.staleWatch = new MutationObserver(check);
        w.staleWatch.observe(document.body, { subtree: true, childList: true, characterData: true });
      },
      { loaded, ready: "Prêt à envoyer" },
    );
    await page.locator("#pg-file").setInputFiles(planted.file);
    await page.getByText(loaded).waitFor();
    await pane()
      .getByText(/^Pas prêt — \d+ erreurs?$/)
      .waitFor();
    const stale = await page.evaluate(() => {
      const w = window as unknown as { staleVerdict?: string | null; staleWatch?: MutationObserver };
      w.staleWatch?.disconnect();
      return w.staleVerdict;
    });
    expect(stale).toBeNull();
    for (const f of [planted.retention, planted.sensitive, planted.nearMiss]) {
      await pane().getByText(f.message, { exact: true }).waitFor();
    }
    await screenshot(page, "02-verification-erreurs");
  });

  it("un clic sur un point relevé sélectionne sa cellule dans le classeur", async () => {
    const f = planted.retention;
    await pane()
      .getByRole("button", { name: strings.verify.goToLabel(f.sheet, f.cell), exact: true })
      .click();
    await expectSelected(f.sheet, f.cell);
    await expect(page.locator("#pg-namebox-input").inputValue()).resolves.toMatch(new RegExp(`^${f.cell}(:|$)`));
    await screenshot(page, "03-clic-sur-un-point");
  });

  it("une saisie dans la grille est vérifiée d'elle-même : le constat disparaît sans rien presser", async () => {
    const f = planted.retention;
    await cell(f.cell).click();
    await expectSelected(f.sheet, f.cell);
    await page.keyboard.type("5 ans après la fin de l'adhésion");
    await page.keyboard.press("Enter");
    await cell(f.cell).filter({ hasText: "5 ans après la fin de l'adhésion" }).waitFor({ timeout: 10_000 });
    // Live checking hears the grid's edit as it hears a user's typing in Excel.
    await pane().getByText(f.message, { exact: true }).waitFor({ state: "detached", timeout: 10_000 });
  });

  it("applique une correction rapide, qui ne change que sa cellule", async () => {
    const f = planted.nearMiss;
    const before = await cell(f.cell)
      .innerText()
      .catch(() => "");
    await pane()
      .getByRole("button", { name: `${f.fix.label}…`, exact: true })
      .first()
      .click();
    await acceptPreviewIfAny();
    const op = f.fix.plan.ops.find((o) => o.op === "write");
    const expected = op && op.op === "write" && op.cells[0].kind === "text" ? op.cells[0].value : "";
    expect(expected).not.toBe("");
    await gridTab(f.sheet).click();
    await cell(f.cell).filter({ hasText: expected }).waitFor({ timeout: 10_000 });
    expect(before).not.toBe(expected);
    await pane().getByText(f.message, { exact: true }).waitFor({ state: "detached" });
    await screenshot(page, "04-correction-rapide");
  });

  it("ajoute une fiche : nouvel onglet et nouvelle ligne dans l'onglet 2", async () => {
    const tabsBefore = await workbook().getByRole("tab").allInnerTexts();
    await openPaneTab(strings.app.tabs.newFiche);
    await pane().getByRole("textbox", { name: newFicheStrings.nameLabel }).fill("Téléconsultation de test");
    await pane().getByRole("button", { name: newFicheStrings.create }).click();
    await waitUntil(async () => (await workbook().getByRole("tab").allInnerTexts()).length === tabsBefore.length + 1, "le nouvel onglet");
    const added = (await workbook().getByRole("tab").allInnerTexts()).find((t) => !tabsBefore.includes(t))!;
    expect(added).toMatch(/Téléconsultation/);
    await expectTabActive(added);
    await screenshot(page, "05-nouvelle-fiche");
    await gridTab(planted.register.listTab!.sheet).click();
    await workbook().locator("td", { hasText: "Téléconsultation de test" }).first().waitFor();
    await screenshot(page, "05b-ligne-onglet-2");
  });

  it("aide à la saisie : une valeur permise écrite d'un clic dans la liste déroulante", async () => {
    const d = planted.dropdown;
    await gridTab(d.sheet).click();
    await cell(d.cell).click();
    await expectSelected(d.sheet, d.cell);
    await openPaneTab(strings.app.tabs.help);
    await pane().getByText(helpStrings.allowed, { exact: true }).waitFor();
    // "Vérifier cette feuille" stays on one line beside its hint, in a pane of Excel's width.
    const check = await pane().getByRole("button", { name: helpStrings.checkSheet, exact: true }).boundingBox();
    expect(check!.height).toBeLessThan(40);
    await screenshot(page, "06-aide-liste");
    await pane()
      .getByRole("button", { name: helpStrings.writeItem(d.other), exact: true })
      .click();
    await acceptPreviewIfAny();
    await cell(d.cell).filter({ hasText: d.other }).waitFor({ timeout: 10_000 });
    await screenshot(page, "06b-aide-valeur-ecrite");
  });

  it("parcourt les 4 étapes ; une coche crée la feuille « Suivi de conformité »", async () => {
    await openPaneTab(strings.app.tabs.path);
    await pane().getByRole("heading", { name: pathStrings.heading }).waitFor();
    await page.waitForTimeout(400); // the open step's animation
    await screenshot(page, "07-parcours");
    const titles = [/^1\. Recensez/, /^2\. Faites le tri/, /^3\. Respectez les droits/, /^4\. Sécurisez/];
    for (const t of titles) {
      const header = pane().getByRole("button", { name: t });
      await header.waitFor();
      if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
    }
    await page.waitForTimeout(400); // the steps' animations, before scrolling to the guide
    // Step 4 shows the cyberattack card's reflexes (the same as the Sécurité tab's « Fiche réflexe »).
    await pane()
      .getByRole("list", { name: "Les réflexes, dans l'ordre" })
      .evaluate((el) => el.scrollIntoView({ block: "start" }));
    await screenshot(page, "07a-cyberattaque");
    expect(await gridTab("Suivi de conformité").count()).toBe(0);
    const label = "Une adresse permet d'exercer ses droits";
    await pane().getByRole("checkbox", { name: label }).check();
    await gridTab("Suivi de conformité").waitFor({ timeout: 15_000 });
    await expect(pane().getByRole("checkbox", { name: label }).isChecked()).resolves.toBe(true);
    await pane().getByText(pathStrings.tickedOn("24/11/2026")).waitFor();
    await gridTab("Suivi de conformité").click();
    await workbook().locator("td", { hasText: label }).waitFor();
    await screenshot(page, "07b-suivi-de-conformite");
  });

  it("tape dans la grille : un nombre et un texte, écrits dans leurs cellules", async () => {
    const d = planted.dropdown;
    await gridTab(d.sheet).click();
    await cell(planted.typed.number).click();
    await expectSelected(d.sheet, planted.typed.number);
    await page.getByTestId("formula-bar").fill("12,5");
    await page.getByTestId("formula-bar").press("Enter");
    await cell(planted.typed.number).filter({ hasText: "12,5" }).waitFor({ timeout: 10_000 });
    // A key typed on the grid starts a new content, as in Excel.
    await cell(planted.typed.text).click();
    await expectSelected(d.sheet, planted.typed.text);
    await page.keyboard.type("Appel du 3 mars");
    await page.keyboard.press("Enter");
    await cell(planted.typed.text).filter({ hasText: "Appel du 3 mars" }).waitFor({ timeout: 10_000 });
    await screenshot(page, "07c-saisie-dans-la-grille");
  });

  it("au clavier comme dans Excel : flèches, Échap pour renoncer, Suppr pour effacer", async () => {
    const d = planted.dropdown;
    const row = parseCell(planted.typed.text)!.row;
    const erased = `C${row}`;
    await cell(planted.typed.number).click();
    await page.keyboard.press("ArrowRight");
    await expectSelected(d.sheet, planted.typed.text);
    // Typing starts a new content; Échap gives it up and the cell keeps its value.
    await page.keyboard.type("brouillon");
    await expect(page.getByTestId("formula-bar").inputValue()).resolves.toBe("brouillon");
    await page.keyboard.press("Escape");
    await expect(page.getByTestId("formula-bar").inputValue()).resolves.toBe("Appel du 3 mars");
    expect(await cell(planted.typed.text).innerText()).toBe("Appel du 3 mars");
    // Tab writes and goes right, as in Excel; Suppr then empties the cell.
    await page.keyboard.press("ArrowRight");
    await expectSelected(d.sheet, erased);
    await page.keyboard.type("à effacer");
    await page.keyboard.press("Tab");
    await cell(erased).filter({ hasText: "à effacer" }).waitFor({ timeout: 10_000 });
    await expectSelected(d.sheet, `D${row}`);
    await page.keyboard.press("ArrowLeft");
    await expectSelected(d.sheet, erased);
    await page.keyboard.press("Delete");
    await waitUntil(async () => (await cell(erased).innerText()).trim() === "", "la cellule effacée");
  });

  it("une cellule à liste déroulante propose sa liste ; le choix est écrit dans la cellule", async () => {
    const d = planted.dropdown;
    await cell(d.cell).click();
    await expectSelected(d.sheet, d.cell);
    // The help test wrote another item there: the list gives the first value back.
    await cell(d.cell).filter({ hasText: d.other }).waitFor();
    await workbook()
      .getByRole("button", { name: playgroundStrings.openList(d.cell), exact: true })
      .click();
    const list = workbook().getByRole("listbox", { name: playgroundStrings.listLabel(d.cell) });
    await list.waitFor();
    const items = await list.getByRole("option").allInnerTexts();
    expect(items).toEqual(expect.arrayContaining(planted.register.lists.persons!.items));
    await screenshot(page, "07d-liste-deroulante");
    // Keyboard: Échap closes it without writing; Alt+Flèche bas opens it again, as in Excel.
    await page.keyboard.press("Escape");
    await list.waitFor({ state: "detached" });
    await page.keyboard.press("Alt+ArrowDown");
    await list.getByRole("option", { name: d.current, exact: true }).click();
    await list.waitFor({ state: "detached" });
    await cell(d.cell).filter({ hasText: d.current }).waitFor({ timeout: 10_000 });
  });

  it("télécharge le classeur modifié, qui garde la fiche, les coches et la saisie", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: playgroundStrings.download }).click()]);
    const saved = path.join(dir, "telecharge.xlsx");
    await download.saveAs(saved);
    const book = await loadXlsx(readFileSync(saved));
    const snap = snapshotOf(book);
    expect(snap.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Suivi de conformité"]));
    expect(snap.sheets.some((s) => /Téléconsultation/.test(s.name))).toBe(true);
    expect(readPathTicks(snap)["rights-channel"]).toEqual({ done: true, date: "24/11/2026" });
    const report = validateRegister(readRegister(snap), { clock: CLOCK });
    expect(report.findings.some((f) => f.message === planted.nearMiss.message)).toBe(false);
    const typed = snap.sheets.find((s) => s.name === planted.dropdown.sheet)!.values;
    const at = (address: string) => {
      const { row, col } = parseCell(address)!;
      return typed[row - 1]?.[col - 1];
    };
    expect(at(planted.typed.number)).toBe(12.5);
    expect(at(planted.typed.text)).toBe("Appel du 3 mars");
    expect(at(`C${parseCell(planted.typed.text)!.row}`) ?? "").toBe("");
    expect(at(planted.dropdown.cell)).toBe(planted.dropdown.current);
  });

  it("dit en français pourquoi un fichier qui n'est pas un classeur ne s'ouvre pas, et garde le classeur ouvert", async () => {
    const tabsBefore = await workbook().getByRole("tab").allInnerTexts();
    await page
      .locator("#pg-file")
      .setInputFiles({ name: "notes.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("Ceci n'est pas un classeur Excel.") });
    const status = page.getByRole("status").filter({ hasText: "Ce fichier n'a pas pu être ouvert" });
    await status.waitFor();
    expect(await status.innerText()).not.toMatch(/Error|undefined|zip/i);
    expect(await workbook().getByRole("tab").allInnerTexts()).toEqual(tabsBefore);
    await screenshot(page, "08-fichier-illisible");
  });

  it("écrit le rapport de vérification ; ses liens mènent aux cellules", async () => {
    await openPaneTab(strings.app.tabs.verify);
    await pane().getByRole("button", { name: strings.verify.writeReport, exact: true }).click();
    await acceptPreviewIfAny();
    await gridTab("Rapport de vérification").waitFor({ timeout: 15_000 });
    await expectTabActive("Rapport de vérification");
    await workbook().locator("td", { hasText: "Rapport de vérification du registre RGPD" }).waitFor();
    await screenshot(page, "09-rapport");
    const link = workbook().locator('td.pg-link[data-address^="C"]').first();
    const target = await link.innerText();
    const row = (await link.getAttribute("data-address"))!.slice(1);
    const sheet = await cell(`B${row}`).innerText();
    await link.click();
    await expectSelected(sheet, target);
    // A second report replaces the add-in's own, and only it.
    await openPaneTab(strings.app.tabs.verify);
    await pane().getByRole("button", { name: strings.verify.writeReport, exact: true }).click();
    await acceptPreviewIfAny();
    await expectTabActive("Rapport de vérification");
    expect((await workbook().getByRole("tab").allInnerTexts()).filter((t) => t.startsWith("Rapport"))).toEqual(["Rapport de vérification"]);
    // The report's tab is the last of many: the tab bar scrolls to show it, as Excel's does.
    const tabs = workbook().getByRole("tablist");
    expect(await tabs.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const bar = (await tabs.boundingBox())!;
    const active = (await workbook().locator('[role="tab"][aria-selected="true"]').boundingBox())!;
    expect(active.x).toBeGreaterThanOrEqual(bar.x - 1);
    expect(active.x + active.width).toBeLessThanOrEqual(bar.x + bar.width + 1);
  });

  it("demande avant de remplacer un classeur modifié, et le garde si on le veut", async () => {
    const tabsBefore = await workbook().getByRole("tab").allInnerTexts();
    const example = page.getByRole("button", { name: playgroundStrings.example, exact: true });
    await example.click();
    const dialog = page.getByRole("alertdialog", { name: playgroundStrings.replaceTitle });
    await dialog.waitFor();
    await screenshot(page, "10-remplacer");
    // The safe answer has the focus: Entrée keeps the workbook, and the focus goes back to the button.
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await page.getByText(playgroundStrings.replaceKept).waitFor();
    expect(await workbook().getByRole("tab").allInnerTexts()).toEqual(tabsBefore);
    expect(await example.evaluate((el) => el === document.activeElement)).toBe(true);
    await example.click();
    await dialog.getByRole("button", { name: playgroundStrings.replaceConfirm, exact: true }).click();
    await page.getByText(playgroundStrings.loadedExample, { exact: true }).waitFor();
    await waitUntil(async () => !(await workbook().getByRole("tab").allInnerTexts()).includes("Rapport de vérification"), "le registre d'exemple");
    await pane()
      .getByText(/^Prêt à envoyer( — \d+ points? à revoir)?$/)
      .waitFor();
    // Nothing changed since: opening it again asks nothing.
    await example.click();
    await page.waitForTimeout(300);
    expect(await dialog.count()).toBe(0);
  });

  it("n'écrit aucune erreur dans la console (icône, démontage du volet)", () => {
    expect(session.errors).toEqual([]);
  });

  it("ne fait aucune requête ailleurs que sur 127.0.0.1, sans violation de la politique de sécurité", () => {
    expect(session.requests.length).toBeGreaterThan(0);
    const outside = session.requests.filter((u) => {
      if (u.startsWith("blob:") || u.startsWith("data:")) return false;
      return new URL(u).hostname !== "127.0.0.1";
    });
    expect(outside).toEqual([]);
    expect(session.errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);
  });

  it("n'a aucun défaut d'accessibilité grave (axe-core)", async () => {
    const serious: string[] = [];
    for (const tab of [strings.app.tabs.verify, strings.app.tabs.help, strings.app.tabs.newFiche, strings.app.tabs.path, strings.app.tabs.security]) {
      await openPaneTab(tab);
      await page.waitForTimeout(300);
      const violations = await runAxe(page);
      for (const v of violations.filter((x) => x.impact === "serious" || x.impact === "critical")) {
        serious.push(
          `${tab} — ${v.id} (${v.impact}) : ${v.help} — ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 5)
            .join(" | ")}`,
        );
      }
    }
    expect(serious).toEqual([]);
  });
});
