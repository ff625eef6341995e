export * from './clauses';
export * from './content';
export * from './placeholders';
export * from './snapshot';
