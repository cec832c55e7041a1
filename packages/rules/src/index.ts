/**
 * A typed, explainable, effective-dated rules engine.
 *
 * @packageDocumentation
 */
export {};
