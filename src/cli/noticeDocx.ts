/**
 * The notices of `mentions --docx` as a Word file, made with the `docx` library (never hand-written
 * XML): one A4 page (or more) per notice, each starting on a new page; its title, the day and the fiche
 * it was made from, then what the fiche lacks on a coloured band with a red rule, each gap saying where
 * to fill it in, then the sections, headings, paragraphs and bullets as a person reads them.
 *
 * The command line only: the pane never loads the `docx` library.
 */
import { BorderStyle, Document, HeadingLevel, Packer, Paragraph, ShadingType, TextRun, type ISectionOptions } from "docx";
import type { Notice } from "../register";
import { mentions, noticeDocxTexts as t } from "./strings";

/** A4 in twentieths of a point, margins of 2 cm. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGIN = 1134;
const COLORS = { gapFill: "FDE9E9", gapText: "9C0006", muted: "595959" } as const;

/** The band that holds the gaps: a light red fill, a thick red rule on its left. */
const GAP_BAND = {
  shading: { type: ShadingType.CLEAR, fill: COLORS.gapFill, color: "auto" },
  border: { left: { style: BorderStyle.SINGLE, size: 24, color: COLORS.gapText, space: 6 } },
} as const;

function gapParagraphs(notice: Notice): Paragraph[] {
  if (notice.gaps.length === 0) return [];
  return [
    new Paragraph({ ...GAP_BAND, keepNext: true, children: [new TextRun({ text: t.gapsHeading, bold: true, color: COLORS.gapText, size: 26 })] }),
    new Paragraph({ ...GAP_BAND, children: [new TextRun({ text: t.gapsIntro, color: COLORS.gapText })] }),
    ...notice.gaps.map(
      (gap) =>
        new Paragraph({
          ...GAP_BAND,
          bullet: { level: 0 },
          children: [
            new TextRun({ text: gap.message, bold: true, color: COLORS.gapText }),
            ...(gap.at ? [new TextRun({ text: ` ${t.gapAt(gap.at.sheet, gap.at.cell)}`, color: COLORS.gapText })] : []),
          ],
        }),
    ),
    new Paragraph({ children: [] }),
  ];
}

function noticeSection(notice: Notice, date: string): ISectionOptions {
  const made = t.made({ ref: notice.ficheRef, ficheName: notice.ficheName, audience: mentions.audience[notice.audience], date });
  return {
    properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
    children: [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(notice.title)] }),
      new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: made, italics: true, color: COLORS.muted, size: 18 })] }),
      ...gapParagraphs(notice),
      ...(notice.intro.trim() !== "" ? [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(notice.intro)] })] : []),
      ...notice.sections.flatMap((section) => [
        new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(section.heading)] }),
        ...section.paragraphs.map((p) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(p)] })),
        ...section.bullets.map((b) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(b)] })),
      ]),
    ],
  };
}

/** The Word file of `notices`, in their order, each on its own pages; `date` is the day they were made (« 07/12/2026 »). */
export async function noticesDocx(notices: readonly Notice[], date: string): Promise<Uint8Array> {
  const doc = new Document({
    creator: t.creator,
    title: notices.length > 0 ? t.documentTitle(notices[0].ficheName) : undefined,
    styles: { default: { document: { run: { font: "Calibri", size: 22, language: { value: "fr-FR" } } } } },
    // A Word section starts on a new page: one per notice.
    sections: notices.map((n) => noticeSection(n, date)),
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
