import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The fields of a protocol or co-programming / co-design procedure, as the plans describe them.
 * @internal
 */
export const PROTOCOL_LABELS: FieldLabels = {
  kind: { it: "TIPO DI ACCORDO O PROCEDURA", en: "kind" },
  ">title": { it: "OGGETTO", en: "title" },
  parties: { it: "SOGGETTI COINVOLTI", en: "parties" },
  act: { it: "ATTO", en: "act" },
  "act>kind": { it: "TIPO DI ATTO", en: "kind of act" },
  "act>text": { it: "ATTO", en: "act" },
  date: { it: "DATA", en: "date" },
  status: { it: "STATO", en: "status" },
  adherents: { it: "ADERENTI", en: "adherents" },
  total: { it: "NUMERO DI ADERENTI", en: "number of adherents" },
  breakdown: { it: "ADERENTI PER TIPO", en: "adherents by kind" },
  ">text": { it: "TESTO", en: "text" },
};
