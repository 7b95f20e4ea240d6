/**
 * The file the CNIL's PIA tool exports and imports (« Exporter » / « Importer PIA »), release
 * ./release.ts: `exportData` in src/app/services/pia.service.ts writes `{ pia, answers, measures,
 * evaluations, comments }`, each record as its model (src/app/models/*.model.ts) with `pia_id`, `id`
 * and ISO dates. Only the fields a file we write holds are typed here.
 */

/** The PIA itself (pia.model.ts). Status 0: « en cours d'édition ». */
export interface PiaRecord {
  id: number;
  name: string;
  category: string;
  status: 0;
  author_name: string;
  evaluator_name: string;
  validator_name: string;
  /** 0: unfavourable, 1: favourable; null until the DPO gives an opinion. */
  dpo_status: 0 | 1 | null;
  dpo_opinion: string;
  dpos_names: string;
  concerned_people_opinion: string;
  concerned_people_status: 0 | 1 | null;
  concerned_people_searched_opinion: boolean | null;
  concerned_people_searched_content: string;
  people_names: string;
  rejection_reason: string;
  applied_adjustments: string;
  progress: number;
  is_example: 0;
  is_archive: 0;
  /** null: the tool's default questionnaire (a specific « modèle » would be imported with it). */
  structure_id: null;
  created_at: string;
  updated_at: string;
}

/** An answer to a question (answer.model.ts): `text` is HTML (the tool's editor), `list` and `gauge` are for the risks. */
export interface PiaAnswer {
  id: number;
  pia_id: number;
  reference_to: number;
  data: { text: string; gauge: number; list: string[] };
  created_at: string;
  updated_at: string;
}

/** A measure of « Mesures existantes ou prévues » (measure.model.ts): `content` is HTML. */
export interface PiaMeasure {
  id: number;
  pia_id: number;
  title: string;
  content: string;
  placeholder: string;
  created_at: string;
  updated_at: string;
}

/** The file: a new PIA has neither evaluations nor comments, but the import walks both lists. */
export interface PiaExport {
  pia: PiaRecord;
  answers: PiaAnswer[];
  measures: PiaMeasure[];
  evaluations: never[];
  comments: never[];
}
