export * from "./evaluation-scales.js";
export * from "./macro-areas.js";
export * from "./leps.js";
export * from "./funds.js";
export * from "./organs.js";
export * from "./entities.js";
export * from "./scheda-obiettivo.js";
