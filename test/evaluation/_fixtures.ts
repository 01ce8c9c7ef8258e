import type { ObjectiveEvaluationInput } from "../../src/index.js";

/** An evaluated objective with one action done and one half done: an input object with canonical numbers. */
export const HALF_DONE_OBJECTIVE: ObjectiveEvaluationInput = {
  code: "X",
  title: "Obiettivo di prova",
  actions: [
    { title: "Azione 1", completion: 100 },
    { title: "Azione 2", completion: 50 },
  ],
};
