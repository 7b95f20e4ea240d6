/**
 * Texts of the « Mentions d'information » section of the Droits tab (the notices written from a fiche).
 * Apart from fr.ts: loaded with the section, out of the pane's first load. The notices' own words are the
 * engine's (register/notices).
 */
import type { NoticeAudience } from "../../register";

export const noticeStrings = {
  heading: "Mentions d'information",
  intro:
    "Chaque fois que vous recueillez des données, les personnes doivent savoir qui les traite, pourquoi, qui les reçoit, combien de temps elles sont gardées et quels sont leurs droits. Ces mentions sont rédigées à partir de la fiche du registre, une par public : relisez-les, puis collez-les dans vos formulaires, votre site ou vos affiches.",
  noSnapshot: "Vérifiez d'abord le classeur : les mentions sont rédigées à partir de ses fiches.",
  noFiche: "Le registre n'a encore aucune fiche remplie : ajoutez une fiche, puis revenez ici pour rédiger ses mentions.",
  fiche: "Fiche",
  ficheOption: (ref: string, name: string): string => (ref ? `${ref} · ${name}` : name),
  ficheHint: "Par défaut, la fiche ouverte dans Excel.",
  source: "D'où viennent les données, si elles ne sont pas recueillies auprès de la personne",
  sourceHint:
    "Par exemple : « la fiche de liaison transmise par le médecin traitant ». Les mentions le disent aux personnes (article 14 du RGPD) ; laissez vide si vous recueillez les données auprès d'elles.",
  audience: {
    patients: "Pour les patients",
    professionals: "Pour les professionnels",
    members: "Pour les adhérents",
    staff: "Pour les salariés",
  } satisfies Record<NoticeAudience, string>,
  /** The audience inside a sentence or a button's accessible name. */
  audienceWords: {
    patients: "les patients",
    professionals: "les professionnels",
    members: "les adhérents",
    staff: "les salariés",
  } satisfies Record<NoticeAudience, string>,
  noAudience: "La fiche ne nomme aucune personne concernée : complétez sa rubrique « Personnes concernées » pour savoir à qui s'adressent les mentions.",
  goToPersons: "Aller à la rubrique",
  gapsHeading: (n: number): string =>
    n === 1 ? "1 point à compléter dans la fiche avant de diffuser" : `${n} points à compléter dans la fiche avant de diffuser`,
  goToCell: "Aller à la case",
  goToCellLabel: (cell: string, sheet: string): string => `Aller à la case ${cell} de la feuille « ${sheet} »`,
  complete: "La fiche dit tout ce que les mentions doivent dire.",
  previewLabel: (audience: string): string => `Aperçu des mentions pour ${audience}`,
  inSheet: (sheet: string, date: string | null): string =>
    date
      ? `Déjà écrites dans la feuille « ${sheet} » le ${date} : les écrire de nouveau les remplace.`
      : `Déjà écrites dans la feuille « ${sheet} » : les écrire de nouveau les remplace.`,
  write: "Écrire dans le classeur",
  writeLabel: (audience: string): string => `Écrire dans le classeur les mentions pour ${audience}`,
  written: "Les mentions sont dans le classeur, dans leur propre feuille, prêtes à imprimer (Ctrl+P) ou à copier.",
  copy: "Copier le texte",
  copyLabel: (audience: string): string => `Copier le texte des mentions pour ${audience}`,
  copied: "Texte copié : collez-le dans votre formulaire, votre courriel ou votre site (Ctrl+V).",
  copyFallback: "La copie automatique n'est pas permise ici : le texte est sélectionné ci-dessous, copiez-le avec Ctrl+C.",
  copyFallbackLabel: (audience: string): string => `Texte des mentions pour ${audience}, à copier`,
};
