/**
 * SESAN's synthesis of many registers (`cpts-registre consolider`): pure, from the reports as
 * `valider --json` writes them to a WritePlan and an HTML page. An entry of its own, kept out of the
 * engine's main entry: the task pane never needs it.
 */
export { synthesise, serialOfIso, type SynthesisOptions } from "./synthesise";
export { planSynthesisWorkbook, fittingWidths, SYNTHESIS_HEADER_ROW } from "./workbookPlan";
export { synthesisHtml, synthesisChartSvg } from "./html";
export { synthesisTables, type SynthesisTable, type TableCell, type Highlight } from "./tables";
export type { Synthesis, SynthesisEntry, SynthesisRow, RegisterRow, UnreadableRow, FrequentFinding, FicheLine } from "./types";
