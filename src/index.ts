/**
 * piano-di-zona: typed models, reference catalogues and exact pure functions for Lombardy's Piani di Zona.
 *
 * @packageDocumentation
 */
export * from "./core/index.js";
export * from "./catalog/index.js";
export * from "./model/index.js";
export * from "./governance/index.js";
export * from "./evaluation/index.js";
export * from "./monitoring/index.js";
export * from "./demography/index.js";
export * from "./finance/index.js";
export * from "./report/index.js";
