/**
 * What the CNIL model has no field for but the information notice needs: the legal basis (art. 6) and,
 * for sensitive data, the art. 9 exception. Read from their rows when the workbook has them (our
 * template, CPTS amendments), else from the purposes' text.
 */
import type { Fiche, TextField } from "../model";
import { foldWords, hasWord, isFilled, type RuleContext } from "./context";
import { ficheProfile, holdsSensitiveData } from "./profile";
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

/** « 9.2.d », « art 9 2 d », or the exception's own words, as folded text. */
const EXCEPTION_WORDS: Record<"9.2.b" | "9.2.d", readonly string[]> = {
  "9.2.d": ["9 2 d", "9 2d", "art 9 2 d", "but non lucratif", "pour ses membres"],
  "9.2.b": ["9 2 b", "9 2b", "art 9 2 b", "droit du travail", "protection sociale"],
};

/**
 * Art. 9.2.d covers only an association's members, 9.2.b only the employment relation: claimed for
 * patients (or anyone else), the exception does not hold. Read in the art. 9 row, else in the purposes.
 */
function checkExceptionCoversPersons(ctx: RuleContext, fiche: Fiche): void {
  const profile = ficheProfile(fiche);
  const fields = fiche.art9Exception ? [fiche.art9Exception] : [fiche.mainPurpose, ...fiche.subPurposes];
  const persons = fiche.persons
    .filter((p) => isFilled(p.value) || isFilled(p.detail))
    .map((p) => `« ${isFilled(p.detail) ? p.detail.value.trim() : p.value.value.trim()} »`)
    .join(", ");
  for (const field of fields) {
    if (!isFilled(field)) continue;
    const text = foldWords(field.value);
    if (hasWord(text, EXCEPTION_WORDS["9.2.d"]) && !profile.membersOnly) {
      report(ctx, "legal.art9-exception-mismatch", fiche.sheet, field.cell, { exception: "9.2.d", persons: persons || "les personnes de cette fiche" });
      return;
    }
    if (hasWord(text, EXCEPTION_WORDS["9.2.b"]) && !profile.staffOnly) {
      report(ctx, "legal.art9-exception-mismatch", fiche.sheet, field.cell, { exception: "9.2.b", persons: persons || "les personnes de cette fiche" });
      return;
    }
  }
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

    if (!holdsSensitiveData(fiche)) continue;
    const art9 = fiche.art9Exception;
    checkExceptionCoversPersons(ctx, fiche);
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
