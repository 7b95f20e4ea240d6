/**
 * Which rights a person has, from the processing's legal basis (GDPR art. 15–22, 7.3; sources in
 * ./sources.ts): access, rectification and limitation always; erasure unless the basis is a legal
 * obligation or a public-interest mission (17.3.b) or the data serve health care or public health
 * (9.2.h/i, 17.3.c); opposition for a public-interest mission or a legitimate interest (21.1);
 * portability for consent or a contract (20.1); withdrawing consent where consent is the basis (7.3,
 * 13.2.c, also for the explicit consent of 9.2.a).
 *
 * With several bases (« adhérents : intérêt légitime ; non-adhérents : consentement »), a right that
 * holds for some of them only says for which.
 */
import type { Art9Kind, LegalBasisKind } from "./basis";

export type NoticeRight = "access" | "rectification" | "erasure" | "limitation" | "opposition" | "portability" | "withdrawConsent";

export const RIGHT_ORDER: readonly NoticeRight[] = ["access", "rectification", "erasure", "limitation", "opposition", "portability", "withdrawConsent"];

export interface RightGrant {
  right: NoticeRight;
  /** The bases it holds for, when it holds for some of the fiche's bases only. */
  onlyFor?: LegalBasisKind[];
}

/** Why erasure does not apply: the basis or the health-care purpose (art. 17.3). */
export type ErasureLimit = "legalObligation" | "publicInterest" | "healthCare";

export interface RightsReading {
  granted: RightGrant[];
  /** Erasure is limited, and why (for every basis, or for those in `onlyFor`). */
  erasureLimits: ErasureLimit[];
  /** The basis is unknown: only the rights that hold whatever it is are given. */
  basisUnknown: boolean;
}

function holdsFor(right: NoticeRight, basis: LegalBasisKind, healthCare: boolean, explicitConsent: boolean): boolean {
  switch (right) {
    case "access":
    case "rectification":
    case "limitation":
      return true;
    case "erasure":
      return basis !== "legalObligation" && basis !== "publicInterest" && !healthCare;
    case "opposition":
      return basis === "publicInterest" || basis === "legitimateInterest";
    case "portability":
      return basis === "consent" || basis === "contract";
    case "withdrawConsent":
      return basis === "consent" || explicitConsent;
  }
}

export function rightsFor(bases: readonly LegalBasisKind[], art9: readonly Art9Kind[]): RightsReading {
  const healthCare = art9.includes("9.2.h") || art9.includes("9.2.i");
  const explicitConsent = art9.includes("9.2.a");
  if (bases.length === 0) {
    const always: NoticeRight[] = ["access", "rectification", "limitation"];
    if (explicitConsent) always.push("withdrawConsent");
    return {
      granted: RIGHT_ORDER.filter((r) => always.includes(r)).map((right) => ({ right })),
      erasureLimits: healthCare ? ["healthCare"] : [],
      basisUnknown: true,
    };
  }
  const granted: RightGrant[] = [];
  for (const right of RIGHT_ORDER) {
    const holding = bases.filter((b) => holdsFor(right, b, healthCare, explicitConsent));
    if (holding.length === 0) continue;
    granted.push(holding.length === bases.length ? { right } : { right, onlyFor: holding });
  }
  const erasureLimits: ErasureLimit[] = [];
  if (bases.includes("legalObligation")) erasureLimits.push("legalObligation");
  if (bases.includes("publicInterest")) erasureLimits.push("publicInterest");
  if (healthCare) erasureLimits.push("healthCare");
  return { granted, erasureLimits, basisUnknown: false };
}
