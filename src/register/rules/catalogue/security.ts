/** Catalogue entries of security measures beyond the article 30 minimum. */
import { cellRef, family, type CellSlot } from "./spec";
import { RULE_LINKS } from "./links";
import { SECURITY_BASICS } from "./securityBasics";

export const securityRules = family("security", {
  "security.health-weak": {
    severity: "warning",
    path: ["measures-described"],
    title: "Données de santé avec des mesures de sécurité trop minces",
    link: RULE_LINKS.security,
    /** `passwordOnly`: the only measure is a password; else fewer than two real measures. */
    message: ({ cell, passwordOnly }: CellSlot & { passwordOnly: boolean }) =>
      `${passwordOnly ? "Un mot de passe est la seule mesure de sécurité" : "Moins de deux mesures de sécurité réelles sont décrites"} pour des données de santé (${cellRef(cell)}). Décrivez les mesures prises parmi les bases du guide de sécurité de la CNIL : ${SECURITY_BASICS}.`,
  },
});
