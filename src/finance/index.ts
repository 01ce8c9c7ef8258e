export * from "./per-capita.js";
export * from "./percent-shares.js";
export * from "./year-on-year.js";
export * from "./allocate.js";
export * from "./fund-table.js";
export * from "./check-stated-shares.js";
export * from "./social-worker-leps.js";
export * from "./check-stated-sum.js";
