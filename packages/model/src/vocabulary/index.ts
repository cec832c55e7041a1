export * from './four-ps.js';
