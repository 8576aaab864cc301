/** Makes sure the contract's search attributes exist in the namespace (idempotent). */
import type { Connection } from '@temporalio/client';
import proto from '@temporalio/proto';
import { allSearchAttributes } from '../contract/index.js';

// CommonJS package: its namespace comes through the default export under Node's ESM loader
const { IndexedValueType } = proto.temporal.api.enums.v1;
const typeOf: Record<string, proto.temporal.api.enums.v1.IndexedValueType> = {
  KEYWORD: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  DATETIME: IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
  INT: IndexedValueType.INDEXED_VALUE_TYPE_INT,
  KEYWORD_LIST: IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD_LIST,
};

/** gRPC status codes */
const UNIMPLEMENTED = 12;
const ALREADY_EXISTS = 6;
const codeOf = (err: unknown): number | undefined => (err as { code?: number }).code;

export async function registerSearchAttributes(connection: Connection, namespace: string): Promise<void> {
  let existing: Record<string, unknown> = {};
  try {
    existing = (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};
  } catch (err) {
    // the time-skipping test server can add attributes but not list them
    if (codeOf(err) !== UNIMPLEMENTED) throw err;
  }
  for (const key of allSearchAttributes.filter((k) => !(k.name in existing))) {
    try {
      await connection.operatorService.addSearchAttributes({ namespace, searchAttributes: { [key.name]: typeOf[key.type]! } });
    } catch (err) {
      if (codeOf(err) !== ALREADY_EXISTS) throw err;
    }
  }
}
