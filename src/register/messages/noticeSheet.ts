/**
 * French texts of the add-in's notice sheets « Mentions … » (../notices/sheetPlan.ts writes them,
 * ../notices/readSheets.ts reads their keys back). The notice's own words are the engine's
 * (../notices/), not these: here only what frames them on the sheet.
 */
import type { NoticeAudience } from "../notices/model";

export const noticeSheetTexts = {
  /** The audience as the sheet's name and its head say it. */
  audience: {
    patients: "patients",
    professionals: "professionnels",
    members: "adhérents",
    staff: "salariés",
  } satisfies Record<NoticeAudience, string>,
  /** A shorter word for the sheet's name, when the long one leaves too little room for the RÉF. */
  audienceShort: {
    patients: "patients",
    professionals: "pros",
    members: "adhérents",
    staff: "salariés",
  } satisfies Record<NoticeAudience, string>,
  /** Row 2, under the title: what the notice was made from, for whom, and when. */
  made: (o: { ref: string; ficheName: string; audience: string; date: string }): string =>
    `Mentions rédigées le ${o.date} à partir de la fiche ${o.ref ? `${o.ref} ` : ""}« ${o.ficheName} » du registre des traitements, pour les ${o.audience}.`,
  gapsHeading: "À compléter avant de diffuser ces mentions",
  gapsIntro:
    "La fiche du registre ne dit pas tout ce que ces mentions doivent dire : elles ne l'inventent pas. Complétez la fiche, puis écrivez de nouveau les mentions depuis le volet.",
  gapLine: (message: string): string => `• ${message}`,
  bullet: (text: string): string => `• ${text}`,
  planCreateTitle: (ref: string, audience: string): string => `Écrire les mentions d'information${ref ? ` de ${ref}` : ""} (${audience})`,
  planUpdateTitle: (ref: string, audience: string): string => `Mettre à jour les mentions d'information${ref ? ` de ${ref}` : ""} (${audience})`,
};
