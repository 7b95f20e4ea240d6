/** Before another workbook replaces a changed one: the safe answer first, Échap keeps, the focus comes back. */
import { fireEvent, render, screen } from "@testing-library/react";
import { ReplaceConfirm } from "../../src/playground/ReplaceConfirm";
import { playgroundStrings as s } from "../../src/playground/strings";

function setup() {
  const onKeep = jest.fn();
  const onReplace = jest.fn();
  const opener = document.createElement("button");
  document.body.appendChild(opener);
  opener.focus();
  const view = render(<ReplaceConfirm what={s.replaceWhatExample} onKeep={onKeep} onReplace={onReplace} />);
  return { onKeep, onReplace, opener, view, dialog: screen.getByRole("alertdialog", { name: s.replaceTitle }) };
}

afterEach(() => document.body.replaceChildren());

test("asks with « Garder mon classeur » focused; Échap keeps the workbook", () => {
  const { onKeep, onReplace, dialog } = setup();
  const described = document.getElementById(dialog.getAttribute("aria-describedby")!);
  expect(described?.textContent).toBe(s.replaceBody(s.replaceWhatExample));
  expect(document.activeElement).toBe(screen.getByRole("button", { name: s.replaceKeep }));
  fireEvent.keyDown(dialog, { key: "Escape" });
  expect(onKeep).toHaveBeenCalledTimes(1);
  expect(onReplace).not.toHaveBeenCalled();
});

test("Tab stays between the two buttons; the focus goes back to the opener when the dialog closes", () => {
  const { onReplace, opener, view, dialog } = setup();
  fireEvent.keyDown(dialog, { key: "Tab" });
  const replace = screen.getByRole("button", { name: s.replaceConfirm });
  expect(document.activeElement).toBe(replace);
  fireEvent.keyDown(dialog, { key: "Tab", shiftKey: true });
  expect(document.activeElement).toBe(screen.getByRole("button", { name: s.replaceKeep }));
  fireEvent.click(replace);
  expect(onReplace).toHaveBeenCalledTimes(1);
  view.unmount();
  expect(document.activeElement).toBe(opener);
});
