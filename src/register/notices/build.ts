/**
 * Building the information notices of one fiche (GDPR art. 13 and 14, loi Informatique et Libertés
 * art. 85): one per audience its « Personnes concernées » name, each item read from the fiche and tab
 * 2's header, each item the fiche lacks said as a gap at the top (with the cell where to fill it) and
 * never invented. Pure: the faces lay the result out (./sheetPlan.ts, ./text.ts, the command line's
 * Word file).
 */
import type { Fiche, Register, TextField } from "../model";
import type { Notice, NoticeAudience, NoticeCollection, NoticeGap, NoticeItemId, NoticeSection } from "./model";
import { holdsSensitiveData, ficheProfile } from "../rules/profile";
import { isNothingHere } from "../text/nothingHere";
import { foldWords, hasWord } from "../text/fold";
import { readRetention } from "../text/retention";
import { audiencesOf, describedPersons } from "./audiences";
import { art9Of, ficheBases, isArt9Statement, isBasisStatement, legitimateInterestOf, type Art9Kind, type LegalBasisKind } from "./basis";
import { collectionOf, underSecrecy } from "./collection";
import { contactWords, controllerOf, dpoOf, hasContact, jointControllersOf, representativeOf, type Party } from "./contacts";
import { rightsFor } from "./rights";
import {
  ART9_WORDS,
  BASIS_FOR,
  BASIS_WORDS,
  CATEGORY_WORDS,
  ERASURE_REASONS,
  GAP,
  RECIPIENT_TYPE_WORDS,
  RIGHT_WORDS,
  T,
  UNNAMED_CONTROLLER,
  VOICES,
  joinFrench,
  type Voice,
} from "./texts";

export interface BuildNoticesOptions {
  /** Where the data come from when they are not collected from the person (art. 14), as the user says it. */
  source?: string;
}

/** What every audience's notice of a fiche shares: read once. */
interface FicheReading {
  register: Register;
  fiche: Fiche;
  controller: Party;
  org: string;
  dpo: ReturnType<typeof dpoOf>;
  bases: LegalBasisKind[];
  art9: Art9Kind[];
  source: string;
}

function filled(field: TextField | undefined): boolean {
  return field !== undefined && field.value.trim() !== "" && !isNothingHere(field.value);
}

/** Where a missing purpose-like statement is typed: the first empty sub-purpose, else the main purpose. */
function freePurposeCell(fiche: Fiche): string {
  return fiche.subPurposes.find((p) => p.value.trim() === "")?.cell ?? fiche.mainPurpose.cell;
}

function blockFirstCell(fiche: Fiche, block: "persons" | "recipients" | "dataCategories" | "transfers"): string {
  const span = fiche.blocks[block];
  return span ? `B${span.first}` : fiche.name.cell;
}

class NoticeWriter {
  readonly gaps: NoticeGap[] = [];
  readonly sections: NoticeSection[] = [];
  constructor(
    private readonly voice: Voice,
    private readonly sheet: string,
  ) {}

  gap(item: NoticeItemId, message: string, at?: { sheet: string; cell: string } | string): void {
    const where = typeof at === "string" ? { sheet: this.sheet, cell: at } : at;
    if (this.gaps.some((g) => g.message === message)) return;
    this.gaps.push(where ? { item, message, at: where } : { item, message });
  }

  section(item: Exclude<NoticeItemId, "audience">, paragraphs: string[], bullets: string[] = []): void {
    this.sections.push({ item, heading: this.voice.headings[item], paragraphs, bullets });
  }
}

// ---------------------------------------------------------------------------------------- sections

function controllerSection(w: NoticeWriter, r: FicheReading): void {
  const c = r.controller;
  const paragraphs = [c.name !== "" ? T.controllerIs(r.org) : T.controllerUnknown];
  const joint = jointControllersOf(r.fiche);
  if (joint !== "") paragraphs.push(T.jointControllers(joint));
  const representative = representativeOf(r.register, r.fiche);
  if (representative) paragraphs.push(T.representative(representative.name, contactWords(representative)));
  if (hasContact(c) || c.phone !== "") paragraphs.push(T.contactLine(contactWords(c)));
  if (c.name === "") w.gap("controller", GAP.controller, c.at);
  w.section("controller", paragraphs);
}

function dpoSection(w: NoticeWriter, r: FicheReading): void {
  const d = r.dpo;
  if (!d) return;
  const name = d.company !== "" ? `${d.name} ${T.dpoCompany(d.company)}` : d.name;
  const paragraphs = [T.dpoIs(name)];
  if (hasContact(d) || d.phone !== "") paragraphs.push(T.contactLine(contactWords(d)));
  else w.gap("dpo", GAP.dpoContact, d.emailAt);
  w.section("dpo", paragraphs);
}

