/**
 * The synthesis as one self-contained HTML page: the same three tables as the workbook (tables.ts) and
 * a chart of the verdicts and of the most frequent findings, drawn as inline SVG. Nothing outside the
 * page is ever requested (no script, font, image or style sheet from elsewhere, and a Content Security
 * Policy that forbids them), and every text that comes from a workbook (a CPTS's name, a fiche's, a
 * message) is escaped: a register cannot put markup into SESAN's page. Pure: returns the page's text.
 */
import { consolidationTexts as t, frenchDay } from "../messages/consolidation";
// The PIA hand-off's escaping: the five characters that could end a text or an attribute, or open markup.
import { escapeHtml } from "../pia/build";
import { synthesisTables, type SynthesisTable, type TableCell } from "./tables";
import type { Synthesis } from "./types";

const COLORS = { ready: "#2E7D32", notReady: "#C62828", unreadable: "#757575", finding: "#1F4E79", text: "#222222" } as const;
/** How many findings the chart shows, and how much of their title. */
const CHART_FINDINGS = 8;
const CHART_TITLE_CHARS = 60;

function cellHtml(cell: TableCell): string {
  switch (cell.kind) {
    case "text":
      return escapeHtml(cell.value);
    case "number":
      return String(cell.value);
    case "date":
      return escapeHtml(frenchDay(cell.iso));
    case "empty":
      return "";
  }
}

/** `heading`: the section's title (the sheet's name where its title is the page's). */
function tableHtml(table: SynthesisTable, heading: string, empty: string): string {
  const head = table.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("");
  const rows = table.rows.map((row) => {
    const cells = row.map((cell, c) => {
      const mark = cell.kind === "text" ? table.highlights.find((h) => h.column === c && h.equals === cell.value) : undefined;
      const style = mark ? ` style="background:${mark.fill};color:${mark.font}"` : "";
      const cls = cell.kind === "number" ? ` class="n"` : "";
      return `<td${cls}${style}>${cellHtml(cell)}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  const body = rows.length > 0 ? rows.join("\n") : `<tr><td colspan="${table.headers.length}">${escapeHtml(empty)}</td></tr>`;
  return (
    `<section>\n<h2>${escapeHtml(heading)}</h2>\n<p class="note">${escapeHtml(table.note)}</p>\n` +
    `<div class="scroll"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>\n</section>`
  );
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Horizontal bars: one per verdict, then one per frequent finding (its length the number of CPTS). */
export function synthesisChartSvg(s: Synthesis): string {
  const width = 760;
  const labelWidth = 430;
  const barMax = width - labelWidth - 50;
  const rowHeight = 26;
  const verdicts = [
    { label: t.html.chartReady, value: s.totals.ready, color: COLORS.ready },
    { label: t.html.chartNotReady, value: s.totals.notReady, color: COLORS.notReady },
    { label: t.html.chartUnreadable, value: s.totals.unreadable, color: COLORS.unreadable },
  ];
  const frequent = s.frequent.slice(0, CHART_FINDINGS);
  const scale = (value: number, max: number): number => (max === 0 ? 0 : Math.max(value > 0 ? 2 : 0, Math.round((value / max) * barMax)));
  const parts: string[] = [];
  let y = 24;
  const heading = (text: string) => {
    parts.push(`<text x="0" y="${y}" font-weight="bold" fill="${COLORS.text}">${escapeHtml(text)}</text>`);
    y += 14;
  };
  const bar = (label: string, value: number, max: number, color: string) => {
    const w = scale(value, max);
    parts.push(
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end" fill="${COLORS.text}">${escapeHtml(label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 8}" fill="${color}"/>`,
      `<text x="${labelWidth + w + 6}" y="${y + 17}" fill="${COLORS.text}">${value}</text>`,
    );
    y += rowHeight;
  };
  heading(t.html.chartVerdicts);
  const verdictMax = Math.max(...verdicts.map((v) => v.value));
  for (const v of verdicts) bar(v.label, v.value, verdictMax, v.color);
  if (frequent.length > 0) {
    y += 16;
    heading(t.html.chartFrequent(frequent.length));
    const findingMax = Math.max(...frequent.map((f) => f.registers));
    for (const f of frequent) bar(clip(f.title, CHART_TITLE_CHARS), f.registers, findingMax, COLORS.finding);
  }
  const height = y + 10;
  return (
    `<svg role="img" aria-label="${escapeHtml(t.html.chartLabel)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="13">\n` +
    `<title>${escapeHtml(t.html.chartLabel)}</title>\n${parts.join("\n")}\n</svg>`
  );
}

const STYLE = `
body { font-family: "Segoe UI", Calibri, Arial, sans-serif; color: #222; margin: 24px; }
h1 { color: #1F4E79; font-size: 1.5em; }
h2 { color: #1F4E79; font-size: 1.2em; margin-top: 2em; }
.note { color: #595959; font-style: italic; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 0.9em; }
th { background: #1F4E79; color: #fff; text-align: left; vertical-align: bottom; }
th, td { border: 1px solid #bfbfbf; padding: 4px 6px; vertical-align: top; white-space: pre-line; }
td.n { text-align: right; }
tbody tr:nth-child(even) td:not([style]) { background: #f5f7fa; }
footer { margin-top: 2em; color: #595959; font-size: 0.85em; }
@media print { .scroll { overflow: visible; } }
`;

/** The page, in French, for a browser or to print; `lang="fr"`, UTF-8. */
export function synthesisHtml(s: Synthesis): string {
  const [summary, frequent, fiches] = synthesisTables(s);
  const title = t.title(s.madeOn);
  return [
    "<!DOCTYPE html>",
    '<html lang="fr">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing from elsewhere, no script: only this page's own style.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(t.totals(s.totals))}</p>`,
    `<figure>\n${synthesisChartSvg(s)}\n</figure>`,
    tableHtml(summary, summary.name, t.html.noRegister),
    tableHtml(frequent, frequent.title, t.html.noFinding),
    tableHtml(fiches, fiches.title, t.html.noFiche),
    `<footer>${escapeHtml(t.html.footer)}</footer>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
