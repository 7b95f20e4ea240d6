// Reading and planning (engine-read): everything public of it, re-exported by ./index.ts.
export { readRegister, readFiche, ficheFromValues, readListTab, dateFieldOf } from "./read";
export { NotARegisterError, PlanError } from "./errors";
export { normalizeLabel, labelKey, normalizeSheetName, cellText } from "./normalize";
export { locate, scanFiche, ficheGeometry, listHeaderRow, listTabColumns } from "./locate";
export type { FicheScan, FicheGeometry, BlockGeometry, Location, LocatedFiche, LineColumns } from "./locate";
export { dropdownProbeCells, parseListSource, listTabHeaders } from "./lists";
export type { ListSource } from "./lists";
export { toSerial, fromSerial, serialOfDay, parseDateText, formatFrenchDate } from "./dates";
export { systemClock, fixedClock, localTime, todaySerial, todayDate, formatLocalDate, formatLocalDateTime, type Clock, type LocalTime } from "./clock";
export { planNewFiche, previewNewFiche, planAddRow, planWriteCell, invertPlan, nextRef } from "./plans";
export type { NewFicheInput, NewFichePreview } from "./plans";
export { sheetNameFor, sanitizeSheetName, uniqueSheetName, truncateSheetName, SHEET_NAME_MAX } from "./sheetName";
export { cellAddress, parseCell, parseRange, columnLetter, columnIndex, quoteSheetName, unquoteSheetName, rangeContains } from "./address";
export type { CellPos, RangePos } from "./address";
export * as layout from "./layout";
export {
  PLACEHOLDER,
  isPlaceholder,
  valueText,
  CNIL_TAB_NAMES,
  CPTS_TAB_NAMES,
  FICHE_SECTIONS,
  FICHE_FIELDS,
  FICHE_ACTORS,
  FICHE_COLUMNS,
  FICHE_DROPDOWNS,
  DATA_CATEGORIES,
  LIST_HEADERS,
  LIST_TAB,
  BLOCK_ROW_LABELS,
  GROWABLE_BLOCKS,
} from "./layout";
export type { GrowableBlock, SingleField, ActorField, SectionKey, DropdownField, DropdownFieldSpec } from "./layout";
export { CNIL_PERSONS, CNIL_RECIPIENTS, CNIL_MEASURES, CNIL_GUARANTEES, CNIL_COUNTRIES, BUILTIN_YES_NO, BUILTIN_LISTS } from "./data/cnilLists";
export type { CnilCountry } from "./data/cnilLists";
export { readTexts } from "./messages/read";
