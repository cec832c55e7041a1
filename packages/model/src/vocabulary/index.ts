export * from './four-ps.js';
export * from './jurisdictions.js';
export * from './sectors.js';
