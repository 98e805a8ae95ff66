import type { PrismaClient } from './client.ts';

/** One workspace as `joinedup data workspaces` lists it: no names of people, no message text. */
export interface WorkspaceSummary {
  id: string;
  platform: string;
  members: number;
  /** When the app was removed from it (its data goes after the grace period), if it was. */
  uninstalledAt: Date | null;
}

/** Every workspace in the database with its member count, oldest first. */
export async function listWorkspaces(prisma: PrismaClient): Promise<WorkspaceSummary[]> {
  const rows = await prisma.workspace.findMany({
    select: { id: true, platform: true, uninstalledAt: true, _count: { select: { members: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    id: r.id,
    platform: r.platform,
    members: r._count.members,
    uninstalledAt: r.uninstalledAt,
  }));
}

/** True when the workspace exists in the database. */
export async function workspaceExists(prisma: PrismaClient, workspaceId: string): Promise<boolean> {
  return (await prisma.workspace.count({ where: { id: workspaceId } })) > 0;
}
