/**
 * A tab made of sections (« Sécurité », « Droits »): a small sub-navigation between them, each section a
 * lazy chunk of its own, loaded when first shown. The section shown is held by App.tsx (the header's
 * « Cyberattaque ? » button opens the card from anywhere). With a single section there is nothing to
 * choose: the sub-navigation is left out.
 */
import * as React from "react";
import { Spinner, Tab, TabList, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import { strings } from "../../strings";
import type { SectionProps } from "./sectionProps";

export interface SectionedPanelProps<Id extends string> extends SectionProps {
  /** Prefix of the sub-navigation's element ids (`${idPrefix}-tab-${id}`, `${idPrefix}-panel-${id}`). */
  idPrefix: string;
  /** The accessible name of the sub-navigation. */
  navLabel: string;
  /** The sections, in the order the sub-navigation shows them. */
  sections: readonly Id[];
  labels: Record<Id, string>;
  /** One lazy chunk per section listed in `sections`. */
  views: Partial<Record<Id, React.LazyExoticComponent<React.ComponentType<SectionProps>>>>;
  section: Id;
  onSection: (section: Id) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  nav: { flexWrap: "wrap" },
  body: { minWidth: 0, ":focus-visible": { outlineStyle: "none" } },
});

export function SectionedPanel<Id extends string>({
  idPrefix,
  navLabel,
  sections,
  labels,
  views,
  section,
  onSection,
  ...props
}: SectionedPanelProps<Id>): React.JSX.Element {
  const styles = useStyles();
  const shown = sections.includes(section) ? section : sections[0];
  const View: React.ComponentType<SectionProps> | undefined = views[shown];
  const several = sections.length > 1;
  return (
    <div className={styles.root}>
      {several && (
        <nav aria-label={navLabel}>
          <TabList size="small" className={styles.nav} selectedValue={shown} onTabSelect={(_, data: SelectTabData) => onSection(data.value as Id)}>
            {sections.map((id) => (
              <Tab key={id} id={`${idPrefix}-tab-${id}`} value={id} aria-controls={id === shown ? `${idPrefix}-panel-${id}` : undefined}>
                {labels[id]}
              </Tab>
            ))}
          </TabList>
        </nav>
      )}
      <div className={styles.body} id={`${idPrefix}-panel-${shown}`} {...(several ? { role: "tabpanel", "aria-labelledby": `${idPrefix}-tab-${shown}` } : {})}>
        <React.Suspense fallback={<Spinner size="small" label={strings.app.loadingPanel} />}>{View && <View {...props} />}</React.Suspense>
      </div>
    </div>
  );
}
