/**
 * The release of the CNIL's PIA tool (« l'outil PIA », https://www.cnil.fr/fr/outil-pia-telechargez-et-installez-le-logiciel-de-la-cnil)
 * whose import this module writes for. Source: https://github.com/LINCnil/pia, tag v4.1.0 (commit
 * 29f8ce81083d5aec231e2c6b877e85331317a895, 20 March 2026), read on 07/12/2026:
 * - src/app/services/pia.service.ts: `exportData` (the file is `{ pia, answers, measures, evaluations,
 *   comments }`) and `importData` with `importAnswers`, `importMeasures`, `importEvaluations`,
 *   `importComments` (the fields it reads are listed, with this release, in test/register/pia/pia.test.ts);
 * - src/app/models/{pia,answer,measure,evaluation,comment}.model.ts (the records);
 * - src/assets/files/pia_architecture.json and src/assets/i18n/fr.json (the questionnaire: ./structure.ts);
 * - src/assets/files/2018-02-21-pia-example.json (the example the tool ships, an export of « Captoo »).
 * `importData` of v3.2.2 reads the same fields (v3.0.1 read two of them under other names,
 * `rejected_reason` and `applied_adjustements`, which only a validated PIA fills).
 */
export const PIA_RELEASE = {
  tool: "PIA (CNIL)",
  repository: "https://github.com/LINCnil/pia",
  tag: "v4.1.0",
  commit: "29f8ce81083d5aec231e2c6b877e85331317a895",
  releasedOn: "2026-03-20",
  checkedOn: "2026-12-07",
} as const;