function purposesSection(w: NoticeWriter, r: FicheReading): void {
  const f = r.fiche;
  const purposes = [f.mainPurpose, ...f.subPurposes].filter(filled).filter((p) => !isBasisStatement(p) && !isArt9Statement(p));
  if (!filled(f.mainPurpose)) w.gap("purposes", GAP.purposes, f.mainPurpose.cell);
  if (purposes.length === 0) return;
  w.section(
    "purposes",
    [T.purposesIntro],
    purposes.map((p) => p.value.trim()),
  );
}

function legalBasisSection(w: NoticeWriter, r: FicheReading): void {
  const reading = ficheBases(r.fiche);
  if (reading.kinds.length > 0) {
    const words = reading.kinds.map((k) => BASIS_WORDS[k](r.org));
    if (words.length === 1) w.section("legalBasis", [T.basisIs(words[0])]);
    else w.section("legalBasis", [T.basesAre], words);
  } else if (reading.unreadable) {
    w.gap("legalBasis", GAP.legalBasisUnreadable(reading.unreadable.value.trim()), reading.unreadable.cell);
    w.section("legalBasis", [T.basisAsTyped(reading.unreadable.value.trim())]);
  } else {
    w.gap("legalBasis", GAP.legalBasis, r.fiche.legalBasis?.cell ?? freePurposeCell(r.fiche));
    w.section("legalBasis", [T.basisUnknown]);
  }
  if (!reading.kinds.includes("legitimateInterest")) return;
  const interest = legitimateInterestOf(r.fiche);
  if (interest) {
    w.section("legitimateInterest", [T.interestIs(r.org, interest.text)]);
  } else {
    w.gap("legitimateInterest", GAP.legitimateInterest, freePurposeCell(r.fiche));
    w.section("legitimateInterest", [T.interestUnknown]);
  }
}

function healthSection(w: NoticeWriter, r: FicheReading): void {
  if (!holdsSensitiveData(r.fiche)) return;
  if (r.art9.length > 0) {
    w.section("healthException", [T.healthIntro(joinFrench(r.art9.map((k) => ART9_WORDS[k])))]);
  } else {
    w.gap("healthException", GAP.healthException, r.fiche.art9Exception?.cell ?? freePurposeCell(r.fiche));
    w.section("healthException", [T.healthUnknown]);
  }
}

function categoryName(row: Fiche["dataCategories"][number]): string {
  return row.key === "other" ? row.label.trim() : CATEGORY_WORDS[row.key];
}

function dataRows(fiche: Fiche): Fiche["dataCategories"] {
  return [...fiche.dataCategories, ...fiche.sensitiveData].filter((row) => filled(row.description) || filled(row.retention));
}

function categoriesSection(w: NoticeWriter, r: FicheReading): void {
  const rows = dataRows(r.fiche);
  if (rows.length === 0) return;
  w.section(
    "categories",
    [T.categoriesIntro],
    rows.map((row) => (filled(row.description) ? `${categoryName(row)} : ${row.description.value.trim()}` : categoryName(row))),
  );
}

function sourceSections(w: NoticeWriter, r: FicheReading, collection: NoticeCollection): void {
  if (collection === "direct") return;
  if (r.source !== "") w.section("source", [T.sourceIs(r.source)]);
  else if (collection === "indirect") {
    w.gap("source", GAP.sourceUnknown);
    w.section("source", [T.sourceUnknown]);
  } else {
    w.gap("source", GAP.sourcePossible);
    w.section("source", [T.sourceMaybe]);
  }
}

function secrecySection(w: NoticeWriter, r: FicheReading, audience: NoticeAudience, collection: NoticeCollection): void {
  // Secrecy covers what professionals pass on about the people they care for, not professionals' own data.
  if (audience !== "patients" || collection === "direct" || !ficheProfile(r.fiche).holdsHealthData) return;
  const healthCare = r.art9.includes("9.2.h") || r.art9.includes("9.2.i");
  if (underSecrecy(r.fiche, healthCare)) w.section("secrecy", [T.secrecy(r.org)]);
}

function recipientWords(value: string, detail: string): string {
  const key = foldWords(value).trim();
  const plain = key in RECIPIENT_TYPE_WORDS ? RECIPIENT_TYPE_WORDS[key] : value.trim();
  if (plain === "") return detail.trim();
  return detail.trim() !== "" ? `${plain} : ${detail.trim()}` : plain;
}

function recipientsSection(w: NoticeWriter, r: FicheReading): void {
  const rows = r.fiche.recipients.filter((x) => filled(x.value) || filled(x.detail));
  if (rows.length > 0) {
    w.section(
      "recipients",
      [T.recipientsIntro],
      rows.map((x) => recipientWords(filled(x.value) ? x.value.value : "", filled(x.detail) ? x.detail.value : "")).filter((b) => b !== ""),
    );
    return;
  }
  if (r.fiche.recipients.some((x) => x.value.said !== undefined || x.detail.said !== undefined || isNothingHere(x.detail.value))) {
    w.section("recipients", [T.recipientsNone(r.org)]);
    return;
  }
  w.gap("recipients", GAP.recipients, blockFirstCell(r.fiche, "recipients"));
}

