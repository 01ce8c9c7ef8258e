// A BigInt rational reference: the exact value of a fraction, rounded once (half-up) to n significant digits, as a
// canonical decimal string. Tests compare the library's "exact" results with it digit for digit.
export function roundedFraction(numerator: bigint, denominator: bigint, digits = 40): string {
  if (denominator === 0n) throw new Error("zero denominator");
  if (numerator === 0n) return "0";
  const negative = numerator < 0n !== denominator < 0n;
  let n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  // Find the exponent e with 10^e ≤ n/d < 10^(e+1).
  let e = n.toString().length - d.toString().length;
  const pow = (k: number): bigint => 10n ** BigInt(Math.abs(k));
  const atLeast = (k: number): boolean => (k >= 0 ? n >= d * pow(k) : n * pow(k) >= d);
  while (!atLeast(e)) e -= 1;
  while (atLeast(e + 1)) e += 1;
  // Scaled so that the integer part has `digits` digits: q = floor(n/d × 10^(digits-1-e)).
  const shift = digits - 1 - e;
  if (shift >= 0) n *= pow(shift);
  const dd = shift >= 0 ? d : d * pow(shift);
  let q = n / dd;
  const r = n % dd;
  if (2n * r >= dd) q += 1n;
  let exponent = -shift;
  // Strip trailing zeros and print without an exponent.
  while (q % 10n === 0n && q !== 0n) {
    q /= 10n;
    exponent += 1;
  }
  let text = q.toString();
  if (exponent >= 0) text += "0".repeat(exponent);
  else {
    const point = text.length + exponent;
    text = point > 0 ? `${text.slice(0, point)}.${text.slice(point)}` : `0.${"0".repeat(-point)}${text}`;
  }
  return (negative ? "-" : "") + text;
}
