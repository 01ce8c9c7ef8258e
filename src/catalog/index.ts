export * from "./evaluation-scales.js";
