import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/guidance/article.ts';
import { loadKnowledgeBase } from '../../../src/core/guidance/load-knowledge-base.ts';
import { isAppError } from '../../../src/core/shared/errors.ts';

const { articles } = loadKnowledgeBase();
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

const article = (
  id: string,
  body = 'A lead paragraph about local parking arrangements for forum meetings.',
) => `---
id: ${id}
title: Parking for forum meetings
summary: Where to park when the forum meets at the civic centre.
tags: [forum, parking]
synonyms: [car park]
sources:
  - title: North Locality forum handbook
    year: 2026
    url: https://example.org/forum-handbook
lastReviewed: 2026-11-01
local: true
---
${body}
`;

describe('shipped knowledge base', () => {
  it('has at least 40 articles with unique ids', () => {
    expect(articles.length).toBeGreaterThanOrEqual(40);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  });

  it('cites a source with a link for every article and keeps every section short enough to answer with', () => {
    for (const a of articles) {
      expect(a.sources.length, a.id).toBeGreaterThan(0);
      for (const s of a.sources) expect(s.url, a.id).toMatch(/^https?:\/\//);
      for (const section of a.sections)
        expect(words(section.text), `${a.id}: ${section.heading}`).toBeLessThanOrEqual(120);
    }
  });

  it('says so in the text wherever an article is marked unverified', () => {
    for (const a of articles.filter((x) => x.unverified)) {
      const text = a.sections.map((s) => s.text).join(' ');
      expect(text, a.id).toMatch(
        /unverified|not (been )?(confirmed|verified|checked)|not yet (confirmed|verified)/i,
      );
    }
  });

  it('covers the topics practitioners ask about', () => {
    const text = articles.map((a) => `${a.title} ${a.tags.join(' ')}`.toLowerCase()).join('\n');
    for (const topic of [
      'consent',
      'domain',
      'lead professional',
      'team around the child',
      'team around the family',
      'golden rules',
      'special category',
      'schedule 1',
      'myth',
      'record',
      'threshold',
      'section 17',
      'section 47',
      'safeguarding partners',
      'mash',
      'designated safeguarding lead',
      'every child matters',
      'ecaf',
      'forum',
    ]) {
      expect(text, topic).toContain(topic);
    }
  });

  it('links related articles that exist', () => {
    const ids = new Set(articles.map((a) => a.id));
    for (const a of articles) for (const r of a.related) expect(ids.has(r), `${a.id} -> ${r}`).toBe(true);
  });
});

describe('local articles', () => {
  it('adds an area’s own articles and lets them override shipped ones by id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'joinedup-local-kb-'));
    writeFileSync(join(dir, 'forum-parking.md'), article('forum-parking'));
    writeFileSync(
      join(dir, 'mash.md'),
      article('mash', 'Our MASH is called the Front Door and is open 8am to 6pm.'),
    );
    const { articles: loaded, warnings } = loadKnowledgeBase({ localDir: dir });
    expect(warnings).toEqual([]);
    expect(loaded.find((a) => a.id === 'forum-parking')?.origin).toBe('local');
    const mash = loaded.find((a) => a.id === 'mash');
    expect(mash?.origin).toBe('local');
    expect(mash?.sections[0]?.text).toMatch(/Front Door/);
    expect(loaded.length).toBe(articles.length + 1);
  });

  it('skips a broken local article with a warning that names the file and the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'joinedup-local-kb-'));
    writeFileSync(join(dir, 'no-front-matter.md'), 'Just some text.');
    writeFileSync(
      join(dir, 'bad-url.md'),
      article('bad-url').replace('https://example.org/forum-handbook', 'not a url'),
    );
    writeFileSync(join(dir, 'wrong-name.md'), article('another-id'));
    const { articles: loaded, warnings } = loadKnowledgeBase({ localDir: dir });
    expect(loaded.length).toBe(articles.length);
    expect(warnings.join('\n')).toMatch(/no-front-matter\.md: no front matter/);
    expect(warnings.join('\n')).toMatch(/bad-url\.md: sources\.0\.url/);
    expect(warnings.join('\n')).toMatch(/wrong-name\.md: the id "another-id" must match the file name/);
  });

  it('warns, and keeps the shipped articles, when the configured directory does not exist', () => {
    const { articles: loaded, warnings } = loadKnowledgeBase({ localDir: '/nonexistent/joinedup-kb' });
    expect(loaded.length).toBe(articles.length);
    expect(warnings[0]).toMatch(/does not exist/);
  });

  it('refuses an article without a source', () => {
    const text = article('x').replace(/sources:[\s\S]*?lastReviewed/, 'sources: []\nlastReviewed');
    let error: unknown;
    try {
      parseArticle(text, { file: 'x.md', kind: 'local' });
    } catch (e) {
      error = e;
    }
    expect(isAppError(error, 'KNOWLEDGE_INVALID')).toBe(true);
    expect(String(error)).toMatch(/at least one source/);
  });
});
