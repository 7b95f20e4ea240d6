/** The texts of the Excel chart beside a self-audit run's « Comparaison » table (audit/chartPlan.ts). */
export const auditChartTexts = {
  /** The chart's name on its sheet: stable for a run (its day, and a number when the day already had runs). */
  name: (isoDay: string, sameDayRank: number): string => (sameDayRank > 1 ? `Comparaison ${isoDay} (${sameDayRank})` : `Comparaison ${isoDay}`),
  title: (day: string, withPrevious: boolean): string =>
    withPrevious ? `Score par thème sur 100 : évaluation du ${day} et la précédente` : `Score par thème sur 100 : évaluation du ${day}`,
};
