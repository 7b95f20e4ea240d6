/**
 * What the engine says about the sheet « Auto-diagnostic cyber » when it reads it (first load: short).
 * The texts written into the sheet are ./auditSheet.ts, which only the writing plan needs.
 */
export const auditReadTexts = {
  notAChoice: (answer: string) => `la réponse « ${answer} » n'est pas l'une des réponses proposées à cette question`,
  unreadableDate: (value: string) =>
    value === "" ? "la date de l'évaluation est vide" : `la date de l'évaluation « ${value} » n'est pas une date lisible (JJ/MM/AAAA)`,
};
