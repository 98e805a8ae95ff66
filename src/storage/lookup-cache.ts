/**
 * Small in-process caches for the lookups every turn makes. Several replicas may share one
 * PostgreSQL database, and a replica cannot see another's writes, so entries live only briefly
 * (`ttlMs`); this process's own writes replace or drop entries at once. Caches are per Prisma
 * client, so the repositories and the deletions (erasure, workspace removal) over one client
 * share them.
 */
import { BoundedCache } from '../core/shared/bounded-cache.ts';

/** How long another replica's change may go unseen here. */
export const LOOKUP_TTL_MS = 10_000;

export interface LookupCaches {
  /** Members by `workspace\u0000user`. */
  members: BoundedCache<unknown>;
  /**
   * Workspaces whose row this process knows exists (`workspace`): the platform it holds, or
   * `unknown` for a row made by a repository that only had the id.
   */
  workspaces: BoundedCache<string>;
  /** Conversation references saved by this process, by `workspace\u0000conversation`: the JSON saved. */
  references: BoundedCache<string>;
}

const byClient = new WeakMap<object, LookupCaches>();

/** The caches of one database client, made on first use. */
export function lookupCachesFor(client: object): LookupCaches {
  let caches = byClient.get(client);
  if (!caches) {
    caches = {
      members: new BoundedCache(LOOKUP_TTL_MS),
      workspaces: new BoundedCache(LOOKUP_TTL_MS),
      references: new BoundedCache(LOOKUP_TTL_MS * 6),
    };
    byClient.set(client, caches);
  }
  return caches;
}

/** Forgets what is cached about a workspace (or one member of it), after deleting data there. */
export function forgetCached(client: object, workspaceId: string, userId?: string): void {
  const caches = lookupCachesFor(client);
  if (userId !== undefined) {
    caches.members.delete(`${workspaceId}\u0000${userId}`);
    return;
  }
  caches.members.clear(`${workspaceId}\u0000`);
  caches.workspaces.delete(workspaceId);
  caches.references.clear(`${workspaceId}\u0000`);
}
