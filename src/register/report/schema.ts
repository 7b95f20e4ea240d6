/**
 * The report as a contract: what `cpts-registre valider --json` prints, one object per file and line,
 * defined once here as zod schemas (`cpts-registre schema` prints their JSON Schema). Plain schemas, so
 * that the JSON Schema says exactly what is written: no transforms, no defaults; dates as ISO days
 * (YYYY-MM-DD); `rule` a string, so that a reader written for this version accepts the rules of the
 * next. A change that could break a reader raises SCHEMA_VERSION; adding a key does not.
 *
 * zod stays out of the task pane's first load: nothing the pane imports eagerly may import this module
 * (the pane never needs it; the CLI loads it with the `valider` and `schema` commands).
 */
import { z } from "zod";

export const SCHEMA_VERSION = 1;

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("Date ISO 8601 (AAAA-MM-JJ)");

export const SeverityJson = z.enum(["error", "warning", "info"]).describe("error : à corriger avant l'envoi ; warning : à revoir ; info : conseil");

export const AipdStatusJson = z
  .enum(["required", "likely", "to-examine", "not-required", "undetermined"])
  .describe("Dépistage AIPD : requise (liste CNIL), probable (deux critères du CEPD), à examiner (un critère), non requise, à déterminer (fiche vide)");

export const FindingJson = z.object({
  rule: z.string().describe("Identifiant stable de la règle (ex. art30.fiche.purpose-missing) ; de nouvelles règles peuvent apparaître"),
  severity: SeverityJson,
  sheet: z.string(),
  cell: z.string().describe("Adresse A1 de la cellule concernée (coin haut-gauche d'une cellule fusionnée)"),
  message: z.string().describe("Le constat en français : ce qui a été trouvé, ce qui est attendu, que faire"),
});

export const ProcessorJson = z.object({
  kind: z.string().describe("Le type de destinataire tel qu'écrit (« Sous-traitants »)"),
  detail: z.string().describe("Sa précision (le nom du sous-traitant, son offre…)"),
  cell: z.string(),
});

export const ToolJson = z.object({
  name: z.string().describe("Le nom de l'outil reconnu (WhatsApp, Doctolib…)"),
  cell: z.string().describe("La première cellule de la fiche qui le nomme"),
});

export const FicheJson = z.object({
  sheet: z.string(),
  ref: z.string(),
  name: z.string(),
  completeness: z.number().int().min(0).max(100).describe("Part du minimum de l'article 30 remplie, en pourcentage"),
  aipd: AipdStatusJson,
  aipdDoneOn: IsoDate.nullable()
    .optional()
    .describe(
      "Jour où l'AIPD de la fiche a été réalisée, tel que noté dans la feuille cachée « AIPD réalisées » ; null si aucune n'est notée (absent des rapports écrits avant cette version)",
    ),
  health: z.boolean().describe("La fiche porte sur des données de santé"),
  processors: z.array(ProcessorJson).describe("Les lignes de destinataires de type « Sous-traitants »"),
  tools: z.array(ToolJson).describe("Les outils du catalogue des outils que la fiche nomme (messagerie, stockage, rendez-vous…), où qu'ils soient écrits"),
  created: IsoDate.nullable().describe("Date de création, null si vide ou illisible"),
  updated: IsoDate.nullable().describe("Date de mise à jour, null si vide ou illisible"),
});

export const SummaryJson = z.object({
  errors: z.number().int().min(0),
  warnings: z.number().int().min(0),
  infos: z.number().int().min(0),
  fiches: z.number().int().min(0),
  setAside: z
    .number()
    .int()
    .min(0)
    .describe(
      "Constats écartés pour de bon (feuille cachée « Constats écartés » du classeur) : ils ne figurent ni dans findings ni dans les nombres ci-dessus",
    ),
});

export const AuditJson = z
  .object({
    date: IsoDate.describe("Jour de la dernière évaluation"),
    score: z.number().int().min(0).max(100).describe("Score global sur 100"),
    level: z
      .enum(["insufficient", "basic", "intermediate", "advanced"])
      .describe("Niveau de maturité : insufficient (moins de 40), basic (40 à 59), intermediate (60 à 79), advanced (80 et plus)"),
  })
  .describe("La dernière évaluation de l'auto-diagnostic cyber (feuille « Auto-diagnostic cyber »)");

export const IncidentsJson = z
  .object({
    open: z.number().int().min(0).describe("Incidents du registre des violations sans décision sur la notification à la CNIL"),
    overdue: z.number().int().min(0).describe("Parmi eux, ceux dont le délai de 72 heures est dépassé"),
  })
  .describe("Le registre des violations (feuille « Registre des violations »)");

export const RequestsJson = z
  .object({
    open: z.number().int().min(0).describe("Demandes d'exercice des droits sans réponse (ni « Répondu le » ni issue écrite)"),
    overdue: z.number().int().min(0).describe("Parmi elles, celles dont le délai (un mois, ou trois en cas de prolongation annoncée à temps) est dépassé"),
  })
  .describe("Le registre des demandes d'exercice des droits (feuille « Demandes d'exercice des droits »)");

/** One register that was read and checked. */
export const RegisterReportJson = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  file: z.string(),
  organisation: z
    .string()
    .describe("Le nom de la CPTS : le « Responsable du traitement » des fiches, sinon l'organisme de l'onglet 2, sinon le nom du fichier"),
  oldestUpdate: IsoDate.nullable().describe("La plus ancienne date de « Mise à jour » des fiches, null s'il n'y en a pas"),
  verdict: z.enum(["ready", "not-ready"]).describe("ready : aucune erreur"),
  summary: SummaryJson,
  fiches: z.array(FicheJson),
  findings: z.array(FindingJson),
  audit: AuditJson.nullable().describe("null : aucun auto-diagnostic cyber dans le classeur"),
  incidents: IncidentsJson,
  requests: RequestsJson,
});

/** A file that could not be read as a register. */
export const UnreadableJson = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  file: z.string(),
  error: z.string().describe("Pourquoi le fichier n'a pas pu être lu, en français"),
});

/** One line of `valider --json`. */
export const ValidateLineJson = z.union([RegisterReportJson, UnreadableJson]).describe("Une ligne de « cpts-registre valider --json »");

export type RegisterReportJson = z.infer<typeof RegisterReportJson>;
export type FicheJson = z.infer<typeof FicheJson>;
export type UnreadableJson = z.infer<typeof UnreadableJson>;
export type ValidateLineJson = z.infer<typeof ValidateLineJson>;

/**
 * The JSON Schema of one line of `valider --json` (draft 2020-12). Written as zod reads input (`io:
 * "input"`): objects do not forbid other keys, so that a reader validating with this schema still
 * accepts the keys later versions add (the schemas have no transforms or defaults, so input and output
 * are otherwise the same).
 */
export function validateLineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ValidateLineJson, { target: "draft-2020-12", io: "input" });
}