function noTransferGuarantee(value: string): boolean {
  return hasWord(foldWords(value), ["aucun transfert", "pas de transfert"]);
}

function transfersSection(w: NoticeWriter, r: FicheReading): void {
  const rows = r.fiche.transfers.filter((t) => (filled(t.recipient) || filled(t.country) || filled(t.guarantee)) && !noTransferGuarantee(t.guarantee.value));
  if (rows.length === 0) {
    const thirdCountries = r.fiche.recipients.some((x) => foldWords(x.value.value).includes(" pays tiers "));
    if (thirdCountries) {
      w.gap("transfers", GAP.transferUndeclared, blockFirstCell(r.fiche, "transfers"));
      return;
    }
    w.section("transfers", [T.transfersNone]);
    return;
  }
  const bullets = rows.map((t) => {
    const who = filled(t.recipient) ? t.recipient.value.trim() : "";
    const country = filled(t.country) ? t.country.value.trim() : "";
    const label = who || country;
    if (!filled(t.guarantee)) w.gap("transfers", GAP.transferGuarantee(label), t.guarantee.cell);
    if (country === "") w.gap("transfers", GAP.transferCountry(label), t.country.cell);
    const guarantee = filled(t.guarantee) ? t.guarantee.value.trim() : T.transferNoGuarantee;
    const doc = filled(t.documentation) ? T.transferDoc(t.documentation.value.trim()) : "";
    return `${T.transferLine(who || country, who ? country : "", guarantee)}${doc}`;
  });
  const contact = exerciseParty(r);
  const copy = hasContact(contact) ? T.transferCopy(contactWords(contact)) : T.transferCopyNoContact;
  w.section("transfers", [T.transfersOut, copy, T.transfersList], bullets);
}

function retentionSection(w: NoticeWriter, r: FicheReading): void {
  const rows = dataRows(r.fiche);
  if (rows.length === 0) {
    w.gap("categories", GAP.categories, blockFirstCell(r.fiche, "dataCategories"));
    return;
  }
  const bullets = rows.map((row) => {
    const name = categoryName(row);
    const label = filled(row.description) ? `${name} (${row.description.value.trim()})` : name;
    const typed = row.retention.value.trim();
    const reading = readRetention(typed);
    if (reading.kind === "empty" || reading.kind === "nothing-here") {
      w.gap("retention", GAP.retention(name), row.retention.cell);
      return T.retentionLine(label, T.retentionUnknown);
    }
    if (reading.kind === "vague" || reading.kind === "bare-number") w.gap("retention", GAP.retentionVague(name, typed), row.retention.cell);
    return T.retentionLine(label, typed);
  });
  w.section("retention", [T.retentionIntro], bullets);
}

/** Words in the fiche saying whether giving the data is required (« réponse facultative », « obligatoire pour… »). */
const OBLIGATION_WORDS = [
  "obligatoire",
  "facultatif",
  "facultative",
  "facultatifs",
  "facultatives",
  "en cas de refus",
  "a defaut",
  "sans ces donnees",
  "sans ces informations",
];

function obligationSection(w: NoticeWriter, r: FicheReading, voice: Voice, collection: NoticeCollection): void {
  // Art. 14 does not ask it: the person is not asked for the data.
  if (collection === "indirect") return;
  const paragraphs: string[] = [];
  if (r.bases.includes("legalObligation")) paragraphs.push(T.obligationLaw(r.org));
  if (r.bases.includes("contract")) paragraphs.push(T.obligationContract(voice.contract));
  if (r.bases.includes("consent")) paragraphs.push(T.obligationConsent(voice.consentNoConsequence));
  const others = r.bases.some((b) => b === "vitalInterests" || b === "publicInterest" || b === "legitimateInterest");
  if (others || r.bases.length === 0) {
    const f = r.fiche;
    const stated = [f.mainPurpose, ...f.subPurposes, ...f.persons.map((p) => p.detail)]
      .filter(filled)
      .find((x) => hasWord(foldWords(x.value), OBLIGATION_WORDS));
    if (stated) paragraphs.push(T.obligationAsTyped(stated.value.trim()));
    else if (r.bases.length > 0) {
      w.gap("obligation", GAP.obligation, freePurposeCell(f));
      paragraphs.push(T.obligationUnknown);
    } else paragraphs.push(T.obligationUnknown);
  }
  w.section("obligation", paragraphs);
}

