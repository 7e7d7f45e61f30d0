export * from './auth';
export * from './goals';
