import { readRegister, readFiche, ficheFromValues } from "../../../src/register";
import type { Fiche, Register } from "../../../src/register/model";
import { RegisterBook, CNIL_SHEETS, EXCEL_MODEL_COPY, PLACEHOLDER_TEXT, serial } from "../../fixtures/snapshots";

const kinds = (r: Register): [string, string, boolean][] => r.fiches.map((f) => [f.sheet, f.kind, f.isModelTab]);
const fiche = (r: Register, sheet: string): Fiche => {
  const f = r.fiches.find((x) => x.sheet === sheet);
  if (!f) throw new Error(`no fiche ${sheet}`);
  return f;
};

describe("which sheets are fiches", () => {
  it("the untouched CNIL workbook has a blank model and the example, no fiche", () => {
    const r = readRegister(RegisterBook.cnil().snapshot());
    expect(kinds(r)).toEqual([
      [CNIL_SHEETS.model, "model", true],
      [CNIL_SHEETS.example, "example", false],
    ]);
    // The model's placeholder dropdowns read as empty, its default reference as typed.
    const model = fiche(r, CNIL_SHEETS.model);
    expect(model.name).toEqual({ value: "", cell: "B4" });
    expect(model.ref).toEqual({ value: "ref-001", cell: "B5" });
    expect(model.persons[0].value).toEqual({ value: "", cell: "B44" });
    expect(model.transfers[0].country.value).toBe("");
  });

  it("an Excel 'Move or Copy' copy is a fiche once its name is filled, an unused copy before", () => {
    const book = RegisterBook.cnil().copySheet(CNIL_SHEETS.model);
    expect(book.sheetNames()).toContain(EXCEL_MODEL_COPY);
    expect(kinds(readRegister(book.snapshot()))).toEqual([
      [CNIL_SHEETS.model, "model", true],
      [EXCEL_MODEL_COPY, "unused-copy", false],
      [CNIL_SHEETS.example, "example", false],
    ]);
    book.fillFiche(EXCEL_MODEL_COPY, { name: "Gestion des adhérents" });
    expect(kinds(readRegister(book.snapshot()))[1]).toEqual([EXCEL_MODEL_COPY, "fiche", false]);
  });

  it("finds a fiche whatever its sheet is called", () => {
    const book = RegisterBook.cnil().addFiche({ name: "Paie des salariés" }, { sheetName: "Feuil7" });
    expect(kinds(readRegister(book.snapshot()))).toContainEqual(["Feuil7", "fiche", false]);
  });

  it("a model tab filled in directly is a fiche (isModelTab), and then a blank copy is the model", () => {
    const book = RegisterBook.cnil().fillFiche(CNIL_SHEETS.model, { name: "Gestion des adhérents" });
    expect(kinds(readRegister(book.snapshot()))[0]).toEqual([CNIL_SHEETS.model, "fiche", true]);
    expect(readRegister(book.snapshot()).tabs.model).toBe(CNIL_SHEETS.model);
    book.copySheet(CNIL_SHEETS.model, { name: "Vierge" }).fillFiche("Vierge", { name: "" }).set("Vierge", "B4", "");
    const r = readRegister(book.snapshot());
    expect(kinds(r)).toEqual([
      [CNIL_SHEETS.model, "fiche", true],
      ["Vierge", "model", false],
      [CNIL_SHEETS.example, "example", false],
    ]);
  });

  it("the blank model tab stays the model even when an unused copy comes before it", () => {
    const book = RegisterBook.cnil().copySheet(CNIL_SHEETS.model, { name: "Copie", after: CNIL_SHEETS.list });
    expect(kinds(readRegister(book.snapshot()))).toEqual([
      ["Copie", "unused-copy", false],
      [CNIL_SHEETS.model, "model", true],
      [CNIL_SHEETS.example, "example", false],
    ]);
  });
});

