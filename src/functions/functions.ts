/**
 * The register's checks as Excel formulas (namespace RGPD, set in manifest.xml). Plain functions over
 * the engine: the build (custom-functions-metadata-plugin) reads the JSDoc below to write
 * dist/functions.json (each id equal to its name, French descriptions) and appends to this file one
 * `CustomFunctions.associate("ID", fn)` line per function. This bundle stays standalone and small:
 * import engine modules narrowly (never the zod schemas of model.ts; types with `import type`).
 */
import { systemClock, todayDate } from "../register";
import { fromSerial, parseDateText, toSerial } from "../register";
import { isAdequateCountry } from "../register";
import { recommendedRetention, retentionTypes } from "../register";
import { ficheFromValues } from "../register";
import { completeness } from "../register";
import { screenAipd } from "../register";
import type { Fiche } from "../register";
import { addMonths, isBlank, toCellValues, wholeSerial } from "./args";
import { invalidValue, notAvailable } from "./errors";
import { registry } from "./runtime";
import { strings } from "./strings";

/**
 * Receives the registration lines the metadata plugin appends below; a stand-in where office.js is
 * absent. Exported so that the name counts as used before the build appends those lines.
 */
export const CustomFunctions = registry();

function readFiche(fiche: unknown): Fiche {
  const parsed = ficheFromValues(toCellValues(fiche));
  if (!parsed) throw invalidValue(strings.notAFiche);
  return parsed;
}

/**
 * Part du minimum exigé par l'article 30 du RGPD qui est rempli dans une fiche, entre 0 et 1 (à afficher en pourcentage).
 * @customfunction COMPLETUDE
 * @param fiche Le bloc A:H d'une fiche du registre, depuis sa cellule A1 (par exemple 'Fiche 1'!A1:H80).
 * @returns La complétude de la fiche, de 0 à 1.
 */
export function completude(fiche: unknown[][]): number {
  return completeness(readFiche(fiche)).score / 100;
}

/**
 * Ce qui manque encore à une fiche pour le minimum de l'article 30 du RGPD, en clair ; vide quand rien ne manque.
 * @customfunction MANQUES
 * @param fiche Le bloc A:H d'une fiche du registre, depuis sa cellule A1 (par exemple 'Fiche 1'!A1:H80).
 * @returns Les éléments manquants, séparés par des points-virgules.
 */
export function manques(fiche: unknown[][]): string {
  const text = completeness(readFiche(fiche)).missing.join(" ; ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Faut-il une analyse d'impact (AIPD) pour ce traitement ? « Requise » (liste de la CNIL), « Probable » (deux critères de risque), « À examiner » (un critère), « Non requise » ou « À déterminer » (fiche vide).
 * @customfunction AIPD
 * @param fiche Le bloc A:H d'une fiche du registre, depuis sa cellule A1 (par exemple 'Fiche 1'!A1:H80).
 * @returns « Requise », « Probable », « À examiner », « Non requise » ou « À déterminer ».
 */
export function aipd(fiche: unknown[][]): string {
  return strings.aipd[screenAipd(readFiche(fiche))];
}

/**
 * VRAI si le pays bénéficie aujourd'hui d'une décision d'adéquation de la Commission européenne (FAUX pour les États-Unis : seuls les organismes certifiés DPF le sont).
 * @customfunction PAYS_ADEQUAT
 * @param pays Le nom du pays, tel que dans la liste de la CNIL (majuscules et accents indifférents).
 * @returns VRAI si le pays est adéquat, FAUX sinon.
 */
export function paysAdequat(pays: string): boolean {
  if (isBlank(pays)) return false;
  return isAdequateCountry(String(pays), todayDate(systemClock()));
}

/**
 * Durée de conservation recommandée pour un type de données (paie, candidats, prospects, adherents, journaux, cookies, video, mt…).
 * @customfunction CONSERVATION
 * @param type Le type de données, par exemple "paie" ou "mt" (patients sans médecin traitant).
 * @returns La durée recommandée, en clair.
 */
export function conservation(type: string): string {
  const text = isBlank(type) ? undefined : recommendedRetention(String(type));
  if (text === undefined) throw invalidValue(strings.unknownRetentionType(retentionTypes()));
  return text;
}

/**
 * Date de la prochaine revue d'une fiche : la date de mise à jour plus 12 mois, ou le nombre de mois indiqué.
 * @customfunction PROCHAINE_REVUE
 * @param date_maj La date de mise à jour de la fiche (une date ou un texte comme 15/03/2025).
 * @param [mois] Le nombre de mois entre deux revues (12 si omis).
 * @returns Un numéro de série de date Excel (mettez la cellule au format Date).
 */
export function prochaineRevue(date_maj: number | string, mois?: number): number {
  if (isBlank(date_maj)) throw notAvailable(strings.dateMissing);
  let serial: number | undefined;
  if (typeof date_maj === "number") serial = wholeSerial(date_maj);
  else if (typeof date_maj === "string") serial = wholeSerial(parseDateText(date_maj) ?? Number.NaN);
  if (serial === undefined) throw invalidValue(strings.dateUnreadable(String(date_maj)));
  const months = mois === null || mois === undefined ? 12 : mois;
  if (typeof months !== "number" || !Number.isInteger(months) || months < 1 || months > 120) {
    throw invalidValue(strings.monthsInvalid);
  }
  return toSerial(addMonths(fromSerial(serial), months));
}
