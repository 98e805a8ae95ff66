import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { z } from 'zod';
import { AppError } from '../shared/errors.ts';
import { secureSourceUrl } from './secure-source-url.ts';

const sourceSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().optional(),
  year: z.union([z.number().int(), z.string()]).optional(),
  url: z.url().transform(secureSourceUrl),
});

const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, -)');

const frontMatterSchema = z.object({
  id: idSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  tags: z.array(z.string()).default([]),
  synonyms: z.array(z.string()).default([]),
  questions: z.array(z.string()).default([]),
  sources: z.array(sourceSchema).min(1, 'every article names at least one source'),
  nation: z.string().default('england'),
  lastReviewed: z
    .union([z.string(), z.date()])
    .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)),
  local: z.boolean().default(false),
  unverified: z.string().optional(),
  related: z.array(idSchema).default([]),
  supersedes: z.array(idSchema).default([]),
});

/** Where an article came from: shipped with joinedup, or written for one area by its coordinators. */
export type ArticleOrigin = 'shipped' | 'local';

export interface ArticleSource {
  title: string;
  publisher?: string;
  year?: number | string;
  url: string;
}

/** One self-contained part of an article: its lead paragraph or one `##` section. */
export interface ArticleSection {
  /** The section's question heading; the article title for the lead. */
  heading: string;
  text: string;
}

/** A guidance article from the knowledge base. */
export interface Article {
  id: string;
  title: string;
  summary: string;
  tags: string[];
  synonyms: string[];
  /**
   * Other ways practitioners ask what this article answers, in their own words (short, informal,
   * role-prefixed): matched question to question, as question-answering services keep alternate
   * phrasings. Absent for coordinators' local answers.
   */
  questions?: string[];
  sources: ArticleSource[];
  nation: string;
  lastReviewed: string;
  local: boolean;
  unverified?: string;
  related: string[];
  /**
   * Articles on an earlier edition of the same guidance ("2018" beside "2024"): a question that
   * does not ask for the earlier edition is answered from this one.
   */
  supersedes?: string[];
  origin: ArticleOrigin;
  /** The lead paragraph first, then each `##` section in order. */
  sections: ArticleSection[];
}

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function splitSections(title: string, body: string): ArticleSection[] {
  const sections: ArticleSection[] = [];
  let heading = title;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join('\n').trim();
    if (text) sections.push({ heading, text });
    lines = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const match = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (match?.[1]) {
      flush();
      heading = match[1];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

/**
 * Parses one article: YAML front matter, a lead paragraph, then `## Question?` sections.
 * `origin` names the file in error messages.
 */
export function parseArticle(markdown: string, origin: { file: string; kind: ArticleOrigin }): Article {
  const match = frontMatterPattern.exec(markdown.replace(/^\uFEFF/, ''));
  if (!match) {
    throw new AppError(
      'KNOWLEDGE_INVALID',
      `${origin.file}: no front matter (the file must start with a --- block)`,
    );
  }
  let data: unknown;
  try {
    // js-yaml on YAML 1.2's core schema: dates stay text, and it parses these front matters in
    // less than half the time of the \`yaml\` package, which every start used to spend.
    data = loadYaml(match[1] ?? '', { schema: CORE_SCHEMA });
  } catch (error) {
    throw new AppError(
      'KNOWLEDGE_INVALID',
      `${origin.file}: the front matter is not valid YAML (${String(error)})`,
    );
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `${i.path.join('.') || 'front matter'}: ${i.message}`)
      .join('; ');
    throw new AppError('KNOWLEDGE_INVALID', `${origin.file}: ${problems}`);
  }
  const fm = parsed.data;
  const sections = splitSections(fm.title, match[2] ?? '');
  if (sections.length === 0) {
    throw new AppError('KNOWLEDGE_INVALID', `${origin.file}: the article has no text`);
  }
  return { ...fm, origin: origin.kind, sections };
}
