export { createRouter, type Router, type RouterOptions } from './router';
export { createHandlers, type Handlers } from './handlers';
