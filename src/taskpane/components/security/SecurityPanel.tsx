/**
 * The « Sécurité » tab (step 4 of the CNIL path made real): a small sub-navigation between its
 * sections — « Auto-diagnostic » (the cyber self-audit), « Violations » (the breach register), « Fiche
 * réflexe » (the cyberattack card) — each a lazy chunk of its own, loaded when first shown. The section
 * shown is held by App.tsx, so that the header's « Cyberattaque ? » button can open the card from
 * anywhere. With a single section there is nothing to choose: the sub-navigation is left out.
 */
import * as React from "react";
import { Spinner, Tab, TabList, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import { strings } from "../../strings";
import { securityStrings as s } from "../../strings/security";
import { SECURITY_SECTIONS, type SecuritySectionId } from "./sections";
import type { SectionProps } from "./sectionProps";

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

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  nav: { flexWrap: "wrap" },
  body: { minWidth: 0, ":focus-visible": { outlineStyle: "none" } },
});

export default function SecurityPanel({ section, onSection, ...props }: SecurityPanelProps): React.JSX.Element {
  const styles = useStyles();
  const shown = SECTION_VIEWS[section] ? section : SECURITY_SECTIONS[0];
  const View = SECTION_VIEWS[shown];
  const several = SECURITY_SECTIONS.length > 1;
  return (
    <div className={styles.root}>
      {several && (
        <nav aria-label={s.navLabel}>
          <TabList
            size="small"
            className={styles.nav}
            selectedValue={shown}
            onTabSelect={(_, data: SelectTabData) => onSection(data.value as SecuritySectionId)}
          >
            {SECURITY_SECTIONS.map((id) => (
              <Tab key={id} id={`security-tab-${id}`} value={id} aria-controls={id === shown ? `security-panel-${id}` : undefined}>
                {s.sections[id]}
              </Tab>
            ))}
          </TabList>
        </nav>
      )}
      <div className={styles.body} id={`security-panel-${shown}`} {...(several ? { role: "tabpanel", "aria-labelledby": `security-tab-${shown}` } : {})}>
        <React.Suspense fallback={<Spinner size="small" label={strings.app.loadingPanel} />}>{View && <View {...props} />}</React.Suspense>
      </div>
    </div>
  );
}
