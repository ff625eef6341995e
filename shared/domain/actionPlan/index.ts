export * from './states';
export * from './period';
export * from './statusReport';
