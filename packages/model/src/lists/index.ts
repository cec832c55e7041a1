/**
 * The official NRM form's option lists (organisations, local authorities, police forces,
 * nationalities, countries, UK regions, cities and towns), as typed data generated from the form's
 * own lists, and the classification of every first responder organisation: its kind, responder
 * type, nations and duty to notify. Kept apart from `@antislavery/model` so that an app that needs
 * none of the lists does not ship them.
 *
 * @packageDocumentation
 */

// First responder organisations and their classification

export * from './classify-organisation.js';
export * from './first-responder-organisations.js';
export * from './organisation-kinds.js';

// Local authorities and the nation of each

export * from './local-authorities.js';
export * from './local-authority-jurisdiction.js';

// Police forces

export * from './police-forces.js';

// People: nationalities

export * from './nationalities.js';

// Places: countries, UK regions, UK cities and towns

export * from './countries.js';
export * from './uk-cities-and-towns.js';
export * from './uk-regions.js';
