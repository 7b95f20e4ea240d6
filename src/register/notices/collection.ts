/**
 * Whether a notice's data are collected from the person (art. 13) or from someone else (art. 14), read
 * from what the fiche says: « patients adressés par leur médecin », « liste transmise par la CPAM »,
 * « demande faite par un aidant pour le patient » are data about someone collected from someone else;
 * « formulaire rempli par le patient », « inscription en ligne » are collected from the person. When the
 * fiche does not say, a notice to patients or professionals treats indirect collection as possible (a CPTS
 * is often told about a patient by a professional) and asks for the source; staff and members fill
 * their own forms.
 */
import type { Fiche } from "../model";
import type { NoticeAudience, NoticeCollection } from "./model";
import { foldWords, hasWord } from "../text/fold";
import { audiencesOfRow } from "./audiences";

/** Someone else speaks of the patient: a professional who refers them, a relative, the CPAM's lists. */
const REFERRED = [
  "adresse par",
  "adresses par",
  "adressee par",
  "adressees par",
  "adressant",
  "adressent",
  "qui adressent",
  "oriente par",
  "orientes par",
  "orientee par",
  "orientees par",
  "orientant",
  "signale par",
  "signales par",
  "signalee par",
  "signalees par",
  "sur signalement",
  "pour le compte du patient",
  "pour le patient",
  "au nom du patient",
  "par un professionnel",
  "par le professionnel",
  "par les professionnels",
  "par leur medecin",
  "par son medecin",
  "par le medecin",
  "par un proche",
  "par un aidant",
  "par l aidant",
  "par la famille",
  "liste de la cpam",
  "listes de la cpam",
  "liste cpam",
  "listes cpam",
];

/** Professionals' details taken from a directory rather than from them. */
const FROM_DIRECTORY = ["annuaire", "annuaires", "rpps", "adeli", "liste des professionnels", "ordre des medecins", "ordres professionnels"];

/** Any audience: the data come from somewhere else. */
const FROM_ELSEWHERE = [
  "transmis par",
  "transmise par",
  "transmises par",
  "fourni par",
  "fournie par",
  "fournies par",
  "fournis par",
  "communique par",
  "communiques par",
  "communiquee par",
  "communiquees par",
  "envoye par",
  "envoyes par",
  "recu de",
  "recus de",
  "recues de",
  "provenant de",
  "issues de",
  "issus de",
  "extrait de",
  "extraites de",
];

const INDIRECT: Record<NoticeAudience, readonly string[]> = {
  patients: [...REFERRED, ...FROM_ELSEWHERE],
  professionals: [...FROM_DIRECTORY, ...FROM_ELSEWHERE],
  members: FROM_ELSEWHERE,
  staff: FROM_ELSEWHERE,
};

const DIRECT = [
  "rempli par le patient",
  "remplie par le patient",
  "rempli par la personne",
  "remplie par la personne",
  "aupres du patient",
  "aupres des patients",
  "aupres de la personne",
  "aupres des personnes",
  "par le patient lui meme",
  "par la personne elle meme",
  "formulaire d inscription",
  "bulletin d adhesion",
  "inscription en ligne",
  "questionnaire rempli",
];

function ficheTexts(fiche: Fiche): string {
  return foldWords(
    [
      fiche.name.value,
      fiche.mainPurpose.value,
      ...fiche.subPurposes.map((p) => p.value),
      ...fiche.persons.map((p) => p.detail.value),
      ...fiche.dataCategories.map((r) => r.description.value),
      ...fiche.sensitiveData.map((r) => r.description.value),
    ].join(" | "),
  );
}

/** The fiche's persons include helpers speaking for the audience (aidants, proches): their requests are about someone else. */
function hasHelpers(fiche: Fiche): boolean {
  return fiche.persons.some((p) =>
    hasWord(foldWords(`${p.value.value} | ${p.detail.value}`), ["aidant", "aidants", "proche", "proches", "personne de confiance"]),
  );
}

export function collectionOf(fiche: Fiche, audience: NoticeAudience, source: string | undefined): NoticeCollection {
  const text = ficheTexts(fiche);
  if (source !== undefined && source.trim() !== "") return "indirect";
  if (hasWord(text, INDIRECT[audience])) return "indirect";
  if (audience === "patients" && hasHelpers(fiche) && fiche.persons.some((p) => audiencesOfRow(p).includes("patients"))) return "possibly-indirect";
  if (hasWord(text, DIRECT)) return "direct";
  return audience === "patients" || audience === "professionals" ? "possibly-indirect" : "direct";
}

/** Words that say the data are covered by professional secrecy (art. 14.5.d), beside an art. 9.2.h exception. */
const SECRECY = ["secret professionnel", "secret medical", "tenu au secret", "tenus au secret", "tenue au secret", "soumis au secret", "l 1110 4"];

/** The data are health data handled under professional secrecy: the art. 9.2.h exception, or the fiche says so. */
export function underSecrecy(fiche: Fiche, healthCare: boolean): boolean {
  if (healthCare) return true;
  const text = foldWords(
    [
      fiche.mainPurpose.value,
      ...fiche.subPurposes.map((p) => p.value),
      ...fiche.recipients.map((r) => r.detail.value),
      ...fiche.measures.map((m) => m.detail.value),
    ].join(" | "),
  );
  return hasWord(text, SECRECY);
}
