import { describe, expect, it } from "vitest";
import { GALLARATE_ACCORDO, GALLARATE_AMBITO } from "../../src/datasets/gallarate/accordo.js";
import { AmbitoSchema } from "../../src/model/ambito.js";
import { decide, type Vote } from "../../src/governance/decide.js";
import { OrganSchema, type Organ } from "../../src/model/organ.js";
import { codeOf } from "../error-code.js";
import { ambitoInput } from "../model/_fixtures.js";
import { HOSTILE_VALUES } from "../support/hostile.js";
import { roundedFraction } from "../support/rational.js";

// Gallarate's Accordo has no voting rules (seed 000 §2.4): the organ below is constructed for the tests, with the
// nine Gallarate mayors as voters and invented populations.
const POPULATIONS = [50000, 5000, 8000, 21000, 5600, 5000, 4300, 16000, 4300];

const ambito = AmbitoSchema.parse({
  ...ambitoInput(),
  comuni: ambitoInput().comuni.map((comune: { id: string; name: string }, index: number) => ({
    ...comune,
    population: { count: POPULATIONS[index], referenceDate: "2024-01-01" },
  })),
});

function assemblea(decisionRules: unknown): Organ {
  const organ = GALLARATE_ACCORDO.organs[0]!;
  return OrganSchema.parse({
    ...JSON.parse(JSON.stringify(organ)),
    seats: organ.seats.map((seat) => (seat.attendee === true ? { ...seat } : { ...seat, votes: true })),
    decisionRules,
  });
}

const mayors = GALLARATE_ACCORDO.organs[0]!.seats.filter((seat) => seat.role === "sindaco").map(
  (seat) => seat.id,
);
const votes = (choices: string): Vote[] =>
  choices.split("").flatMap((choice, index) =>
    choice === "."
      ? []
      : [
          {
            seat: mayors[index]!,
            choice: ({ f: "favorevole", c: "contrario", a: "astenuto" } as const)[choice as "f"],
          },
        ],
  );

const HALF = { numerator: 1, denominator: 2 };

