export * from "./primitives.js";
export * from "./objective-evaluation.js";
