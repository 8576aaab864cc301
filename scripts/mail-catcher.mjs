// `npm run mail`: a local mail catcher for `npm start`. A real SMTP server (smtp-server) that
// accepts every message, keeps it under .data/mail/ as an .eml file, and shows it in a small web
// inbox (node:http + mailparser). Nothing is relayed anywhere.
//   SMTP  127.0.0.1:1025  (LEQI_MAIL_SMTP_PORT; the worker's default SMTP_URL)
//   web   http://localhost:1080  (LEQI_MAIL_WEB_PORT)   JSON: /api/messages, raw: /messages/<id>.eml
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST = process.env.LEQI_MAIL_HOST ?? '127.0.0.1';
const SMTP_PORT = Number(process.env.LEQI_MAIL_SMTP_PORT ?? 1025);
const WEB_PORT = Number(process.env.LEQI_MAIL_WEB_PORT ?? 1080);
const DIR = process.env.LEQI_MAIL_DIR ?? join(PROJECT_ROOT, '.data', 'mail');
const KEEP = 1000;

/**
 * @typedef {{ id: string, receivedAt: string, from: string, to: string[], subject: string,
 *   messageId: string, date: string, headers: [string, string][], text: string, html: string | null }} Caught
 */

/** @type {Caught[]} newest last */
const inbox = [];
let seq = 0;

/** @param {string} id @param {Buffer} raw */
async function parse(id, raw) {
  const mail = await simpleParser(raw);
  const addresses = (/** @type {any} */ a) => (a ? (Array.isArray(a) ? a : [a]).flatMap((x) => x.value.map((v) => v.address ?? '')) : []);
  /** @type {Caught} */
  const caught = {
    id,
    receivedAt: new Date(Number(id.split('-')[0])).toISOString(),
    from: mail.from?.text ?? '',
    to: [...addresses(mail.to), ...addresses(mail.cc)],
    subject: mail.subject ?? '(no subject)',
    messageId: mail.messageId ?? '',
    date: mail.date ? mail.date.toISOString() : '',
    headers: mail.headerLines.map((h) => [h.key, h.line.slice(h.key.length + 1).trim()]),
    text: mail.text ?? '',
    html: typeof mail.html === 'string' ? mail.html : null,
  };
  return caught;
}

async function load() {
  mkdirSync(DIR, { recursive: true });
  const files = readdirSync(DIR).filter((f) => f.endsWith('.eml')).sort().slice(-KEEP);
  for (const f of files) {
    try {
      inbox.push(await parse(f.slice(0, -4), readFileSync(join(DIR, f))));
    } catch (err) {
      console.warn(`skipping ${f}: ${err instanceof Error ? err.message : err}`);
    }
  }
}

const smtp = new SMTPServer({
  name: 'leqi-mail-catcher',
  banner: 'Leqi local mail catcher: nothing is relayed',
  authOptional: true,
  // plain SMTP on localhost: no self-signed STARTTLS for clients to trip over
  disabledCommands: ['STARTTLS'],
  hideSTARTTLS: true,
  size: 25 * 1024 * 1024,
  logger: false,
  onData(stream, session, callback) {
    /** @type {Buffer[]} */
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('error', callback);
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      const id = `${Date.now()}-${String(++seq).padStart(6, '0')}`;
      writeFileSync(join(DIR, `${id}.eml`), raw);
      parse(id, raw)
        .then((caught) => {
          inbox.push(caught);
          if (inbox.length > KEEP) inbox.shift();
          const rcpt = session.envelope.rcptTo.map((r) => r.address).join(', ');
          console.log(`caught ${caught.messageId} → ${rcpt}: ${caught.subject}`);
          callback(null, `OK: caught as ${id}`);
        })
        .catch(callback);
    });
  },
});

