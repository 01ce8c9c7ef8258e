// The form's template and the Region's guidance (printed in italics in the D.G.R. XII/2167 form), as they are found
// left in the boxes of real plans: seed 001 L1790, L1937, L2016, L2199 ("SI/NO (se sì, indicare quali aspetti)"),
// seed 004 L1499, seed 002 L5237 ("SI/NO In caso affermativo specificare le azioni e i compiti"), seed 002 ("Breve
// spiegazione", "Declinare le azioni", "Importo, anche approssimativo. Se possibile distinguere tra pubbliche e
// private", "(in caso di risposta affermativa, esplicitare compiti e ruoli)"), seed 001 and 002 ("Indicatori input
// derivati dall'analisi del bisogno", "Individuazione di una batteria di indicatori di processo/outcome"), seed 000
// L1104 ("SI/NO (motivare la risposta)").

// Phrases that only the template writes, wherever they occur in a box (lower case, one space, straight apostrophes).
const GUIDANCE = [
  "si/no (se sì",
  "sì/no (se sì",
  "se sì, indicare quali aspetti",
  "se sì, quali e le modalità di cooperazione",
  "in caso affermativo specificare le azioni",
  "esplicitare compiti e ruoli",
  "breve spiegazione",
  "declinare le azioni",
  "importo, anche approssimativo",
  "se possibile distinguere tra pubbliche e private",
  "derivati dall'analisi del bisogno",
  "individuazione di una batteria di indicatori",
  "motivare la risposta",
] as const;

// "SI/NO" alone is the template only at the start of a box: inside a sentence it is the plan's own "(sì/no)" target.
const OPENINGS = ["si/no", "sì/no"] as const;

/**
 * The text in one case and spacing, without markup: lower case, curly apostrophes straight, every run of white space
 * one space, HTML tags (which some text editions keep, "<p><i>SI/NO …") removed. One pass over the text.
 */
function normalized(text: string): string {
  let out = "";
  let inTag = false;
  let space = false;
  for (const char of text) {
    if (inTag) {
      if (char === ">") inTag = false;
      continue;
    }
    if (char === "<") {
      inTag = true;
      space = out.length > 0;
      continue;
    }
    if (/\s/u.test(char)) {
      space = out.length > 0;
      continue;
    }
    if (space) out += " ";
    space = false;
    out += char === "’" || char === "‘" || char === "`" ? "'" : char.toLowerCase();
  }
  return out;
}

/**
 * The piece of the form's template found in a box's text, or `null`. Linear in the text (a fixed set of phrases,
 * each found with `includes`).
 * @internal
 */
export function templateIn(text: string): string | null {
  const plain = normalized(text);
  for (const phrase of GUIDANCE) if (plain.includes(phrase)) return phrase;
  for (const opening of OPENINGS) {
    if (plain === opening || plain.startsWith(`${opening} `)) return opening;
  }
  return null;
}

/**
 * The options of a choice printed together, none chosen ("Servizio già presente Nuovo servizio", seed 001 L2194): the
 * options found, joined by " / ", when two or more of them are in the text, or `null`. Linear in the text.
 * @internal
 */
export function optionsLeftIn(text: string, options: readonly string[]): string | null {
  const plain = normalized(text);
  const found = options.filter((option) => plain.includes(option));
  return found.length >= 2 ? found.join(" / ") : null;
}
