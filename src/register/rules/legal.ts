/**
 * What the CNIL model has no field for but the information notice needs: the legal basis (art. 6) and,
 * for sensitive data, the art. 9 exception. Read from their rows when the workbook has them (our
 * template, CPTS amendments), else from the purposes' text.
 */
import type { Fiche, TextField } from "../model";
import { foldWords, hasWord, isFilled, sensitiveFilled, type RuleContext } from "./context";
import { report } from "./report";

const BASIS_WORDS = [
  "base legale",
  "fondement",
  "art 6",
  "article 6",
  "6 1 a",
  "6 1 b",
  "6 1 c",
  "6 1 d",
  "6 1 e",
  "6 1 f",
  "consentement",
  "obligation legale",
  "interet legitime",
  "interet public",
  "mission d interet public",
  "mission de service public",
  "execution d un contrat",
  "execution du contrat",
  "interets vitaux",
];

const ART9_WORDS = [
  "art 9",
  "article 9",
  "9 2",
  "exception",
  "consentement explicite",
  "prise en charge sanitaire",
  "medecine preventive",
  "sante publique",
  "droit du travail",
  "interet public important",
  "art 44",
  "article 44",
];

function purposesText(fiche: Fiche): string {
  return foldWords([fiche.mainPurpose.value, ...fiche.subPurposes.map((p) => p.value)].join(" | "));
}

/** Where to write it when the fiche has no row for it: the first empty sub-purpose, else the main purpose. */
function fallbackCell(fiche: Fiche): string {
  return fiche.subPurposes.find((p) => !isFilled(p))?.cell ?? fiche.mainPurpose.cell;
}

function notApplicable(field: TextField): boolean {
  return foldWords(field.value).includes(" non applicable ");
}

export function checkLegal(ctx: RuleContext): void {
  for (const fiche of ctx.fiches) {
    const basis = fiche.legalBasis;
    if (basis) {
      if (!isFilled(basis)) report(ctx, "legal.basis-missing", fiche.sheet, basis.cell, { hasRow: true });
    } else if (!hasWord(purposesText(fiche), BASIS_WORDS)) {
      const cell = fallbackCell(fiche);
      report(ctx, "legal.basis-missing", fiche.sheet, cell, { hasRow: false });
    }

    if (!sensitiveFilled(fiche)) continue;
    const art9 = fiche.art9Exception;
    if (art9) {
      if (!isFilled(art9) || notApplicable(art9)) report(ctx, "legal.art9-missing", fiche.sheet, art9.cell, { hasRow: true });
    } else {
      const text = `${purposesText(fiche)} ${foldWords(fiche.sensitiveData.map((r) => r.description.value).join(" | "))}`;
      if (!hasWord(text, ART9_WORDS)) {
        const cell = fallbackCell(fiche);
        report(ctx, "legal.art9-missing", fiche.sheet, cell, { hasRow: false });
      }
    }
  }
}
