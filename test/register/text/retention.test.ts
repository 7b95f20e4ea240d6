import { PROCESSING_KINDS, RETENTION_PRESETS } from "../../../src/register/data/retention";
import {
  ENDLESS_MONTHS,
  isStatutoryArchive,
  readRetention,
  recogniseProcessingKind,
  retentionTooLong,
  type RetentionReading,
} from "../../../src/register/text/retention";

const kindOf = (text: string): RetentionReading["kind"] => readRetention(text).kind;

describe("readRetention", () => {
  test("empty and « nothing here »", () => {
    expect(readRetention("")).toEqual({ kind: "empty" });
    expect(readRetention("   ")).toEqual({ kind: "empty" });
    for (const t of ["Néant", "Sans objet", "N/A", "-"]) expect(kindOf(t)).toBe("nothing-here");
  });

  test("a number alone has no unit", () => {
    expect(readRetention("5")).toEqual({ kind: "bare-number", value: 5 });
    expect(readRetention(" 2,5 ")).toEqual({ kind: "bare-number", value: 2.5 });
  });

  test.each([
    "Illimitée",
    "illimité",
    "Durée indéfinie",
    "Indéfiniment",
    "Durée indéterminée",
    "Conservation définitive",
    "Définitive",
    "Archivage définitif",
    "À vie",
    "a vie",
    "Conservation permanente",
    "En permanence",
    "Jusqu'à nouvel ordre",
    "Jusqu’à nouvel ordre",
    "Sans limite de durée",
    "Pas de limite",
    "Aucune limite",
    "Pour toujours",
    "Pendant toute la vie de l'association",
    "Jusqu'à la dissolution de l'association",
    "5 ans, puis archivage illimité",
    "Toujours",
    "Pas de suppression",
  ])("%p is endless (words)", (text) => {
    expect(readRetention(text)).toEqual({ kind: "endless", because: "words" });
  });

  test.each<[string, number]>([
    ["99 ans", 99 * 12],
    ["50 ans", ENDLESS_MONTHS],
    ["cent ans", 1200],
    ["Durée du contrat + 60 ans", 720],
    ["30 ans puis 30 ans d'archives", 720],
  ])("%p is endless (50 years or more)", (text, months) => {
    expect(readRetention(text)).toEqual({ kind: "endless", because: "50-years-or-more", months });
  });

  test.each([
    "Durée nécessaire",
    "La durée nécessaire à la finalité",
    "Le temps nécessaire",
    "Le temps nécessaire au traitement de la demande",
    "Pendant la durée nécessaire",
    "Aussi longtemps que nécessaire",
    "Selon la réglementation",
    "Selon la réglementation en vigueur",
    "Selon la loi",
    "Conformément à la loi",
    "Durée légale",
    "Durées légales de conservation",
    "Délai légal",
    "À définir",
    "A déterminer",
    "Variable",
    "Variable selon les cas",
    "Au cas par cas",
  ])("%p is vague", (text) => {
    expect(kindOf(text)).toBe("vague");
  });

  test.each<[string, number, boolean]>([
    ["13 mois", 13, false],
    ["5 ans", 60, false],
    ["5ans", 60, false],
    ["1 an", 12, false],
    ["cinq ans", 60, false],
    ["Cinq (5) ans", 60, false],
    ["5 années", 60, false],
    ["72 heures", (72 / 24 / 365) * 12, false],
    ["Un an", 12, false],
    ["6 mois glissants", 6, true],
    ["10 ans (pièces comptables)", 120, false],
    ["Durée du contrat, puis 5 ans", 60, true],
    ["Durée du contrat + 5 ans", 60, true],
    ["Jusqu'à la démission, puis 1 an", 12, true],
    ["3 mois après l'attribution d'un médecin traitant", 3, true],
    ["Jusqu'à attribution d'un médecin traitant + 3 mois", 3, true],
    ["5 ans après le départ", 60, true],
    ["5 ans après le départ du salarié", 60, true],
    ["5 ans à compter du versement de la paie", 60, true],
    ["3 ans après le dernier contact", 36, true],
    ["10 ans à compter de la clôture de l'exercice", 120, true],
    ["6 mois à 1 an", 12, false],
    ["3 à 5 ans", 60, false],
    ["3-5 ans", 60, false],
    ["1 an et demi", 18, false],
    ["1,5 an", 18, false],
    ["2 ans et 6 mois", 30, false],
    ["30 jours", (12 * 30) / 365, false],
    ["5 ans puis 15 ans en archivage intermédiaire", 240, true],
    ["5 ans en base active, 15 ans en archives", 240, false],
    ["5 ans (paie) ; 10 ans (comptabilité)", 120, false],
    ["Le temps de répondre, puis 1 à 3 ans", 36, true],
    ["Durée légale (10 ans)", 120, false],
    ["Variable : 1 à 5 ans selon les pièces", 60, false],
    ["5 ans puis suppression définitive", 60, true],
    ["1 an, puis destruction définitive des données", 12, true],
    ["Durée de l'action + 1 an", 12, true],
    ["Au plus 1 an après la prise en charge", 12, true],
  ])("%p is a duration of %p months (start named: %p)", (text, months, hasStart) => {
    const r = readRetention(text);
    expect(r.kind).toBe("duration");
    if (r.kind !== "duration") return;
    expect(r.months).toBeCloseTo(months, 5);
    expect(r.hasStart).toBe(hasStart);
  });

  test.each([
    "Jusqu'à la démission",
    "Jusqu'à la démission ou la radiation",
    "Jusqu'à l'attribution d'un médecin traitant",
    "Durée du contrat",
    "Durée de l'adhésion",
    "Durée de la relation contractuelle",
    "Jusqu'au désabonnement",
    "Jusqu'au retrait du consentement",
    "Tant que la personne est toujours adhérente",
    "Pendant la durée du mandat",
    "Fin de la prise en charge",
    "Durée du CDI",
    "Durée du contrat à durée indéterminée",
    "Année N+1",
  ])("%p is event-only (accepted)", (text) => {
    expect(kindOf(text)).toBe("event-only");
  });

  test.each(["Archivage", "Voir la politique de conservation", "Cf. procédure interne"])("%p cannot be read", (text) => {
    expect(kindOf(text)).toBe("other");
  });
});

