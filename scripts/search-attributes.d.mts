// types of search-attributes.mjs
export declare const CONTRACT_SEARCH_ATTRIBUTES: ReadonlyArray<{ name: string; type: 'Keyword' | 'KeywordList' | 'Datetime' | 'Int' }>;
