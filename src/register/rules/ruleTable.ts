/**
 * The README's rule table, generated from the catalogue (`npm run doc:regles` writes it between the
 * markers; test/register/rules/ruleTable.test.ts fails when the README is stale).
 */
import type { Severity } from "../findings";
import { RULE_IDS, ruleInfo, type RuleFamily } from "./catalogue";
import { ART30_CRITERIA } from "./criteria";
import { ruleExplanation } from "./explanations";

export const RULE_TABLE_START = "<!-- regles:debut (généré par npm run doc:regles, ne pas modifier à la main) -->";
export const RULE_TABLE_END = "<!-- regles:fin -->";

const FAMILY_TITLES: Record<RuleFamily, string> = {
  structure: "Forme du classeur",
  art30: "Minimum de l'article 30",
  consistency: "Liste des traitements et fiches",
  dropdowns: "Listes déroulantes",
  retention: "Durées de conservation",
  transfers: "Transferts hors UE",
  health: "Données de santé",
  tools: "Outils nommés dans les fiches",
  legal: "Base légale et article 9",
  security: "Sécurité",
  aipd: "Analyse d'impact (AIPD)",
  freshness: "Dates des fiches",
  breaches: "Registre des violations",
  requests: "Demandes d'exercice des droits",
  audit: "Auto-diagnostic cyber",
};

const SEVERITY_LABELS: Record<Severity, string> = { error: "Erreur", warning: "Avertissement", info: "Conseil" };

/** Markdown table cells: no pipes, no line breaks. */
const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");

export function ruleTableMarkdown(): string {
  const criterionLabel = new Map(ART30_CRITERIA.map((c) => [c.id, c.label] as const));
  const lines: string[] = [];
  const families = [...new Set(RULE_IDS.map((id) => ruleInfo(id).family))];
  for (const family of families) {
    lines.push(`#### ${FAMILY_TITLES[family]}`, "", "| Règle | Gravité | Constat | Pourquoi | Que faire |", "|---|---|---|---|---|");
    for (const id of RULE_IDS) {
      const r = ruleInfo(id);
      if (r.family !== family) continue;
      const { why, howToFix } = ruleExplanation(id);
      const criterion = r.criterion ? ` (article 30 : ${criterionLabel.get(r.criterion)})` : "";
      const link = r.link ? ` [${cell(r.link.label)}](${r.link.url})` : "";
      lines.push(`| \`${id}\` | ${SEVERITY_LABELS[r.severity]} | ${cell(r.title)}${criterion} | ${cell(why)} | ${cell(howToFix)}${link} |`);
    }
    lines.push("");
  }
  return lines.join("\n").trimEnd();
}

/** The README with the table between its markers replaced; null when the markers are missing. */
export function withRuleTable(readme: string): string | null {
  const start = readme.indexOf(RULE_TABLE_START);
  const end = readme.indexOf(RULE_TABLE_END);
  if (start < 0 || end < start) return null;
  // Prettier would align the columns of such wide tables: the generated block is left as written.
  return `${readme.slice(0, start + RULE_TABLE_START.length)}\n<!-- prettier-ignore-start -->\n\n${ruleTableMarkdown()}\n\n<!-- prettier-ignore-end -->\n${readme.slice(end)}`;
}
