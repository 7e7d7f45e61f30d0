export * from './auth';
export * from './goals';
export * from './career';
export * from './trajectory';
export * from './history-cache';
export * from './reviews';
export * from './jobs';
export * from './calendar';
