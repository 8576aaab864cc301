/** The typed client of the contract: import from here. */
export { LeqiClient, listQuery, type CommandInput, type ConnectOptions, type FanOutOptions, type FanOutResult, type LeqiClientOptions, type UnitListing } from './client.js';
export { LeqiError, toLeqiError, type LeqiErrorType } from './errors.js';
export { ListFilter, visibilityQuery } from './listing.js';
/** the contract: names, message definitions, failure types, search attributes */
export * from '../contract/index.js';
