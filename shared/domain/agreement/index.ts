export * from './clauses';
export * from './content';
