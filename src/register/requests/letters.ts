/**
 * The model letters of a request (acknowledgement, answer, extension with its reasons, refusal with its
 * reasons and the right to complain to the CNIL), filled from the register's line, the fiche it names
 * (by RÉF, folded as the engine compares RÉFs) and the controller of that fiche or of tab 2. What the
 * register does not say is marked « [à compléter : …] » in the letter and listed in `gaps`, never
 * invented. The texts are in ../messages/requestLetters.ts.
 *
 * Pure; loaded by the pane's « Demandes » section only (not in the first load).
 */
import type { Contact, Fiche, Register, TextField } from "../model";
import type { RequestEntry, RightKind } from "./model";
import { letterTexts as t, type LetterKind } from "../messages/requestLetters";
import { requestTexts } from "../messages/requests";
import { formatLocalDate, type Clock } from "../clock";
import { formatFrenchDate } from "../dates";
import { fold } from "../text/fold";
import { periodEnd, requestDeadline, EXTENDED_MONTHS } from "./deadline";

export type { LetterKind } from "../messages/requestLetters";

/** Rights whose answer also reaches the data's recipients (art. 19). */
const TELL_RECIPIENTS: readonly RightKind[] = ["rectification", "erasure", "restriction"];

export interface RequestLetter {
  kind: LetterKind;
  title: string;
  /** The letter, ready to copy (lines separated by "\n"). */
  text: string;
  /** What the register does not say and the user must add before sending (French), empty when none. */
  gaps: string[];
}

export interface LetterOptions {
  clock: Clock;
  /** The reasons of an extension or a refusal; the line's own (« Motifs ») when not given. */
  reasons?: string;
}

/** The letters in the order a request needs them. */
export const LETTER_KINDS: readonly LetterKind[] = ["acknowledgement", "extension", "answer", "refusal"];

/** The fiche the line names, by its RÉF folded as the engine compares RÉFs; undefined when none or several. */
export function ficheOfRequest(register: Register, entry: RequestEntry): Fiche | undefined {
  const ref = fold(entry.ficheRef);
  if (ref === "") return undefined;
  const found = register.fiches.filter((f) => f.kind === "fiche" && fold(f.ref.value) === ref);
  return found.length === 1 ? found[0] : undefined;
}

/** The line's reasons of one kind (« Prolongation : … » or « Refus : … » in the reasons column), "" when none. */
export function lineReasons(entry: RequestEntry, kind: "extension" | "refusal"): string {
  const prefix = kind === "extension" ? requestTexts.extensionReason : requestTexts.refusalReason;
  const line = entry.reasons.split("\n").find((l) => l.startsWith(prefix));
  return line ? line.slice(prefix.length).trim() : "";
}

const value = (f: TextField | undefined): string => f?.value.trim() ?? "";
const joined = (...parts: string[]): string => parts.filter((p) => p !== "").join(" ");

interface Sender {
  name: string;
  address: string;
  city: string;
  email: string;
  phone: string;
  dpo: string;
}

/**
 * Who writes: each detail from the fiche's « Responsable du traitement » row, else from tab 2's header
 * (the fiche often names the CPTS without its address, which tab 2 holds); the DPO likewise.
 */
function senderOf(register: Register, fiche: Fiche | undefined): Sender {
  const c = fiche?.controller;
  const tab: Contact | undefined = register.listTab?.controller;
  const dpoRow = fiche?.dpo;
  const tabDpo = register.listTab?.dpo;
  const dpoName = value(dpoRow?.name) || joined(value(tabDpo?.firstName), value(tabDpo?.name));
  const dpoEmail = value(dpoRow?.email) || value(tabDpo?.email);
  return {
    name: value(c?.name) || joined(value(tab?.firstName), value(tab?.name)),
    address: value(c?.address) || value(tab?.address),
    city: joined(value(c?.postcode), value(c?.city)) || joined(value(tab?.postcode), value(tab?.city)),
    email: value(c?.email) || value(tab?.email),
    phone: value(c?.phone) || value(tab?.phone),
    dpo: dpoName === "" ? "" : joined(dpoName, dpoEmail === "" ? "" : `(${dpoEmail})`),
  };
}

/** Builds a letter's text while noting what is missing. */
class Draft {
  readonly lines: string[] = [];
  readonly gaps: string[] = [];
  /** `text`, or a « [à compléter : what] » mark (noted once in the gaps) when it is empty. */
  or(text: string, what: string): string {
    if (text !== "") return text;
    if (!this.gaps.includes(what)) this.gaps.push(what);
    return t.missing(what);
  }
  add(...lines: string[]): void {
    this.lines.push(...lines);
  }
}

