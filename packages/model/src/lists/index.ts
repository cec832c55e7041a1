/**
 * The official NRM form's option lists (organisations, local authorities, police forces,
 * nationalities, countries, UK regions, cities and towns), as typed data.
 *
 * @packageDocumentation
 */
export {};
