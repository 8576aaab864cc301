/**
 * A real SMTP server (smtp-server from npm) for the notice tests: it listens on a free port,
 * answers each message as the test says (250, 451, 550), and keeps what it accepted, parsed by
 * mailparser.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface Caught {
  /** the envelope recipients */
  rcptTo: string[];
  mail: ParsedMail;
  /** a header's value as a string ('' when absent) */
  header(name: string): string;
}

/** what the server answers at the end of a message's DATA (attempt counts from 1) */
export type Answer = 250 | 451 | 550;

export interface TestSmtp {
  url: string;
  /** messages accepted (250), in arrival order */
  caught: Caught[];
  /** every DATA attempt with its answer */
  attempts: { rcptTo: string[]; answer: Answer }[];
  /** refuse every recipient at RCPT TO with this code (e.g. 550), or accept (null) */
  rcptAnswer: 550 | null;
  answer: (attempt: number) => Answer;
  /** a slow server: ms it waits before answering each message's DATA (0: at once) */
  delayMs: number;
  /** waits until at least `n` messages were accepted */
  waitFor(n: number, timeoutMs?: number): Promise<Caught[]>;
  close(): Promise<void>;
}

export async function startSmtp(answer: (attempt: number) => Answer = () => 250): Promise<TestSmtp> {
  const caught: Caught[] = [];
  const attempts: TestSmtp['attempts'] = [];
  const state: TestSmtp = {
    url: '',
    caught,
    attempts,
    rcptAnswer: null,
    answer,
    delayMs: 0,
    async waitFor(n, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (caught.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} messages, got ${caught.length}: ${caught.map((c) => c.mail.subject).join(' / ')}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return caught;
    },
    close: async () => {},
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    hideSTARTTLS: true,
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (state.rcptAnswer === null) return callback();
      callback(Object.assign(new Error('mailbox unavailable'), { responseCode: state.rcptAnswer }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => setTimeout(() => {
        const rcptTo = session.envelope.rcptTo.map((r) => r.address);
        const code = state.answer(attempts.length + 1);
        attempts.push({ rcptTo, answer: code });
        if (code !== 250) return callback(Object.assign(new Error(code === 451 ? 'try again later' : 'rejected'), { responseCode: code }));
        simpleParser(Buffer.concat(chunks))
          .then((mail) => {
            caught.push({
              rcptTo,
              mail,
              header: (name) => {
                const v = mail.headers.get(name.toLowerCase());
                return v === undefined ? '' : String(v);
              },
            });
            callback();
          })
          .catch(callback);
      }, state.delayMs));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
