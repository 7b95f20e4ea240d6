/**
 * Fluent's AccordionPanel, made inert the way React 18 can write it. Fluent marks a closed or closing
 * panel `inert: true` so that keyboard focus cannot enter it; React 18 does not know the attribute: it
 * drops the value `true` (the panel is then not inert at all) and warns. An empty string renders
 * `inert=""`, which browsers read as inert. Once the pane moves to React 19, which knows `inert`, use
 * Fluent's AccordionPanel again.
 */
import * as React from "react";
import {
  renderAccordionPanel_unstable,
  useAccordionPanelStyles_unstable,
  useAccordionPanel_unstable,
  type AccordionPanelProps,
} from "@fluentui/react-components";

export const AccordionPanel = React.forwardRef<HTMLDivElement, AccordionPanelProps>(function AccordionPanel(props, ref) {
  const state = useAccordionPanel_unstable(props, ref);
  useAccordionPanelStyles_unstable(state);
  // React 18's DOM types do not list `inert`, which Fluent sets on the root slot.
  const root = state.root as typeof state.root & { inert?: boolean | "" };
  if (root.inert === true) root.inert = "";
  return renderAccordionPanel_unstable(state);
});
