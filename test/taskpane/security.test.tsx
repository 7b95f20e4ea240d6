/**
 * The « Sécurité » tab's frame in the whole pane: its sub-navigation lists the sections this build
 * offers (none shown when there is only one), and the header's red « Cyberattaque ? » button, shown
 * only once the « Fiche réflexe » can open, opens it from any tab.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { SECURITY_SECTIONS } from "../../src/taskpane/components/security/sections";
import { securityStrings } from "../../src/taskpane/strings/security";
import { strings } from "../../src/taskpane/strings";
import { cleanRegister } from "../fixtures/xlsxFiles";
import { openPane } from "./harness";

jest.setTimeout(60000);

const hasCard = SECURITY_SECTIONS.includes("card");

test("the Sécurité tab offers its sections, with a sub-navigation only when there is a choice", async () => {
  await openPane(cleanRegister(1));
  fireEvent.click(screen.getByRole("tab", { name: strings.app.tabs.security }));
  await screen.findByRole("heading", { level: 2 }, { timeout: 10000 });
  const nav = screen.queryByRole("navigation", { name: securityStrings.navLabel });
  if (SECURITY_SECTIONS.length === 1) {
    expect(nav).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Auto-diagnostic cyber");
  } else {
    expect(
      within(nav!)
        .getAllByRole("tab")
        .map((t) => t.textContent),
    ).toEqual(SECURITY_SECTIONS.map((id) => securityStrings.sections[id]));
  }
});

(hasCard ? test.skip : test)("without the « Fiche réflexe », the header has no « Cyberattaque ? » button that would lead nowhere", async () => {
  await openPane(cleanRegister(1));
  expect(screen.queryByRole("button", { name: strings.app.cyberattack })).toBeNull();
});

(hasCard ? test : test.skip)("« Cyberattaque ? » opens the Sécurité tab on the « Fiche réflexe », from any tab", async () => {
  await openPane(cleanRegister(1), { tab: "help" });
  fireEvent.click(screen.getByRole("button", { name: strings.app.cyberattack }));
  expect(screen.getByRole("tab", { name: strings.app.tabs.security }).getAttribute("aria-selected")).toBe("true");
  const nav = await screen.findByRole("navigation", { name: securityStrings.navLabel }, { timeout: 10000 });
  expect(within(nav).getByRole("tab", { name: securityStrings.sections.card }).getAttribute("aria-selected")).toBe("true");
});
