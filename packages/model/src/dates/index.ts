export * from './errors.js';
export * from './iso-date.js';
export * from './long-date.js';
