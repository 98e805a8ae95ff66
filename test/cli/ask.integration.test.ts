import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const fields = ['question', 'kind', 'text', 'sources', 'confidence', 'privacyWarning'];

describe('joinedup ask', () => {
  it('prints one JSON object for a question given as an argument', async () => {
    const { code, stdout } = await runCli(['ask', '--json', 'what is a team around the child']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0] ?? '');
    expect(Object.keys(out).sort()).toEqual([...fields].sort());
    expect(out.kind).toBe('answer');
    expect(out.sources[0]).toEqual({
      id: expect.any(String),
      title: expect.any(String),
      url: expect.stringMatching(/^https?:/),
    });
    expect(out.confidence).toBeGreaterThan(0);
    expect(out.confidence).toBeLessThanOrEqual(1);
    expect(out.privacyWarning).toBe(false);
  });

  it('reads questions from stdin one per line and answers each, in order', async () => {
    const questions = [
      'who can do a CAF',
      'my pupil just told me her dad hits her and she is scared to go home tonight',
      'where do I park at the civic centre',
      'Can I share the completed CAF for Jayden Smith born 04/05/2016 with his school?',
      'a year 3 boy has bruises on both ears and mum says he fell off the trampoline',
    ];
    const { code, stdout, stderr } = await runCli(['ask', '--json'], {
      input: `${questions.join('\n')}\n\n`,
    });
    expect(code, stderr).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.kind).slice(0, 3)).toEqual(['answer', 'urgent', 'no_answer']);
    // The consent article, answered or offered first as a choice (text mentions `article caf-consent`).
    expect(out[3].sources[0]?.id === 'caf-consent' || out[3].text.includes('article caf-consent')).toBe(true);
    expect(out[4].kind).toBe('urgent');
    // Both tiers keep the kind urgent and say how urgent; nothing else carries urgency.
    expect(out.map((o) => o.urgency)).toEqual([undefined, 'now', undefined, undefined, 'today']);
    expect(out[4].text).toMatch(/safeguarding concern to act on today/);
    expect(out[0].question).toBe(questions[0]);
    expect(out[3].privacyWarning).toBe(true);
    // the echoed question is redacted too
    expect(JSON.stringify(out[3])).not.toMatch(/Jayden|Smith|04\/05\/2016/);
  });

  it('applies the chat length limit and cleaning, and prints the question as chat would store it', async () => {
    const control = String.fromCharCode(0, 7, 0x1b, 0x202e);
    const lines = [
      `${'a'.repeat(1_000_000)}`,
      `who can${control} start a CAF`,
      '🙂🙂👍🏽',
      '[name] [date of birth]',
    ];
    const { code, stdout, stderr } = await runCli(['ask', '--json'], { input: `${lines.join('\n')}\n` });
    expect(code, stderr).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    // 1 MB: refused like chat refuses it, and nothing to store.
    expect(out[0].kind).toBe('no_answer');
    expect(out[0].text).toMatch(/too long for me \(1,000,000 characters; the limit is 4,000\)/);
    expect(out[0].question).toBe('');
    // Control and bidi characters are gone before matching and from the stored form.
    expect(out[1].question).toBe('who can start a CAF');
    expect(out[1].kind).toBe('answer');
    expect(out[1].sources[0].id).toBe('caf-who-can-start');
    // Only emoji, only placeholders: a clear reply, not a guess.
    for (const reply of [out[2], out[3]]) {
      expect(reply.kind).toBe('no_answer');
      expect(reply.text).toMatch(/couldn't find a question/);
    }
  });

  it('prints the plain reply without --json', async () => {
    const { code, stdout } = await runCli(['ask', 'what is the MASH']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Source: /);
    expect(stdout.trim().startsWith('{')).toBe(false);
  });

  it('never writes to the database', async () => {
    const { mkdtempSync, readdirSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = join(mkdtempSync(join(tmpdir(), 'joinedup-ask-')), 'data');
    const { code } = await runCli(['ask', '--json', 'what is a TAC'], { env: { DATA_DIR: dir } });
    expect(code).toBe(0);
    expect(() => readdirSync(dir)).toThrow(/ENOENT/);
  });
});

describe('joinedup command line', () => {
  it('refuses bad configuration with a clear message', async () => {
    const { code, stderr } = await runCli(['ask', 'hello'], { env: { ANSWER_MIN_CONFIDENCE: 'lots' } });
    expect(code).toBe(1);
    expect(stderr).toMatch(/ANSWER_MIN_CONFIDENCE/);
  });

  it('explains an unknown command', async () => {
    const { code, stderr } = await runCli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown command "frobnicate"/);
  });
});
