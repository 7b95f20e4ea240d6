/**
 * The file the CNIL's PIA tool imports (« Importer PIA »), pre-filled from a fiche of the register: the
 * processing's name, its context and purposes, its data with their retention, its recipients and
 * processors, its transfers, its legal basis, and the security measures already ticked. Everything
 * else (risks, proportionality, the people's rights…) is the AIPD's own work, left to the tool. Format
 * and question ids: the tool's release named in ./release.ts.
 *
 * Pure: no file, no network. Texts are written as the tool's editor holds them (HTML), escaped.
 */
import type { ActorRow, ChoiceRow, DataRow, Fiche, TextField } from "../model";
import type { PiaAnswer, PiaExport, PiaMeasure, PiaRecord } from "./model";
import { assessAipd } from "../aipd";
import { AIPD_CRITERIA, AIPD_LIST_TYPES } from "../rules/catalogue/aipd";
import { choiceFilled, dataRowFilled, foldWords } from "../rules/context";
import { toolsNamed } from "../rules/tools";
import { formatLocalDate, type Clock } from "../clock";
import { PIA_MEASURE_PLACEHOLDER, PIA_QUESTIONS, type PiaQuestionKey } from "./structure";
import { piaTexts as t } from "./texts";

/** The id the PIA and its records carry in the file (the tool gives new ids on import). */
const PIA_ID = 1;

