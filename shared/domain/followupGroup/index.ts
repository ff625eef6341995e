export * from './values';
export * from './agenda';
export * from './calendar';
export * from './rollForward';
export * from './yearPlan';
export * from './groupWarnings';
export * from './portfolioPack';
export * from './meetingDocument';
