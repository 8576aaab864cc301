// The contract's search attributes as the Temporal CLI names their types, for scripts that run
// without TypeScript. contract/index.ts is the typed source; a test keeps both equal.

/** @type {ReadonlyArray<{ name: string, type: 'Keyword' | 'KeywordList' | 'Datetime' | 'Int' }>} */
export const CONTRACT_SEARCH_ATTRIBUTES = [
  { name: 'LeqiPhase', type: 'Keyword' },
  { name: 'LeqiTermEndsOn', type: 'Datetime' },
  { name: 'LeqiNextDeadline', type: 'Datetime' },
  { name: 'LeqiConcurrencyLimit', type: 'Int' },
  { name: 'LeqiOpenCases', type: 'Int' },
  { name: 'LeqiOldestPending', type: 'Datetime' },
  { name: 'LeqiAuthorities', type: 'KeywordList' },
  { name: 'LeqiInbox', type: 'KeywordList' },
  { name: 'LeqiUnitName', type: 'Keyword' },
];
