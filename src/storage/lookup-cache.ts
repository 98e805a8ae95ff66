/**
 * Small in-process caches for the lookups every turn makes. Several replicas may share one
 * PostgreSQL database, and a replica cannot see another's writes, so entries live only briefly
 * (`ttlMs`); this process's own writes replace or drop entries at once. Caches are per Prisma
 * client, so the repositories and the deletions (erasure, workspace removal) over one client
 * share them.
 */

/** A bounded map whose entries expire: the oldest go first past `maxEntries`. */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.until <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, { value, until: this.now() + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  /** Drops every entry whose key starts with `prefix` (everything when none is given). */
  clear(prefix?: string): void {
    for (const key of this.entries.keys()) {
      if (prefix === undefined || key.startsWith(prefix)) this.entries.delete(key);
    }
  }
}

/** How long another replica's change may go unseen here. */
export const LOOKUP_TTL_MS = 10_000;

export interface LookupCaches {
  /** Members by `workspace\u0000user`. */
  members: TtlCache<unknown>;
  /**
   * Workspaces whose row this process knows exists (`workspace`): the platform it holds, or
   * `unknown` for a row made by a repository that only had the id.
   */
  workspaces: TtlCache<string>;
  /** Conversation references saved by this process, by `workspace\u0000conversation`: the JSON saved. */
  references: TtlCache<string>;
}

const byClient = new WeakMap<object, LookupCaches>();

/** The caches of one database client, made on first use. */
export function lookupCachesFor(client: object): LookupCaches {
  let caches = byClient.get(client);
  if (!caches) {
    caches = {
      members: new TtlCache(LOOKUP_TTL_MS),
      workspaces: new TtlCache(LOOKUP_TTL_MS),
      references: new TtlCache(LOOKUP_TTL_MS * 6),
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
