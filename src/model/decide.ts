import { Dec, type Decimal } from "../core/decimal.js";
import { PdzError } from "../core/error.js";
import type { Ambito } from "./ambito.js";
import type { Fraction, MajorityKind, VoteWeighting } from "./decision-rules.js";
import type { Organ, OrganSeat } from "./organ.js";

/**
 * How a member votes: in favour, against, or abstaining (present, counted for the quorum, not for or against).
 * @category Model
 */
export const VOTE_CHOICES = ["favorevole", "contrario", "astenuto"] as const;

/** A vote choice. @category Model */
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/**
 * One member's vote, by seat id. Members who do not vote are absent.
 * @category Model
 */
export interface Vote {
  readonly seat: string;
  readonly choice: VoteChoice;
}

/**
 * The outcome of {@link decide}, with the exact figures that decided it: weights are member counts or inhabitants.
 * @category Model
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
    /** `total × share`: what `present` must reach (inclusive) or exceed. */
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
    /** What `favour` must exceed (simple, absolute) or reach (qualified). */
    readonly threshold: Decimal;
    readonly reached: boolean;
  };
}

function voteError(code: string, message: string, messageIt: string, index?: number): PdzError {
  return new PdzError({ code, message, messageIt, path: index === undefined ? [] : ["votes", index] });
}

function weigher(
  weighting: VoteWeighting,
  ambito: Pick<Ambito, "comuni"> | undefined,
): (seat: OrganSeat) => Decimal {
  if (weighting === "plain") return () => new Dec(1);
  return (seat) => {
    const count = ambito?.comuni.find((comune) => comune.id === seat.ente)?.population?.count;
    if (count === undefined) {
      throw new PdzError({
        code: "missing_population",
        message: `No population is known for the seat "${seat.id}": pass the Ambito with its comuni's populations`,
        messageIt: `Manca la popolazione per il seggio «${seat.id}»: indicare l'Ambito con la popolazione dei comuni`,
        path: ["seats", seat.id],
      });
    }
    return new Dec(count);
  };
}

function share(total: Decimal, fraction: Fraction): Decimal {
  return total.times(fraction.numerator).dividedBy(fraction.denominator);
}

function sum(seats: readonly OrganSeat[], weight: (seat: OrganSeat) => Decimal): Decimal {
  return seats.reduce((total, seat) => total.plus(weight(seat)), new Dec(0));
}

/**
 * Applies an organ's quorum and majority rules ({@link DecisionRulesSchema}) to a set of votes, exactly.
 *
 * Voting members are the seats marked `votes: true` (attendees never vote). The quorum compares the weight present
 * (members, or inhabitants of the comuni they represent) with `share × total`; the majority is `simple` (more in
 * favour than against), `absolute` (in favour more than half the base) or `qualified` (in favour at least
 * `share × base`), the base being the members present or all members, weighted plainly or by population. Population
 * weights come from `options.ambito` (each seat's `ente` is a comune of the Ambito).
 *
 * @throws {@link PdzError} `no_decision_rules`, `no_voting_members`, `unknown_seat`, `not_a_voter`,
 *   `duplicate_vote`, `invalid_vote`, `missing_population`
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
 * @category Model
 */
export function decide(
  organ: Pick<Organ, "seats" | "decisionRules">,
  votes: readonly Vote[],
  options: { readonly ambito?: Pick<Ambito, "comuni"> } = {},
): DecisionResult {
  const rules = organ.decisionRules;
  if (rules === undefined) {
    throw voteError("no_decision_rules", "The organ has no voting rules", "L'organo non ha regole di voto");
  }
  const voters = organ.seats.filter((seat) => seat.votes === true && seat.attendee !== true);
  if (voters.length === 0) {
    throw voteError(
      "no_voting_members",
      "No seat of the organ has a vote",
      "Nessun componente dell'organo ha diritto di voto",
    );
  }
  const seats = new Map(organ.seats.map((seat) => [seat.id, seat]));
  const voting = new Set(voters);
  const cast = new Map<string, VoteChoice>();
  votes.forEach((vote, index) => {
    const seat = seats.get(vote.seat);
    if (seat === undefined) {
      throw voteError(
        "unknown_seat",
        `"${vote.seat}" is not a seat of the organ`,
        `«${vote.seat}» non è un componente dell'organo`,
        index,
      );
    }
    if (!voting.has(seat)) {
      throw voteError(
        "not_a_voter",
        `"${vote.seat}" has no vote`,
        `«${vote.seat}» non ha diritto di voto`,
        index,
      );
    }
    if (cast.has(vote.seat)) {
      throw voteError(
        "duplicate_vote",
        `"${vote.seat}" voted twice`,
        `«${vote.seat}» ha votato due volte`,
        index,
      );
    }
    if (!(VOTE_CHOICES as readonly string[]).includes(vote.choice)) {
      throw voteError(
        "invalid_vote",
        "A vote is favorevole, contrario or astenuto",
        "Il voto è favorevole, contrario o astenuto",
        index,
      );
    }
    cast.set(vote.seat, vote.choice);
  });
  const present = voters.filter((seat) => cast.has(seat.id));
  const choosing = (choice: VoteChoice): OrganSeat[] =>
    present.filter((seat) => cast.get(seat.id) === choice);

  const quorumWeight = weigher(rules.quorum.basis === "population" ? "population" : "plain", options.ambito);
  const total = sum(voters, quorumWeight);
  const presentWeight = sum(present, quorumWeight);
  const required = share(total, rules.quorum.share);
  const quorumReached = rules.quorum.inclusive ? presentWeight.gte(required) : presentWeight.gt(required);

  const { kind, weighting, base } = rules.majority;
  const weight = weigher(weighting, options.ambito);
  const favour = sum(choosing("favorevole"), weight);
  const against = sum(choosing("contrario"), weight);
  const abstained = sum(choosing("astenuto"), weight);
  const baseWeight = sum(base === "members" ? voters : present, weight);
  let threshold: Decimal;
  let reached: boolean;
  if (kind === "simple") {
    threshold = against;
    reached = favour.gt(against);
  } else if (kind === "absolute") {
    threshold = baseWeight.dividedBy(2);
    reached = favour.gt(threshold);
  } else {
    // A qualified majority without a share is refused by the schema; unanimity is the safe reading.
    threshold = share(baseWeight, rules.majority.share ?? { numerator: 1, denominator: 1 });
    reached = favour.gte(threshold);
  }
  const adopted = quorumReached && reached;
  return {
    adopted,
    outcome: !quorumReached ? "no_quorum" : adopted ? "adopted" : "rejected",
    quorum: {
      basis: rules.quorum.basis,
      total,
      present: presentWeight,
      required,
      inclusive: rules.quorum.inclusive,
      reached: quorumReached,
    },
    majority: { kind, weighting, favour, against, abstained, threshold, reached },
  };
}
