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
      'Can I share the CAF for Jayden Smith born 04/05/2016 with the GP?',
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
    expect(out.map((o) => o.kind)).toEqual(['answer', 'urgent', 'no_answer', 'answer', 'urgent']);
    // Both tiers keep the kind urgent and say how urgent; nothing else carries urgency.
    expect(out.map((o) => o.urgency)).toEqual([undefined, 'now', undefined, undefined, 'today']);
    expect(out[4].text).toMatch(/safeguarding concern to act on today/);
    expect(out[0].question).toBe(questions[0]);
    expect(out[3].privacyWarning).toBe(true);
    // the echoed question is redacted too
    expect(JSON.stringify(out[3])).not.toMatch(/Jayden|Smith|04\/05\/2016/);
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
