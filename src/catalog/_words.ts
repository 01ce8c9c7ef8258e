// How a title splits into words and stems: the one tokeniser of the catalogue matchers, read code unit by code unit.

/**
 * The class of a code unit: a letter or digit (0-25 for a-z, 26-35 for 0-9, accents and case already folded),
 * a separator, or a unit that is removed without separating (a combining accent).
 */
export const SEPARATOR = -1;
/** A code unit that disappears from the text without separating the letters around it. */
export const REMOVED = -2;
/**
 * A code unit of a character that is never seen (Unicode's Default_Ignorable_Code_Point: soft hyphen, zero-width
 * spaces and joiners, bidirectional marks, byte-order mark, variation selectors, the high surrogates of tags): the
 * matchers remove these from a text before reading it.
 */
export const INVISIBLE = -3;
/** How many letter-or-digit symbols there are: a-z then 0-9. */
export const SYMBOLS = 36;
/** The first symbol of a digit: a-z are 0-25, 0-9 are 26-35. */
export const FIRST_DIGIT = 26;

/**
 * The code units that are, or may begin, a character of Unicode's Default_Ignorable_Code_Point, written out (a
 * plain character class is read faster than a Unicode property): the BMP ones, and the high surrogates of the tags
 * (U+E0000-U+E0FFF), of U+1BCA0-U+1BCA3 and of U+1D173-U+1D17A. The last two high surrogates also begin visible
 * characters: a matcher that meets one removes {@link INVISIBLE_CHARACTERS} and reads the text again, and then
 * reads what remains as separators. First and last unit of each range.
 */
// prettier-ignore
const INVISIBLE_UNITS: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xfff0, 0xfff8], [0xd82f, 0xd82f], [0xd834, 0xd834], [0xdb40, 0xdb43],
];

/** Whether a code unit is, or may begin, a character that is never seen. */
function isInvisibleUnit(unit: number): boolean {
  return INVISIBLE_UNITS.some(([first, last]) => unit >= first && unit <= last);
}

/** Every Default_Ignorable_Code_Point, as code units (the astral ones as surrogate pairs), to remove them. */
/* eslint-disable no-misleading-character-class -- the class lists code units on purpose, marks among them */
export const INVISIBLE_CHARACTERS =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8]|\ud82f[\udca0-\udca3]|\ud834[\udd73-\udd7a]|[\udb40-\udb43][\udc00-\udfff]/g;
/* eslint-enable no-misleading-character-class */

/** Combining diacritical marks, left behind by NFD. */
const DIACRITICS = /[\u0300-\u036f]/g;
const ASCII_SYMBOL = /^[a-z0-9]$/;

/** A class as the table stores it: class + 4, so that 0 means "not yet known". */
export const STORED_OFFSET = 4;
/** {@link INVISIBLE} and {@link REMOVED} as the table stores them (literals, so that nothing is computed at import). */
export const INVISIBLE_STORED = 1;
export const REMOVED_STORED = 2;

// The class of every UTF-16 code unit: ASCII filled when the table is made, the rest on first sight.
let classes: Int8Array | undefined;

/** The table of classes (class + {@link STORED_OFFSET}, or 0 where not yet known), made on first use. */
export function classTable(): Int8Array {
  if (classes === undefined) {
    classes = new Int8Array(65536);
    for (let unit = 0; unit < 128; unit += 1) classes[unit] = asciiClass(unit) + STORED_OFFSET;
  }
  return classes;
}

function asciiClass(unit: number): number {
  if (unit >= 97 && unit <= 122) return unit - 97;
  if (unit >= 65 && unit <= 90) return unit - 65;
  if (unit >= 48 && unit <= 57) return unit - 48 + FIRST_DIGIT;
  return SEPARATOR;
}

/**
 * The class of one UTF-16 code unit. A unit is read as its canonical decomposition (NFD) without the combining
 * diacritical marks U+0300-U+036F, lower-cased: "À" is "a", "É" is "e", "K" (Kelvin) is "k"; a combining accent
 * vanishes; everything else that is not a Latin letter or a digit separates words (apostrophes, "’", "ß", "ø",
 * surrogate halves). Read per code unit, this is the same as reading the whole text so (tested on every unit).
 */
export function classOf(unit: number): number {
  const table = classTable();
  const known = table[unit] ?? 0;
  if (known !== 0) return known - STORED_OFFSET;
  const found = classify(unit);
  table[unit] = found + STORED_OFFSET;
  return found;
}

