import { exactQuotient } from "../core/exact-quotient.js";
import { Dec, type Decimal } from "../core/decimal.js";
import { pdzError, type ErrorPath } from "../core/error.js";
import * as G from "../core/messages/governance.js";
import * as M from "../core/messages/model.js";
import {
  ownField,
  readBoolean,
  readCount,
  readList,
  readOption,
  readOptions,
  readRecord,
  requiredField,
  type InputRecord,
} from "../core/read-input.js";
import type { Ambito } from "../model/ambito.js";
import {
  MAJORITY_KINDS,
  VOTE_WEIGHTINGS,
  type MajorityKind,
  type VoteWeighting,
} from "../model/voting-rules.js";
import type { Organ } from "../model/organ.js";
import { readRequiredText } from "./_accordo-parties.js";
import { readSeats, type SeatFacts } from "./_organ-seats.js";

/**
 * How a member votes: in favour, against, or abstaining (present, counted for the quorum, not for or against).
 *
 * @example
 * ```ts
 * import { VOTE_CHOICES } from "piano-di-zona";
 * VOTE_CHOICES //=> ["favorevole", "contrario", "astenuto"]
 * ```
 * @category Governance
 */
export const VOTE_CHOICES = /* @__PURE__ */ Object.freeze(["favorevole", "contrario", "astenuto"] as const);

/** A vote choice. @category Governance */
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/**
 * One member's vote, by seat id. Members who do not vote are absent.
 * @category Governance
 */
export interface Vote {
  readonly seat: string;
  readonly choice: VoteChoice;
}

/**
 * The outcome of {@link decide}, with the exact figures that decided it: weights are member counts or inhabitants.
 * @category Governance
 */
export interface DecisionResult {
  readonly adopted: boolean;
  readonly outcome: "adopted" | "rejected" | "no_quorum";
  readonly quorum: {
    readonly basis: "members" | "population";
    /** Weight of all voting members. */
    readonly total: Decimal;
    /** Weight of those who voted (abstentions included). */
    readonly present: Decimal;
    /** `total × share`: what `present` must reach (inclusive) or exceed, correctly rounded to 40 digits. */
    readonly required: Decimal;
    readonly inclusive: boolean;
    readonly reached: boolean;
  };
  readonly majority: {
    readonly kind: MajorityKind;
    readonly weighting: VoteWeighting;
    readonly favour: Decimal;
    readonly against: Decimal;
    readonly abstained: Decimal;
    /** What `favour` must exceed (simple, absolute) or reach (qualified), correctly rounded to 40 digits. */
    readonly threshold: Decimal;
    readonly reached: boolean;
  };
}

