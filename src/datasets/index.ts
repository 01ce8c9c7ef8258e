export {};
export * from "./gallarate/evaluation-2021-2023.js";
export * from "./sebino/age-bands.js";
export * from "./gallarate/accordo.js";
export * from "./gallarate/schede-2025-2027.js";
