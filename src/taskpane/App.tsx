/**
 * The task pane: a header, the pane's own "Annuler", the last message, and five tabs. "Vérifier" is in
 * the first bundle; the other panels are loaded on first use (React.lazy) to keep the first load small.
 * The header's « Cyberattaque ? » button, always in view, opens the « Sécurité » tab on its « Fiche
 * réflexe »: what a person under attack looks for first, one click away whatever the pane shows.
 *
 * Where the outcome of an action shows: the last message and « Annuler » sit in one strip that sticks
 * to the top of the pane as it scrolls, right under the tabs. An action may be far down a long list
 * (a quick fix on the 20th finding): a message at the top of the page would be out of sight, and one
 * beside each action would move with lists that change after every change. The strip is always in
 * view, in the same place, like Office's own message bars under the ribbon; and when the button that
 * acted is gone, the focus goes to that message (see focusKeeper.ts), so a screen reader reads it too.
 *
 * At a task pane's narrowest (320 px) nothing is wider than the pane: the tabs wrap onto two lines
 * rather than scroll, and every text block may break long words (sheet names, addresses).
 */
import * as React from "react";
import { Button, Spinner, Tab, TabList, makeStyles, tokens, type SelectTabData } from "@fluentui/react-components";
import type { Clock, WritePlan } from "../register";
import type { WorkbookPort } from "./excel";
import { PaneProvider, usePane } from "./state/store";
import { strings } from "./strings";
import { FOCUS_MARKS, sensibleFocusIn } from "./focusMarks";
import VerifyPanel from "./components/VerifyPanel";
import { SECURITY_SECTIONS, type SecuritySectionId } from "./components/security/sections";
import type { SectionProps } from "./components/sections/sectionProps";
import { RIGHTS_SECTIONS, type RightsSectionId } from "./components/rights/sections";

// Secondary panels, each in its own chunk, so that the pane's first load stays under its budget.
// The message and « Annuler » show only after something happened: out of the first load, fetched
// just after the first paint (one chunk for both).
const NoticeBar = React.lazy(() => import(/* webpackChunkName: "messages" */ "./components/NoticeBar").then((m) => ({ default: m.NoticeBar })));
const UndoBar = React.lazy(() => import(/* webpackChunkName: "messages" */ "./components/UndoBar").then((m) => ({ default: m.UndoBar })));
const HelpPanel = React.lazy(() => import(/* webpackChunkName: "help" */ "./components/HelpPanel"));
const NewFichePanel = React.lazy(() => import(/* webpackChunkName: "new-fiche" */ "./components/NewFichePanel"));
const PathPanel = React.lazy(() => import(/* webpackChunkName: "path" */ "./components/path/PathPanel"));
const SecurityPanel = React.lazy(() => import(/* webpackChunkName: "security" */ "./components/security/SecurityPanel"));
// The reflexes alone, for « Cyberattaque ? » while the workbook is being read or is not a register.
const RightsPanel = React.lazy(() => import(/* webpackChunkName: "rights" */ "./components/rights/RightsPanel"));
const CardReflexes = React.lazy(() => import(/* webpackChunkName: "security-card" */ "./components/security/card/CardReflexes"));

