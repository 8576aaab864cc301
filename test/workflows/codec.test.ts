/**
 * Encrypted payloads (AES-256-GCM codec, off by default): a raw history holds no contact name,
 * phone, ID number or e-mail; the codec server decodes what the Web UI shows; key rotation keeps
 * old payloads readable; search attributes carry no personal data.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AesGcmCodec, ENCODING, parseKeys, type CodecKey } from '../../codec/aesGcm.js';
import { codecApp } from '../../codec/server.js';
import { advanceTo, approve, example, freshUscc, startHarness, state, submit, type Harness } from '../support/harness.js';

const key = (id: string): CodecKey => ({ id, key: randomBytes(32) });
const k1 = key('k2026');
const k2 = key('k2027');
const TOKEN = 'codec-test-token-0123456789';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({}, { codec: new AesGcmCodec([k1]) });
});
afterAll(async () => {
  await h.close();
});

/**
 * what a person's data looks like in the example application: names, phones, e-mails, ID numbers.
 * An enterprise's or a system's name is not a person's (the unit's legal name is published as the
 * search attribute LeqiUnitName for the console's inbox): a `name` beside a `uscc`, `dcuName`,
 * `unitName` and `…SystemName` are left out.
 */
function personalData(): string[] {
  const found = new Set<string>();
  const enterprise = (k: string, parent: object | undefined): boolean =>
    /^(dcuName|unitName)$|SystemName$/.test(k) || (k === 'name' && parent !== undefined && 'uscc' in parent);
  const walk = (v: unknown, k = '', parent?: object): void => {
    if (typeof v === 'string' && /name|phone|email|idNumber|contact/i.test(k) && !enterprise(k, parent) && v.length >= 2 && !/^[A-Z_]+$/.test(v)) found.add(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, k, parent));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([kk, x]) => walk(x, kk, v));
  };
  walk(example);
  return [...found];
}

describe('encrypted payloads', () => {
  it('a raw history (encrypted with the newest key) holds no contact name, phone, ID number or e-mail; search attributes neither', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const uscc = freshUscc();
    const { handle } = await submit(h, uscc);
    await approve(handle);
    expect((await state(handle)).phase).toBe('active'); // the client decodes transparently
    const raw = await h.env.client.workflowService.getWorkflowExecutionHistory({ namespace: 'default', execution: { workflowId: handle.workflowId } });
    // every byte field of the raw history (payload data and metadata), read as text
    const blobs: Uint8Array[] = [];
    const collect = (v: unknown): void => {
      if (v instanceof Uint8Array) blobs.push(v);
      else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(raw.history);
    const bytes = Buffer.concat(blobs);
    const secrets = personalData();
    expect(secrets.length).toBeGreaterThan(3);
    const text = bytes.toString('utf8');
    for (const s of secrets) expect(text.includes(s), s).toBe(false);
    expect(text).toContain(ENCODING);
    // the same history without the codec would show them: the check can fail
    expect(JSON.stringify(example).includes(secrets[0]!)).toBe(true);
    const attributes = raw.history?.events?.flatMap((e) => Object.values(e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields ?? {})) ?? [];
    expect(attributes.length).toBeGreaterThan(0);
    const shown = attributes.map((p) => Buffer.from(p.data ?? []).toString('utf8')).join(' ');
    for (const s of secrets) expect(shown.includes(s), s).toBe(false);
    console.log(`codec: ${secrets.length} personal values of the example checked against ${(bytes.length / 1024).toFixed(1)} KB of raw history: none found`);
  });

  it('the codec server decodes for the Web UI (CORS, bearer token); a rotated key set still reads old payloads', async () => {
    const old = new AesGcmCodec([k1]);
    const [encrypted] = await old.encode([{ metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from(JSON.stringify({ contactName: '张伟' })) }]);
    const rotated = new AesGcmCodec([k1, k2]);
    const body = { payloads: [{ metadata: Object.fromEntries(Object.entries(encrypted!.metadata!).map(([k, v]) => [k, Buffer.from(v!).toString('base64')])), data: Buffer.from(encrypted!.data!).toString('base64') }] };
    const app = codecApp({ codec: rotated, token: TOKEN, corsOrigin: 'http://localhost:8233' });
    const denied = await app.request('/decode', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect(denied.status).toBe(401);
    const preflight = await app.request('/decode', { method: 'OPTIONS', headers: { Origin: 'http://localhost:8233', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type,x-namespace' } });
    expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:8233');
    const res = await app.request('/decode', { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}`, 'X-Namespace': 'default', Origin: 'http://localhost:8233' }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
    const decoded = (await res.json()) as { payloads: { metadata: Record<string, string>; data: string }[] };
    expect(JSON.parse(Buffer.from(decoded.payloads[0]!.data, 'base64').toString('utf8'))).toEqual({ contactName: '张伟' });
    expect(Buffer.from(decoded.payloads[0]!.metadata.encoding!, 'base64').toString()).toBe('json/plain');
    // new payloads use the newest key; a codec without the old key cannot read old ones
    const [fresh] = await rotated.encode([{ metadata: {}, data: Buffer.from('x') }]);
    expect(Buffer.from(fresh!.metadata!['encryption-key-id']!).toString()).toBe('k2027');
    await expect(new AesGcmCodec([k2]).decode([encrypted!])).rejects.toThrow(/k2026/);
    expect(() => parseKeys('a=c2hvcnQ=')).toThrow(/32/);
    expect(parseKeys(`a=${k1.key.toString('base64')},b=${k2.key.toString('base64')}`).map((k) => k.id)).toEqual(['a', 'b']);
  });
});
