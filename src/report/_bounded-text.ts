// Text assembled line by line with a bound on its length, so that no rendering can exceed what one JavaScript string
// holds (about 500 million characters) and fail with a RangeError: beyond the bound, `report_too_long`.
import { pdzError } from "../core/error.js";
import * as M from "../core/messages/report.js";

/** The most characters a rendering writes: 100,000,000. @internal */
export const MAX_RENDERED_LENGTH = 100_000_000;

/** Lines of a rendering, with their total length kept under {@link MAX_RENDERED_LENGTH}. @internal */
export class BoundedLines {
  readonly #lines: string[] = [];
  #length = 0;

  push(...lines: readonly string[]): void {
    for (const line of lines) {
      this.#length += line.length + 1;
      if (this.#length > MAX_RENDERED_LENGTH) {
        throw pdzError(M.report_too_long, { max: MAX_RENDERED_LENGTH.toLocaleString("en") });
      }
      this.#lines.push(line);
    }
  }

  join(): string {
    return this.#lines.join("\n");
  }
}
