import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { Decimal, formatEuro, formatNumber, parseItalianNumber } from "../../src/index.js";

const cents = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });

test.prop([cents])("formatNumber then parseItalianNumber returns the same cents", (value) => {
  const amount = new Decimal(value.toString()).div(100);
  expect(parseItalianNumber(formatNumber(amount)).eq(amount)).toBe(true);
});

test.prop([cents])("formatEuro then parseItalianNumber returns the same cents", (value) => {
  const amount = new Decimal(value.toString()).div(100);
  expect(parseItalianNumber(formatEuro(amount)).eq(amount)).toBe(true);
});

test.prop([fc.string()])("never throws anything but a PdzError", (text) => {
  try {
    const parsed = parseItalianNumber(text);
    expect(parsed.isFinite()).toBe(true);
  } catch (error) {
    expect((error as Error).name).toBe("PdzError");
  }
});
