/**
 * The carried state's wire form: JSON, deflated (fflate, pure JS, deterministic) and base64'd into
 * one string. A unit's context repeats the same keys for every using unit, so this keeps the
 * continue-as-new input well under Temporal's payload limit (measured in bench/size.ts); clients
 * never read or send it (contract: "the same object may carry state across continue-as-new").
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate/browser';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += ALPHABET[(n >> 18) & 63]! + ALPHABET[(n >> 12) & 63]! + (i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63]! : '=') + (i + 2 < bytes.length ? ALPHABET[n & 63]! : '=');
  }
  return out;
}

function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/=+$/, '');
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let j = 0;
  for (let i = 0; i < clean.length; i += 4) {
    const n = (INDEX.get(clean[i]!)! << 18) | (INDEX.get(clean[i + 1]!)! << 12) | ((INDEX.get(clean[i + 2] ?? 'A') ?? 0) << 6) | (INDEX.get(clean[i + 3] ?? 'A') ?? 0);
    bytes[j++] = (n >> 16) & 255;
    if (j < bytes.length) bytes[j++] = (n >> 8) & 255;
    if (j < bytes.length) bytes[j++] = n & 255;
  }
  return bytes;
}

/** A value as a deflated, base64'd JSON string. */
export function pack(value: unknown): string {
  return toBase64(deflateSync(strToU8(JSON.stringify(value)), { level: 6 }));
}

/** The value `pack` packed. */
export function unpack<T>(packed: string): T {
  return JSON.parse(strFromU8(inflateSync(fromBase64(packed)))) as T;
}
