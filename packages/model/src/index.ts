/**
 * The modern slavery partnership domain: vocabulary, official option lists, partnership model and
 * the UK working-day calendar.
 *
 * @packageDocumentation
 */

// Vocabulary: the four Ps, jurisdictions, exploitation types, age groups, genders, sectors
export * from './vocabulary/index.js';
