// The add-in's own sheets (report, tracking of the 4-step path): planned here, carried out by the adapters.
export {
  MARK_CELL,
  OWNED_MARKS,
  OWNED_BASE_NAMES,
  isOwnedSheet,
  findOwnedSheets,
  freeSheetName,

  planReportSheet,
  readPathTicks,
  planTick,
  tickItemInfo,
} from "./ownedSheets";
export type { OwnedSheetKind, ReportMeta, TickItemInfo } from "./ownedSheets";
