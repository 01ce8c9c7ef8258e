export * from "./achievement-band.js";
export * from "./achievement-grade.js";
export * from "./resource-coincidence.js";
export * from "./plan-achievement.js";
export * from "./evaluate-objective.js";
export * from "./evaluate-plan.js";
