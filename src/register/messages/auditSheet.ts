/** The texts the add-in writes into its sheet « Auto-diagnostic cyber » (loaded with the writing plan only). */
import { CYBER_SHEET_NAMES } from "./cyberSheets";

export const auditSheetTexts = {
  title: CYBER_SHEET_NAMES.audit,
  intro:
    "Chaque évaluation est gardée ici, la plus récente en bas ; le volet du complément en ajoute une nouvelle. Les scores sont recalculés à partir des réponses : pour corriger une réponse, choisissez-en une autre de la liste proposée. Réévaluez tous les six mois.",
  runHeading: (date: string) => `Évaluation du ${date}`,
  dateLabel: "Date",
  whoLabel: "Réalisée par",
  headers: ["Thème", "Question", "Réponse", "Points"] as const,
  points: (earned: number, full: number) => `${earned} / ${full}`,
  overallLabel: "Score global (sur 100)",
  levelLabel: "Niveau",
  level: (label: string, meaning: string) => `${label} : ${meaning}`,
  measuresTitle: "Mesures prioritaires (les plus utiles pour l'effort demandé)",
  measuresHeaders: ["Mesure", "Comment faire", "Pourquoi", "Effort"] as const,
  effort: { 1: "Faible", 2: "Moyen", 3: "Important" } as const,
  comparisonTitle: "Comparaison par thème (scores sur 100)",
  comparisonHeaders: (previousDate: string | null) =>
    ["Thème", previousDate === null ? "Évaluation précédente" : `Évaluation précédente (${previousDate})`, "Cette évaluation"] as const,
  planTitle: (date: string) => `Enregistrer l'auto-diagnostic cyber du ${date}`,
  printHeader: "Auto-diagnostic cyber",
  noWho: "Indiquez votre nom : il est enregistré avec l'évaluation, pour savoir qui l'a faite.",
  noAnswer: "Répondez au moins à une question avant d'enregistrer l'évaluation.",
  unknownQuestion: (id: string) => `La question « ${id} » ne fait pas partie de l'auto-diagnostic.`,
  unknownChoice: (id: string) => `Une réponse donnée à la question « ${id} » n'est pas l'une des réponses proposées.`,
};
