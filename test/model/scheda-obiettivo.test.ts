import { describe, expect, it } from "vitest";
import { GALLARATE_SCHEDA_OBIETTIVO_L } from "../../src/datasets/gallarate/schede-2025-2027.js";
import { safeParseSchedaObiettivo } from "../../src/model/scheda-obiettivo.js";
import { schedaInput } from "./_fixtures.js";

const codes = (input: unknown): string[] => {
  const result = safeParseSchedaObiettivo(input);
  return result.success ? [] : result.issues.map((issue) => issue.code);
};

describe("SchedaObiettivoSchema", () => {
  it("reads Gallarate's objective L with its euro amount as a Decimal", () => {
    // seed 000 L7835-7837: "una spesa nel triennio pari ad €. 30.000,00"
    expect(GALLARATE_SCHEDA_OBIETTIVO_L.budget.total?.toString()).toBe("30000");
    expect(GALLARATE_SCHEDA_OBIETTIVO_L.cooperationWithOtherAmbiti.ambiti).toEqual([
      "Busto Arsizio",
      "Somma Lombardo",
      "Saronno",
    ]);
    expect(GALLARATE_SCHEDA_OBIETTIVO_L.keyPoints).toHaveLength(11);
    expect(codes(schedaInput())).toEqual([]);
  });

  it("accepts budget lines with amounts in Italian text (in the Italian mode) or numbers", () => {
    const input = schedaInput();
    input.budget = {
      total: "€. 258.000,00",
      lines: [
        {
          fund: "fondo-poverta-quota-servizi",
          label: "Fondo Povertà (quota servizi)",
          amount: "€. 240.000,00",
          nature: "pubblica",
        },
        { fund: "fondo-poverta", label: "Fondo povertà estrema", amount: 18000 },
      ],
    };
    const result = safeParseSchedaObiettivo(input, { numbers: "italian" });
    expect(result.success && result.data.budget.lines.map((line) => line.amount?.toString())).toEqual([
      "240000",
      "18000",
    ]);
  });

  it("explains each broken field with the form's words", () => {
    const input = schedaInput();
    input.budget.total = "-5";
    input.policyArea = "C";
    input.actions = [];
    delete input.target;
    input.newService = { kind: "nuovissimo" };
    const result = safeParseSchedaObiettivo(input);
    expect(result.success ? [] : result.issues.map((issue) => issue.messageIt)).toEqual([
      'AREA DI POLICY: valore non ammesso (atteso uno tra "A", "B", "D", "E", "F", "G", "H", "I", "J", "K", "L")',
      "AZIONI PROGRAMMATE: serve almeno un elemento",
      "TARGET: il campo è obbligatorio",
      "RISORSE ECONOMICHE PREVENTIVATE: l'importo deve essere ≥ 0",
      'L\'OBIETTIVO PREVEDE LA DEFINIZIONE DI UN NUOVO SERVIZIO?: valore non ammesso (atteso uno tra "servizio-gia-presente", "servizio-rivisto", "nuovo-servizio", "non-nuovo")',
    ]);
  });

  it("checks the transversal areas against the answer and the co-design roles", () => {
    const input = schedaInput();
    input.transversal = { answer: "si", areas: [] };
    expect(codes(input)).toEqual(["transversal_areas_missing"]);
    input.transversal = { answer: "no", areas: ["A"] };
    expect(codes(input)).toEqual(["transversal_areas_unexpected"]);
    const designed = schedaInput();
    designed.coDesigned = { answer: "si", text: "  " };
    expect(codes(designed)).toEqual(["co_design_roles_missing"]);
    designed.coDesigned.text = "l'ETS gestisce gli sportelli, l'Ambito coordina";
    expect(codes(designed)).toEqual([]);
  });

  it("takes an answer outside the form's options as text, and refuses an empty answer", () => {
    const input = schedaInput();
    // seed 000 L10950: the SAD scheda answers the need question with a bare "NO".
    input.needKind = { text: "NO" };
    expect(codes(input)).toEqual([]);
    input.newService = {};
    input.needKind = { text: " " };
    expect(codes(input)).toEqual(["answer_required", "answer_required"]);
  });

  it("rejects keys the form does not have, in extended answers too", () => {
    const input = schedaInput();
    input.otherActors.extra = true;
    input.note = "x";
    const result = safeParseSchedaObiettivo(input);
    expect(result.success ? [] : result.issues.map((issue) => issue.path.join("."))).toEqual([
      "otherActors.extra",
      "note",
    ]);
  });
});
