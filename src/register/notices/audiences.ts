/**
 * Who a fiche's notices are for, read from its « Catégories de personnes concernées » rows (the dropdown
 * and its précision, as people fill them: « Patients / usagers », « Autres (préciser) » + « Médecins
 * adressant un patient », « Professionnels de santé adhérents »…). One notice per audience found.
 */
import type { ChoiceRow, Fiche } from "../model";
import type { NoticeAudience } from "./model";
import { foldWords, hasWord } from "../text/fold";

export const AUDIENCE_ORDER: readonly NoticeAudience[] = ["patients", "professionals", "members", "staff"];

const WORDS: Record<NoticeAudience, readonly string[]> = {
  patients: [
    "patient",
    "patients",
    "patientele",
    "usager",
    "usagers",
    "aidant",
    "aidants",
    "proche",
    "proches",
    "personne de confiance",
    "malade",
    "malades",
    "personne agee",
    "personnes agees",
    "beneficiaire",
    "beneficiaires",
    "habitant",
    "habitants",
    "population",
    "mineur",
    "mineurs",
    "enfant",
    "enfants",
    "famille",
    "familles",
    "participants aux actions",
    "participants aux ateliers",
    "participants aux actions de prevention",
    "internaute",
    "internautes",
    "visiteur",
    "visiteurs",
    "abonne",
    "abonnes",
    "prospect",
    "prospects",
    "grand public",
    "resident",
    "residents",
  ],
  professionals: [
    "professionnel",
    "professionnels",
    "professionnelle",
    "professionnelles",
    "ps",
    "medecin",
    "medecins",
    "infirmier",
    "infirmiers",
    "infirmiere",
    "infirmieres",
    "kinesitherapeute",
    "kinesitherapeutes",
    "kine",
    "kines",
    "pharmacien",
    "pharmaciens",
    "pharmacienne",
    "sage femme",
    "sages femmes",
    "dentiste",
    "dentistes",
    "orthophoniste",
    "orthophonistes",
    "psychologue",
    "psychologues",
    "effecteur",
    "effecteurs",
    "praticien",
    "praticiens",
    "liberaux",
    "regulateur",
    "regulateurs",
    "partenaire",
    "partenaires",
    "fournisseur",
    "fournisseurs",
    "prestataire",
    "prestataires",
    "client",
    "clients",
    "etudiant",
    "etudiants",
    "interne",
    "internes",
    "intervenant",
    "intervenants",
    "participants aux formations",
    "participants aux formations evenements",
  ],
  members: [
    "adherent",
    "adherents",
    "adherente",
    "adherentes",
    "membre",
    "membres",
    "bureau",
    "conseil d administration",
    "administrateur",
    "administrateurs",
    "structures adherentes",
    "benevole",
    "benevoles",
  ],
  staff: [
    "salarie",
    "salaries",
    "salariee",
    "salariees",
    "candidat",
    "candidats",
    "candidate",
    "candidates",
    "personnel",
    "employe",
    "employes",
    "employee",
    "employees",
    "collaborateur",
    "collaborateurs",
    "stagiaire",
    "stagiaires",
    "coordinateur",
    "coordinateurs",
    "coordinatrice",
    "coordinatrices",
    "services internes",
    "service interne",
  ],
};

/**
 * « Non adhérents », « non-salariés »: the word after « non » does not name that audience; « patients
 * sans médecin traitant » are patients, not doctors.
 */
function withoutNegations(folded: string): string {
  return folded
    .replace(/ non (adherent|adherents|adherente|adherentes|membre|membres|salarie|salaries|salariee|salariees) /g, " ")
    .replace(/ sans (medecin|medecins|professionnel|professionnels|praticien|kine|infirmier|infirmiere)( \S+)? /g, " ");
}

/**
 * What follows « qui », « pour », « adressant »… describes the people named before it (« Médecins qui
 * adressent un patient » are doctors): only the words before it say who they are.
 */
const DESCRIBED_BY = / (qui|que|dont|pour|adressant|orientant|ayant|suivant|accompagnant|aupres d(e|es|u)|en charge d(e|es|u)) /;

function head(text: string): string {
  const folded = withoutNegations(foldWords(text));
  const cut = folded.search(DESCRIBED_BY);
  return cut > 0 ? `${folded.slice(0, cut)} ` : folded;
}

/** The audiences one row of persons names (several when it says « Patients et aidants, médecins »). */
export function audiencesOfRow(row: ChoiceRow): NoticeAudience[] {
  const folded = `${head(row.value.value)}|${head(row.detail.value)}`;
  const found = AUDIENCE_ORDER.filter((a) => hasWord(folded, WORDS[a]));
  // « Professionnels de santé adhérents » are members; « Stagiaires / internes » of the CPTS are its staff.
  if (found.includes("professionals") && (found.includes("members") || found.includes("staff"))) return found.filter((a) => a !== "professionals");
  return found;
}

export function describedPersons(fiche: Fiche): ChoiceRow[] {
  return fiche.persons.filter((p) => p.value.value.trim() !== "" || p.detail.value.trim() !== "");
}

/** Every audience the fiche's persons name, in a fixed order (patients, professionals, members, staff). */
export function audiencesOf(fiche: Fiche): NoticeAudience[] {
  const found = new Set(describedPersons(fiche).flatMap(audiencesOfRow));
  return AUDIENCE_ORDER.filter((a) => found.has(a));
}
