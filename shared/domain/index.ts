export * from './values';
export * from './quadrant';
export * from './labels';
export * from './format';
