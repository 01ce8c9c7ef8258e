export * from "./primitives.js";
