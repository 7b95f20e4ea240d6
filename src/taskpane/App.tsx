/**
 * The task pane: a header, the pane's own "Annuler", the last message, and four tabs. "Vérifier" is in
 * the first bundle; the other panels are loaded on first use (React.lazy) to keep the first load small.
 */
import * as React from "react";
import { Spinner, Tab, TabList, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import type { Clock, WritePlan } from "../register";
import type { WorkbookPort } from "./excel";
import { PaneProvider, usePane } from "./state/store";
import { strings } from "./strings";
import { NoticeBar } from "./components/NoticeBar";
import { UndoBar } from "./components/UndoBar";
import VerifyPanel from "./components/VerifyPanel";

// Secondary panels, each in its own chunk, so that the pane's first load stays under its budget.
const HelpPanel = React.lazy(() => import(/* webpackChunkName: "help" */ "./components/HelpPanel"));
const NewFichePanel = React.lazy(() => import(/* webpackChunkName: "new-fiche" */ "./components/NewFichePanel"));
const PathPanel = React.lazy(() => import(/* webpackChunkName: "path" */ "./components/path/PathPanel"));

export type TabId = "verify" | "help" | "newFiche" | "path";
const TABS: TabId[] = ["verify", "help", "newFiche", "path"];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
  main: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, flexGrow: 1 },
  footer: { padding: tokens.spacingHorizontalM, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface AppProps {
  port: WorkbookPort;
  clock?: Clock;
  /** The tab shown first ("verify" by default). */
  initialTab?: TabId;
}

export default function App({ port, clock, initialTab }: AppProps): React.JSX.Element {
  return (
    <PaneProvider port={port} clock={clock}>
      <Pane initialTab={initialTab ?? "verify"} />
    </PaneProvider>
  );
}

function Pane({ initialTab }: { initialTab: TabId }): React.JSX.Element {
  const styles = useStyles();
  const pane = usePane();
  const [tab, setTab] = React.useState<TabId>(initialTab);

  // Verify once when the pane opens, like the Accessibility Checker.
  const { refresh } = pane;
  React.useEffect(() => {
    void refresh();
  }, [refresh]);

  const { selectCell, apply } = pane;
  const onNavigate = React.useCallback((sheet: string, cell: string) => void selectCell(sheet, cell), [selectCell]);
  const onApplyPlan = React.useCallback((plan: WritePlan) => apply(plan), [apply]);

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.h1}>{strings.app.title}</h1>
        <p className={styles.subtitle}>{strings.app.subtitle}</p>
        <nav aria-label={strings.app.tabsLabel}>
          <TabList selectedValue={tab} onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabId)}>
            {TABS.map((id) => (
              <Tab key={id} id={`tab-${id}`} value={id} aria-controls={id === tab ? `panel-${id}` : undefined}>
                {strings.app.tabs[id]}
              </Tab>
            ))}
          </TabList>
        </nav>
      </header>
      <main className={styles.main}>
        <UndoBar />
        <NoticeBar />
        {pane.state.busy && <Spinner size="tiny" labelPosition="after" label={pane.state.busy === "reading" ? strings.app.reading : strings.app.applying} />}
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
          <React.Suspense fallback={<Spinner size="small" label={strings.app.loadingPanel} />}>
            {tab === "verify" && <VerifyPanel />}
            {tab === "help" && <HelpPanel />}
            {tab === "newFiche" && <NewFichePanel />}
            {tab === "path" &&
              (pane.register && pane.report ? (
                <PathPanel
                  register={pane.register}
                  report={pane.report}
                  snapshot={pane.state.snapshot}
                  clock={pane.clock}
                  onNavigate={onNavigate}
                  onApplyPlan={onApplyPlan}
                />
              ) : (
                <p>{pane.registerError ?? strings.verify.notRun}</p>
              ))}
          </React.Suspense>
        </div>
      </main>
      <footer className={styles.footer}>{strings.app.privacy}</footer>
    </div>
  );
}
