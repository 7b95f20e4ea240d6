/**
 * The « Droits » tab (step 3 of the CNIL path, « Respectez les droits des personnes »): notices written
 * from a fiche, the rights-requests register, the AIPD handed to the CNIL's PIA tool; each a lazy chunk.
 */
import * as React from "react";
import { rightsStrings as s } from "../../strings/rights";
import { RIGHTS_SECTIONS, type RightsSectionId } from "./sections";
import type { SectionProps } from "../sections/sectionProps";
import { SectionedPanel } from "../sections/SectionedPanel";

/** One lazy chunk per section listed in RIGHTS_SECTIONS (webpackChunkName "rights-<id>"). */
const SECTION_VIEWS: Partial<Record<RightsSectionId, React.LazyExoticComponent<React.ComponentType<SectionProps>>>> = {
  notices: React.lazy(() => import(/* webpackChunkName: "rights-notices" */ "./notices/NoticesSection")),
  requests: React.lazy(() => import(/* webpackChunkName: "rights-requests" */ "./requests/RequestsSection")),
  aipd: React.lazy(() => import(/* webpackChunkName: "rights-aipd" */ "./aipd/AipdSection")),
};

export interface RightsPanelProps extends SectionProps {
  section: RightsSectionId;
  onSection: (section: RightsSectionId) => void;
}

export default function RightsPanel(props: RightsPanelProps): React.JSX.Element {
  return <SectionedPanel idPrefix="rights" navLabel={s.navLabel} sections={RIGHTS_SECTIONS} labels={s.sections} views={SECTION_VIEWS} {...props} />;
}
