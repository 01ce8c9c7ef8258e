export * from "./markdown-table.js";
export * from "./evaluation-report.js";
