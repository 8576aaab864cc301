/** The decision record (O-14, T-10, O-21, E-DCU-11): stores, configuration, verification. */
export { canonicalJson, GENESIS, type BrokenAt, type Verification } from './chain.js';
export { describeRecordUrl, openDecisionStore, RecordEnv, recordConfigOf, type RecordConfig } from './open.js';
export { MIN_RETENTION_MONTHS, purgeCutoff } from './retention.js';
export { BadCursor, type AppendOutcome, type DecisionStore, type PurgeResult, type RecordFilter, type RecordPage, type StoredRecord } from './store.js';
export { SqliteDecisionStore } from './sqlite.js';
export { PostgresDecisionStore } from './postgres.js';
