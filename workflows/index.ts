/** Every workflow the worker runs. */
export { unitLifecycle } from './unitLifecycle.js';
