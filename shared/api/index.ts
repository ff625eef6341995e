export * from './result';
export * from './validation';
export * from './partnerships';
export * from './contract';
export * from './transport';
