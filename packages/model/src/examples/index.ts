/**
 * The five public partnership documents the project started from, as validated example data.
 *
 * @packageDocumentation
 */
export {};
