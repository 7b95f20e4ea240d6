/**
 * Why each security rule matters and how to fix it, in general terms (the rules are in ../security.ts).
 * Apart from the rules because the verdict does not read them: the pane loads this prose only when a
 * finding is opened (src/register/rules/loadExplanation.ts).
 */
import type { RuleExplanation } from "../spec";
import type { securityRules } from "../security";
import { SECURITY_BASICS } from "../securityBasics";

export const securityExplanations = {
  "security.health-weak": {
    why: "Des données de santé demandent plusieurs mesures réelles (article 32 du RGPD) ; un mot de passe seul ne les protège pas.",
    howToFix: `Décrire au moins deux mesures parmi les bases du guide de sécurité de la CNIL : ${SECURITY_BASICS}.`,
  },
} satisfies Record<keyof typeof securityRules, RuleExplanation>;
