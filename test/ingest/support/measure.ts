/**
 * Measures the drafts read from a seed against the records hand-encoded from it (written by people reading the
 * seeds, independently of the reader). Every comparison rule is here, and docs/ingest.md states them.
 *
 * Texts compare by their letters and digits only (so that spaces, punctuation, bullet glyphs, markup and the hyphen
 * of a word wrapped at a line end do not count); a hand-encoded text abridged with " … " matches a read text that
 * starts with its first piece, ends with its last and holds the others in order. Values compare exactly: answers,
 * codes, amounts (canonical), funds, areas, kinds, numbers, and line ranges where the hand encoding gives them.
 */
import type { DraftScheda } from "../../../src/ingest/draft.js";

/** The hand-encoded scheda (the contract of /work/extract/types.ts, loosely typed: it is loaded at run time). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- records of another package, loaded dynamically
export type Expected = any;

/** Letters and digits only. */
export function skeleton(text: string): string {
  return text
    .replace(/<\/?[A-Za-z][^<>]{0,200}>|&(?:amp|lt|gt|quot|nbsp);|\\geq|\\leq|\\%/gu, " ")
    .replace(/(?:^|\s)\d{1,2}[.)](?=\s)/gu, " ")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/** Whether a read text matches a hand-encoded one (abridged with " … " or not). */
export function textMatches(expected: string | null | undefined, actual: string | null | undefined): boolean {
  if (expected === null || expected === undefined)
    return actual === null || actual === undefined || actual === "";
  if (actual === null || actual === undefined) return false;
  // A text that starts or ends with "…" leaves what comes before or after open.
  const openStart = /^\s*…/u.test(expected);
  const openEnd = /…\s*$/u.test(expected);
  const pieces = expected
    .split(/\s*…\s*/u)
    .map(skeleton)
    .filter((piece) => piece.length > 0);
  const read = skeleton(actual);
  if (pieces.length === 0) return read.length === 0;
  if (pieces.length === 1 && !openStart && !openEnd) return read === pieces[0];
  const first = pieces[0] ?? "";
  const last = pieces[pieces.length - 1] ?? "";
  if (!openStart && !read.startsWith(first)) return false;
  if (!openEnd && !read.endsWith(last)) return false;
  let at = 0;
  for (const piece of pieces) {
    const found = read.indexOf(piece, at);
    if (found < 0) return false;
    at = found + piece.length;
  }
  return true;
}

function sameLines(expected: readonly number[] | undefined, actual: readonly number[] | undefined): boolean {
  if (expected === undefined) return true;
  return actual !== undefined && expected[0] === actual[0] && expected[1] === actual[1];
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

/** One comparison: a field of a scheda, right or not, with what was expected and read when it is not. */
export interface FieldCheck {
  readonly scheda: string;
  readonly field: string;
  readonly right: boolean;
  /** A value read where the hand encoding has none. */
  readonly invented: boolean;
  /** The reader left the field empty (not wrong: unread). */
  readonly unread: boolean;
  readonly expected?: unknown;
  readonly actual?: unknown;
}

const ANSWERS = [
  "asstInAnalysis",
  "asstInDelivery",
  "cooperationWithOtherAmbiti",
  "continuity",
  "premialProject",
  "coProgrammed",
  "coDesigned",
  "otherActors",
  "innovation",
  "digitalisation",
] as const;

const TEXTS = ["goals", "target", "staff", "thirdSectorInvolvement"] as const;
const GROUPS = ["needs", "processIndicators", "outputIndicators", "outcomeIndicators"] as const;

/**
 * A box's text without the indicators read from it, nor the heads of their lists ("INDICATORI", "Indicatori di …:",
 * "Indicatore input:", a heading line "Indicatori di outcome").
 */
function withoutIndicators(group: DraftScheda["needs"]): string | null {
  if (group.text === null) return null;
  // The heads are dropped from the indicators too, which may begin with one ("Indicatore: Definizione …").
  const withoutHeads = (text: string): string =>
    skeleton(
      text.replace(
        /\bINDICATORI\b|\b[Ii]ndicator[ei](?:\s+(?:di\s+)?\p{L}+)?\s*:|\b[Ii]ndicator[ei]\s+(?:di\s+)?(?:processo|risultato|output|out-?come|esito|impatto|input)(?![\p{L}\p{N}])|\b\d{1,2}\.\d{1,2}\.?(?=\s)/gu,
        " ",
      ),
    );
  let rest = withoutHeads(group.text);
  for (const indicator of group.indicators) rest = rest.replace(withoutHeads(indicator.text), "");
  return rest;
}

function isEmpty(value: unknown): boolean {
  return (
    value === null ||
    value === undefined ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === "string" && value === "")
  );
}

