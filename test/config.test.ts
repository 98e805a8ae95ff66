import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { isAppError } from '../src/core/shared/errors.ts';

describe('configuration', () => {
  it('needs nothing to run the console on the embedded database', () => {
    const config = loadConfig({});
    expect(config.storage).toEqual({
      dataDir: './data',
      databaseUrl: undefined,
      connectRetries: 5,
      connectRetryDelayMs: 1000,
    });
    expect(config.retention).toEqual({ rsvpDays: 90, uninstallGraceDays: 30 });
    expect(config.guidance.minConfidence).toBe(0.9);
    expect(config.guidance.questionRetentionDays).toBe(90);
  });

  it('reads every setting and treats empty values as unset', () => {
    const config = loadConfig({
      DATA_DIR: '/var/lib/joinedup',
      DATABASE_URL: 'postgresql://joinedup@db/joinedup',
      CAF_COORDINATOR_CONTACT: 'early.help@council.example',
      SOCIAL_CARE_FRONT_DOOR: '0113 000 0000',
      QUESTION_RETENTION_DAYS: '30',
      LOG_LEVEL: '',
    });
    expect(config.storage.databaseUrl).toBe('postgresql://joinedup@db/joinedup');
    expect(config.guidance.coordinatorContact).toBe('early.help@council.example');
    expect(config.guidance.emergency.socialCareFrontDoor).toBe('0113 000 0000');
    expect(config.guidance.questionRetentionDays).toBe(30);
    expect(config.logLevel).toBe('info');
  });

  it('reads the retention and database start-up settings', () => {
    const config = loadConfig({
      RSVP_RETENTION_DAYS: '30',
      UNINSTALL_GRACE_DAYS: '7',
      DATABASE_CONNECT_RETRIES: '0',
      DATABASE_CONNECT_RETRY_DELAY_MS: '250',
    });
    expect(config.retention).toEqual({ rsvpDays: 30, uninstallGraceDays: 7 });
    expect(config.storage).toMatchObject({ connectRetries: 0, connectRetryDelayMs: 250 });
    let error: unknown;
    try {
      loadConfig({ RSVP_RETENTION_DAYS: '0', UNINSTALL_GRACE_DAYS: 'soon', DATABASE_CONNECT_RETRIES: '-1' });
    } catch (e) {
      error = e;
    }
    const message = (error as Error).message;
    for (const key of ['RSVP_RETENTION_DAYS', 'UNINSTALL_GRACE_DAYS', 'DATABASE_CONNECT_RETRIES']) {
      expect(message).toContain(`${key}:`);
    }
  });

  it('lists every bad value at once', () => {
    let error: unknown;
    try {
      loadConfig({ DATABASE_URL: 'mysql://x', QUESTION_RETENTION_DAYS: '-3', ANSWER_MIN_CONFIDENCE: '2' });
    } catch (e) {
      error = e;
    }
    expect(isAppError(error, 'CONFIG_INVALID')).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/DATABASE_URL: must be a postgres/);
    expect(message).toMatch(/QUESTION_RETENTION_DAYS/);
    expect(message).toMatch(/ANSWER_MIN_CONFIDENCE/);
  });

  it('takes a simulated console clock only when no chat platform is configured', () => {
    expect(loadConfig({ CONSOLE_CLOCK: '2027-01-04T09:00:00Z' }).console.clock?.toISOString()).toBe(
      '2027-01-04T09:00:00.000Z',
    );
    expect(() => loadConfig({ CONSOLE_CLOCK: 'next week' })).toThrow(/CONSOLE_CLOCK must be a date/);
    expect(() =>
      loadConfig({
        CONSOLE_CLOCK: '2027-01-04T09:00',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: 'a-signing-secret-for-tests',
      }),
    ).toThrow(/CONSOLE_CLOCK is for trying joinedup in the terminal alone/);
  });
});
