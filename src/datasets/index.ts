export {};
export * from "./gallarate/evaluation-2021-2023.js";
export * from "./sebino/age-bands.js";
