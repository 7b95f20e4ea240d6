/**
 * Texts of the "Parcours en 4 étapes" panel. The steps' own texts (titles, checklists, explanations,
 * CNIL links, what to do in a cyberattack) are data of the engine (src/register/data/path.ts); here is
 * only what the panel itself says around them.
 */
import type { PathStepStatus } from "../../register";

export const pathStrings = {
  heading: "Parcours en 4 étapes",
  progress: (done: number): string =>
    done === 0
      ? "Aucune étape faite pour l'instant"
      : done === 4
        ? "Les 4 étapes sont faites : bravo !"
        : `${done} étape${done > 1 ? "s" : ""} sur 4 faite${done > 1 ? "s" : ""}`,
  progressLabel: "Avancement du parcours",
  status: {
    todo: "À faire",
    "in-progress": "En cours",
    done: "Fait",
  } satisfies Record<PathStepStatus, string>,
  stepTitle: (n: number, title: string): string => `${n}. ${title}`,
  checklist: "Points à vérifier",
  fromWorkbookDone: "Vérifié dans le classeur : c'est fait.",
  fromWorkbookTodo: "Vérifié dans le classeur : pas encore. Ce point se coche tout seul une fois corrigé.",
  toTick: "À cocher vous-même quand c'est fait",
  tickedOn: (date: string): string => (date ? `Coché le ${date}` : "Coché"),
  saving: "Enregistrement dans le classeur…",
  tickKept: "Vos coches sont gardées dans la feuille « Suivi de conformité » du classeur, avec leur date : elles voyagent avec le fichier jusqu'à SESAN.",
  whereToAct: "Où agir :",
  goTo: (sheet: string, cell: string): string => `Aller à « ${sheet} », cellule ${cell}`,
  showMore: (n: number): string => `Voir ${n} autre${n > 1 ? "s" : ""} point${n > 1 ? "s" : ""}`,
  showLess: "Voir moins",
  learnMore: "Pour aller plus loin (s'ouvre dans une nouvelle fenêtre) :",
  newWindow: " (nouvelle fenêtre)",
  noRegister: "Le parcours s'affiche dès que le classeur a été lu.",
};