/** `s` as text inside the tool's HTML. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A paragraph; line breaks typed in a cell kept. */
const para = (s: string): string => `<p>${escapeHtml(s).replace(/\r?\n/g, "<br />")}</p>`;
const labelled = (label: string, value: string): string => `<p><strong>${escapeHtml(label)} :</strong> ${escapeHtml(value)}</p>`;
const list = (label: string, items: readonly string[]): string =>
  items.length === 0 ? "" : `<p><strong>${escapeHtml(label)} :</strong></p><ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;

const v = (f: TextField | undefined): string => f?.value.trim() ?? "";
/** « valeur — précision », or whichever of the two is filled. */
const choice = (r: ChoiceRow): string => [v(r.value), v(r.detail)].filter(Boolean).join(" — ");

function actor(a: ActorRow | undefined): string {
  if (!a) return "";
  const place = [v(a.postcode), v(a.city)].filter(Boolean).join(" ");
  return [v(a.name), v(a.address), place, v(a.country), v(a.phone), v(a.email)].filter(Boolean).join(", ");
}

/** The recipients rows of kind « Sous-traitants » (as the report's `processors`). */
function processorRows(fiche: Fiche): ChoiceRow[] {
  return fiche.recipients.filter((r) => choiceFilled(r) && foldWords(r.value.value).includes(" sous traitant"));
}

function dataRows(fiche: Fiche): DataRow[] {
  return [...fiche.dataCategories, ...fiche.sensitiveData].filter(dataRowFilled);
}

/** Why the screening asks for an AIPD, in the words of its rule. */
function whyAipd(fiche: Fiche): string {
  const a = assessAipd(fiche);
  if (a.status === "required" && a.listType) return t.requiredBecause(AIPD_LIST_TYPES[a.listType]);
  if (a.criteria.length > 0) return t.likelyBecause(a.criteria.map((c) => AIPD_CRITERIA[c]).join(", "));
  return "";
}

/** True when the screening says an AIPD is required or likely: the fiches the faces offer to hand to the PIA tool. */
export function needsAipd(fiche: Fiche): boolean {
  const status = assessAipd(fiche).status;
  return status === "required" || status === "likely";
}

/** The HTML of each question the fiche can answer; a question it cannot is left out. */
function answerTexts(fiche: Fiche, clock: Clock): Partial<Record<PiaQuestionKey, string>> {
  const name = v(fiche.name);
  const ref = v(fiche.ref);
  const subPurposes = fiche.subPurposes.map(v).filter(Boolean);
  const persons = fiche.persons.filter(choiceFilled).map(choice);
  const rows = dataRows(fiche);
  const recipients = fiche.recipients.filter(choiceFilled).map(choice);
  const processors = processorRows(fiche).map(choice);
  const why = whyAipd(fiche);
  const out: Partial<Record<PiaQuestionKey, string>> = {};

  out.overview = [
    name && labelled(t.processing, name),
    ref && labelled(t.ref, ref),
    v(fiche.mainPurpose) && labelled(t.mainPurpose, v(fiche.mainPurpose)),
    list(t.subPurposes, subPurposes),
    list(t.persons, persons),
    why && labelled(t.whyAipd, why),
    `<p><em>${escapeHtml(t.prefilled(fiche.sheet, formatLocalDate(clock)))}</em></p>`,
  ].join("");

  const joint = actor(fiche.jointControllers);
  const dpo = [actor(fiche.dpo), v(fiche.dpoCompany?.name)].filter(Boolean).join(" — ");
  const responsibilities = [
    actor(fiche.controller) && labelled(t.controller, actor(fiche.controller)),
    joint && labelled(t.jointControllers, joint),
    actor(fiche.representative) && labelled(t.representative, actor(fiche.representative)),
    dpo && labelled(t.dpo, dpo),
    list(t.processors, processors),
  ].join("");
  if (responsibilities) out.responsibilities = responsibilities;

  const dataItems = rows.map((r) => `${r.label} : ${[v(r.description), v(r.retention) && `${t.retention} : ${v(r.retention)}`].filter(Boolean).join(" — ")}`);
  const data = [list(t.data, dataItems), list(t.recipients, recipients)].join("");
  if (data) out.data = data;

  const tools = toolsNamed(fiche).map((x) => x.tool.name);
  if (tools.length > 0) out.supports = list(t.tools, tools);

  const purposes = [v(fiche.mainPurpose) && labelled(t.mainPurpose, v(fiche.mainPurpose)), list(t.subPurposes, subPurposes)].join("");
  if (purposes) out.purposes = purposes;

  const basis = [
    v(fiche.legalBasis) && labelled(t.legalBasis, v(fiche.legalBasis)),
    v(fiche.art9Exception) && labelled(t.art9Exception, v(fiche.art9Exception)),
  ].join("");
  if (basis) out.legalBasis = basis;

  const retention = rows.filter((r) => v(r.retention) !== "").map((r) => `${r.label} : ${v(r.retention)}`);
  if (retention.length > 0) out.retention = list(t.retentions, retention);

  if (processors.length > 0) out.processors = list(t.processors, processors);

  const transfers = fiche.transfers
    .map((r) => t.transfer({ recipient: v(r.recipient), country: v(r.country), guarantee: v(r.guarantee), documentation: v(r.documentation) }))
    .filter(Boolean);
  if (transfers.length > 0) out.transfers = `<ul>${transfers.map((x) => `<li>${escapeHtml(x)}</li>`).join("")}</ul>`;
  return out;
}

/** The measures already ticked in the fiche, as the tool's « Mesures existantes ou prévues ». */
function measures(fiche: Fiche, at: string): PiaMeasure[] {
  return fiche.measures.filter(choiceFilled).map((r, i) => {
    const title = v(r.value) || v(r.detail);
    const detail = v(r.value) ? v(r.detail) : "";
    return { id: i + 1, pia_id: PIA_ID, title, content: detail ? para(detail) : "", placeholder: PIA_MEASURE_PLACEHOLDER, created_at: at, updated_at: at };
  });
}

export interface PiaExportOptions {
  clock: Clock;
}

/** The PIA tool's import file for `fiche`, pre-filled from it (any fiche; the faces offer it when the screening asks for an AIPD). */
export function buildPiaExport(fiche: Fiche, options: PiaExportOptions): PiaExport {
  const at = options.clock.now().toISOString();
  const dpoName = v(fiche.dpo?.name);
  const pia: PiaRecord = {
    id: PIA_ID,
    name: t.piaName(v(fiche.name) || fiche.sheet, v(fiche.ref)),
    category: "",
    status: 0,
    author_name: "",
    evaluator_name: "",
    validator_name: "",
    dpo_status: null,
    dpo_opinion: "",
    dpos_names: dpoName,
    concerned_people_opinion: "",
    concerned_people_status: null,
    concerned_people_searched_opinion: null,
    concerned_people_searched_content: "",
    people_names: "",
    rejection_reason: "",
    applied_adjustments: "",
    progress: 0,
    is_example: 0,
    is_archive: 0,
    structure_id: null,
    created_at: at,
    updated_at: at,
  };
  const texts = answerTexts(fiche, options.clock);
  const answers: PiaAnswer[] = (Object.keys(PIA_QUESTIONS) as PiaQuestionKey[])
    .filter((k) => texts[k])
    .map((k, i) => ({
      id: i + 1,
      pia_id: PIA_ID,
      reference_to: PIA_QUESTIONS[k],
      data: { text: texts[k] ?? "", gauge: 0, list: [] },
      created_at: at,
      updated_at: at,
    }));
  return { pia, answers, measures: measures(fiche, at), evaluations: [], comments: [] };
}

/** The file's JSON, as the tool's own export writes it (JSON.stringify, UTF-8). */
export function piaExportJson(file: PiaExport): string {
  return JSON.stringify(file, null, 2);
}

/** A name for the saved file: « AIPD <RÉF> <nom>.json », without the characters a file name may not hold. */
export function piaFileName(fiche: Fiche): string {
  const clean = (s: string) =>
    [...s]
      .map((c) => (c.charCodeAt(0) < 32 ? "-" : c))
      .join("")
      .replace(/[\\/:*?"<>|]+/g, "-")
      .replace(/\s+/g, " ")
      .trim();
  const name = clean(v(fiche.name) || fiche.sheet)
    .slice(0, 60)
    .trim();
  return t.fileName(clean(v(fiche.ref)).slice(0, 20).trim(), name);
}