function classify(unit: number): number {
  if (isInvisibleUnit(unit)) return INVISIBLE;
  // A lone surrogate half decomposes to nothing Latin: it separates.
  if (unit >= 0xd800 && unit <= 0xdfff) return SEPARATOR;
  const plain = String.fromCharCode(unit).normalize("NFD").replace(DIACRITICS, "").toLowerCase();
  if (plain === "") return REMOVED;
  return ASCII_SYMBOL.test(plain) ? asciiClass(plain.charCodeAt(0)) : SEPARATOR;
}

/** The vowels a, e, i, o, u as bits of their symbols (0, 4, 8, 14, 20). */
const VOWELS = 0x104111; // (1 << 0) | (1 << 4) | (1 << 8) | (1 << 14) | (1 << 20)

/** Whether a symbol is a vowel (a, e, i, o, u): the light stemming drops trailing vowels. */
export function isVowel(symbol: number): boolean {
  return symbol < FIRST_DIGIT && ((VOWELS >> symbol) & 1) === 1;
}

/** Whether a symbol is a digit. */
export function isDigit(symbol: number): boolean {
  return symbol >= FIRST_DIGIT;
}

/** The character of a symbol. */
export function symbolChar(symbol: number): string {
  return symbol < FIRST_DIGIT
    ? String.fromCharCode(97 + symbol)
    : String.fromCharCode(48 + symbol - FIRST_DIGIT);
}

/** Articles and prepositions (simple and articulated) that carry no meaning in a title. */
// prettier-ignore
export const STOPWORDS: readonly string[] = [
  "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "di", "del", "dell", "dello", "della", "dei",
  "degli", "delle", "d", "a", "al", "all", "allo", "alla", "ai", "agli", "alle", "ad", "e", "ed", "per",
  "in", "nel", "nell", "nello", "nella", "nei", "negli", "nelle", "con", "da", "dal", "dall", "dallo",
  "dalla", "dai", "dagli", "dalle", "su", "sul", "sull", "sulla", "sui", "sugli", "sulle", "tra", "fra", "o",
];

/**
 * The raw words of a text: maximal runs of letters and digits, as {@link classOf} reads them. Used to index the
 * catalogue's titles; the matchers read a text with their own scanner, which gives the same words.
 */
export function rawWords(text: string): string[] {
  const out: string[] = [];
  let word = "";
  for (let i = 0; i < text.length; i += 1) {
    const symbol = classOf(text.charCodeAt(i));
    if (symbol >= 0) word += symbolChar(symbol);
    else if (symbol !== REMOVED && word !== "") {
      out.push(word);
      word = "";
    }
  }
  if (word !== "") out.push(word);
  return out;
}

let stopwordSet: ReadonlySet<string> | undefined;

/** Whether a raw word is kept: two characters or more, not an article or preposition, not a bare number. */
export function isMeaningful(word: string): boolean {
  stopwordSet ??= new Set(STOPWORDS);
  return word.length >= 2 && !stopwordSet.has(word) && !/^\d+$/.test(word);
}

/**
 * Splits a text into its meaningful words: accents stripped, lower-cased, apostrophes and punctuation read as
 * spaces, articles, prepositions, single letters and bare numbers dropped.
 */
export function words(text: string): string[] {
  return rawWords(text).filter(isMeaningful);
}

/**
 * A light stem: trailing vowels removed, so that singular and plural ("famiglia"/"famiglie",
 * "servizio"/"servizi") meet. Words whose stem would be shorter than three characters are left alone.
 */
export function stem(word: string): string {
  let end = word.length;
  while (end > 0 && "aeiou".includes(word.charAt(end - 1))) end -= 1;
  return end >= 3 ? word.slice(0, end) : word;
}

/**
 * Whether a part of a text holds at least one meaningful word ({@link words}), without building any. Linear in the
 * part's length.
 */
export function hasWords(text: string, start = 0, end = text.length): boolean {
  let length = 0;
  let digitsOnly = true;
  let word = "";
  for (let i = start; i <= end; i += 1) {
    const symbol = i < end ? classOf(text.charCodeAt(i)) : SEPARATOR;
    if (symbol === REMOVED) continue;
    if (symbol >= 0) {
      length += 1;
      digitsOnly &&= isDigit(symbol);
      // Stopwords are at most six letters long: only short words need their text.
      if (length <= 6) word += symbolChar(symbol);
      continue;
    }
    if (length >= 2 && !digitsOnly && (length > 6 || isMeaningful(word))) return true;
    length = 0;
    digitsOnly = true;
    word = "";
  }
  return false;
}
