// Acceptance: a coordinator writes a custom three-question survey in the console, twelve people
// answer across sectors (`as <user>`), the run closes, a second run follows, and the results read
// "N% agree, up M points since …".
import { describe, expect, it } from 'vitest';
import { migratedDataDir } from '../../support/migrated-data-dir.ts';
import { runCli } from '../../support/run-cli.ts';

const SECTORS = ['voluntary', 'NHS', '"social care"', 'school', 'police', 'housing'];

/** Twelve people's answers; the first `agreeing` agree with Q1. */
function answers(agreeing: number): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const q1 = i < agreeing ? 4 + (i % 2) : 2;
    return `as member${i} pulse answer sector=${SECTORS[i % SECTORS.length]} ${q1} ${i % 11} ${i % 2 === 0 ? 1 : 2}`;
  });
}

describe('pulse surveys in the console', () => {
  it('runs a custom three-question survey twice and reads the headline with the change', async () => {
    const dataDir = await migratedDataDir('joinedup-pulse-');
    const run = await runCli(['start'], {
      env: { DATA_DIR: dataDir, SCHEDULER_ENABLED: 'false' },
      input: [
        'whoami',
        'pulse template add key=t2 title="T two" q1="agree5: statement"',
        'pulse template add key=trust3 title="Trust check" q1="agree5: Trust between agencies has increased" q2="scale10: How likely are you to recommend the forum?" q3="choice: Best format | Online; In person"',
        'pulse template add key=bad title="Bad" q1="agree5: ok" q2="agree5: ok" q3="agree5: ok" q4="agree5: ok" q5="agree5: ok" q6="agree5: too many"',
        'pulse start trust3',
        'pulse start trust3',
        'as member0 pulse answer 4 5 1',
        ...answers(6),
        'pulse results',
        'pulse close trust3',
        'pulse start trust3',
        ...answers(9),
        'as member0 pulse results',
        'pulse close trust3',
        'pulse results',
        'quit',
      ].join('\n'),
    });
    expect(run.code, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/Saved the survey "T two" as t2/);
    expect(out).toMatch(/Saved the survey "Trust check" as trust3/);
    expect(out).toMatch(/at most 5 questions/);
    expect(out).toMatch(/"Trust check" is already open/);
    // The sector is asked inside the answer flow, once.
    expect(out).toMatch(/\(as member0\) First tell me your agency's sector/);
    expect(out).toMatch(
      /\(as member1\) Thank you, your answer is recorded for "Trust check"\. It is anonymous\./,
    );
    // Anonymous: only the count while open.
    expect(out).toMatch(/12 responses[\s\S]*released when the survey closes/);
    expect(out).toMatch(/\(as member0\) .*coordinator/);
    // First run 6 of 12 agree (50%); second 9 of 12 (75%).
    expect(out).toMatch(/Q1\. Trust between agencies has increased: 75% agree, up 25 points since \w+ \d{4}/);
    expect(out).toMatch(/Headline: \d+% favourable overall, up \d+ points since/);
  });
});
