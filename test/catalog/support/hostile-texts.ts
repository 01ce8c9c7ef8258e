// Texts built to make a backtracking reader slow: runs of spaces after the words the prefixes look for, runs of
// vowels, repeated markers and separators. Each takes its length in characters.

export const HOSTILE_TEXTS: readonly (readonly [string, (size: number) => string])[] = [
  ["macro + spaces", (n) => `macro${" ".repeat(n - 6)}x`],
  ["leps + spaces", (n) => `leps${" ".repeat(n - 5)}x`],
  ["L1 + spaces + dot", (n) => `L1${" ".repeat(n - 4)}.x`],
  ["area + spaces", (n) => `area${" ".repeat(n - 5)}:`],
  ["vowels then a consonant", (n) => `${"a".repeat(n - 1)}b`],
  ["one long word", (n) => "servizi".repeat(Math.ceil(n / 7)).slice(0, n)],
  ["words", (n) => "politiche abitative ".repeat(Math.ceil(n / 20)).slice(0, n)],
  [
    "distinct unknown words",
    (n) =>
      Array.from({ length: Math.ceil(n / 6) }, (_, i) => `w${i.toString(36)}`)
        .join(" ")
        .slice(0, n),
  ],
  ["letters and marks", (n) => "A) ".repeat(Math.ceil(n / 3)).slice(0, n)],
  ["local numbers", (n) => "L1. x ".repeat(Math.ceil(n / 6)).slice(0, n)],
  ["separators", (n) => ";,/\n".repeat(Math.ceil(n / 4)).slice(0, n)],
  ["open tags", (n) => "<".repeat(n)],
  ["digits and dots", (n) => "1.".repeat(Math.ceil(n / 2)).slice(0, n)],
  ["hashes and spaces", (n) => "# ".repeat(Math.ceil(n / 2)).slice(0, n)],
  ["combining accents", (n) => "a\u0301".repeat(Math.ceil(n / 2)).slice(0, n)],
  ["soft hyphens", (n) => "ab\u00ad".repeat(Math.ceil(n / 3)).slice(0, n)],
];