describe("reading a fiche's fields by their labels", () => {
  const filled = {
    name: "Orientation des patients sans médecin traitant",
    ref: "ref-002",
    created: serial(2025, 9, 1),
    updated: "15/01/2026",
    controller: {
      name: "CPTS du Val",
      address: "2 rue de la Gare",
      postcode: 78000,
      city: "Versailles",
      country: "France",
      phone: "01 02 03 04 05",
      email: "rgpd@cpts.fr",
    },
    mainPurpose: "Trouver un médecin traitant aux patients qui n'en ont pas",
    subPurposes: ["Recenser les demandes", "Orienter vers un médecin"],
    data: {
      identity: ["Nom, prénom, date de naissance", "Jusqu'à attribution d'un médecin traitant + 3 mois"] as [string, string],
      health: ["ALD, besoins de soins", "3 mois"] as [string, string],
    },
    persons: [["Autres (préciser)", "Patients sans médecin traitant"]] as [string, string][],
    recipients: ["Service interne qui traite les données", ["Sous-traitants", "Hébergeur HDS"]] as ([string, string] | string)[],
    measures: ["Contrôle d'accès des utilisateurs", "Sauvegarde des données"],
    transfers: [{ recipient: "Éditeur", country: "Suisse", guarantee: "Pays adéquat", documentation: "Contrat 2025" }],
  };

  it("reads every field with its cell", () => {
    const r = readRegister(
      RegisterBook.cnil()
        .addFiche({ ...filled, data: { ...filled.data } }, { sheetName: "Patients" })
        .snapshot(),
    );
    const f = fiche(r, "Patients");
    expect(f.name).toEqual({ value: filled.name, cell: "B4" });
    expect(f.ref).toEqual({ value: "ref-002", cell: "B5" });
    expect(f.created).toEqual({ serial: serial(2025, 9, 1), text: "01/09/2025", cell: "B6" });
    expect(f.updated).toEqual({ serial: serial(2026, 1, 15), text: "15/01/2026", cell: "B7" });
    expect(f.controller?.postcode).toEqual({ value: "78000", cell: "D10" });
    expect(f.controller?.email).toEqual({ value: "rgpd@cpts.fr", cell: "H10" });
    expect(f.dpo?.name.value).toBe("");
    expect(f.representative?.row).toBe(13);
    expect(f.jointControllers?.row).toBe(14);
    expect(f.mainPurpose).toEqual({ value: filled.mainPurpose, cell: "B17" });
    expect(f.subPurposes.map((s) => s.value)).toEqual(["Recenser les demandes", "Orienter vers un médecin", "", "", ""]);
    expect(f.legalBasis).toBeUndefined();
    expect(f.dataCategories.map((d) => d.key)).toEqual(["identity", "personalLife", "economic", "connection", "location", "nir"]);
    expect(f.dataCategories[0].retention).toEqual({ value: "Jusqu'à attribution d'un médecin traitant + 3 mois", cell: "E25" });
    const health = f.sensitiveData.find((d) => d.key === "health");
    expect(health).toMatchObject({ row: 39, description: { value: "ALD, besoins de soins", cell: "B39" }, retention: { value: "3 mois", cell: "E39" } });
    expect(f.sensitiveData.map((d) => d.key)).toEqual(["racial", "political", "religious", "union", "genetic", "biometric", "health", "sexual", "criminal"]);
    expect(f.persons[0]).toMatchObject({
      row: 44,
      label: "Catégorie de personnes 1",
      value: { value: "Autres (préciser)", cell: "B44" },
      detail: { value: "Patients sans médecin traitant", cell: "E44" },
    });
    expect(f.recipients.map((c) => c.value.value)).toEqual(["Service interne qui traite les données", "Sous-traitants", "", ""]);
    expect(f.measures).toHaveLength(3);
    expect(f.transfers[0]).toMatchObject({
      row: 59,
      recipient: { value: "Éditeur", cell: "B59" },
      country: { value: "Suisse", cell: "C59" },
      guarantee: { value: "Pays adéquat", cell: "D59" },
      documentation: { value: "Contrat 2025", cell: "F59" },
    });
    expect(f.blocks.recipients).toEqual({ header: 47, first: 48, last: 51 });
  });

  it("follows rows inserted inside the Finalités block (Base légale, Exception article 9)", () => {
    const book = RegisterBook.cnil().addFiche(
      {
        name: "Parcours",
        mainPurpose: "Coordonner",
        legalBasis: "Mission d'intérêt public (art. 6.1.e)",
        art9Exception: "Prise en charge sanitaire (art. 9.2.h)",
        subPurposes: ["A"],
      },
      { sheetName: "Parcours" },
    );
    expect(book.get("Parcours", "A18")).toBe("Base légale");
    const f = fiche(readRegister(book.snapshot()), "Parcours");
    expect(f.legalBasis).toEqual({ value: "Mission d'intérêt public (art. 6.1.e)", cell: "B18" });
    expect(f.art9Exception).toEqual({ value: "Prise en charge sanitaire (art. 9.2.h)", cell: "B19" });
    // Neither optional row is taken for a sub-purpose; everything below moved down by two rows.
    expect(f.subPurposes.map((s) => s.cell)).toEqual(["B20", "B21", "B22", "B23", "B24"]);
    expect(f.subPurposes[0].value).toBe("A");
    expect(f.persons[0].value.cell).toBe("B46");
    expect(f.sensitiveData.find((d) => d.key === "health")?.row).toBe(41);
  });

  it("accepts the '(art. 9)' spelling of the optional row", () => {
    const book = RegisterBook.cnil()
      .addFiche({ name: "X" }, { sheetName: "X" })
      .insertRows("X", 18, 1, ["Exception (art. 9)"])
      .set("X", "B18", "Consentement explicite");
    expect(fiche(readRegister(book.snapshot()), "X").art9Exception).toEqual({ value: "Consentement explicite", cell: "B18" });
  });

  it("counts a fifth recipient row, labelled or not, as part of its block", () => {
    const labelled = RegisterBook.cnil().addFiche({ name: "X", recipients: ["a", "b", "c", "d", "Autre (Préciser)"] }, { sheetName: "X" });
    const f = fiche(readRegister(labelled.snapshot()), "X");
    expect(f.recipients).toHaveLength(5);
    expect(f.recipients[4]).toMatchObject({ row: 52, label: "Destinataire 5", value: { value: "Autre (Préciser)", cell: "B52" } });
    expect(f.blocks.recipients).toEqual({ header: 47, first: 48, last: 52 });
    expect(f.measures[0].row).toBe(55);

    const unlabelled = RegisterBook.cnil().addFiche({ name: "Y" }, { sheetName: "Y" }).insertRows("Y", 52, 1).set("Y", "B52", "Sous-traitants");
    const g = fiche(readRegister(unlabelled.snapshot()), "Y");
    expect(g.recipients.map((c) => [c.label, c.value.value])).toContainEqual(["", "Sous-traitants"]);
    // The blank separator row before the next section is not a recipient.
    expect(g.blocks.recipients?.last).toBe(52);
  });

  it("keeps the last block (transfers) whole across one blank row, and ends it at two", () => {
    const book = RegisterBook.cnil()
      .addFiche({ name: "X", transfers: [{}, {}, {}, { recipient: "Hébergeur", country: "Suisse" }] }, { sheetName: "X" })
      .set("X", "A60", "");
    expect(fiche(readRegister(book.snapshot()), "X").transfers.map((t) => t.row)).toEqual([59, 60, 61, 62]);
    book.set("X", "A66", "Note : voir le contrat");
    expect(fiche(readRegister(book.snapshot()), "X").blocks.transfers?.last).toBe(62);
  });

  it("reads the stray measures dropdown cell B57 only when it holds something", () => {
    const book = RegisterBook.cnil().addFiche({ name: "X" }, { sheetName: "X" });
    expect(fiche(readRegister(book.snapshot()), "X").measures).toHaveLength(3);
    book.set("X", "B57", "Chiffrement des données");
    const f = fiche(readRegister(book.snapshot()), "X");
    expect(f.measures.map((m) => m.value.value)).toEqual(["", "", "", "Chiffrement des données"]);
  });

  it("matches labels with NBSP, double or trailing spaces and other case", () => {
    const book = RegisterBook.cnil()
      .addFiche({ name: "X", mainPurpose: "But" }, { sheetName: "X" })
      .set("X", "A4", "NOM DU\u00a0TRAITEMENT ")
      .set("X", "A5", "N°/Réf")
      .set("X", "A17", "  finalité   principale")
      .set("X", "A39", "Données concernant la santé\u00a0")
      .set("X", "B39", "Dossier")
      .set("X", "A47", "DESTINATAIRES ");
    const f = fiche(readRegister(book.snapshot()), "X");
    expect(f.name.value).toBe("X");
    expect(f.ref.cell).toBe("B5");
    expect(f.mainPurpose.value).toBe("But");
    expect(f.sensitiveData.find((d) => d.key === "health")?.description.value).toBe("Dossier");
    expect(f.blocks.recipients?.header).toBe(47);
  });

  it("reads the placeholder as empty, even respaced", () => {
    const book = RegisterBook.cnil().addFiche({ name: "X" }, { sheetName: "X" }).set("X", "B45", " Sélectionnez un élément dans  cette liste déroulante ► ");
    const f = fiche(readRegister(book.snapshot()), "X");
    expect(f.persons.map((p) => p.value.value)).toEqual(["", ""]);
    expect(book.get("X", "B44")).toBe(PLACEHOLDER_TEXT);
  });

  it("reads dates typed as serials and as text, and keeps unreadable text", () => {
    const r = readRegister(RegisterBook.cnil().addFiche({ name: "X", created: "2/3/24", updated: "bientôt" }, { sheetName: "X" }).snapshot());
    const f = fiche(r, "X");
    expect(f.created).toEqual({ serial: serial(2024, 3, 2), text: "2/3/24", cell: "B6" });
    expect(f.updated).toEqual({ serial: null, text: "bientôt", cell: "B7" });
    const example = fiche(r, CNIL_SHEETS.example);
    expect(example.created.serial).toBe(serial(2018, 5, 26));
    expect(example.updated).toEqual({ serial: serial(2019, 5, 13), text: "13/05/2019", cell: "B7" });
  });

  it("reads the CNIL example's shorter blocks", () => {
    const f = fiche(readRegister(RegisterBook.cnil().snapshot()), CNIL_SHEETS.example);
    expect(f.representative).toBeUndefined();
    expect(f.sensitiveData).toEqual([]);
    expect(f.blocks.sensitiveData).toBeUndefined();
    expect(f.dataCategories.map((d) => d.key)).toEqual(["identity", "economic", "nir"]);
    expect(f.persons.map((p) => p.value.value)).toEqual(["Salariés"]);
    expect(f.transfers).toHaveLength(1);
    expect(f.transfers[0].guarantee.value).toBe("Clauses contractuelles types (CCT)");
    expect(f.dpoCompany?.name.value).toBe("N/A");
  });
});

