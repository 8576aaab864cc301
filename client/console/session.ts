/**
 * Console sign-in: an API token exchanged for a random session id in a Secure, HttpOnly,
 * SameSite=Strict cookie scoped to /console. The token stays in the server's memory, never in
 * the browser after sign-in; sessions end after `ttlMs` (8 hours by default) or at sign-out.
 */
import { randomBytes } from 'node:crypto';
import type { Principal } from '../api/auth.js';

/** the session cookie's name */
export const SESSION_COOKIE = 'leqi_console';

export interface Session {
  id: string;
  token: string;
  principal: Principal;
  /** ms since the epoch */
  expires: number;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();

  constructor(private readonly ttlMs = 8 * 3600_000) {}

  open(token: string, principal: Principal, now = Date.now()): Session {
    this.sweep(now);
    const session = { id: randomBytes(32).toString('base64url'), token, principal, expires: now + this.ttlMs };
    this.byId.set(session.id, session);
    return session;
  }

  get(id: string | undefined, now = Date.now()): Session | null {
    const s = id ? this.byId.get(id) : undefined;
    if (!s) return null;
    if (s.expires <= now) {
      this.byId.delete(s.id);
      return null;
    }
    return s;
  }

  close(id: string | undefined): void {
    if (id) this.byId.delete(id);
  }

  /** seconds a new session lives (the cookie's Max-Age) */
  get maxAgeSeconds(): number {
    return Math.floor(this.ttlMs / 1000);
  }

  private sweep(now: number): void {
    for (const [id, s] of this.byId) if (s.expires <= now) this.byId.delete(id);
  }
}
