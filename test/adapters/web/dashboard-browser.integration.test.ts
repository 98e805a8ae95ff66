/// <reference lib="dom" />
// End to end in a real browser: Debian's Chromium, headless, driven by playwright-core, against
// the real `joinedup start` process (console chat plus the dashboard on PORT). The sign-in link
// comes from the console adapter, the answer written in the browser is checked in the console.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../../src/storage/index.ts';
import { binPath, projectRoot } from '../../support/run-cli.ts';
import { seedDashboard } from './seed-dashboard.ts';

const CHROMIUM = '/usr/bin/chromium';
const artifacts = join(projectRoot, 'test', 'artifacts');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The running bot: its console on stdin/stdout, the dashboard on `url`. */
class Bot {
  output = '';
  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (c: Buffer) => {
      this.output += c.toString();
    });
    child.stderr.on('data', () => {});
  }

  /** Types a line into the console and waits for the reply. */
  async say(text: string, timeoutMs = 30_000): Promise<string> {
    const start = this.output.length;
    this.child.stdin.write(`${text}\n`);
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const fresh = this.output.slice(start);
      const match = /\njoinedup> ([\s\S]*?)\n\n/.exec(fresh);
      if (match?.[1]) return match[1];
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no reply to "${text}"`);
  }
}

describe.runIf(existsSync(CHROMIUM))('coordinators’ dashboard in Chromium', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'joinedup-dashboard-'));
  const profile = mkdtempSync(join(tmpdir(), 'joinedup-chromium-'));
  let bot: Bot;
  let url: string;
  let context: BrowserContext;
  let page: Page;
  const nav = () => page.getByRole('navigation', { name: 'Dashboard sections' });
  /** Waits until every chart image has loaded (and drawn), then saves a full-page screenshot. */
  const shot = async (name: string) => {
    await page.waitForFunction(
      () => Array.from(document.images).every((img) => img.complete && img.naturalWidth > 0),
      null,
      { timeout: 60_000 },
    );
    await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    // Seed the console's workspace (`local`), then close it: PGlite is one process at a time.
    const storage = await openStorage({ dataDir });
    await seedDashboard(storage.prisma, {
      workspace: { id: 'local', platform: 'console', name: 'Local console' },
      coordinatorId: 'local-user',
      now: new Date(),
    });
    await storage.close();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [binPath, 'start'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: url,
        SCHEDULER_ENABLED: 'false',
        LOG_LEVEL: 'warn',
        CONSOLE_USER: 'local-user',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    bot = new Bot(child);
    for (let i = 0; i < 600; i += 1) {
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = context.pages()[0] ?? (await context.newPage());
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    if (bot) {
      bot.child.kill('SIGTERM');
      await new Promise((r) => bot.child.once('close', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  it('signs in with a link from the console, shows pulse trends, the rota and the queue, and the bot uses a new local answer', async () => {
    // A question the shipped guidance does not cover lands in the queue.
    const before = await bot.say('where do I park at the civic centre?');
    expect(before).toMatch(/doesn't cover that/);

    const reply = await bot.say('dashboard');
    const link = /http:\/\/127\.0\.0\.1:\d+\/dashboard\/sign-in\?token=\S+/.exec(reply)?.[0];
    expect(link).toBeDefined();

    await page.goto(link as string);
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe('Overview');
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'joinedup_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    // Keyboard: the first Tab lands on the skip link.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await shot('overview');

    // Pulse: the trend chart is drawn (the SVG loads under the CSP) beside its table.
    await nav().getByRole('link', { name: 'Pulse surveys' }).click();
    await page.getByRole('link', { name: 'Trust between agencies', exact: true }).click();
    const trend = page.getByRole('img', { name: /Line chart of the mean answer/ });
    await expect
      .poll(() => trend.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 20_000 })
      .toBeGreaterThan(100);
    expect(await page.getByRole('table', { name: /mean answer by run \(data\)/ }).count()).toBe(1);
    expect(await page.locator('table').first().textContent()).toMatch(/50%/);
    await shot('pulse');

    // Download the trend's CSV.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'CSV data' }).first().click(),
    ]);
    expect(download.suggestedFilename()).toBe('trust-between-agencies-trend.csv');
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Run,Status,Responses,Response rate,Q1 I trust/);
    expect(csv.trim().split('\r\n')).toHaveLength(4);

    // Forums: upcoming meetings, the rota with its reasons, the fairness chart and the calendar.
    await nav().getByRole('link', { name: 'Forums' }).click();
    await page.getByRole('link', { name: 'North CAF Forum' }).click();
    expect(await page.getByRole('columnheader', { name: 'Why this host' }).count()).toBe(1);
    expect(await page.locator('body').textContent()).toMatch(/hosts on .* because/);
    const fairness = page.getByRole('img', { name: /meetings each agency has hosted/ });
    await expect
      .poll(() => fairness.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 20_000 })
      .toBeGreaterThan(100);
    expect(await page.getByRole('link', { name: /calendar \(\.ics\)/ }).getAttribute('href')).toMatch(
      /calendar\.ics$/,
    );
    await shot('forum');

    // Questions: the civic centre question waits; a first try with too short an answer is refused.
    await nav().getByRole('link', { name: 'Questions' }).click();
    const group = page.locator('section.group', { hasText: 'where do I park at the civic centre?' });
    await group.getByRole('link', { name: /Write a local answer/ }).click();
    await page.getByLabel('Title').fill('Where do I park at the civic centre?');
    await page.getByLabel('Answer').fill('Car park.');
    await page.getByRole('button', { name: 'Save the local answer' }).click();
    expect(await page.getByRole('alert').textContent()).toMatch(/Nothing was saved/);
    expect(await page.getByLabel('Answer').getAttribute('aria-invalid')).toBe('true');
    await shot('answer-problems');
    await page
      .getByLabel('Answer')
      .fill(
        'Park in the multi-storey car park on Station Road, next to the civic centre. Forum members can ask reception for a free exit ticket.',
      );
    await page.getByLabel('Keywords').fill('parking, car park, civic centre');
    await page.getByRole('button', { name: 'Save the local answer' }).click();
    expect(await page.getByRole('status').textContent()).toMatch(/Saved\./);
    await shot('questions');

    // The bot now answers the same question with the local answer.
    const after = await bot.say('where do I park at the civic centre?');
    expect(after).toMatch(/multi-storey car park on Station Road/);
    expect(after).toMatch(/written for your area by your coordinators/);

    // Signing out ends the session.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.goto(`${url}/dashboard/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Please sign in');
  }, 180_000);
});
