/**
 * The « Sécurité » tab's frame in the whole pane: its sub-navigation lists its three sections, and the
 * header's red « Cyberattaque ? » button opens the « Fiche réflexe » from any tab, with the reflexes
 * shown even when the open workbook is not a register (a person under attack needs them whatever file
 * is open).
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { Workbook } from "exceljs";
import { securityStrings } from "../../src/taskpane/strings/security";
import { cardStrings } from "../../src/taskpane/strings/card";
import { strings } from "../../src/taskpane/strings";
import { CARD_NEVER, CARD_REFLEXES } from "../../src/register";
import { cleanRegister } from "../fixtures/xlsxFiles";
import { openPane } from "./harness";

jest.setTimeout(60000);

test("the Sécurité tab offers the self-audit, the breach register and the card, the self-audit first", async () => {
  await openPane(cleanRegister(1));
  fireEvent.click(screen.getByRole("tab", { name: strings.app.tabs.security }));
  const nav = await screen.findByRole("navigation", { name: securityStrings.navLabel }, { timeout: 10000 });
  // Fluent's tabs repeat their label in a hidden span (room for the bold of the selected one): names, not text.
  const names = within(nav)
    .getAllByRole("tab")
    .map((t) => t.getAttribute("id"));
  expect(names).toEqual(["security-tab-audit", "security-tab-breaches", "security-tab-card"]);
  for (const name of ["Auto-diagnostic", "Violations", "Fiche réflexe"]) expect(within(nav).getByRole("tab", { name })).toBeTruthy();
  expect(within(nav).getByRole("tab", { name: "Auto-diagnostic" }).getAttribute("aria-selected")).toBe("true");
  expect((await screen.findByRole("heading", { level: 2 }, { timeout: 10000 })).textContent).toBe("Auto-diagnostic cyber");
});

test("« Cyberattaque ? » opens the Sécurité tab on the « Fiche réflexe », from any tab, reflexes first", async () => {
  await openPane(cleanRegister(1), { tab: "help" });
  fireEvent.click(screen.getByRole("button", { name: strings.app.cyberattack }));
  expect(screen.getByRole("tab", { name: strings.app.tabs.security }).getAttribute("aria-selected")).toBe("true");
  const nav = await screen.findByRole("navigation", { name: securityStrings.navLabel }, { timeout: 10000 });
  expect(within(nav).getByRole("tab", { name: securityStrings.sections.card }).getAttribute("aria-selected")).toBe("true");
  const reflexes = await screen.findByRole("list", { name: cardStrings.reflexesLabel }, { timeout: 10000 });
  expect(within(reflexes).getAllByRole("listitem")).toHaveLength(CARD_REFLEXES.length);
});

test("on a workbook that is not a register, « Cyberattaque ? » still shows the reflexes, and says why the rest is not there", async () => {
  const other = new Workbook();
  other.addWorksheet("Budget 2026").getCell("A1").value = "Dépenses";
  await openPane(new Uint8Array(await other.xlsx.writeBuffer()));
  fireEvent.click(screen.getByRole("button", { name: strings.app.cyberattack }));
  const reflexes = await screen.findByRole("list", { name: cardStrings.reflexesLabel }, { timeout: 10000 });
  expect(within(reflexes).getAllByRole("listitem")).toHaveLength(CARD_REFLEXES.length);
  expect(screen.getByText(CARD_NEVER)).toBeTruthy();
  expect(screen.getByText(/^Ce classeur ne ressemble pas à un registre des traitements/)).toBeTruthy();
  // The contacts form writes into a register: it is not offered here.
  expect(screen.queryByRole("button", { name: cardStrings.create })).toBeNull();
});
