/**
 * Loading rule sets and case files from JSON, validated with zod, and their JSON Schemas.
 *
 * @packageDocumentation
 */
export {};
