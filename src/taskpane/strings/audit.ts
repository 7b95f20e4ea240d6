/**
 * Texts of the « Auto-diagnostic » section of the « Sécurité » tab. The questions, their choices, the
 * levels and the measures are engine data (src/register/audit/); here is only what the section says
 * around them. Loaded with the section (a lazy chunk), out of the pane's first load.
 */
export const auditStrings = {
  heading: "Auto-diagnostic cyber",
  intro:
    "Une vingtaine de questions, par thème, pour mesurer où en est la CPTS face aux risques informatiques. Comptez un quart d'heure ; si vous le pouvez, répondez avec votre prestataire informatique. L'évaluation est gardée dans la feuille « Auto-diagnostic cyber » du classeur, sous les précédentes, sans jamais les effacer.",
  whoLabel: "Votre nom",
  whoHint: "Écrit une fois, avec la date, en tête de l'évaluation.",
  progressLabel: "Questions répondues",
  progress: (answered: number, total: number): string => `${answered} / ${total}`,
  themeProgress: (answered: number, total: number): string => `${answered} sur ${total} répondue${answered > 1 ? "s" : ""}`,
  save: "Enregistrer l'évaluation",
  missingWho: "Indiquez votre nom avant d'enregistrer.",
  missingAnswers: (n: number): string =>
    `${n === 1 ? "Une question reste" : `${n} questions restent`} sans réponse. Si vous ne savez pas, choisissez « Je ne sais pas » : la réponse compte alors comme une mesure à mettre en place.`,
  backToResults: "Revenir aux résultats",

  resultsHeading: (day: string): string => `Résultats de l'évaluation du ${day}`,
  undatedResultsHeading: "Résultats de la dernière évaluation",
  by: (who: string): string => `Réalisée par ${who}.`,
  overall: "Score global",
  outOf100: (score: number): string => `${score} / 100`,
  change: (delta: number, day: string): string =>
    delta === 0 ? `Inchangé depuis l'évaluation du ${day}.` : `${delta > 0 ? "+" : "−"}${Math.abs(delta)} depuis l'évaluation du ${day}.`,
  level: (label: string): string => `Niveau ${label.toLowerCase()}`,
  levelsExplained: (levels: readonly { label: string; min: number }[]): string =>
    `Niveaux : ${levels.map((l, i) => (i === 0 ? `${l.label} sous ${levels[1]?.min ?? 100}` : i === levels.length - 1 ? `${l.label} à partir de ${l.min}` : `${l.label} de ${l.min} à ${levels[i + 1].min - 1}`)).join(", ")}.`,
  reevaluate: (day: string): string => `Réévaluer avant le ${day}.`,
  reevaluateOverdue: (day: string): string => `La réévaluation était à faire avant le ${day} : refaites l'évaluation.`,
  openSheet: "Voir dans le classeur",
  newRun: "Nouvelle évaluation",

  themesHeading: "Score par thème",
  chartCaption: (previousDay: string | null, day: string): string =>
    previousDay
      ? `Score par thème sur 100 : l'évaluation du ${day} comparée à celle du ${previousDay}.`
      : `Score par thème sur 100 de l'évaluation du ${day}. La prochaine évaluation lui sera comparée.`,
  seriesRun: (day: string): string => `Évaluation du ${day}`,
  themeColumn: "Thème",
  noScore: "—",

  measuresHeading: "Mesures prioritaires",
  measuresIntro: "Les plus efficaces pour l'effort qu'elles demandent, la première d'abord :",
  noMeasures: "Aucune mesure prioritaire : chaque réponse est la meilleure possible. Gardez le cap jusqu'à la prochaine évaluation.",
  why: "Pourquoi : ",
  how: "Comment : ",
};
