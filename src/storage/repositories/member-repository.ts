import type { BoundedCache } from '../../core/shared/bounded-cache.ts';
import type { MemberRecord, MemberRepository, Role, WorkspaceRef } from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import type { Member } from '../generated/prisma/client.ts';
import { lookupCachesFor } from '../lookup-cache.ts';
import { ensureWorkspaceRow } from './workspace-repository.ts';

function toRecord(row: Member): MemberRecord {
  return {
    workspaceId: row.workspaceId,
    userId: row.userId,
    role: row.role as Role,
    displayName: row.displayName ?? undefined,
  };
}

const key = (workspaceId: string, userId: string) => `${workspaceId}\u0000${userId}`;

/**
 * Members, with every turn's lookup cached briefly (see lookup-cache.ts): a role changed on
 * another replica shows here within LOOKUP_TTL_MS; this process's own changes at once.
 */
export class PrismaMemberRepository implements MemberRepository {
  private readonly cache: BoundedCache<unknown>;

  constructor(private readonly prisma: PrismaClient) {
    this.cache = lookupCachesFor(prisma).members;
  }

  private remember(record: MemberRecord): MemberRecord {
    this.cache.set(key(record.workspaceId, record.userId), { ...record });
    return record;
  }

  async ensureMember(workspace: WorkspaceRef, userId: string, displayName?: string): Promise<MemberRecord> {
    const existing = await this.findMember(workspace.id, userId);
    if (existing) return existing;
    // The advisory lock serialises first arrivals per workspace, so exactly one becomes coordinator
    // even when several replicas see new users at the same moment.
    const row = await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`member:${workspace.id}`}))`;
      await ensureWorkspaceRow(tx, workspace.id, workspace.platform);
      if (workspace.name)
        await tx.workspace.updateMany({
          where: { id: workspace.id, name: null },
          data: { name: workspace.name },
        });
      const found = await tx.member.findUnique({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId } },
      });
      if (found) return found;
      const coordinators = await tx.member.count({
        where: { workspaceId: workspace.id, role: 'coordinator' },
      });
      return tx.member.create({
        data: {
          workspaceId: workspace.id,
          userId,
          displayName: displayName ?? null,
          role: coordinators === 0 ? 'coordinator' : 'member',
        },
      });
    });
    return this.remember(toRecord(row));
  }

  async findMember(workspaceId: string, userId: string): Promise<MemberRecord | null> {
    const cached = this.cache.get(key(workspaceId, userId)) as MemberRecord | undefined;
    if (cached) return { ...cached };
    const row = await this.prisma.member.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
    });
    return row ? this.remember(toRecord(row)) : null;
  }

  async setRole(workspaceId: string, userId: string, role: Role): Promise<MemberRecord> {
    const row = await this.prisma.member.upsert({
      where: { workspaceId_userId: { workspaceId, userId } },
      create: { workspaceId, userId, role },
      update: { role },
    });
    return this.remember(toRecord(row));
  }

  async listMembers(workspaceId: string): Promise<MemberRecord[]> {
    const rows = await this.prisma.member.findMany({ where: { workspaceId }, orderBy: { createdAt: 'asc' } });
    return rows.map(toRecord);
  }
}
