/**
 * The sent-notice record: one line per copy a mail server accepted, keyed by notice id and
 * address, checked before every send so that an activity retry after a successful send (or a
 * worker restart) does not send the same notice twice. A JSON-lines file, appended with
 * O_APPEND, read incrementally, so several workers on one host may share it.
 */
import { closeSync, mkdirSync, openSync, readSync, fstatSync, writeSync } from 'node:fs';
import { appendFile, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface SentNotice {
  noticeId: string;
  to: string;
  messageId: string;
  unitId: string;
  template: string;
  ruleId: string;
  /** the instant the server accepted it (host clock, ISO) */
  sentAt: string;
  /** the server's reply, e.g. `250 OK: queued` */
  response: string;
}

export interface SentNotices {
  find(noticeId: string, to: string): Promise<SentNotice | undefined>;
  record(entry: SentNotice): Promise<void>;
}

const keyOf = (noticeId: string, to: string): string => `${noticeId}\n${to.toLowerCase()}`;

/** in memory: tests, and the harness when it brings no file */
export function memorySentNotices(): SentNotices {
  const sent = new Map<string, SentNotice>();
  return {
    async find(noticeId, to) {
      return sent.get(keyOf(noticeId, to));
    },
    async record(entry) {
      sent.set(keyOf(entry.noticeId, entry.to), entry);
    },
  };
}

/**
 * The record in a JSON-lines file. Opening it creates the directory and checks it is writable,
 * so a worker with a bad path fails at start-up rather than on every notice.
 */
export function fileSentNotices(path: string): SentNotices {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'a+');
  try {
    // a line cut short by a crash must not swallow the next one
    const size = fstatSync(fd).size;
    if (size > 0) {
      const last = Buffer.alloc(1);
      readSync(fd, last, 0, 1, size - 1);
      if (last[0] !== 0x0a) writeSync(fd, '\n');
    }
  } finally {
    closeSync(fd);
  }

  const sent = new Map<string, SentNotice>();
  let offset = 0;

  /** reads what was appended since the last look (by this or another process) */
  async function refresh(): Promise<void> {
    const { size } = await stat(path);
    if (size < offset) {
      sent.clear();
      offset = 0;
    }
    if (size === offset) return;
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(size - offset);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      const chunk = buffer.subarray(0, bytesRead);
      const end = chunk.lastIndexOf(0x0a);
      if (end < 0) return;
      for (const line of chunk.subarray(0, end).toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line) as SentNotice;
          if (typeof entry.noticeId === 'string' && typeof entry.to === 'string') sent.set(keyOf(entry.noticeId, entry.to), entry);
        } catch {
          // a torn line from a crash: the copy it described is re-sent at worst
        }
      }
      offset += end + 1;
    } finally {
      await handle.close();
    }
  }

  return {
    async find(noticeId, to) {
      await refresh();
      return sent.get(keyOf(noticeId, to));
    },
    async record(entry) {
      await appendFile(path, `${JSON.stringify(entry)}\n`, { encoding: 'utf8', flag: 'a' });
      sent.set(keyOf(entry.noticeId, entry.to), entry);
    },
  };
}
