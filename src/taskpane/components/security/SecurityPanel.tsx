/**
 * The « Sécurité » tab (step 4 of the CNIL path made real): « Auto-diagnostic » (the cyber self-audit),
 * « Violations » (the breach register), « Fiche réflexe » (the cyberattack card), each a lazy chunk.
 */
import * as React from "react";
import { securityStrings as s } from "../../strings/security";
import { SECURITY_SECTIONS, type SecuritySectionId } from "./sections";
import type { SectionProps } from "../sections/sectionProps";
import { SectionedPanel } from "../sections/SectionedPanel";

/** One lazy chunk per section; a section listed in SECURITY_SECTIONS has its import here. */
const SECTION_VIEWS: Record<SecuritySectionId, React.LazyExoticComponent<React.ComponentType<SectionProps>>> = {
  audit: React.lazy(() => import(/* webpackChunkName: "security-audit" */ "./audit/AuditSection")),
  breaches: React.lazy(() => import(/* webpackChunkName: "security-breaches" */ "./breaches/BreachesSection")),
  card: React.lazy(() => import(/* webpackChunkName: "security-card" */ "./card/CardSection")),
};

export interface SecurityPanelProps extends SectionProps {
  section: SecuritySectionId;
  onSection: (section: SecuritySectionId) => void;
}

export default function SecurityPanel(props: SecurityPanelProps): React.JSX.Element {
  return <SectionedPanel idPrefix="security" navLabel={s.navLabel} sections={SECURITY_SECTIONS} labels={s.sections} views={SECTION_VIEWS} {...props} />;
}