/** @param {string} s */
const esc = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `body{font-family:-apple-system,'PingFang SC','Microsoft YaHei',Helvetica,Arial,sans-serif;margin:0;color:#222}
header{background:#14365d;color:#fff;padding:10px 16px}header a{color:#fff;text-decoration:none}
table{border-collapse:collapse;width:100%}td,th{padding:6px 10px;border-bottom:1px solid #eee;text-align:left;font-size:14px;vertical-align:top}
tr:hover{background:#f5f8fc}main{padding:12px 16px}pre{white-space:pre-wrap;background:#fafafa;padding:12px;border:1px solid #eee}
iframe{width:100%;height:70vh;border:1px solid #ddd}.muted{color:#777;font-size:12px}`;

/** @param {string} title @param {string} body @param {boolean} [refresh] */
const page = (title, body, refresh = false) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title>${refresh ? '<meta http-equiv="refresh" content="5">' : ''}<style>${STYLE}</style></head>
<body><header><a href="/">📬 Leqi mail catcher</a> <span class="muted" style="color:#cfe">SMTP ${HOST}:${SMTP_PORT} · ${inbox.length} message(s)</span></header><main>${body}</main></body></html>`;

function listPage() {
  const rows = [...inbox]
    .reverse()
    .map((m) => `<tr><td class="muted">${esc(m.receivedAt.replace('T', ' ').slice(0, 19))}Z</td><td>${esc(m.to.join(', '))}</td><td><a href="/messages/${m.id}">${esc(m.subject)}</a></td></tr>`)
    .join('');
  return page('Leqi mail catcher', inbox.length ? `<table><tr><th>received</th><th>to</th><th>subject</th></tr>${rows}</table>` : '<p>No mail yet. Notices the worker sends appear here (the page refreshes itself).</p>', true);
}

/** @param {Caught} m */
function messagePage(m) {
  const headers = m.headers.map(([k, v]) => `<tr><th>${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  const html = m.html ? `<h3>HTML</h3><iframe sandbox="" srcdoc="${esc(m.html)}"></iframe>` : '';
  return page(m.subject, `<h2>${esc(m.subject)}</h2><p><a href="/messages/${m.id}.eml">raw .eml</a></p>${html}<h3>Text</h3><pre>${esc(m.text)}</pre><details><summary>Headers</summary><table>${headers}</table></details>`);
}

const web = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const send = (/** @type {number} */ status, /** @type {string} */ type, /** @type {string | Buffer} */ body) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  };
  if (url.pathname === '/') return send(200, 'text/html; charset=utf-8', listPage());
  if (url.pathname === '/api/messages') {
    return send(200, 'application/json; charset=utf-8', JSON.stringify(inbox.map(({ headers: _h, html: _x, ...m }) => m)));
  }
  const match = /^\/messages\/([0-9]+-[0-9]+)(\.eml)?$/.exec(url.pathname);
  const m = match ? inbox.find((x) => x.id === match[1]) : undefined;
  if (m && match?.[2]) return send(200, 'message/rfc822', readFileSync(join(DIR, `${m.id}.eml`)));
  if (m) return send(200, 'text/html; charset=utf-8', messagePage(m));
  return send(404, 'text/plain; charset=utf-8', 'not found');
});

/** @param {import('node:net').Server | SMTPServer} server @param {number} port @param {string} what */
const listen = (server, port, what) =>
  new Promise((resolve, reject) => {
    server.once('error', (/** @type {Error & { code?: string }} */ err) => reject(new Error(`${what} port ${port}: ${err.code === 'EADDRINUSE' ? 'already in use (another mail catcher, or maildev?)' : err.message}`)));
    server.listen(port, HOST, () => resolve(undefined));
  });

async function main() {
  await load();
  await listen(smtp, SMTP_PORT, 'SMTP');
  await listen(web, WEB_PORT, 'web');
  console.log(`SMTP on ${HOST}:${SMTP_PORT}; inbox at http://localhost:${WEB_PORT} (${inbox.length} message(s) kept in ${DIR})`);
  const stop = () => {
    web.close();
    smtp.close(() => process.exit(0));
    // open client connections keep close() waiting; the mail is on disk already
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
