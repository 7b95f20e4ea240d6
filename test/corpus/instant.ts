/** The corpus is built and checked at this instant (a Monday morning in Paris), never on today's date. */
export const CORPUS_INSTANT = "2026-12-07T10:00:00+01:00";
export const CORPUS_TIME_ZONE = "Europe/Paris";