describe("one fiche alone", () => {
  it("readFiche gives null for a sheet that is not fiche-shaped", () => {
    const book = RegisterBook.cnil();
    expect(readFiche(book.sheet(CNIL_SHEETS.list))).toBeNull();
    expect(readFiche(book.sheet(CNIL_SHEETS.model))?.kind).toBe("model");
    expect(readFiche(book.sheet(CNIL_SHEETS.example))?.kind).toBe("fiche");
    expect(readFiche(book.sheet(CNIL_SHEETS.example), "example")?.kind).toBe("example");
  });

  it("ficheFromValues reads an A:H block (nulls allowed), rows inserted or not", () => {
    const book = RegisterBook.cnil().addFiche(
      { name: "X", legalBasis: "Consentement (art. 6.1.a)", recipients: ["a", "b", "c", "d", "e"] },
      { sheetName: "X" },
    );
    const values = book.sheet("X").values.map((r) => r.slice(0, 8).map((v) => (v === "" ? (null as unknown as string) : v)));
    const f = ficheFromValues(values);
    expect(f?.name.value).toBe("X");
    expect(f?.legalBasis?.value).toBe("Consentement (art. 6.1.a)");
    expect(f?.recipients).toHaveLength(5);
    expect(ficheFromValues([["Bonjour"]])).toBeNull();
  });
});
