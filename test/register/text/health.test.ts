import { findHealthTerms, isActivityHealthWord } from "../../../src/register/text/health";
import { HEALTH_TERMS, HEALTH_TERMS_CHECKED_ON, HEALTH_TERMS_SOURCES } from "../../../src/register/data/healthTerms";

describe("findHealthTerms: health data typed anywhere", () => {
  test.each<[string, string[]]>([
    ["ALD", ["ALD"]],
    ["ALD : oui / non", ["ALD"]],
    ["Patients en ALD", ["ALD"]],
    ["Affection de longue durée (ALD 30)", ["ALD"]],
    ["Affections de longue durée", ["ALD"]],
    ["Situation familiale, pathologies", ["pathologie"]],
    ["Pathologie principale", ["pathologie"]],
    ["Maladies chroniques", ["maladie"]],
    ["Handicap éventuel", ["handicap"]],
    ["Personnes handicapées", ["handicap"]],
    ["RQTH", ["RQTH"]],
    ["Arrêts maladie, accidents du travail", ["arrêt de travail"]],
    ["Invalidité", ["invalidité"]],
    ["Diagnostic", ["diagnostic"]],
    ["Traitement médical en cours", ["traitement médical"]],
    ["Médicaments prescrits", ["médicament"]],
    ["Copie de l'ordonnance", ["ordonnance"]],
    ["Motif de consultation", ["motif de consultation"]],
    ["Motifs de recours", ["motif de consultation"]],
    ["Antécédents", ["antécédents"]],
    ["Allergies", ["allergie"]],
    ["Grossesse en cours", ["grossesse"]],
    ["Vaccination", ["vaccination"]],
    ["Statut vaccinal", ["statut vaccinal"]],
    ["Vacciné contre la grippe : oui/non", ["statut vaccinal"]],
    ["Facteurs de risque cardiovasculaire", ["facteurs de risque"]],
    ["INS (identitovigilance)", ["INS"]],
    ["Identifiant national de santé", ["INS"]],
    ["Dossier médical partagé", ["dossier médical"]],
    ["État de santé", ["état de santé"]],
    ["Données de santé", ["état de santé"]],
    ["Besoins en soins (kiné à domicile)", ["soins"]],
    ["A besoin d'un kiné à domicile", ["soins"]],
    ["Hospitalisation récente", ["hospitalisation"]],
    ["Perte d'autonomie, GIR", ["dépendance"]],
    ["Niveau de dépendance", ["dépendance"]],
    ["Dépistage du cancer du sein", ["dépistage", "cancer"]],
    ["Patients diabétiques", ["diabète"]],
    ["Insuffisance cardiaque, BPCO", ["insuffisance cardiaque"]],
    ["Poids, IMC", ["mesures physiologiques"]],
    ["Nom, prénom, date de naissance, ALD, mobilité", ["ALD"]],
    ["Demande de soins non programmés", ["soins non programmés"]],
    ["Handicap, ALD et allergies", ["handicap", "ALD", "allergie"]],
  ])("%p → %p", (text, expected) => {
    expect(findHealthTerms(text)).toEqual(expected);
  });

  test.each([
    "",
    "Nom, prénom, adresse, téléphone",
    "Traitement des adhésions",
    "Gestion des traitements de données",
    "Coordination des soins",
    "Équipe de soins primaires",
    "Offre de soins du territoire",
    "Accès aux soins",
    "Parcours de soins",
    "Professionnels de santé",
    "CPTS Sud Santé",
    "Caisse primaire d'assurance maladie",
    "Assurance maladie (CPAM)",
    "Diagnostic territorial",
    "Diagnostic territorial partagé",
    "Antécédents judiciaires",
    "Actions de prévention",
    "Patients sans médecin traitant",
    "Médecin traitant déclaré",
    "Délai de prescription",
    "Nombre d'ETP salariés",
    "INSEE, code commune",
    "Donald",
    "Aucune donnée de santé",
    "Pas de données de santé",
    "Hors données de santé",
    "Sans ALD",
    "Instance de gouvernance",
    "Taille de la structure",
    "Motif de la demande d'adhésion",
  ])("%p holds no health term", (text) => {
    expect(findHealthTerms(text)).toEqual([]);
  });

  test("tells activity words from data words", () => {
    expect(isActivityHealthWord("vaccination")).toBe(true);
    expect(isActivityHealthWord("Dépistage")).toBe(true);
    expect(isActivityHealthWord("dépistages")).toBe(true);
    expect(isActivityHealthWord("soins non programmés")).toBe(true);
    expect(isActivityHealthWord("SNP")).toBe(true);
    expect(isActivityHealthWord("statut vaccinal")).toBe(false);
    expect(isActivityHealthWord("ALD")).toBe(false);
    expect(isActivityHealthWord("handicap")).toBe(false);
    for (const label of findHealthTerms("Campagne de vaccination et dépistage")) expect(isActivityHealthWord(label)).toBe(true);
  });

  test("the vocabulary is dated and sourced, and every label is findable", () => {
    expect(HEALTH_TERMS_CHECKED_ON).toMatch(/^\d{4}-\d{2}$/);
    expect(HEALTH_TERMS_SOURCES.join(" ")).toMatch(/4\.15/);
    expect(HEALTH_TERMS_SOURCES.join(" ")).toMatch(/cnil\.fr/);
    for (const t of HEALTH_TERMS) for (const f of t.forms) expect(findHealthTerms(f)).toContain(t.label);
  });
});
