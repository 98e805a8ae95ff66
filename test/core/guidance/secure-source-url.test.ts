import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/guidance/load-knowledge-base.ts';
import { secureSourceUrl } from '../../../src/core/guidance/secure-source-url.ts';

describe('secureSourceUrl', () => {
  it('upgrades the web archives to https, keeping the archived address as it is', () => {
    expect(secureSourceUrl('http://web.archive.org/web/2010/http://www.example.org/caf')).toBe(
      'https://web.archive.org/web/2010/http://www.example.org/caf',
    );
    expect(
      secureSourceUrl(
        'http://webarchive.nationalarchives.gov.uk/20130903161416/http:/www.education.gov.uk/x',
      ),
    ).toBe('https://webarchive.nationalarchives.gov.uk/20130903161416/http:/www.education.gov.uk/x');
  });

  it('leaves hosts not known to serve https, https links and non-URLs alone', () => {
    expect(secureSourceUrl('http://www.devonchildrenstrust.org.uk/toolkit')).toBe(
      'http://www.devonchildrenstrust.org.uk/toolkit',
    );
    expect(secureSourceUrl('https://web.archive.org/web/1')).toBe('https://web.archive.org/web/1');
    expect(secureSourceUrl('not a url')).toBe('not a url');
  });

  it('no shipped source links to an archive over plain http', () => {
    const urls = loadKnowledgeBase().articles.flatMap((a) => a.sources.map((s) => s.url));
    expect(urls.some((u) => u.includes('webarchive.nationalarchives.gov.uk'))).toBe(true);
    expect(urls.filter((u) => /^http:\/\/(web\.archive\.org|webarchive\.)/.test(u))).toEqual([]);
  });
});