export type TabId = "verify" | "help" | "newFiche" | "path" | "security" | "rights";
/** In the order the tab list shows them; « Droits » (step 3) once one of its sections is built. */
const TABS: TabId[] = ["verify", "help", "newFiche", "path", ...(RIGHTS_SECTIONS.length > 0 ? (["rights"] as const) : []), "security"];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: 0,
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleRow: { display: "flex", flexWrap: "wrap", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  // Red, as Office's own danger buttons: it must stand out for someone under attack.
  alarm: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
    ":hover:active": { backgroundColor: tokens.colorPaletteRedForeground1, color: tokens.colorNeutralForegroundOnBrand },
  },
  subtitle: { margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
  // Five tabs do not fit on one line at 320 px: they wrap rather than being cut or scrolling sideways.
  tabs: { flexWrap: "wrap" },
  main: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, flexGrow: 1, minWidth: 0 },
  messages: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    // Under the strip the panel scrolls: the strip keeps the pane's background so the two do not mix.
    margin: `calc(-1 * ${tokens.spacingHorizontalM}) calc(-1 * ${tokens.spacingHorizontalM}) 0`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    ":empty": { display: "none" },
  },
  panel: { minWidth: 0, ":focus-visible": { outlineStyle: "none" } },
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
  const [section, setSection] = React.useState<SecuritySectionId>(SECURITY_SECTIONS[0]);
  const [rightsSection, setRightsSection] = React.useState<RightsSectionId | undefined>(RIGHTS_SECTIONS[0]);

  // Verify once when the pane opens, like the Accessibility Checker.
  const { refresh } = pane;
  React.useEffect(() => {
    void refresh();
  }, [refresh]);

  const { selectCell, apply } = pane;
  const onNavigate = React.useCallback((sheet: string, cell: string) => void selectCell(sheet, cell), [selectCell]);
  const onApplyPlan = React.useCallback((plan: WritePlan) => apply(plan), [apply]);
  // What the « Parcours » and « Sécurité » panels get, once the workbook was read as a register.
  const sectionProps: SectionProps | null =
    pane.register && pane.report
      ? { register: pane.register, report: pane.report, snapshot: pane.state.snapshot, clock: pane.clock, onNavigate, onApplyPlan }
      : null;

  const rootRef = React.useRef<HTMLDivElement | null>(null);
  // The focus keeper (focusKeeper.ts) is needed only once the user acts: out of the first load.
  React.useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    let stop: (() => void) | null = null;
    let gone = false;
    void import(/* webpackChunkName: "focus-keeper" */ "./focusKeeper").then(({ installFocusKeeper }) => {
      if (!gone) stop = installFocusKeeper(root, () => sensibleFocusIn(root));
    });
    return () => {
      gone = true;
      stop?.();
    };
  }, []);

  return (
    <div className={styles.root} ref={rootRef} {...{ [FOCUS_MARKS.root]: "" }}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <h1 className={styles.h1}>{strings.app.title}</h1>
          <Button
            size="small"
            className={styles.alarm}
            onClick={() => {
              setSection("card");
              setTab("security");
            }}
          >
            {strings.app.cyberattack}
          </Button>
        </div>
        <p className={styles.subtitle}>{strings.app.subtitle}</p>
        <nav aria-label={strings.app.tabsLabel}>
          <TabList className={styles.tabs} selectedValue={tab} onTabSelect={(_, data: SelectTabData) => setTab(data.value as TabId)}>
            {TABS.map((id) => (
              <Tab key={id} id={`tab-${id}`} value={id} aria-controls={id === tab ? `panel-${id}` : undefined}>
                {strings.app.tabs[id]}
              </Tab>
            ))}
          </TabList>
        </nav>
      </header>
      <main className={styles.main}>
        <div className={styles.messages}>
          <React.Suspense fallback={null}>
            <NoticeBar />
            <UndoBar />
          </React.Suspense>
        </div>
        {pane.state.busy && <Spinner size="tiny" labelPosition="after" label={pane.state.busy === "reading" ? strings.app.reading : strings.app.applying} />}
        {/* Focusable by script only: where the focus goes when nothing closer to the action is left. */}
        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} tabIndex={-1} className={styles.panel} {...{ [FOCUS_MARKS.panel]: "" }}>
          <React.Suspense fallback={<Spinner size="small" label={strings.app.loadingPanel} />}>
            {tab === "verify" && <VerifyPanel />}
            {tab === "help" && <HelpPanel />}
            {tab === "newFiche" && <NewFichePanel />}
            {(tab === "path" || tab === "security" || tab === "rights") &&
              (sectionProps ? (
                tab === "path" ? (
                  <PathPanel {...sectionProps} />
                ) : tab === "rights" ? (
                  rightsSection && <RightsPanel {...sectionProps} section={rightsSection} onSection={setRightsSection} />
                ) : (
                  <SecurityPanel {...sectionProps} section={section} onSection={setSection} />
                )
              ) : (
                <>
                  {/* Someone under attack needs the reflexes, whatever the workbook is. */}
                  {tab === "security" && section === "card" && <CardReflexes />}
                  <p>{pane.registerError ?? strings.verify.notRun}</p>
                </>
              ))}
          </React.Suspense>
        </div>
      </main>
      <footer className={styles.footer}>{strings.app.privacy}</footer>
    </div>
  );
}
