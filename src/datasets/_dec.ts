import { Dec, type Decimal } from "../core/decimal.js";

/**
 * An exact decimal of a dataset, from its canonical text (`dec("76.56")`): the datasets are written as the parsers
 * return them, so that importing them parses nothing.
 * @internal
 */
export function dec(text: string): Decimal {
  return new Dec(text);
}
