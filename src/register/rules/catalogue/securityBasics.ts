/**
 * The basics of the CNIL's security guide that the rule « security.health-weak » names, in its message
 * (./security.ts) and in its explanation (./explanations/security.ts): one list, in a module of its own
 * so that neither file pulls the other.
 */
export const SECURITY_BASICS = "authentification des utilisateurs, gestion des habilitations, traçabilité des accès, sauvegardes, chiffrement";
