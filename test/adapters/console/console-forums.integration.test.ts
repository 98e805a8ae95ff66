import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migratedDataDir } from '../../support/migrated-data-dir.ts';
import { runCli } from '../../support/run-cli.ts';

describe('forum commands in the console chat', () => {
  it('creates a forum, adds agencies, shows and explains the rota, takes an RSVP and exports the calendar', async () => {
    const dataDir = await migratedDataDir('joinedup-forums-');
    const run = await runCli(['start'], {
      env: { DATA_DIR: dataDir, SCHEDULER_ENABLED: 'false' },
      input: [
        'forum create "North CAF Forum" cadence="every 2 months on the 2nd tuesday" time=13:30 start=2030-01-01',
        'forum agency add "North CAF Forum" name="Oakfield Primary" sector=education',
        'forum agency add "North CAF Forum" name="Riverside Health Centre" sector=health blackout=2030-03-12',
        'forum agency add "North CAF Forum" name="Youth Hub" sector=youth_support',
        'forum schedule',
        'forum why 2030-03-12',
        'rsvp going',
        'forum calendar',
        'forum create Bad cadence="every 0 weeks on monday" time=25:00 start=2030-02-30',
        'quit',
      ].join('\n'),
    });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Created North CAF Forum: every 2 months on the second Tuesday at 13:30/);
    expect(run.stdout).toMatch(/Tue 8 Jan 2030 13:30: hosted by Oakfield Primary/);
    expect(run.stdout).toMatch(/Tue 12 Mar 2030 13:30: hosted by Youth Hub/);
    expect(run.stdout).toMatch(/Riverside Health Centre is blacked out on 12 Mar 2030/);
    expect(run.stdout).toMatch(/Noted: going for Tue 8 Jan 2030. So far: going 1/);
    const saved = /Saved to (\S+\.ics)/.exec(run.stdout)?.[1] ?? '';
    expect(readFileSync(saved, 'utf8')).toMatch(
      /BEGIN:VEVENT[\s\S]*DTSTART;TZID=Europe\/London:20300108T133000/,
    );
    expect(run.stdout).toMatch(/the start time "25:00" is not a time/);
    expect(run.stdout).toMatch(/interval in weeks must be a whole number from 1 to 52/);
    expect(run.stdout).toMatch(/"2030-02-30" is not a real date/);
  });
});
