import { normalizeLabel, labelKey, normalizeSheetName, isPlaceholder, valueText, PLACEHOLDER } from "../../../src/register";

describe("normalizeLabel", () => {
  it("folds case, accents, NBSP, newlines and runs of spaces, and trims", () => {
    expect(normalizeLabel("  Description  du traitement  ")).toBe("description du traitement");
    expect(normalizeLabel("Données révélant les convictions religieuses ou philosophiques\u00a0")).toBe(
      "donnees revelant les convictions religieuses ou philosophiques",
    );
    expect(normalizeLabel("Coordonnées du responsable de l’organisme\n(responsable)")).toBe("coordonnees du responsable de l'organisme (responsable)");
    expect(normalizeLabel("ÉTAT CIVIL")).toBe("etat civil");
  });
  it("labelKey also folds punctuation, so N° / RÉF variants meet", () => {
    expect(labelKey("N° / RÉF")).toBe(labelKey("N°/Réf."));
    expect(labelKey("Nom :")).toBe("nom");
    expect(labelKey("Finalité(s) du traitement effectué")).toBe("finalite s du traitement effectue");
  });
});

describe("normalizeSheetName", () => {
  it("treats _ and - as spaces and drops the tab number", () => {
    expect(normalizeSheetName("3_-_Modèle_de_fiche_de_registre")).toBe("modele de fiche de registre");
    expect(normalizeSheetName("5 - Liste déroulante")).toBe("liste deroulante");
    expect(normalizeSheetName("Onglet 2 - Liste des traitements")).toBe("liste des traitements");
  });
});

describe("placeholder", () => {
  it("is read as empty however it is spaced or cased", () => {
    expect(isPlaceholder(PLACEHOLDER)).toBe(true);
    expect(isPlaceholder("  Sélectionnez un  élément dans cette liste déroulante ►  ")).toBe(true);
    expect(isPlaceholder("sélectionnez un élément dans cette liste déroulante")).toBe(true);
    expect(isPlaceholder("Salariés")).toBe(false);
    expect(valueText(PLACEHOLDER)).toBe("");
    expect(valueText(" Salariés ")).toBe("Salariés");
    expect(valueText(75001)).toBe("75001");
  });
});