describe("decide", () => {
  const plain = assemblea({
    quorum: { basis: "members", share: HALF, inclusive: false },
    majority: { kind: "simple", weighting: "plain" },
  });

  it("counts a plain simple majority with a quorum of more than half the members", () => {
    const result = decide(plain, votes("ffca....."));
    expect(result.outcome).toBe("no_quorum");
    expect(result.quorum.present.toString()).toBe("4");
    expect(result.quorum.required.toString()).toBe("4.5");
    const adopted = decide(plain, votes("ffcaf...."));
    expect(adopted.outcome).toBe("adopted");
    expect(
      [adopted.majority.favour, adopted.majority.against, adopted.majority.abstained].map(String),
    ).toEqual(["3", "1", "1"]);
    expect(decide(plain, votes("ffccc....")).outcome).toBe("rejected");
    expect(decide(plain, votes("ffcca....")).outcome).toBe("rejected");
  });

  it("reaches an inclusive quorum exactly", () => {
    const inclusive = assemblea({
      quorum: { basis: "members", share: { numerator: 4, denominator: 9 }, inclusive: true },
      majority: { kind: "simple", weighting: "plain" },
    });
    expect(decide(inclusive, votes("ffff.....")).quorum.reached).toBe(true);
    expect(decide(inclusive, votes("fff......")).quorum.reached).toBe(false);
  });

  it("weighs votes by population, exactly", () => {
    const weighted = assemblea({
      quorum: { basis: "population", share: HALF, inclusive: false },
      majority: { kind: "absolute", weighting: "population", base: "members" },
    });
    // Gallarate alone holds 50.000 of 119.200: present but not a majority of the population.
    const alone = decide(weighted, votes("f........"), { ambito });
    expect(alone.outcome).toBe("no_quorum");
    expect(alone.quorum.total.toString()).toBe("119200");
    // Gallarate + Cassano Magnago = 71.000 > 59.600 (half of 119.200).
    const two = decide(weighted, votes("f..f....."), { ambito });
    expect(two.outcome).toBe("adopted");
    expect(two.majority.threshold.toString()).toBe("59600");
    // Seven small comuni against the two largest: present, but 71.000 in favour vs 48.200 against.
    const all = decide(weighted, votes("fccfccccc"), { ambito });
    expect([all.outcome, all.majority.favour.toString(), all.majority.against.toString()]).toEqual([
      "adopted",
      "71000",
      "48200",
    ]);
    // A plain majority of the same votes goes the other way.
    const plainAbsolute = assemblea({
      quorum: { basis: "members", share: HALF, inclusive: false },
      majority: { kind: "absolute", weighting: "plain", base: "present" },
    });
    expect(decide(plainAbsolute, votes("fccfccccc")).outcome).toBe("rejected");
  });

  it("applies a qualified majority of two thirds of those present", () => {
    const qualified = assemblea({
      quorum: { basis: "members", share: HALF, inclusive: false },
      majority: {
        kind: "qualified",
        weighting: "plain",
        base: "present",
        share: { numerator: 2, denominator: 3 },
      },
    });
    expect(decide(qualified, votes("ffffffccc")).outcome).toBe("adopted");
    const short = decide(qualified, votes("fffffcccc"));
    expect([short.outcome, short.majority.threshold.toString()]).toEqual(["rejected", "6"]);
  });

  it("refuses votes that cannot be counted", () => {
    expect(codeOf(() => decide(GALLARATE_ACCORDO.organs[0]!, []))).toBe("no_decision_rules");
    const noVoters = OrganSchema.parse({
      ...JSON.parse(JSON.stringify(plain)),
      seats: plain.seats.map((seat) => ({ ...seat, votes: false })),
    });
    expect(codeOf(() => decide(noVoters, []))).toBe("no_voting_members");
    expect(codeOf(() => decide(plain, [{ seat: "nessuno", choice: "favorevole" }]))).toBe("unknown_seat");
    expect(codeOf(() => decide(plain, [{ seat: "verbalizzante", choice: "favorevole" }]))).toBe(
      "not_a_voter",
    );
    expect(codeOf(() => decide(plain, [...votes("f"), ...votes("c")]))).toBe("duplicate_vote");
    expect(codeOf(() => decide(plain, [{ seat: mayors[0]!, choice: "forse" as "favorevole" }]))).toBe(
      "invalid_vote",
    );
    const weighted = assemblea({
      quorum: { basis: "population", share: HALF, inclusive: false },
      majority: { kind: "simple", weighting: "plain" },
    });
    expect(codeOf(() => decide(weighted, votes("f")))).toBe("missing_population");
    expect(codeOf(() => decide(weighted, votes("f"), { ambito: GALLARATE_AMBITO }))).toBe(
      "missing_population",
    );
  });

  it("refuses rules the schema refuses, and seats that share an id", () => {
    const rules = (majority: unknown, share = HALF) => ({
      ...plain,
      decisionRules: { quorum: { basis: "members", share, inclusive: false }, majority },
    });
    expect(codeOf(() => decide(rules({ kind: "absolute", weighting: "plain" }) as never, []))).toBe(
      "majority_base_required",
    );
    expect(
      codeOf(() => decide(rules({ kind: "qualified", weighting: "plain", base: "present" }) as never, [])),
    ).toBe("majority_share_mismatch");
    expect(
      codeOf(() =>
        decide(rules({ kind: "simple", weighting: "plain" }, { numerator: 1, denominator: 0 }) as never, []),
      ),
    ).toBe("invalid_share");
    expect(codeOf(() => decide(rules({ kind: "simple", weighting: "fair" }) as never, []))).toBe(
      "invalid_option",
    );
    const twice = { ...plain, seats: [...plain.seats, plain.seats[0]!] };
    expect(codeOf(() => decide(twice, []), true)).toBe(`duplicate_id@seats.${String(plain.seats.length)}.id`);
  });

  it("reports thresholds correctly rounded once (checked against a rational reference)", () => {
    // Two thirds of 22 members: 44/3, and a qualified majority of 5/7 of the 22.
    const members = Array.from({ length: 22 }, (_, index) => ({
      id: `s${String(index)}`,
      role: "sindaco",
      delegable: true,
      votes: true,
    }));
    const organ = {
      seats: members,
      decisionRules: {
        quorum: { basis: "members", share: { numerator: 2, denominator: 3 }, inclusive: true },
        majority: {
          kind: "qualified",
          weighting: "plain",
          base: "members",
          share: { numerator: 5, denominator: 7 },
        },
      },
    } as never;
    const result = decide(organ, [{ seat: "s0", choice: "favorevole" }]);
    expect(result.quorum.required.toString()).toBe(roundedFraction(44n, 3n));
    expect(result.majority.threshold.toString()).toBe(roundedFraction(110n, 7n));
    expect(JSON.parse(JSON.stringify(result)).quorum.required).toBe(roundedFraction(44n, 3n));
  });

  it.each(HOSTILE_VALUES)(
    "refuses %s as the organ, the votes or the options with a documented code",
    (_, value) => {
      const codes = [
        undefined,
        "invalid_type",
        "required_field",
        "unreadable_field",
        "text_too_long",
        "no_decision_rules",
        "no_voting_members",
        "invalid_vote",
      ];
      expect(codes).toContain(codeOf(() => decide(value as never, [])));
      if (value !== undefined) expect(codes).toContain(codeOf(() => decide(plain, value as never)));
      if (value !== undefined)
        expect(codes).toContain(codeOf(() => decide(plain, votes("fff"), value as never)));
      expect(codes).toContain(codeOf(() => decide(plain, [value as never])));
    },
  );
});
