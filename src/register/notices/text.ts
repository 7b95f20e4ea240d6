/**
 * A notice as plain text, to paste into a form, an e-mail or a website (the command line prints it):
 * the title, what is still missing (with the cell where to fill it), the introduction, then each section
 * with its paragraphs and its list. Lines are not wrapped: the page that receives the text does that.
 */
import type { Notice } from "./model";
import { TEXT } from "./texts";

export function noticeText(notice: Notice): string {
  const lines: string[] = [notice.title, "=".repeat(Math.min(notice.title.length, 80)), ""];
  if (notice.gaps.length > 0) {
    lines.push(TEXT.gapsHeading);
    for (const gap of notice.gaps) lines.push(`- ${gap.message}${gap.at ? ` ${TEXT.gapAt(gap.at.sheet, gap.at.cell)}` : ""}`);
    lines.push(TEXT.gapsEnd, "");
  }
  lines.push(notice.intro, "");
  for (const section of notice.sections) {
    lines.push(section.heading, "-".repeat(Math.min(section.heading.length, 80)));
    lines.push(...section.paragraphs);
    for (const bullet of section.bullets) lines.push(`- ${bullet}`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