describe("isStatutoryArchive", () => {
  test.each([
    "Procès-verbaux d'AG",
    "PV des assemblées générales",
    "Procès-verbaux du conseil d'administration",
    "Comptes rendus de CA",
    "Vie associative : convocations, PV d'AG",
    "Statuts de l'association",
    "Registre spécial",
    "Registre des délibérations",
  ])("%p names archives kept for the association's life", (text) => {
    expect(isStatutoryArchive(text)).toBe(true);
  });

  test.each([
    "Gestion des adhérents",
    "Convocation aux assemblées générales",
    "Compte rendu de réunion d'équipe",
    "PV de formation",
    "Statut vaccinal",
    "Statut professionnel",
    "Newsletter",
  ])("%p does not", (text) => {
    expect(isStatutoryArchive(text)).toBe(false);
  });
});

describe("recogniseProcessingKind (reference §4.2)", () => {
  test.each<[string | string[], string]>([
    ["Newsletter", "newsletter"],
    ["Lettre d'information", "newsletter"],
    ["Gestion des adhérents", "adherents"],
    ["Gestion des membres et cotisations", "adherents"],
    ["Recrutement", "candidats"],
    ["Gestion des candidatures", "candidats"],
    ["Paie", "paie"],
    ["Ressources humaines et paie", "personnel"],
    ["Journalisation des accès", "journaux"],
    ["Vidéosurveillance des locaux", "video"],
    ["Enregistrement des appels", "appels"],
    ["Accès à un médecin traitant", "mt"],
    ["Patients sans médecin traitant", "mt"],
    ["Soins non programmés", "snp"],
    ["Participation au SAS", "snp"],
    ["Comptabilité", "comptabilite"],
    ["Indemnisation des professionnels de santé", "comptabilite"],
    ["Cookies du site", "cookies"],
    ["Prospection", "prospects"],
    ["Actions de prévention et dépistage", "prevention"],
    ["Formations et réunions", "formations"],
    ["Parcours pluriprofessionnels", "parcours"],
    [["Outil commun", "Diffuser la newsletter aux adhérents"], "newsletter"],
    [["Communication", "Envoyer la lettre d'information"], "newsletter"],
  ])("%p → %p", (texts, key) => {
    expect(recogniseProcessingKind(texts)?.key).toBe(key);
  });

  test("the name wins over the purposes, and nothing is guessed from unknown words", () => {
    expect(recogniseProcessingKind(["Gestion des adhérents", "Envoi de la newsletter"])?.key).toBe("adherents");
    expect(recogniseProcessingKind(["Licornes", "Élevage"])).toBeUndefined();
    expect(recogniseProcessingKind("")).toBeUndefined();
  });

  test("every kind is dated by its source, has a French wording and a maximum in months", () => {
    expect(PROCESSING_KINDS.length).toBeGreaterThanOrEqual(15);
    for (const k of PROCESSING_KINDS) {
      expect(k.text).toMatch(/[a-zé]/);
      expect(k.source.length).toBeGreaterThan(10);
      expect(k.source).not.toMatch(/norme simplifi/i);
      expect(k.maxMonths).toBeGreaterThan(0);
      for (const w of k.keywords) expect(recogniseProcessingKind(w)?.key).toBe(k.key);
    }
    expect(RETENTION_PRESETS.some((p) => /dossier m[ée]dical/i.test(p.label))).toBe(false);
  });

  test("too long means more than twice the recommendation", () => {
    const newsletter = recogniseProcessingKind("Newsletter");
    if (!newsletter) throw new Error("newsletter is a kind");
    expect(retentionTooLong(readRetention("6 ans"), newsletter)).toBe(false);
    expect(retentionTooLong(readRetention("7 ans"), newsletter)).toBe(true);
    expect(retentionTooLong(readRetention("Jusqu'au désabonnement"), newsletter)).toBe(false);
    const video = recogniseProcessingKind("Vidéosurveillance");
    if (!video) throw new Error("video is a kind");
    expect(retentionTooLong(readRetention("30 jours"), video)).toBe(false);
    expect(retentionTooLong(readRetention("3 mois"), video)).toBe(true);
  });
});
