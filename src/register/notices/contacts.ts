/**
 * Who the controller and the DPO are, and how to reach them: the fiche's « Responsable du traitement » /
 * « Délégué à la protection des données » rows first (a fiche may name its own), else tab 2's header
 * (the organisation's). A cell that says « N/A » or « Néant » names nobody.
 */
import type { ActorRow, Contact, Fiche, Register, TextField } from "../model";
import { isNothingHere } from "../text/nothingHere";
import { fold } from "../text/fold";
import { CONTACT_WORDS } from "./texts";

export interface Party {
  name: string;
  /** « 12 rue des Tilleuls, 78000 Versailles », or "" . */
  postal: string;
  email: string;
  phone: string;
  /** Where its name is typed, or should be. */
  at?: { sheet: string; cell: string };
  /** Where its e-mail is typed, or should be. */
  emailAt?: { sheet: string; cell: string };
}

function said(field: TextField | undefined): string {
  const v = field?.value.trim() ?? "";
  return v === "" || isNothingHere(v) ? "" : v;
}

function postalOf(address: string, postcode: string, city: string, country: string): string {
  const town = [postcode, city].filter((x) => x !== "").join(" ");
  const foreign = country !== "" && fold(country) !== "france" ? country : "";
  return [address, town, foreign].filter((x) => x !== "").join(", ");
}

function fromActor(sheet: string, row: ActorRow): Party {
  return {
    name: said(row.name),
    postal: postalOf(said(row.address), said(row.postcode), said(row.city), said(row.country)),
    email: said(row.email),
    phone: said(row.phone),
    at: { sheet, cell: row.name.cell },
    emailAt: { sheet, cell: row.email.cell },
  };
}

function fromContact(sheet: string, c: Contact): Party {
  return {
    name: [said(c.firstName), said(c.name)].filter((x) => x !== "").join(" "),
    postal: postalOf(said(c.address), said(c.postcode), said(c.city), ""),
    email: said(c.email),
    phone: said(c.phone),
    at: { sheet, cell: c.name.cell },
    emailAt: { sheet, cell: c.email.cell },
  };
}

export function hasContact(p: Party): boolean {
  return p.email !== "" || p.postal !== "";
}

/** « par courriel à contact@cpts.fr, par courrier à l'adresse 12 rue…, par téléphone au 01 … » */
export function contactWords(p: Party): string {
  const parts: string[] = [];
  if (p.email !== "") parts.push(CONTACT_WORDS.email(p.email));
  if (p.postal !== "") parts.push(CONTACT_WORDS.postal(p.postal));
  if (p.phone !== "") parts.push(CONTACT_WORDS.phone(p.phone));
  return parts.join(", ");
}

/**
 * The controller: the fiche's row when it names someone (its contact details, else tab 2's), else tab 2's
 * header. `undefined` name when neither names anybody.
 */
export function controllerOf(register: Register, fiche: Fiche): Party {
  const tab = register.listTab;
  const org = tab ? fromContact(tab.sheet, tab.controller) : undefined;
  const own = fiche.controller ? fromActor(fiche.sheet, fiche.controller) : undefined;
  if (own && own.name !== "") {
    if (hasContact(own) || !org) return own;
    return { ...own, postal: org.postal, email: org.email, phone: own.phone || org.phone, emailAt: org.emailAt };
  }
  if (org && org.name !== "") return org;
  // Nobody named: point at the fiche's row when it has one, else at tab 2.
  const at = own?.at ?? org?.at;
  const base = own ?? org;
  return { name: "", postal: base?.postal ?? "", email: base?.email ?? "", phone: base?.phone ?? "", at, emailAt: base?.emailAt ?? at };
}

export interface Dpo extends Party {
  company: string;
}

/** The DPO, when the fiche or tab 2 names one. */
export function dpoOf(register: Register, fiche: Fiche): Dpo | undefined {
  const tab = register.listTab;
  if (fiche.dpo) {
    const own = fromActor(fiche.sheet, fiche.dpo);
    if (own.name !== "") return { ...own, company: fiche.dpoCompany ? said(fiche.dpoCompany.name) : "" };
  }
  if (tab) {
    const org = fromContact(tab.sheet, tab.dpo);
    if (org.name !== "") return { ...org, company: said(tab.dpo.company) };
  }
  return undefined;
}

/** The fiche's joint controllers (« Responsable(s) conjoint(s) »), by name. */
export function jointControllersOf(fiche: Fiche): string {
  return fiche.jointControllers ? said(fiche.jointControllers.name) : "";
}

/** The controller's representative in the Union (a controller established outside it), when named. */
export function representativeOf(register: Register, fiche: Fiche): Party | undefined {
  if (fiche.representative) {
    const own = fromActor(fiche.sheet, fiche.representative);
    if (own.name !== "") return own;
  }
  const tab = register.listTab;
  if (tab) {
    const org = fromContact(tab.sheet, tab.representative);
    if (org.name !== "") return org;
  }
  return undefined;
}
