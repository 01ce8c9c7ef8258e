// A SI/NO box as printed: "NO", "Sì, è in continuità.", "SI'", "Si a Busto Arsizio …", "Non pertinente". Only a
// printed answer word is read as an answer; a sentence without one leaves the answer null (never guessed).
import type { DraftYesNo } from "./draft.js";
import { isBullet } from "./_passage.js";

/** An answer read at the start of a box. */
export interface AnswerRead {
  readonly answer: DraftYesNo | null;
  /** Offset in the text where the answer word ends (0 when there is none). */
  readonly end: number;
  /** Whether the box holds the answer word only. */
  readonly bare: boolean;
}

const YES = /^(?:S[IÌÍ]|S[iìí]|s[iìí])(?:['’`´])?(?![\p{L}\p{N}])/u;
const NO = /^(?:NO|No|no)(?![\p{L}\p{N}'’])/u;
const NOT_RELEVANT = /^(?:non\s+pertinente|non\s+applicabile)(?![\p{L}\p{N}])/iu;

/** Reads the answer word at the start of a box's text (after blanks, bullets and opening punctuation). */
export function readAnswer(text: string): AnswerRead {
  let start = 0;
  while (start < text.length && start < 40) {
    const ch = text.charAt(start);
    if (!/[\s("“«*_\-–:]/.test(ch) && !isBullet(ch)) break;
    start += 1;
  }
  const head = text.slice(start, start + 40);
  let answer: DraftYesNo | null = null;
  let length = 0;
  const yes = YES.exec(head);
  const no = NO.exec(head);
  const notRelevant = NOT_RELEVANT.exec(head);
  if (yes !== null) {
    answer = "si";
    length = yes[0].length;
  } else if (notRelevant !== null) {
    answer = "non-pertinente";
    length = notRelevant[0].length;
  } else if (no !== null) {
    answer = "no";
    length = no[0].length;
  }
  if (answer === null) return { answer: null, end: 0, bare: false };
  const end = start + length;
  const rest = text.slice(end);
  return { answer, end, bare: /^[\s.,;:!)”»"*_]*$/.test(rest) };
}
