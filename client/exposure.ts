/**
 * Errors without leaks and dev tokens kept local (issue 14, findings 6 and 7): `NODE_ENV` compared
 * case-insensitively; the embedded dev tokens refused in production and on any address beyond
 * loopback; a JSON syntax error described by its place, never by the text it quotes.
 */

/** `production`, `Production`, ` PRODUCTION ` all mean production */
export function isProduction(nodeEnv: string | undefined): boolean {
  return (nodeEnv ?? '').trim().toLowerCase() === 'production';
}

/** the API binds only to this machine (127.0.0.0/8, ::1, localhost) */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Why the API must not start with these settings, or null: the embedded dev tokens are public, so
 * they are refused in production and when the API listens beyond loopback.
 */
export function devTokenExposure(env: { NODE_ENV?: string | undefined; LEQI_API_TOKENS?: string | undefined; LEQI_API_HOST: string }): string | null {
  if (env.LEQI_API_TOKENS) return null;
  if (isProduction(env.NODE_ENV)) return `LEQI_API_TOKENS is required when NODE_ENV=${env.NODE_ENV} (the embedded dev tokens are public)`;
  if (!isLoopback(env.LEQI_API_HOST)) return `LEQI_API_TOKENS is required to listen on ${env.LEQI_API_HOST}: the embedded dev tokens are public and only served on loopback (127.0.0.1)`;
  return null;
}

/**
 * A JSON syntax error as a short reason that never quotes the input (V8's message quotes its first
 * characters: a file such as /etc/passwd would be echoed): the position when the engine gives one.
 */
export function jsonSyntaxReason(err: unknown): string {
  const message = err instanceof Error ? err.message : '';
  const position = /position (\d+)/.exec(message)?.[1];
  if (/Unexpected end of JSON input/i.test(message)) return 'unexpected end of input';
  return position !== undefined ? `not valid JSON (at character ${position})` : 'not valid JSON';
}