interface Share {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

interface Rules {
  readonly quorum: {
    readonly basis: "members" | "population";
    readonly share: Share;
    readonly inclusive: boolean;
  };
  readonly majority: {
    readonly kind: MajorityKind;
    readonly weighting: VoteWeighting;
    readonly base: "present" | "members";
    readonly share: Share;
  };
}

function readShare(value: unknown, path: ErrorPath): Share {
  const share = readRecord(value, path);
  const numerator = readCount(requiredField(share, "numerator", path), [...path, "numerator"]);
  const denominator = readCount(requiredField(share, "denominator", path), [...path, "denominator"]);
  if (denominator < 1 || numerator > denominator) throw pdzError(G.invalid_share, {}, path);
  return { numerator: BigInt(numerator), denominator: BigInt(denominator) };
}

function readRules(organ: InputRecord): Rules {
  const value = ownField(organ, "decisionRules");
  if (value === undefined) throw pdzError(G.no_decision_rules, {});
  const path: ErrorPath = ["decisionRules"];
  const rules = readRecord(value, path);
  const quorumPath: ErrorPath = [...path, "quorum"];
  const quorum = readRecord(requiredField(rules, "quorum", path), quorumPath);
  const majorityPath: ErrorPath = [...path, "majority"];
  const majority = readRecord(requiredField(rules, "majority", path), majorityPath);
  const kind = readOption(requiredField(majority, "kind", majorityPath), MAJORITY_KINDS, [
    ...majorityPath,
    "kind",
  ]);
  const base = ownField(majority, "base", majorityPath);
  const share = ownField(majority, "share", majorityPath);
  if (kind !== "simple" && base === undefined)
    throw pdzError(M.majority_base_required, {}, [...majorityPath, "base"]);
  if ((kind === "qualified") !== (share !== undefined)) {
    throw pdzError(M.majority_share_mismatch, {}, [...majorityPath, "share"]);
  }
  return {
    quorum: {
      basis: readOption(
        requiredField(quorum, "basis", quorumPath),
        ["members", "population"],
        [...quorumPath, "basis"],
      ),
      share: readShare(requiredField(quorum, "share", quorumPath), [...quorumPath, "share"]),
      inclusive: readBoolean(requiredField(quorum, "inclusive", quorumPath), [...quorumPath, "inclusive"]),
    },
    majority: {
      kind,
      weighting: readOption(requiredField(majority, "weighting", majorityPath), VOTE_WEIGHTINGS, [
        ...majorityPath,
        "weighting",
      ]),
      base:
        base === undefined ? "present" : readOption(base, ["present", "members"], [...majorityPath, "base"]),
      share:
        share === undefined
          ? { numerator: 1n, denominator: 1n }
          : readShare(share, [...majorityPath, "share"]),
    },
  };
}

// The populations of the comuni of the Ambito given in the options, by comune id.
function readPopulations(options: unknown): ReadonlyMap<string, number> {
  const populations = new Map<string, number>();
  const ambito = ownField(readOptions(options, ["options"]), "ambito", ["options"]);
  if (ambito === undefined) return populations;
  const path: ErrorPath = ["options", "ambito"];
  const comuni = readList(requiredField(readRecord(ambito, path), "comuni", path), [...path, "comuni"]);
  comuni.forEach((item, index) => {
    const at: ErrorPath = [...path, "comuni", index];
    const comune = readRecord(item, at);
    const population = ownField(comune, "population", at);
    if (population === undefined) return;
    const count = requiredField(readRecord(population, [...at, "population"]), "count", [
      ...at,
      "population",
    ]);
    populations.set(readRequiredText(comune, "id", at), readCount(count, [...at, "population", "count"]));
  });
  return populations;
}

function weigher(
  weighting: VoteWeighting,
  populations: ReadonlyMap<string, number>,
): (seat: SeatFacts) => bigint {
  if (weighting === "plain") return () => 1n;
  return (seat) => {
    const count = seat.ente === undefined ? undefined : populations.get(seat.ente);
    if (count === undefined) throw pdzError(G.missing_population, { seat: seat.id }, ["seats", seat.id]);
    return BigInt(count);
  };
}

function sum(seats: readonly SeatFacts[], weight: (seat: SeatFacts) => bigint): bigint {
  let total = 0n;
  for (const seat of seats) total += weight(seat);
  return total;
}

function readVotes(
  value: unknown,
  seats: ReadonlyMap<string, SeatFacts>,
  voting: ReadonlySet<SeatFacts>,
): Map<string, VoteChoice> {
  const cast = new Map<string, VoteChoice>();
  readList(value, ["votes"]).forEach((item, index) => {
    const path: ErrorPath = ["votes", index];
    const vote = readRecord(item, path);
    const id = readRequiredText(vote, "seat", path);
    const choice = ownField(vote, "choice", path);
    const seat = seats.get(id);
    if (seat === undefined) throw pdzError(M.unknown_seat, { seat: id }, path);
    if (!voting.has(seat)) throw pdzError(G.not_a_voter, { seat: id }, path);
    if (cast.has(id)) throw pdzError(G.duplicate_vote, { seat: id }, path);
    if (typeof choice !== "string" || !(VOTE_CHOICES as readonly string[]).includes(choice)) {
      throw pdzError(G.invalid_vote, {}, path);
    }
    cast.set(id, choice as VoteChoice);
  });
  return cast;
}

const decimalOf = (value: bigint): Decimal => new Dec(value.toString());

/**
 * Applies an organ's quorum and majority rules (`DecisionRulesSchema`) to a set of votes, exactly.
 *
 * Voting members are the seats marked `votes: true` (attendees never vote). The quorum compares the weight present
 * (members, or inhabitants of the comuni they represent) with `share × total`; the majority is `simple` (more in
 * favour than against), `absolute` (in favour more than half the base) or `qualified` (in favour at least
 * `share × base`), the base being the members present or all members, weighted plainly or by population. Population
 * weights come from `options.ambito` (each seat's `ente` is a comune of the Ambito). Every comparison is made on
 * exact integers; the thresholds reported are correctly rounded to 40 significant digits.
 *
 * @param organ - the organ (its `seats` and `decisionRules` are read)
 * @param votes - the votes cast, by seat id (paths into them start with `"votes"`)
 * @param options - `ambito`: the Ambito whose comuni's populations weigh the votes
 * @throws {@link PdzError} `no_decision_rules`, `no_voting_members`, `unknown_seat`, `not_a_voter`,
 *   `duplicate_vote`, `invalid_vote`, `missing_population`; `duplicate_id` for two seats with one id;
 *   `majority_base_required`, `majority_share_mismatch`, `invalid_share`, `invalid_option` for rules the schema
 *   refuses; `invalid_type`, `required_field`, `unreadable_field`, `invalid_count`, `too_many_items`,
 *   `text_too_long` for inputs of the wrong shape
 * @example
 * ```ts
 * import { decide } from "piano-di-zona";
 * const organ = {
 *   id: "assemblea", kind: "assemblea-dei-sindaci", name: "Assemblea", functions: [],
 *   seats: ["a", "b", "c"].map((id) => ({ id, role: "sindaco", delegable: true, votes: true })),
 *   decisionRules: {
 *     quorum: { basis: "members", share: { numerator: 1, denominator: 2 }, inclusive: false },
 *     majority: { kind: "simple", weighting: "plain" },
 *   },
 * } as const;
 * decide(organ, [{ seat: "a", choice: "favorevole" }, { seat: "b", choice: "contrario" }, { seat: "c", choice: "favorevole" }]).outcome //=> "adopted"
 * decide(organ, [{ seat: "a", choice: "favorevole" }]).outcome //=> "no_quorum"
 * decide(organ, [{ seat: "z", choice: "favorevole" }]) //=> throws unknown_seat
 * ```
 * @category Governance
 */
export function decide(
  organ: Pick<Organ, "seats" | "decisionRules">,
  votes: readonly Vote[],
  options: { readonly ambito?: Pick<Ambito, "comuni"> } = {},
): DecisionResult {
  const record = readRecord(organ);
  const rules = readRules(record);
  const all = readSeats(record, []);
  const seats = new Map<string, SeatFacts>();
  all.forEach((seat, index) => {
    if (seats.has(seat.id)) throw pdzError(M.duplicate_id, { id: seat.id }, ["seats", index, "id"]);
    seats.set(seat.id, seat);
  });
  const voters = all.filter((seat) => seat.votes && !seat.attendee);
  if (voters.length === 0) throw pdzError(G.no_voting_members, {});
  const cast = readVotes(votes, seats, new Set(voters));
  const populations = readPopulations(options);
  const present = voters.filter((seat) => cast.has(seat.id));
  const choosing = (choice: VoteChoice): SeatFacts[] =>
    present.filter((seat) => cast.get(seat.id) === choice);

  const { quorum, majority } = rules;
  const quorumWeight = weigher(quorum.basis === "population" ? "population" : "plain", populations);
  const total = sum(voters, quorumWeight);
  const presentWeight = sum(present, quorumWeight);
  const presentScaled = presentWeight * quorum.share.denominator;
  const requiredScaled = total * quorum.share.numerator;
  const quorumReached = quorum.inclusive ? presentScaled >= requiredScaled : presentScaled > requiredScaled;

  const weight = weigher(majority.weighting, populations);
  const favour = sum(choosing("favorevole"), weight);
  const against = sum(choosing("contrario"), weight);
  const abstained = sum(choosing("astenuto"), weight);
  const base = sum(majority.base === "members" ? voters : present, weight);
  let threshold: Decimal;
  let reached: boolean;
  if (majority.kind === "simple") {
    threshold = decimalOf(against);
    reached = favour > against;
  } else if (majority.kind === "absolute") {
    threshold = exactQuotient(base, 2n);
    reached = favour * 2n > base;
  } else {
    threshold = exactQuotient(base * majority.share.numerator, majority.share.denominator);
    reached = favour * majority.share.denominator >= base * majority.share.numerator;
  }
  const adopted = quorumReached && reached;
  return {
    adopted,
    outcome: !quorumReached ? "no_quorum" : adopted ? "adopted" : "rejected",
    quorum: {
      basis: quorum.basis,
      total: decimalOf(total),
      present: decimalOf(presentWeight),
      required: exactQuotient(requiredScaled, quorum.share.denominator),
      inclusive: quorum.inclusive,
      reached: quorumReached,
    },
    majority: {
      kind: majority.kind,
      weighting: majority.weighting,
      favour: decimalOf(favour),
      against: decimalOf(against),
      abstained: decimalOf(abstained),
      threshold,
      reached,
    },
  };
}
