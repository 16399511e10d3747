export * from './schema.js';
export * from './score.js';
