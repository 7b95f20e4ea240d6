/**
 * The playground replaces the pane from an effect's clean-up, while its own React tree commits: the
 * pane's unmount must not be a synchronous unmount of another root then (React logs « Attempted to
 * synchronously unmount a root while React was already rendering », which fails this test through
 * test/setup/failOnConsole.ts), and the pane must be gone from the page at once.
 */
import * as React from "react";
import { act, render } from "@testing-library/react";
import { mountUnsupported } from "../../src/taskpane/mount";
// Fluent's MessageBar needs a ResizeObserver, which jsdom lacks: the harness installs a stand-in.
import "./harness";

function Host({ container }: { container: HTMLElement }): null {
  React.useEffect(() => {
    const unmount = mountUnsupported(container, "no-office");
    return () => unmount();
  }, [container]);
  return null;
}

test("a pane unmounted from another tree's effect clean-up leaves at once, with no React error", async () => {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const view = render(<Host container={container} />);
  await act(async () => new Promise((r) => setTimeout(r, 0)));
  expect(container.textContent).not.toBe("");
  view.unmount();
  expect(container.textContent).toBe("");
  await act(async () => new Promise((r) => setTimeout(r, 10)));
  container.remove();
});
