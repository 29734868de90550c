export * from './audit.js';
export * from './directory.js';
export * from './events.js';
export * from './opportunities.js';
export * from './organizations.js';
export * from './partnerships.js';
export * from './people.js';