/** Item-level figures of one scheda. */
export interface ItemFigures {
  amountsExpected: number;
  amountsRight: number;
  amountsInvented: number;
  fundsExpected: number;
  fundsRight: number;
  targetsExpected: number;
  targetsRight: number;
  targetsInvented: number;
  actionsExpected: number;
  actionsRight: number;
}

export function emptyFigures(): ItemFigures {
  return {
    amountsExpected: 0,
    amountsRight: 0,
    amountsInvented: 0,
    fundsExpected: 0,
    fundsRight: 0,
    targetsExpected: 0,
    targetsRight: 0,
    targetsInvented: 0,
    actionsExpected: 0,
    actionsRight: 0,
  };
}

function targetRight(e: Expected, a: Expected): boolean {
  if (e.kind !== a.kind) return false;
  if (e.due !== undefined && e.due !== a.due) return false;
  switch (e.kind) {
    case "count-at-least":
      return e.min === a.min && e.per === a.per && (e.fromYear ?? null) === (a.fromYear ?? null);
    case "share-at-least":
      return Number(e.minPercent) === Number(a.minPercent);
    case "coverage-at-least":
      return e.min === a.min;
    case "change":
      return e.direction === a.direction && e.fromYear === a.fromYear && e.toYear === a.toYear;
    default:
      return true;
  }
}

