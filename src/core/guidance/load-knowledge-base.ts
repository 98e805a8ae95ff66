import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../shared/errors.ts';
import { type Article, type ArticleOrigin, parseArticle } from './article.ts';

/** The articles shipped with joinedup. */
export const shippedKnowledgeDir = fileURLToPath(new URL('../../knowledge', import.meta.url));

export interface LoadedKnowledge {
  articles: Article[];
  /** Problems with local articles, which are skipped rather than stopping the bot. */
  warnings: string[];
}

function readDir(dir: string, kind: ArticleOrigin): { articles: Article[]; errors: string[] } {
  const articles: Article[] = [];
  const errors: string[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !f.startsWith('_') && f.toLowerCase() !== 'readme.md')
    .sort();
  for (const file of files) {
    try {
      const article = parseArticle(readFileSync(join(dir, file), 'utf8'), { file, kind });
      if (`${article.id}.md` !== file) {
        errors.push(`${file}: the id "${article.id}" must match the file name`);
        continue;
      }
      articles.push(article);
    } catch (error) {
      errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { articles, errors };
}

/**
 * Loads the shipped articles and, when configured, an area's own directory. A local article
 * with the id of a shipped one replaces it, so coordinators can override without touching code.
 * A broken shipped article is a bug and stops start-up; a broken local one is skipped with a warning.
 */
export function loadKnowledgeBase(options: { shippedDir?: string; localDir?: string } = {}): LoadedKnowledge {
  const shipped = readDir(options.shippedDir ?? shippedKnowledgeDir, 'shipped');
  if (shipped.errors.length > 0) {
    throw new AppError(
      'KNOWLEDGE_INVALID',
      `Shipped knowledge base is invalid:\n${shipped.errors.join('\n')}`,
    );
  }
  const warnings: string[] = [];
  const byId = new Map(shipped.articles.map((a) => [a.id, a]));
  if (options.localDir) {
    if (!existsSync(options.localDir)) {
      warnings.push(
        `KNOWLEDGE_LOCAL_DIR ${options.localDir} does not exist; using the shipped articles only`,
      );
    } else {
      const local = readDir(options.localDir, 'local');
      warnings.push(...local.errors.map((e) => `local article skipped: ${e}`));
      for (const article of local.articles) byId.set(article.id, article);
    }
  }
  const articles = [...byId.values()];
  for (const article of articles) {
    const missing = article.related.filter((id) => !byId.has(id));
    if (missing.length > 0) {
      article.related = article.related.filter((id) => byId.has(id));
      if (article.origin === 'local')
        warnings.push(`${article.id}: related articles not found: ${missing.join(', ')}`);
    }
  }
  return { articles, warnings };
}
