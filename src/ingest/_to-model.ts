// The one place where what the readers found becomes the drafts' shapes (the models' draft form, issue 12). When
// the models' draft schemas change, only this file follows them.
import type {
  DraftAction,
  DraftBudget,
  DraftFormAnswer,
  DraftIndicatorGroup,
  DraftResultTarget,
  DraftScheda,
  LineRange,
} from "./draft.js";
import { FIELD_LABELS, type FormField } from "./_form.js";
import type { AnswerValue, GroupValue, SchedaValues } from "./_scheda.js";
import type { FieldReading } from "./ingest-result.js";

function range(lines: readonly [number, number] | null): { lines?: LineRange } {
  return lines === null ? {} : { lines: [lines[0], lines[1]] };
}

function formAnswer(value: AnswerValue | undefined): DraftFormAnswer {
  if (value === undefined) return { answer: null };
  return {
    answer: value.answer,
    ...(value.text === null ? {} : { text: value.text }),
    ...range(value.lines),
  };
}

function group(value: GroupValue | undefined): DraftIndicatorGroup {
  if (value === undefined) return { text: null, indicators: [] };
  return {
    text: value.text,
    indicators: value.indicators.map((indicator) => ({
      text: indicator.text,
      ...(indicator.action === null ? {} : { action: indicator.action }),
      ...range(indicator.lines),
    })),
  };
}

function budgetOf(values: SchedaValues): DraftBudget | null {
  const budget = values.budget;
  if (budget === null) return null;
  const passage = budget.passage;
  return {
    total: budget.total?.amount ?? null,
    ...(budget.total === null ? {} : { printedTotal: budget.total.printed }),
    lines: budget.lines.map((line) => ({
      fund: line.fund,
      label: line.label,
      amount: line.amount,
      ...(line.printed === null ? {} : { printed: line.printed }),
      ...(line.nature === null ? {} : { nature: line.nature }),
      ...(line.year === null ? {} : { year: line.year }),
      ...range(passage.lines(line.from, line.to)),
    })),
    text: budget.text,
    ...(passage.lines() === null ? {} : { source: passage.lines() as LineRange }),
  };
}

function targetsOf(values: SchedaValues): DraftResultTarget[] {
  const counters = new Map<string, number>();
  return values.targets.map((target) => {
    const prefix = target.action === undefined ? "R" : `A${target.action.replace(/\D/g, "")}`;
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    // The offsets into the box are dropped: the draft keeps the lines.
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { from, to, lines, ...rest } = target;
    return { ...rest, id: `${prefix}-${String(n)}`, lines: lines ?? values.lines };
  });
}

/** The draft of a scheda and the readings of its fields. */
export function toDraftScheda(
  values: SchedaValues,
  document: string,
): { draft: DraftScheda; readings: FieldReading[] } {
  const text = (field: FormField): string | null => values.texts.get(field) ?? null;
  const actions: DraftAction[] = values.actions.map((action) => ({
    code: action.code,
    title: action.title,
    ...range(action.lines),
  }));
  const draft: DraftScheda = {
    code: values.code ?? String(values.position),
    codeBasis: values.code === null ? "position" : "printed",
    ...(values.form === "ppt" ? { form: "ppt-dgr-2089" as const } : {}),
    ...(values.heading === null ? {} : { heading: values.heading }),
    policyArea: values.area.code,
    policyAreaBasis: values.area.basis,
    leps: values.leps,
    ...(values.lepsPrinted.length === 0 ? {} : { lepsPrinted: values.lepsPrinted }),
    priority: values.priority,
    title: values.title,
    goals: text("goals"),
    actions,
    target: text("target"),
    budget: budgetOf(values),
    staff: text("staff"),
    transversal: {
      answer: values.transversal.answer,
      areas: values.transversal.areas,
      ...(values.transversal.text === null ? {} : { text: values.transversal.text }),
    },
    keyPoints: values.keyPoints.map((point) => ({
      area: point.area,
      point: point.point,
      ...range(point.lines),
    })),
    asstInAnalysis: formAnswer(values.answers.get("asstInAnalysis")),
    asstInDelivery: formAnswer(values.answers.get("asstInDelivery")),
    cooperationWithOtherAmbiti: formAnswer(values.answers.get("cooperationWithOtherAmbiti")),
    continuity: formAnswer(values.answers.get("continuity")),
    newService: {
      kind: values.newService.kind,
      ...(values.newService.text === null ? {} : { text: values.newService.text }),
    },
    premialProject: formAnswer(values.answers.get("premialProject")),
    coProgrammed: formAnswer(values.answers.get("coProgrammed")),
    coDesigned: formAnswer(values.answers.get("coDesigned")),
    thirdSectorInvolvement: text("thirdSectorInvolvement"),
    otherActors: formAnswer(values.answers.get("otherActors")),
    needs: group(values.groups.get("needs")),
    needKind: {
      kind: values.needKind.kind,
      ...(values.needKind.text === null ? {} : { text: values.needKind.text }),
    },
    preventionKind: values.preventionKind,
    ...(values.preventionText === null ? {} : { preventionText: values.preventionText }),
    innovation: formAnswer(values.answers.get("innovation")),
    digitalisation: formAnswer(values.answers.get("digitalisation")),
    processIndicators: group(values.groups.get("processIndicators")),
    outputIndicators: group(values.groups.get("outputIndicators")),
    outcomeIndicators: group(values.groups.get("outcomeIndicators")),
    targets: targetsOf(values),
    source: { document, lines: [values.lines[0], values.lines[1]] },
  };
  const readings: FieldReading[] = [];
  for (const [field, read] of values.fields) {
    readings.push({
      field,
      label: FIELD_LABELS[field],
      labelLines: [read.labelLines[0], read.labelLines[1]],
      lines: read.value.lines(),
      confidence: values.confidence.get(field) ?? "medium",
      text: read.value.verbatim() || null,
    });
  }
  return { draft, readings };
}