/** Compares a draft with its hand-encoded record, field by field. */
export function compareScheda(
  name: string,
  expected: Expected,
  actual: DraftScheda,
  figures: ItemFigures,
): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const check = (field: string, right: boolean, e: unknown, a: unknown): void => {
    const invented = !right && isEmpty(e) && !isEmpty(a);
    const unread = !right && !invented && isEmpty(a);
    checks.push({
      scheda: name,
      field,
      right,
      invented,
      unread,
      ...(right ? {} : { expected: e, actual: a }),
    });
  };
  check("title", textMatches(expected.title, actual.title), expected.title, actual.title);
  for (const field of TEXTS)
    check(field, textMatches(expected[field], actual[field]), expected[field], actual[field]);
  // Policy area, LEPS, priority.
  check("policyArea", expected.policyArea === actual.policyArea, expected.policyArea, actual.policyArea);
  check("leps", sameSet(expected.leps, actual.leps), expected.leps, actual.leps);
  check("priority", expected.priority === actual.priority, expected.priority, actual.priority);
  // Actions: count, codes, titles, lines.
  const eActions: Expected[] = expected.actions;
  figures.actionsExpected += eActions.length;
  let actionsRight = eActions.length === actual.actions.length;
  eActions.forEach((e, i) => {
    const a = actual.actions[i];
    const ok =
      a !== undefined &&
      (e.code ?? null) === (a.code ?? null) &&
      textMatches(e.title, a.title) &&
      sameLines(e.lines, a.lines);
    if (ok) figures.actionsRight += 1;
    actionsRight &&= ok;
  });
  check(
    "actions",
    actionsRight,
    eActions.map((a) => [a.code, a.title.slice(0, 40), a.lines]),
    actual.actions.map((a) => [a.code, a.title.slice(0, 40), a.lines]),
  );
  // Budget: presence, total, (fund, amount) pairs.
  const eb = expected.budget;
  const ab = actual.budget;
  if (eb === null || eb === undefined) {
    check(
      "budget",
      ab === null || (ab.total === null && ab.lines.every((l) => l.amount === null)),
      null,
      ab?.total ?? null,
    );
  } else {
    const pairs = (lines: readonly Expected[]): string[] =>
      lines.map((l) => `${String(l.fund)}=${String(l.amount)}`);
    const ePairs = pairs(eb.lines);
    const aPairs = pairs(ab?.lines ?? []);
    const eAmounts: string[] = (eb.lines as Expected[])
      .filter((l) => l.amount !== null)
      .map((l) => String(l.amount));
    const aAmounts = (ab?.lines ?? []).filter((l) => l.amount !== null).map((l) => String(l.amount));
    figures.amountsExpected += eAmounts.length + (eb.total === null ? 0 : 1);
    figures.amountsRight +=
      (eb.total !== null && ab?.total === eb.total ? 1 : 0) +
      eAmounts.filter((x) => aAmounts.includes(x)).length;
    figures.amountsInvented +=
      aAmounts.filter((x) => !eAmounts.includes(x)).length + (eb.total === null && ab?.total != null ? 1 : 0);
    figures.fundsExpected += (eb.lines as Expected[]).length;
    figures.fundsRight += ePairs.filter((p) => aPairs.includes(p)).length;
    check(
      "budget",
      ab !== null && ab.total === eb.total && sameSet(ePairs, aPairs) && ePairs.length === aPairs.length,
      { total: eb.total, lines: ePairs },
      { total: ab?.total ?? null, lines: aPairs },
    );
  }
  // Transversality.
  check(
    "transversal",
    expected.transversal.answer === actual.transversal.answer &&
      sameSet(expected.transversal.areas, actual.transversal.areas),
    [expected.transversal.answer, expected.transversal.areas],
    [actual.transversal.answer, actual.transversal.areas],
  );
  // Key points with a known area, in order.
  const eKeys = (expected.keyPoints as Expected[]).map((k) => `${String(k.area)}:${skeleton(k.point)}`);
  const aKeys = actual.keyPoints
    .filter((k) => k.area !== null)
    .map((k) => `${String(k.area)}:${skeleton(k.point)}`);
  check("keyPoints", eKeys.length === aKeys.length && eKeys.every((k, i) => k === aKeys[i]), eKeys, aKeys);
  // SI/NO boxes.
  for (const field of ANSWERS) {
    const e = expected[field];
    const a = actual[field];
    check(
      field,
      (e?.answer ?? null) === (a.answer ?? null) && sameLines(e?.lines, a.lines),
      [e?.answer, e?.lines],
      [a.answer, a.lines],
    );
  }
  check(
    "newService",
    (expected.newService?.kind ?? null) === actual.newService.kind,
    expected.newService?.kind,
    actual.newService.kind,
  );
  check(
    "needKind",
    (expected.needKind?.kind ?? null) === actual.needKind.kind,
    expected.needKind?.kind,
    actual.needKind.kind,
  );
  check(
    "preventionKind",
    sameSet(expected.preventionKind ?? [], actual.preventionKind),
    expected.preventionKind,
    actual.preventionKind,
  );
  for (const field of GROUPS) {
    const read = actual[field];
    // The box as printed, or the box without the indicators listed apart: the hand encodings use both.
    const right =
      textMatches(expected[field]?.text, read.text) ||
      textMatches(expected[field]?.text, withoutIndicators(read));
    check(`${field}.text`, right, expected[field]?.text, read.text);
  }
  const eInd = GROUPS.flatMap((g) =>
    (expected[g]?.indicators ?? []).map((i: Expected) => `${g}:${skeleton(i.text)}`),
  );
  const aInd = GROUPS.flatMap((g) => actual[g].indicators.map((i) => `${g}:${skeleton(i.text)}`));
  const indRight = eInd.length === aInd.length && eInd.every((x, i) => x === aInd[i]);
  check(
    "item:indicators",
    indRight,
    eInd.filter((x) => !aInd.includes(x)),
    aInd.filter((x) => !eInd.includes(x)),
  );
  // Targets: each hand-encoded target matched by its text, then typed alike.
  const eTargets: Expected[] = expected.targets ?? [];
  figures.targetsExpected += eTargets.length;
  const used = new Set<number>();
  let targetsRight = true;
  for (const e of eTargets) {
    const k = actual.targets.findIndex(
      (a, i) => !used.has(i) && (skeleton(a.text) === skeleton(e.text) || textMatches(e.text, a.text)),
    );
    if (k < 0) {
      targetsRight = false;
      checks.push({
        scheda: name,
        field: "item:target",
        right: false,
        invented: false,
        unread: true,
        expected: e,
        actual: null,
      });
      continue;
    }
    used.add(k);
    const a = actual.targets[k];
    if (targetRight(e, a)) figures.targetsRight += 1;
    else {
      targetsRight = false;
      checks.push({
        scheda: name,
        field: "item:target",
        right: false,
        invented: false,
        unread: false,
        expected: e,
        actual: a,
      });
    }
  }
  actual.targets.forEach((a, i) => {
    if (!used.has(i))
      checks.push({
        scheda: name,
        field: "item:target",
        right: false,
        invented: true,
        unread: false,
        expected: null,
        actual: a,
      });
  });
  const extra = actual.targets.length - used.size;
  figures.targetsInvented += extra;
  check(
    "item:targets",
    targetsRight && extra === 0,
    eTargets.map((t) => `${String(t.kind)} ${t.text.slice(0, 50)}`),
    actual.targets.map((t) => `${t.kind} ${t.text.slice(0, 50)}`),
  );
  return checks;
}

/** One evaluation figure compared. */
export interface FigureCheck {
  readonly objective: string;
  readonly figure: string;
  readonly right: boolean;
  readonly invented: boolean;
  readonly expected: unknown;
  readonly actual: unknown;
}

function decimalText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = (
    typeof value === "string" || typeof value === "number" ? String(value) : JSON.stringify(value)
  )
    .replace("%", "")
    .trim();
  return text === "" ? null : String(Number(text.replace(",", ".")));
}

