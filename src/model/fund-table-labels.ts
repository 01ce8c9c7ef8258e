import type { FieldLabels } from "../core/zod-issues.js";

/**
 * The fields of a fund table as the plans head them.
 * @internal
 */
export const FUND_TABLE_LABELS: FieldLabels = {
  columns: { it: "COLONNE (ANNI O CANALI DI FINANZIAMENTO)", en: "columns (years or funding channels)" },
  rows: { it: "RIGHE (FONDI O AREE DI SPESA)", en: "rows (funds or areas of spending)" },
  amounts: { it: "IMPORTI", en: "amounts" },
  statedTotal: { it: "TOTALE DI RIGA", en: "row total" },
  statedColumnTotals: { it: "TOTALI DI COLONNA", en: "column totals" },
  statedGrandTotal: { it: "TOTALE GENERALE", en: "grand total" },
};
