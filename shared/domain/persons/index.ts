export * from './values';
export * from './mentions';
export * from './retention';
export * from './accessReport';