/**
 * Compares evaluated objectives (hand-encoded record of the contract, or the 0.1.0 dataset with `statedGrade`)
 * with the drafts read, figure by figure: the grade (number or band range, and band), each action's completion,
 * the adequacy level, the coincidence (percent and band), and the three SI/NO answers.
 */
export function compareEvaluation(expected: readonly Expected[], actual: readonly Expected[]): FigureCheck[] {
  const checks: FigureCheck[] = [];
  expected.forEach((e, i) => {
    const a =
      actual.find((o) => skeleton(o.title ?? "").toLowerCase() === skeleton(e.title ?? "").toLowerCase()) ??
      actual[i];
    const name = `${String(e.code)} ${String(e.title).slice(0, 30)}`;
    const add = (figure: string, ev: unknown, av: unknown): void => {
      const right = JSON.stringify(ev ?? null) === JSON.stringify(av ?? null);
      checks.push({
        objective: name,
        figure,
        right,
        invented: !right && (ev === null || ev === undefined) && av != null,
        expected: ev,
        actual: av,
      });
    };
    if (a === undefined) {
      checks.push({
        objective: name,
        figure: "objective",
        right: false,
        invented: false,
        expected: e.title,
        actual: null,
      });
      return;
    }
    const eGrade =
      e.grade ??
      (e.statedGrade === undefined
        ? undefined
        : { percent: decimalText(e.statedGrade.percent), band: e.statedGrade.band });
    if (eGrade !== undefined) {
      add(
        "grade",
        [
          decimalText(eGrade.percent),
          eGrade.range === undefined ? null : [eGrade.range.from, eGrade.range.to],
          eGrade.band ?? null,
          eGrade.notApplicable ?? null,
        ],
        [
          decimalText(a.grade?.percent),
          a.grade?.range === undefined ? null : [a.grade.range.from, a.grade.range.to],
          a.grade?.band ?? null,
          a.grade?.notApplicable ?? null,
        ],
      );
    }
    (e.actions ?? []).forEach((action: Expected, k: number) => {
      add(`action ${String(k + 1)}`, decimalText(action.completion), decimalText(a.actions?.[k]?.completion));
    });
    if (e.adequacy !== undefined) add("adequacy", e.adequacy.level ?? null, a.adequacy?.level ?? null);
    if (e.coincidence !== undefined) {
      add(
        "coincidence",
        [decimalText(e.coincidence.statedPercent), e.coincidence.statedBand ?? null],
        [decimalText(a.coincidence?.statedPercent), a.coincidence?.statedBand ?? null],
      );
    }
    for (const field of ["positiveChange", "continuityWithPrevious", "reproposed"]) {
      if (e[field] !== undefined) add(field, e[field].answer ?? null, a[field]?.answer ?? null);
    }
  });
  return checks;
}

/** Compares a LEPS scheda read with its hand-encoded record, field by field (the rules of {@link compareScheda}). */
export function compareLeps(name: string, expected: Expected, actual: Expected): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const check = (field: string, right: boolean, e: unknown, a: unknown): void => {
    const invented = !right && isEmpty(e) && !isEmpty(a);
    checks.push({
      scheda: name,
      field,
      right,
      invented,
      unread: !right && !invented && isEmpty(a),
      ...(right ? {} : { expected: e, actual: a }),
    });
  };
  check("author", expected.author === actual.author, expected.author, actual.author);
  check("leps", expected.leps === actual.leps, expected.leps, actual.leps);
  check("title", textMatches(expected.title, actual.title), expected.title, actual.title);
  check(
    "policyAreas",
    sameSet(expected.policyAreas, actual.policyAreas),
    expected.policyAreas,
    actual.policyAreas,
  );
  for (const field of ["goals", "target", "staff"]) {
    check(field, textMatches(expected[field], actual[field]), expected[field], actual[field]);
  }
  const eActions: Expected[] = expected.actions;
  const aActions: Expected[] = actual.actions;
  check(
    "actions",
    eActions.length === aActions.length &&
      eActions.every(
        (e, i) =>
          (e.code ?? null) === (aActions[i]?.code ?? null) && textMatches(e.title, aActions[i]?.title),
      ),
    eActions.map((a) => [a.code, a.title.slice(0, 40)]),
    aActions.map((a) => [a.code, a.title.slice(0, 40)]),
  );
  const pairs = (budget: Expected): string[] =>
    budget === null || budget === undefined
      ? []
      : budget.lines.map((l: Expected) => `${String(l.fund)}=${String(l.amount)}`);
  check(
    "budget",
    (expected.budget?.total ?? null) === (actual.budget?.total ?? null) &&
      sameSet(pairs(expected.budget), pairs(actual.budget)),
    { total: expected.budget?.total ?? null, lines: pairs(expected.budget) },
    { total: actual.budget?.total ?? null, lines: pairs(actual.budget) },
  );
  return checks;
}