function rightsSection(w: NoticeWriter, r: FicheReading): void {
  const reading = rightsFor(r.bases, r.art9);
  const bullets = reading.granted.map((g) =>
    g.onlyFor
      ? T.rightOnlyFor(
          RIGHT_WORDS[g.right],
          joinFrench(
            g.onlyFor.map((b) => BASIS_FOR[b]),
            "ou",
          ),
        )
      : RIGHT_WORDS[g.right],
  );
  const before: string[] = [];
  if (!reading.granted.some((g) => g.right === "erasure") && reading.erasureLimits.length > 0) {
    before.push(T.erasureLimited(joinFrench(reading.erasureLimits.map((l) => ERASURE_REASONS[l]))));
  }
  if (reading.basisUnknown) before.push(T.rightsBasisUnknown);
  // The sentence that introduces the list comes last, right above it.
  w.section("rights", [...before, T.rightsIntro], bullets);
}

/** Who the person writes to: the DPO when there is one with a contact, else the controller. */
function exerciseParty(r: FicheReading): Party {
  return r.dpo && hasContact(r.dpo) ? r.dpo : r.controller;
}

function exerciseSection(w: NoticeWriter, r: FicheReading): void {
  const party = exerciseParty(r);
  const whom = party === r.controller ? r.org : T.dpoWhom(party.name);
  const paragraphs: string[] = [];
  if (hasContact(party)) paragraphs.push(T.exerciseAt(whom, contactWords(party)));
  else {
    paragraphs.push(T.exerciseNoContact(whom));
    w.gap("exercise", GAP.controllerContact, r.controller.emailAt);
  }
  paragraphs.push(T.exerciseDelay, T.exerciseIdentity);
  w.section("exercise", paragraphs);
}

function complaintSection(w: NoticeWriter): void {
  w.section("complaint", [T.complaint]);
}

function postMortemSection(w: NoticeWriter, r: FicheReading): void {
  const party = exerciseParty(r);
  const paragraphs = [T.postMortem];
  if (hasContact(r.controller)) paragraphs.push(T.postMortemAt(contactWords(r.controller)));
  else if (hasContact(party)) paragraphs.push(T.postMortemAt(contactWords(party)));
  w.section("postMortem", paragraphs);
}

// --------------------------------------------------------------------------------------------- API

function readFiche(register: Register, fiche: Fiche, options: BuildNoticesOptions): FicheReading {
  const controller = controllerOf(register, fiche);
  return {
    register,
    fiche,
    controller,
    org: controller.name !== "" ? controller.name : UNNAMED_CONTROLLER,
    dpo: dpoOf(register, fiche),
    bases: ficheBases(fiche).kinds,
    art9: art9Of(fiche).kinds,
    source: options.source?.trim() ?? "",
  };
}

function buildOne(r: FicheReading, audience: NoticeAudience, noAudience: boolean): Notice {
  const voice = VOICES[audience];
  const f = r.fiche;
  const w = new NoticeWriter(voice, f.sheet);
  const collection = collectionOf(f, audience, r.source === "" ? undefined : r.source);
  if (noAudience) {
    const named = describedPersons(f).map((p) => `« ${(p.detail.value.trim() || p.value.value).trim()} »`);
    w.gap("audience", named.length > 0 ? GAP.audienceUnknown(named.join(", ")) : GAP.audience, blockFirstCell(f, "persons"));
  }

  controllerSection(w, r);
  dpoSection(w, r);
  purposesSection(w, r);
  legalBasisSection(w, r);
  healthSection(w, r);
  if (collection !== "direct") categoriesSection(w, r);
  sourceSections(w, r, collection);
  recipientsSection(w, r);
  transfersSection(w, r);
  retentionSection(w, r);
  obligationSection(w, r, voice, collection);
  rightsSection(w, r);
  exerciseSection(w, r);
  complaintSection(w);
  postMortemSection(w, r);
  secrecySection(w, r, audience, collection);

  const ficheName = f.name.value.trim() || f.ref.value.trim() || f.sheet;
  return {
    sheet: f.sheet,
    ficheRef: f.ref.value.trim(),
    ficheName: f.name.value.trim(),
    audience,
    title: voice.title(ficheName),
    intro: voice.intro(r.org, ficheName),
    gaps: w.gaps,
    sections: w.sections,
    collection,
  };
}

/**
 * The notices of one fiche, one per audience its persons name (patients, professionals, members,
 * staff, in that order). A fiche that names no persons gets one notice in the plain voice of the public,
 * with a gap saying so.
 */
export function buildNotices(register: Register, fiche: Fiche, options: BuildNoticesOptions = {}): Notice[] {
  const r = readFiche(register, fiche, options);
  const audiences = audiencesOf(fiche);
  if (audiences.length === 0) return [buildOne(r, "patients", true)];
  return audiences.map((a) => buildOne(r, a, false));
}
