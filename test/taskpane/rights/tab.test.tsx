/**
 * The « Droits » tab in the whole pane: it shows as soon as a section is listed, and leads to the
 * « AIPD » section (a lazy chunk), which lists the example register's fiche that needs an AIPD.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { strings } from "../../../src/taskpane/strings";
import { rightsStrings } from "../../../src/taskpane/strings/rights";
import { buildExampleRegister } from "../../../src/workbook/template";
import { saveXlsx } from "../../../src/workbook/xlsx";
import { CLOCK, openPane } from "../harness";

jest.setTimeout(60000);

test("the « Droits » tab shows the AIPD section, listing the fiche whose screening asks for one", async () => {
  await openPane(await saveXlsx(await buildExampleRegister({ clock: CLOCK })));
  fireEvent.click(screen.getByRole("tab", { name: strings.app.tabs.rights }));
  // Beside the other sections, the AIPD is chosen in the tab's sub-navigation (a lazy chunk: waited for).
  const nav = await screen.findByRole("navigation", { name: rightsStrings.navLabel }, { timeout: 10000 });
  fireEvent.click(within(nav).getByRole("tab", { name: rightsStrings.sections.aipd }));
  expect(await screen.findByRole("heading", { level: 2, name: "Analyses d'impact (AIPD)" }, { timeout: 10000 })).toBeTruthy();
  const list = screen.getByRole("list", { name: "Fiches qui demandent une AIPD" });
  expect(
    within(list)
      .getAllByRole("listitem")
      .map((li) => li.querySelector("h3")?.textContent),
  ).toEqual(["Soins non programmés / participation au SAS (RÉF ref-002)"]);
});
