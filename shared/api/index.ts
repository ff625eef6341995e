export * from './result';
export * from './validation';
export * from './fields';
export * from './partnerships';
export * from './organisations';
export * from './lists';
export * from './contract';
export * from './transport';
