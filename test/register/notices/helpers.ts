/**
 * Notices of fiches filled the way people fill them, read by the real reader (test/fixtures/registers.ts),
 * and the text a person reads in each part of a notice.
 */
import type { Notice, NoticeAudience, NoticeItemId } from "../../../src/register";
import { buildNotices, type BuildNoticesOptions } from "../../../src/register";
import { buildFiche, buildRegister, type FicheSpec, type RegisterSpec } from "../../fixtures/registers";

export const SHEET = "Fiche";

/** The notices of one fiche, alone in a CNIL workbook whose tab 2 names the CPTS (unless `register` says otherwise). */
export function noticesOf(spec: Partial<FicheSpec>, register: Omit<RegisterSpec, "fiches"> = {}, options: BuildNoticesOptions = {}): Notice[] {
  const fiche = buildFiche({ sheet: SHEET, name: "Traitement", ref: "ref-002", ...spec });
  const reg = buildRegister({ fiches: [fiche], ...register });
  const read = reg.fiches.find((f) => f.sheet === (spec.sheet ?? SHEET));
  if (!read) throw new Error("fiche not read");
  return buildNotices(reg, read, options);
}

/** The one notice for an audience (fails when there is none). */
export function noticeFor(notices: Notice[], audience: NoticeAudience): Notice {
  const n = notices.find((x) => x.audience === audience);
  if (!n) throw new Error(`No notice for ${audience}: ${notices.map((x) => x.audience).join(", ")}`);
  return n;
}

/** A section's paragraphs and bullets as one text ("" when the notice has no such section). */
export function sectionText(notice: Notice, item: NoticeItemId): string {
  const s = notice.sections.find((x) => x.item === item);
  return s ? [...s.paragraphs, ...s.bullets].join("\n") : "";
}

export function bulletsOf(notice: Notice, item: NoticeItemId): string[] {
  return notice.sections.find((x) => x.item === item)?.bullets ?? [];
}

export function gapsOf(notice: Notice, item?: NoticeItemId): { message: string; at?: string }[] {
  return notice.gaps
    .filter((g) => item === undefined || g.item === item)
    .map((g) => (g.at ? { message: g.message, at: `${g.at.sheet}!${g.at.cell}` } : { message: g.message }));
}

export function items(notice: Notice): NoticeItemId[] {
  return notice.sections.map((s) => s.item);
}
