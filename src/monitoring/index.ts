export * from "./indicator-status.js";
export * from "./evaluate-indicator.js";
export * from "./evaluate-leps-progress.js";
