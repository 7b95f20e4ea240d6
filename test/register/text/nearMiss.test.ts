import { nearMissItem, namesTheItem } from "../../../src/register/text/nearMiss";
import { CNIL_GUARANTEES, CNIL_MEASURES, CNIL_PERSONS, CNIL_RECIPIENTS, CNIL_COUNTRIES } from "../../../src/register/data/cnilLists";
import { ART9_EXCEPTIONS, GUARANTEES, LEGAL_BASES, PERSON_CATEGORIES, SECURITY_MEASURES } from "../../../src/register/data/cptsLists";

const answer = (value: string, items: readonly string[], loose = true): string | undefined => {
  const m = nearMissItem(value, items, { loose });
  return m ? `${m.item} (${m.kind})` : undefined;
};

describe("nearMissItem: values as coordinators type them", () => {
  test.each<[string, readonly string[], string]>([
    // Case, accents, spaces.
    ["salaries", CNIL_PERSONS, "Salariés (spelling)"],
    ["  SALARIÉS ", CNIL_PERSONS, "Salariés (spelling)"],
    ["services internes", CNIL_PERSONS, "Services Internes (spelling)"],
    // Singular / plural, hyphens and spaces.
    ["sous-traitant", CNIL_RECIPIENTS, "Sous-traitants (form)"],
    ["sous traitant", CNIL_RECIPIENTS, "Sous-traitants (form)"],
    ["Sous traitants", CNIL_RECIPIENTS, "Sous-traitants (form)"],
    ["soustraitant", CNIL_RECIPIENTS, "Sous-traitants (form)"],
    ["Salarié", CNIL_PERSONS, "Salariés (form)"],
    ["prestataire(s)", CNIL_PERSONS, "Prestataires (form)"],
    ["Candidat", CNIL_PERSONS, "Candidats (form)"],
    ["Partenaire institutionnel ou commercial", CNIL_RECIPIENTS, "Partenaires institutionnels ou commerciaux (form)"],
    ["Dérogation art. 49", CNIL_GUARANTEES, "Dérogations (art 49) (form)"],
    ["Sauvegardes des données", CNIL_MEASURES, "Sauvegarde des données (form)"],
    // Word order.
    ["Données : chiffrement", CNIL_MEASURES, "Chiffrement des données (word-order)"],
    ["Contrôle des accès utilisateurs", CNIL_MEASURES, "Contrôle d'accès des utilisateurs (word-order)"],
    // A list value that contains what was typed.
    ["Chiffrement", CNIL_MEASURES, "Chiffrement des données (contains)"],
    ["sauvegarde", CNIL_MEASURES, "Sauvegarde des données (contains)"],
    ["Clauses contractuelles types", CNIL_GUARANTEES, "Clauses contractuelles types (CCT) (contains)"],
    ["CCT", CNIL_GUARANTEES, "Clauses contractuelles types (CCT) (contains)"],
    ["clauses contractuelles", GUARANTEES, "Clauses contractuelles types 2021 (art. 46.2.c) (contains)"],
    ["Intérêt légitime", LEGAL_BASES, "Intérêt légitime (art. 6.1.f) (contains)"],
    ["mission d'interet public", LEGAL_BASES, "Mission d'intérêt public (art. 6.1.e) (contains)"],
    ["6.1.e", LEGAL_BASES, "Mission d'intérêt public (art. 6.1.e) (contains)"],
    ["consentement explicite", ART9_EXCEPTIONS, "Consentement explicite (art. 9.2.a) (contains)"],
    ["Stagiaires", PERSON_CATEGORIES, "Stagiaires / internes (contains)"],
    ["Bureau", PERSON_CATEGORIES, "Membres du bureau / CA (contains)"],
    // The value starts with an item and adds a précision.
    ["Salariés de la CPTS", CNIL_PERSONS, "Salariés (extra-words)"],
    ["Sous-traitant HDS", CNIL_RECIPIENTS, "Sous-traitants (extra-words)"],
    ["Prestataires informatiques", CNIL_PERSONS, "Prestataires (extra-words)"],
  ])("%s (case %#)", (typed, items, expected) => {
    expect(answer(typed, items)).toBe(expected);
  });

  test.each<[string, readonly string[]]>([
    // Exactly an item: nothing to replace.
    ["Salariés", CNIL_PERSONS],
    // Two items would do: never guess between them.
    ["Patients", PERSON_CATEGORIES],
    ["Professionnels de santé", PERSON_CATEGORIES],
    ["Contrôle", CNIL_MEASURES],
    ["Données", CNIL_MEASURES],
    ["intérêt public", ART9_EXCEPTIONS],
    ["consentement", [...LEGAL_BASES, ...ART9_EXCEPTIONS]],
    // Nothing of the list.
    ["Trésorier", CNIL_RECIPIENTS],
    ["CCAS", CNIL_RECIPIENTS],
    ["Professionnels de santé", CNIL_PERSONS],
    // Negation: the opposite of the item it contains.
    ["Pas de sous-traitant", CNIL_RECIPIENTS],
    ["Aucun sous-traitant", CNIL_RECIPIENTS],
    ["Sous-traitants : aucun", CNIL_RECIPIENTS],
    ["Non adhérents", PERSON_CATEGORIES],
    // Several things in one cell: no single item says it.
    ["Clients et fournisseurs", CNIL_PERSONS],
    ["Salariés, stagiaires", CNIL_PERSONS],
    ["Salariés / candidats", CNIL_PERSONS],
    // Too little typed to mean anything.
    ["de", CNIL_MEASURES],
    ["", CNIL_MEASURES],
  ])("%s (case %#) → no answer", (typed, items) => {
    expect(answer(typed, items)).toBeUndefined();
  });

  test("the void « Privacy shield » is only offered if the caller leaves it in: the rules filter it out first", () => {
    expect(answer("shield", CNIL_GUARANTEES)).toBe("Privacy shield (contains)");
    expect(answer("shield", GUARANTEES)).toBeUndefined();
  });

  test("names (countries) keep to the sure kinds: containing a word is a coincidence there", () => {
    const countries = CNIL_COUNTRIES.map((c) => c.name);
    expect(answer("Nouvelle Zélande", countries, false)).toBe("Nouvelle-Zélande (form)");
    expect(answer("Zélande", countries, false)).toBeUndefined();
    expect(answer("Guinée", countries, false)).toBeUndefined();
  });

  test("a list with the same item twice still has one answer", () => {
    expect(answer("chiffrement", ["Chiffrement des données", "Chiffrement des données ", "Sauvegarde des données"])).toBe("Chiffrement des données (contains)");
  });

  test("only spelling, form and word order surely name the item", () => {
    expect(["spelling", "form", "word-order", "contains", "extra-words"].map((k) => namesTheItem(k as never))).toEqual([true, true, true, false, false]);
  });

  test("the measures our template adds do not blur the CNIL's", () => {
    expect(answer("Chiffrement", SECURITY_MEASURES)).toBe("Chiffrement des données (contains)");
    expect(answer("journalisation", SECURITY_MEASURES)).toBe("Journalisation des accès (contains)");
  });
});
