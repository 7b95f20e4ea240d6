/**
 * The information notices' entry (step 3, « Respectez les droits des personnes »): kept apart from
 * ../index.ts so that the pane's first load does not carry their texts; the pane imports this module
 * lazily, the command line directly.
 */
export { buildNotices, type BuildNoticesOptions } from "./build";
export { noticeText } from "./text";
export { audiencesOf, AUDIENCE_ORDER } from "./audiences";
export { rightsFor, RIGHT_ORDER, type NoticeRight, type RightGrant, type RightsReading, type ErasureLimit } from "./rights";
export { ficheBases, art9Of, type LegalBasisKind, type Art9Kind } from "./basis";
export { NOTICE_SOURCES, NOTICE_SOURCES_CHECKED_ON, CNIL_CONTACT, type LegalSource } from "./sources";
export { VOICES } from "./texts";
export type { Notice, NoticeAudience, NoticeCollection, NoticeGap, NoticeItemId, NoticeSection, NoticeSheetInfo } from "./model";
