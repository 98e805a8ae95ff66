import type { DashboardAuthRepository, SessionRecord, SignInRecord } from '../../core/dashboard/ports.ts';
import type { PrismaClient } from '../client.ts';

/** Sign-in links and sessions of the coordinators' dashboard, in the shared database. */
export class PrismaDashboardAuthRepository implements DashboardAuthRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async createSignIn(signIn: SignInRecord): Promise<void> {
    await this.prisma.dashboardSignIn.create({
      data: {
        id: signIn.id,
        workspaceId: signIn.workspaceId,
        userId: signIn.userId,
        expiresAt: signIn.expiresAt,
      },
    });
  }

  async consumeSignIn(id: string, now: Date): Promise<SignInRecord | null> {
    // A conditional update: of any number of racing redemptions (replicas included) one matches.
    const result = await this.prisma.dashboardSignIn.updateMany({
      where: { id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (result.count !== 1) return null;
    const row = await this.prisma.dashboardSignIn.findUnique({ where: { id } });
    return row
      ? { id: row.id, workspaceId: row.workspaceId, userId: row.userId, expiresAt: row.expiresAt }
      : null;
  }

  async createSession(session: SessionRecord): Promise<void> {
    await this.prisma.dashboardSession.create({ data: { ...session } });
  }

  async findSession(id: string, now: Date): Promise<SessionRecord | null> {
    const row = await this.prisma.dashboardSession.findFirst({ where: { id, expiresAt: { gt: now } } });
    return row
      ? { id: row.id, workspaceId: row.workspaceId, userId: row.userId, expiresAt: row.expiresAt }
      : null;
  }

  async deleteSession(id: string): Promise<void> {
    await this.prisma.dashboardSession.deleteMany({ where: { id } });
  }

  async deleteExpired(now: Date): Promise<number> {
    // Used sign-ins stay until they expire: a replayed link is then refused as used, not unknown.
    const [signIns, sessions] = await Promise.all([
      this.prisma.dashboardSignIn.deleteMany({ where: { expiresAt: { lte: now } } }),
      this.prisma.dashboardSession.deleteMany({ where: { expiresAt: { lte: now } } }),
    ]);
    return signIns.count + sessions.count;
  }
}
