// types of search-attributes.mjs
export declare const CONTRACT_SEARCH_ATTRIBUTES: ReadonlyArray<{ name: string; type: 'Keyword' | 'Datetime' | 'Int' }>;
