// The public API of governance: the rules of the Accordo di Programma and of its organs, named one by one.
export { effectivePeriod } from "./effective-period.js";
export { isInForce } from "./is-in-force.js";
export { canAmend, type AmendmentCheck } from "./can-amend.js";
export { canAdhere, type AdhesionCheck } from "./can-adhere.js";
export { missingSignatories, type MissingSignatory } from "./missing-signatories.js";
export { checkOrganComposition } from "./check-organ-composition.js";
export { VOTE_CHOICES, decide, type DecisionResult, type Vote, type VoteChoice } from "./decide.js";
export { staffingFte } from "./staffing-fte.js";
export { checkAccordoDiProgramma, type CheckAccordoOptions } from "./check-accordo-di-programma.js";
export {
  CALENDAR_ENTRY_KINDS,
  planCalendar,
  type CalendarEntry,
  type CalendarEntryKind,
  type CalendarItem,
  type CalendarSource,
  type PlanCalendar,
  type PlanCalendarOptions,
  type UndatedCalendarItem,
} from "./plan-calendar.js";
export {
  AMBITO_FIGURES,
  compareAmbiti,
  type AmbitoComparison,
  type AmbitoComparisonRow,
  type AmbitoFigure,
  type AmbitoFigureName,
  type AmbitoToCompare,
} from "./compare-ambiti.js";
