/**
 * The questions of the self-audit that the rules compare with the register (rules/audit.ts), and the
 * choices that say « no tested backup », « not at a certified host », « an incident happened ». Apart
 * from the themes so that the checker does not carry the questionnaire's texts. Never change an id.
 */

/** « Les données sont-elles sauvegardées… et a-t-on déjà essayé de restaurer ? » (themes/backups.ts). */
export const BACKUP_QUESTION_ID = "bak-restore";
/** A backup that was never restored, or none at all. */
export const NO_TESTED_BACKUP_CHOICES: readonly string[] = ["non-testee", "aucune"];

/** « Les données de santé… sont-elles hébergées chez un hébergeur certifié HDS ? » (themes/suppliers.ts). */
export const HDS_QUESTION_ID = "sup-hds";
/** Not (all) at a certified host. « Aucune donnée de santé » (`aucune`) is read apart by the rule. */
export const NO_HDS_CHOICES: readonly string[] = ["non"];
/** « La CPTS ne conserve aucune donnée de santé ». */
export const NO_HEALTH_DATA_CHOICE = "aucune";

/** « Au cours des 12 derniers mois, la CPTS a-t-elle connu un incident ? » (themes/incidents.ts). */
export const INCIDENT_QUESTION_ID = "inc-last-year";
/** An incident, recorded or not. */
export const INCIDENT_HAPPENED_CHOICES: readonly string[] = ["oui-note", "oui-non-note"];
