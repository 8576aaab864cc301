/**
 * Encrypted payloads (off by default): a Temporal payload codec with AES-256-GCM. Each payload is
 * encrypted whole (its metadata and data, as the `temporal.api.common.v1.Payload` protobuf), so
 * the encoding a client chose survives; the result carries `encoding: binary/encrypted` and the
 * key id in `encryption-key-id`. Rotation: new payloads use the newest key; payloads of any key
 * still configured stay readable. Keys come from configuration (`LEQI_CODEC_KEYS`), never from
 * the repository. The same layout as Temporal's encryption samples, so a Java client can use
 * the codec server or the same algorithm.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import proto from '@temporalio/proto';

const { temporal } = proto;

export const ENCODING = 'binary/encrypted';
export const KEY_ID = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A key: its id (in the payload metadata) and 32 bytes. */
export interface CodecKey {
  id: string;
  key: Buffer;
}

/** Parses `id=base64,id2=base64` (the last listed is the newest); every key must be 32 bytes. */
export function parseKeys(text: string): CodecKey[] {
  const keys = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq <= 0) throw new Error('LEQI_CODEC_KEYS: expected id=base64key[,id2=base64key…]');
      const id = part.slice(0, eq);
      const key = Buffer.from(part.slice(eq + 1), 'base64');
      if (key.length !== 32) throw new Error(`LEQI_CODEC_KEYS: key ${id} has ${key.length} bytes, AES-256 needs 32`);
      return { id, key };
    });
  if (keys.length === 0) throw new Error('LEQI_CODEC_KEYS: no key');
  if (new Set(keys.map((k) => k.id)).size !== keys.length) throw new Error('LEQI_CODEC_KEYS: a key id is listed twice');
  return keys;
}

const text = (b: Uint8Array | null | undefined): string => Buffer.from(b ?? []).toString('utf8');

/** The codec: encrypts with the newest key, decrypts with the key the payload names. */
export class AesGcmCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;
  private readonly newest: CodecKey;

  constructor(keys: CodecKey[]) {
    if (keys.length === 0) throw new Error('AesGcmCodec: no key');
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
    this.newest = keys[keys.length - 1]!;
  }

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', this.newest.key, iv);
      const plain = temporal.api.common.v1.Payload.encode(payload).finish();
      const data = Buffer.concat([iv, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
      return { metadata: { encoding: Buffer.from(ENCODING), [KEY_ID]: Buffer.from(this.newest.id) }, data };
    });
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => {
      if (text(payload.metadata?.encoding) !== ENCODING) return payload;
      const id = text(payload.metadata?.[KEY_ID]);
      const key = this.byId.get(id);
      if (!key) throw new Error(`payload encrypted with key ${id}, which is not configured`);
      const data = Buffer.from(payload.data ?? []);
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      const plain = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
      return temporal.api.common.v1.Payload.decode(plain) as Payload;
    });
  }
}
