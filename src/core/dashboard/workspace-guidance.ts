// The bot answers from the shipped knowledge base plus each workspace's own local answers. A
// workspace without local answers shares the one shipped index; one with them gets its own,
// built on first use and rebuilt when its answers change. Answers live in the database, so other
// replicas pick a new one up within `ttlMs` (they re-check a cheap fingerprint, not the articles).
import { type GuidanceOptions, GuidanceService } from '../guidance/answer-question.ts';
import type { Article } from '../guidance/article.ts';
import { KnowledgeIndex } from '../guidance/knowledge-index.ts';
import type { Clock } from '../shared/ports.ts';
import { toArticle } from './local-answer.ts';
import type { LocalArticleRepository } from './ports.ts';

export interface WorkspaceGuidanceDeps {
  /** The guidance every workspace without local answers uses. */
  base: GuidanceService;
  /** The articles behind `base` (shipped and KNOWLEDGE_LOCAL_DIR), loaded when first needed. */
  loadArticles: () => Article[];
  options: GuidanceOptions;
  localArticles: LocalArticleRepository;
  clock: Clock;
  /** How long a workspace's guidance is used before its fingerprint is checked again (default 30 s). */
  ttlMs?: number;
  /** Most workspaces kept in memory (default 200); the least recently used goes first. */
  maxWorkspaces?: number;
}

interface Entry {
  checkedAt: number;
  version: string;
  guidance: GuidanceService;
}

export class WorkspaceGuidance {
  private readonly entries = new Map<string, Promise<Entry>>();
  private articles?: Article[];

  constructor(private readonly deps: WorkspaceGuidanceDeps) {}

  /** The guidance for one workspace: shipped articles plus its local answers. */
  async guidanceFor(workspaceId: string): Promise<GuidanceService> {
    const now = this.deps.clock.now().getTime();
    const cached = this.entries.get(workspaceId);
    if (cached) {
      const entry = await cached.catch(() => undefined);
      if (entry && now - entry.checkedAt < (this.deps.ttlMs ?? 30_000)) {
        // Most recently used last, for eviction.
        this.entries.delete(workspaceId);
        this.entries.set(workspaceId, cached);
        return entry.guidance;
      }
    }
    const loading = this.load(workspaceId, now, cached);
    this.entries.delete(workspaceId);
    this.entries.set(workspaceId, loading);
    while (this.entries.size > (this.deps.maxWorkspaces ?? 200)) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    try {
      return (await loading).guidance;
    } catch (error) {
      this.entries.delete(workspaceId);
      throw error;
    }
  }

  /** Forgets a workspace's guidance, so the next question sees a just-saved answer. */
  invalidate(workspaceId: string): void {
    this.entries.delete(workspaceId);
  }

  private async load(workspaceId: string, now: number, previous?: Promise<Entry>): Promise<Entry> {
    const version = await this.deps.localArticles.version(workspaceId);
    const before = await previous?.catch(() => undefined);
    if (before && before.version === version) return { ...before, checkedAt: now };
    const local = await this.deps.localArticles.list(workspaceId);
    if (local.length === 0) return { checkedAt: now, version, guidance: this.deps.base };
    this.articles ??= this.deps.loadArticles();
    const byId = new Map(this.articles.map((a) => [a.id, a]));
    for (const record of local) byId.set(record.slug, toArticle(record));
    const guidance = new GuidanceService(new KnowledgeIndex([...byId.values()]), this.deps.options);
    return { checkedAt: now, version, guidance };
  }
}
