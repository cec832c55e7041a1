export * from './errors.js';
export * from './iso-date.js';
