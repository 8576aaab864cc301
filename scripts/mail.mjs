// `npm run mail`: the local mail catcher of `npm start`, maildev (npm, maintained; the same catcher
// docker-compose.yml runs as an image). SMTP on 127.0.0.1:$LEQI_MAIL_SMTP_PORT (1025, the worker's
// default SMTP_URL), web inbox and REST API (`/email`) on http://localhost:$LEQI_MAIL_WEB_PORT (1080).
// Mails are kept in .data/mail/ (LEQI_MAIL_DIR). Nothing is relayed anywhere. Node builtins only.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './temporal-bins.mjs';

const smtp = process.env.LEQI_MAIL_SMTP_PORT || '1025';
const web = process.env.LEQI_MAIL_WEB_PORT || '1080';
const dir = process.env.LEQI_MAIL_DIR || join(PROJECT_ROOT, '.data', 'mail');
mkdirSync(dir, { recursive: true });

const child = spawn(
  process.execPath,
  [join(PROJECT_ROOT, 'node_modules', 'maildev', 'bin', 'maildev'), '--ip', '127.0.0.1', '--web-ip', '127.0.0.1', '--smtp', smtp, '--web', web, '--mail-directory', dir],
  { stdio: 'inherit' },
);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
