/**
 * The comparison chart of the self-audit: per theme, this run's score out of 100 beside the previous
 * run's, drawn by us in SVG (no chart library in the pane).
 *
 * Horizontal bars rather than Excel's columns: at the pane's narrowest (320 px) eight themes of up to
 * 48 characters cannot sit under columns, while a bar's label fits on a line of its own above it. The
 * SVG scales with the pane (a viewBox, width 100 %).
 *
 * Accessibility: a <figure> named by its caption; the drawing is hidden from screen readers, which
 * read instead a table of the same figures (visually hidden, in the page's reading order). Colour is
 * never the only cue: every bar has its figure written at its end, the two series always come in the
 * same order (previous, then this run) and the legend says which is which.
 */
import * as React from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { auditStrings as s } from "../../../strings/audit";

export interface ComparisonRow {
  label: string;
  /** 0–100. */
  current: number;
  /** 0–100; null when the previous run has no score for the theme (or there is no previous run). */
  previous: number | null;
}

export interface ComparisonChartProps {
  rows: readonly ComparisonRow[];
  caption: string;
  /** Legend of this run's bars (« Évaluation du 07/12/2026 »). */
  currentLabel: string;
  /** Legend of the previous run's bars; null when there is no previous run (one series). */
  previousLabel: string | null;
}

/** Drawing units (the viewBox); at 320 px one unit is about one pixel. */
const WIDTH = 300;
/** The longest bar (a score of 100); the rest of the width holds the figure at the bar's end. */
export const BAR_MAX = 256;
const BAR_HEIGHT = 10;
const BAR_GAP = 3;
const LABEL_LINE = 13;
const GROUP_GAP = 10;
const LEGEND_HEIGHT = 22;
/** Characters of a theme's label per line (11 units font). */
const LABEL_CHARS = 46;

const useStyles = makeStyles({
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  svg: { display: "block", width: "100%", height: "auto", overflow: "visible" },
  label: { fill: tokens.colorNeutralForeground1, fontSize: "11px" },
  value: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  legend: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  current: { fill: tokens.colorBrandBackground },
  previous: { fill: tokens.colorNeutralForeground4 },
  axis: { stroke: tokens.colorNeutralStroke1, strokeWidth: 1 },
  caption: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  // Read by screen readers, not shown: the SVG shows the same figures.
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
  },
});

/** A label cut into lines of at most LABEL_CHARS characters, at spaces. */
export function labelLines(label: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line !== "" && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  if (line !== "" || lines.length === 0) lines.push(line);
  return lines;
}

/** The length of a score's bar, in drawing units. */
export function barLength(score: number): number {
  return (Math.max(0, Math.min(100, score)) / 100) * BAR_MAX;
}

export function ComparisonChart({ rows, caption, currentLabel, previousLabel }: ComparisonChartProps): React.JSX.Element {
  const styles = useStyles();
  const captionId = React.useId();
  const series: { key: "previous" | "current"; label: string; className: string }[] = [
    ...(previousLabel !== null ? [{ key: "previous" as const, label: previousLabel, className: styles.previous }] : []),
    { key: "current", label: currentLabel, className: styles.current },
  ];

  const groupBars = series.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const groups: { row: ComparisonRow; lines: string[]; top: number; barsTop: number }[] = [];
  for (const row of rows) {
    const lines = labelLines(row.label);
    const previous = groups[groups.length - 1];
    const top = previous ? previous.barsTop + groupBars : LEGEND_HEIGHT;
    groups.push({ row, lines, top, barsTop: top + lines.length * LABEL_LINE });
  }
  const lastGroup = groups[groups.length - 1];
  const height = lastGroup ? lastGroup.barsTop + groupBars : LEGEND_HEIGHT;

  return (
    <figure className={styles.figure} aria-labelledby={captionId}>
      <svg className={styles.svg} viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false" data-testid="audit-chart">
        {series.map((se, i) => (
          <g key={se.key}>
            <rect className={se.className} x={i * (WIDTH / 2)} y={4} width={10} height={10} />
            <text className={styles.legend} x={i * (WIDTH / 2) + 14} y={13}>
              {se.label}
            </text>
          </g>
        ))}
        {groups.map(({ row, lines, top, barsTop }) => (
          <g key={row.label} data-theme={row.label}>
            {lines.map((line, i) => (
              <text key={i} className={styles.label} x={0} y={top + (i + 1) * LABEL_LINE - 3}>
                {line}
              </text>
            ))}
            {series.map((se, i) => {
              const score = se.key === "current" ? row.current : row.previous;
              const barY = barsTop + i * (BAR_HEIGHT + BAR_GAP);
              const length = score === null ? 0 : barLength(score);
              return (
                <g key={se.key}>
                  {score !== null && (
                    <rect className={se.className} x={0} y={barY} width={length} height={BAR_HEIGHT} data-series={se.key} data-score={score} />
                  )}
                  <text className={styles.value} x={length + 4} y={barY + BAR_HEIGHT - 1}>
                    {score === null ? s.noScore : String(score)}
                  </text>
                </g>
              );
            })}
            <line className={styles.axis} x1={0.5} x2={0.5} y1={barsTop - 1} y2={barsTop + series.length * (BAR_HEIGHT + BAR_GAP) - BAR_GAP + 1} />
          </g>
        ))}
      </svg>
      {/* A table does not shrink below its content: the hiding box is a div around it, and the table's
          lines may wrap, so that even its unseen box stays within the pane. */}
      <div className={styles.visuallyHidden}>
        <table>
          <thead>
            <tr>
              <th scope="col">{s.themeColumn}</th>
              {series.map((se) => (
                <th key={se.key} scope="col">
                  {se.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                {series.map((se) => {
                  const score = se.key === "current" ? row.current : row.previous;
                  return <td key={se.key}>{score === null ? s.noScore : s.outOf100(score)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption id={captionId} className={styles.caption}>
        {caption}
      </figcaption>
    </figure>
  );
}