/** The fiche's purposes, legal basis, data and retention, recipients: what an access answer tells (art. 15.1). */
function accessInfo(draft: Draft, fiche: Fiche | undefined): void {
  if (!fiche) {
    draft.or("", t.gapFiche);
    draft.add(t.accessNoFiche);
    return;
  }
  const purposes = [value(fiche.mainPurpose), ...fiche.subPurposes.map(value)].filter(Boolean);
  const data = fiche.dataCategories.filter((d) => value(d.description) !== "");
  const retention = data.filter((d) => value(d.retention) !== "").map((d) => `${d.label} : ${value(d.retention)}`);
  const recipients = fiche.recipients.filter((r) => value(r.value) !== "").map((r) => joined(value(r.value), value(r.detail) ? `(${value(r.detail)})` : ""));
  draft.add(t.accessInfoTitle, t.accessPurposes(draft.or(purposes.join(" ; "), t.gapFiche)));
  if (value(fiche.legalBasis) !== "") draft.add(t.accessBasis(value(fiche.legalBasis)));
  draft.add(
    t.accessData(draft.or(data.map((d) => `${d.label} (${value(d.description)})`).join(" ; "), t.gapFiche)),
    t.accessRetention(draft.or(retention.join(" ; "), t.gapFiche)),
  );
  if (recipients.length > 0) draft.add(t.accessRecipients(recipients.join(" ; ")));
  draft.add(t.accessRights);
}

/** Identity not said to be checked (empty, or « non… »): the acknowledgement asks for a way to recognise the person. */
function identityUnchecked(entry: RequestEntry): boolean {
  const w = fold(entry.identityChecked);
  return w === "" || w.startsWith("non") || w.startsWith("a verifier") || w.startsWith("en cours");
}

/** One model letter for the line. */
export function requestLetter(kind: LetterKind, register: Register, entry: RequestEntry, options: LetterOptions): RequestLetter {
  const fiche = ficheOfRequest(register, entry);
  const sender = senderOf(register, fiche);
  const draft = new Draft();
  const received = entry.received === null ? draft.or("", "la date de réception") : formatFrenchDate(entry.received);
  const rights = t.rightsPhrase(entry.rights);
  const about = fiche && value(fiche.name) !== "" ? t.aboutProcessing(value(fiche.name)) : "";
  const reasonsOf = (k: "extension" | "refusal"): string => draft.or((options.reasons ?? lineReasons(entry, k)).trim(), t.gapReasons);

  draft.add(draft.or(sender.name, t.gapOrganisation), draft.or(sender.address, t.gapAddress));
  if (sender.city) draft.add(sender.city);
  draft.add("", t.toPerson(draft.or(entry.person, t.gapPerson)), "", t.dated(sender.city.replace(/^\d+\s*/, ""), formatLocalDate(options.clock)), "");
  draft.add(t.subject(received, t.rightsList(entry.rights)), "", t.greeting, "");

  const deadline = requestDeadline(entry);
  if (kind === "acknowledgement") {
    draft.add(t.received(received, rights, about));
    draft.add(t.willAnswerBy(deadline === null ? draft.or("", "la date de réponse") : formatFrenchDate(deadline.due)));
    if (identityUnchecked(entry)) draft.add(t.identityNeeded);
  } else if (kind === "extension") {
    draft.add(t.extensionIntro(received, rights, about), t.extensionWhy(reasonsOf("extension")));
    const due = entry.received === null ? draft.or("", "la date de réponse") : formatFrenchDate(periodEnd(entry.received, EXTENDED_MONTHS));
    draft.add(t.extensionBy(due));
  } else if (kind === "answer") {
    draft.add(t.answerIntro(received, rights, about), ...t.done(entry.rights));
    if (entry.rights.some((r) => TELL_RECIPIENTS.includes(r))) draft.add(t.recipientsTold);
    if (entry.rights.includes("access")) {
      draft.add("");
      accessInfo(draft, fiche);
    }
    if (entry.outcome === "partly-granted") draft.add("", t.partlyRefused(reasonsOf("refusal")), t.complaint);
  } else {
    draft.add(t.refusalIntro(received, rights, about), t.refusalWhy(reasonsOf("refusal")), "", t.complaint);
  }

  const how = [sender.email, sender.phone, sender.dpo === "" ? "" : t.dpo(sender.dpo)].filter(Boolean).join(", ");
  draft.add("", t.contact(draft.or(how, t.gapContact)), "", t.closing, "", draft.or(sender.name, t.gapOrganisation));
  return { kind, title: t.titles[kind], text: draft.lines.join("\n"), gaps: draft.gaps };
}
