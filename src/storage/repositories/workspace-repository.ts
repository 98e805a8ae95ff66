import type {
  NewWorkspaceNotice,
  Platform,
  WorkspaceNotice,
  WorkspaceNoticeRepository,
  WorkspaceRef,
  WorkspaceRepository,
  WorkspaceStatus,
} from '../../core/shared/ports.ts';
import type { PrismaClient } from '../client.ts';
import { lookupCachesFor } from '../lookup-cache.ts';
import { markWorkspaceReinstalled, markWorkspaceUninstalled } from '../workspace-lifecycle.ts';

const PLATFORMS: readonly string[] = ['slack', 'teams', 'console'] satisfies Platform[];

/** A stored platform name as a platform, or undefined for `unknown` (and anything else). */
export function toPlatform(value: string | null | undefined): Platform | undefined {
  return value && PLATFORMS.includes(value) ? (value as Platform) : undefined;
}

/** Anything that can run a tagged raw statement: the client or a transaction. */
type RawExecutor = Pick<PrismaClient, '$executeRaw'>;

/**
 * Makes sure the workspace row exists, recording its platform when it is known. A row made
 * earlier without one (`unknown`: a repository that only had the id) takes the platform now, so
 * whichever event arrives first, the workspace ends up on the right platform. A known platform is
 * never overwritten.
 */
export async function ensureWorkspaceRow(
  db: RawExecutor,
  workspaceId: string,
  platform: Platform | 'unknown',
): Promise<void> {
  await db.$executeRaw`
    INSERT INTO workspace (id, platform) VALUES (${workspaceId}, ${platform})
    ON CONFLICT (id) DO UPDATE SET platform = EXCLUDED.platform
    WHERE workspace.platform = 'unknown' AND EXCLUDED.platform <> 'unknown'`;
}

/**
 * `ensureWorkspaceRow` on the client, skipped when this process has lately made sure of the row
 * with this platform (or a known one): every event and turn needs the row, and it hardly ever
 * changes. The cache is dropped when the workspace's data is deleted here, and lives
 * `LOOKUP_TTL_MS` so a deletion by another replica is seen soon after.
 */
export async function ensureWorkspaceKnown(
  prisma: PrismaClient,
  workspaceId: string,
  platform: Platform | 'unknown',
): Promise<void> {
  const known = lookupCachesFor(prisma).workspaces;
  const held = known.get(workspaceId);
  if (held !== undefined && (platform === 'unknown' || held !== 'unknown')) return;
  await ensureWorkspaceRow(prisma, workspaceId, platform);
  // A platform stays `unknown` here when the row held one already (never overwritten): asking
  // again with a real platform runs the statement once more, and changes nothing.
  if (known.get(workspaceId) === undefined || platform !== 'unknown') known.set(workspaceId, platform);
}

/** Workspaces: their platform, and the app's removal and return. */
export class PrismaWorkspaceRepository implements WorkspaceRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async ensure(workspace: WorkspaceRef): Promise<void> {
    await ensureWorkspaceKnown(this.prisma, workspace.id, workspace.platform);
  }

  async platformOf(workspaceId: string): Promise<Platform | undefined> {
    const row = await this.prisma.workspace.findUnique({
      where: { id: workspaceId },
      select: { platform: true },
    });
    return toPlatform(row?.platform);
  }

  async status(workspaceId: string): Promise<WorkspaceStatus | null> {
    const row = await this.prisma.workspace.findUnique({
      where: { id: workspaceId },
      select: { platform: true, uninstalledAt: true },
    });
    if (!row) return null;
    return { platform: toPlatform(row.platform), uninstalledAt: row.uninstalledAt ?? undefined };
  }

  markUninstalled(workspaceId: string, at: Date) {
    return markWorkspaceUninstalled(this.prisma, workspaceId, at);
  }

  markReinstalled(workspaceId: string) {
    return markWorkspaceReinstalled(this.prisma, workspaceId);
  }
}

const toNotice = (row: {
  id: string;
  workspaceId: string;
  key: string;
  kind: string;
  text: string;
  createdAt: Date;
}): WorkspaceNotice => ({
  id: row.id,
  workspaceId: row.workspaceId,
  key: row.key,
  kind: row.kind,
  text: row.text,
  createdAt: row.createdAt,
});

/** Notices for a workspace's coordinators, each told once. */
export class PrismaWorkspaceNoticeRepository implements WorkspaceNoticeRepository {
  constructor(private readonly prisma: PrismaClient) {}

  async add(notice: NewWorkspaceNotice): Promise<boolean> {
    await ensureWorkspaceRow(this.prisma, notice.workspaceId, 'unknown');
    const inserted = await this.prisma.$executeRaw`
      INSERT INTO workspace_notice (id, workspace_id, key, kind, text, created_at)
      VALUES (gen_random_uuid()::text, ${notice.workspaceId}, ${notice.key}, ${notice.kind},
              ${notice.text}, ${notice.createdAt})
      ON CONFLICT (workspace_id, key) DO NOTHING`;
    return inserted === 1;
  }

  async takePending(
    workspaceId: string,
    userId: string,
    at: Date,
    limit: number,
  ): Promise<WorkspaceNotice[]> {
    // One statement claims them, so two coordinators talking at once are not both told.
    const rows = await this.prisma.$queryRaw<
      { id: string; workspace_id: string; key: string; kind: string; text: string; created_at: Date }[]
    >`
      UPDATE workspace_notice SET delivered_at = ${at}, delivered_to = ${userId}
      WHERE id IN (
        SELECT id FROM workspace_notice
        WHERE workspace_id = ${workspaceId} AND delivered_at IS NULL
        ORDER BY created_at
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
      RETURNING id, workspace_id, key, kind, text, created_at`;
    return rows
      .map((r) =>
        toNotice({
          id: r.id,
          workspaceId: r.workspace_id,
          key: r.key,
          kind: r.kind,
          text: r.text,
          createdAt: r.created_at,
        }),
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  }

  async list(workspaceId: string, limit: number): Promise<(WorkspaceNotice & { deliveredAt?: Date })[]> {
    const rows = await this.prisma.workspaceNotice.findMany({
      where: { workspaceId },
      orderBy: { createdAt: 'desc' },
      take: limit,
    });
    return rows.map((r) => ({ ...toNotice(r), deliveredAt: r.deliveredAt ?? undefined }));
  }
}
