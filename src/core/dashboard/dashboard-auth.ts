// Sign-in for the coordinators' dashboard without passwords: a coordinator asks the bot in chat
// and gets a link that is signed, works once and expires in ten minutes. Opening it starts a
// session whose cookie value is random; only its SHA-256 is stored, so a database leak cannot be
// replayed as a cookie. Every request re-checks that the person is still a coordinator.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../shared/errors.ts';
import type { Clock, MemberRecord, MemberRepository } from '../shared/ports.ts';
import { hasRole, requireRole } from '../shared/roles.ts';
import type { DashboardAuthRepository, SessionRecord } from './ports.ts';

const MINUTE = 60_000;

export interface DashboardAuthDeps {
  auth: DashboardAuthRepository;
  members: MemberRepository;
  clock: Clock;
  /** Keys the link signatures and CSRF tokens; at least 16 characters, the same on every replica. */
  secret: string;
  /** Where the dashboard is reached from outside, e.g. https://joinedup.example.org (no trailing slash). */
  publicUrl: string;
  /** How long a sign-in link works (default 10 minutes). */
  linkTtlMs?: number;
  /** How long a session lasts from sign-in (default 8 hours). */
  sessionTtlMs?: number;
}

/** A signed-in coordinator: the session and their membership, both checked on this request. */
export interface DashboardViewer {
  session: SessionRecord;
  member: MemberRecord;
}

const base64url = (bytes: Buffer) => bytes.toString('base64url');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Why a sign-in link was refused, in words for the person holding it. */
export const LINK_REFUSED =
  'This sign-in link is not valid: it has been used already, has expired (links last 10 minutes) or was copied wrongly. Type `dashboard` in chat for a new one.';

export class DashboardAuth {
  readonly linkTtlMs: number;
  readonly sessionTtlMs: number;

  constructor(private readonly deps: DashboardAuthDeps) {
    if (deps.secret.length < 16) throw new AppError('INSECURE_CONFIG', 'The dashboard secret is too short.');
    this.linkTtlMs = deps.linkTtlMs ?? 10 * MINUTE;
    this.sessionTtlMs = deps.sessionTtlMs ?? 8 * 60 * MINUTE;
  }

  /** An HMAC of `value` for one purpose, so a signature made for one use never fits another. */
  sign(purpose: string, value: string): string {
    return base64url(createHmac('sha256', this.deps.secret).update(`${purpose}\n${value}`).digest());
  }

  verify(purpose: string, value: string, signature: string): boolean {
    return sameText(this.sign(purpose, value), signature);
  }

  /** Issues a one-time sign-in link for a coordinator. */
  async issueLink(member: MemberRecord): Promise<{ url: string; expiresAt: Date }> {
    requireRole(member, 'coordinator', 'open the dashboard');
    const id = base64url(randomBytes(18));
    const expiresAt = new Date(this.deps.clock.now().getTime() + this.linkTtlMs);
    await this.deps.auth.createSignIn({
      id,
      workspaceId: member.workspaceId,
      userId: member.userId,
      expiresAt,
    });
    const token = `${id}.${this.sign('sign-in', id)}`;
    return { url: `${this.deps.publicUrl}/dashboard/sign-in?token=${token}`, expiresAt };
  }

  /** True when the token is well formed and carries a valid signature (it may still be used or expired). */
  looksValid(token: string): boolean {
    const [id, signature, extra] = token.split('.');
    return Boolean(id && signature && extra === undefined && this.verify('sign-in', id, signature));
  }

  /**
   * Redeems a sign-in token once and starts a session. Refuses (FORBIDDEN) a forged, used or
   * expired token, and a person who is no longer a coordinator. Returns the cookie value.
   */
  async redeem(token: string): Promise<{ cookie: string; session: SessionRecord }> {
    if (!this.looksValid(token)) throw new AppError('FORBIDDEN', LINK_REFUSED);
    const id = token.split('.')[0] as string;
    const now = this.deps.clock.now();
    const signIn = await this.deps.auth.consumeSignIn(id, now);
    if (!signIn) throw new AppError('FORBIDDEN', LINK_REFUSED);
    const member = await this.deps.members.findMember(signIn.workspaceId, signIn.userId);
    if (!member || !hasRole(member, 'coordinator')) {
      throw new AppError('FORBIDDEN', 'Only coordinators can open the dashboard.');
    }
    const cookie = base64url(randomBytes(32));
    const session: SessionRecord = {
      id: sha256(cookie),
      workspaceId: signIn.workspaceId,
      userId: signIn.userId,
      expiresAt: new Date(now.getTime() + this.sessionTtlMs),
    };
    await this.deps.auth.createSession(session);
    return { cookie, session };
  }

  /** The signed-in coordinator for a cookie value, or null (no session, expired, or no longer a coordinator). */
  async resolve(cookie: string | undefined): Promise<DashboardViewer | null> {
    if (!cookie || cookie.length > 200) return null;
    const session = await this.deps.auth.findSession(sha256(cookie), this.deps.clock.now());
    if (!session) return null;
    const member = await this.deps.members.findMember(session.workspaceId, session.userId);
    if (!member || !hasRole(member, 'coordinator')) return null;
    return { session, member };
  }

  /** The CSRF token for a session's forms: bound to the session, useless with any other. */
  csrfToken(session: SessionRecord): string {
    return this.sign('csrf', session.id);
  }

  checkCsrf(session: SessionRecord, token: unknown): boolean {
    return typeof token === 'string' && this.verify('csrf', session.id, token);
  }

  async signOut(cookie: string | undefined): Promise<void> {
    if (cookie && cookie.length <= 200) await this.deps.auth.deleteSession(sha256(cookie));
  }

  deleteExpired(): Promise<number> {
    return this.deps.auth.deleteExpired(this.deps.clock.now());
  }
}
