/**
 * A section of the Sécurité tab as the pane uses it, over a real workbook (our template through the
 * ExcelJS adapter): each plan is carried out and the workbook read again, the register and verdict
 * recomputed on the clock given.
 */
import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { readRegister, validateRegister, type Clock, type WorkbookSnapshot, type WritePlan } from "../../../src/register";
import { applyPlanToExcelBook, excelBookSnapshot, type ExcelBook } from "../../../src/workbook/exceljs";
import type { SectionProps } from "../../../src/taskpane/components/sections/sectionProps";

import "../resizeObserver";

export interface HarnessProps {
  book: ExcelBook;
  clock: Clock;
  Section: React.ComponentType<SectionProps>;
  onPlan?: (plan: WritePlan) => void;
  onNavigate?: (sheet: string, cell: string) => void;
  /** No workbook read yet (the pane before its first check). */
  noSnapshot?: boolean;
}

export function SectionHarness({ book, clock, Section, onPlan, onNavigate, noSnapshot }: HarnessProps): React.JSX.Element {
  const [snapshot, setSnapshot] = React.useState<WorkbookSnapshot>(() => excelBookSnapshot(book));
  const register = React.useMemo(() => readRegister(snapshot), [snapshot]);
  const report = React.useMemo(() => validateRegister(register, { clock }), [register, clock]);
  return (
    <FluentProvider theme={webLightTheme}>
      <Section
        register={register}
        report={report}
        snapshot={noSnapshot ? null : snapshot}
        clock={clock}
        onNavigate={onNavigate ?? (() => undefined)}
        onApplyPlan={async (plan) => {
          onPlan?.(plan);
          applyPlanToExcelBook(book, plan);
          setSnapshot(excelBookSnapshot(book));
          return true;
        }}
      />
    </FluentProvider>
  );
}
