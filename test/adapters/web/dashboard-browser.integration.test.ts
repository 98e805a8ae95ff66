/// <reference lib="dom" />
// End to end in a real browser: Debian's Chromium, headless, driven by playwright-core, against
// the real `joinedup start` process (console chat plus the dashboard on PORT). The sign-in link
// comes from the console adapter, the answer written in the browser is checked in the console.
// Every page is checked with axe-core at 1280 px (a desk) and 390 px (a phone); the screenshots go
// to test/artifacts, and to docs/screenshots too when UPDATE_SCREENSHOTS=1 (so an ordinary run
// leaves the working tree as it was).
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../../src/storage/index.ts';
import { binPath, projectRoot } from '../../support/run-cli.ts';
import { seedAttention, seedDashboard } from './seed-dashboard.ts';

const CHROMIUM = '/usr/bin/chromium';
const artifacts = join(projectRoot, 'test', 'artifacts');
const docsShots =
  process.env.UPDATE_SCREENSHOTS === '1' ? join(projectRoot, 'docs', 'screenshots') : undefined;
const axeSource = readFileSync(join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** An axe-core finding, as much as a failure message needs. */
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

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
    const path = join(artifacts, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    if (docsShots) copyFileSync(path, join(docsShots, `${name}.png`));
  };
  /**
   * Runs axe-core on the page as it is. The page's CSP allows no script, so axe is evaluated
   * through the browser's debugging protocol, which the CSP does not govern, not injected.
   */
  const axeViolations = async (): Promise<AxeViolation[]> => {
    await page.evaluate(`${axeSource}\n;0`);
    return page.evaluate(async () => {
      const axe = (
        window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> } }
      ).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    });
  };
  const expectAccessible = async (what: string) => {
    expect(await axeViolations(), `axe on ${what}`).toEqual([]);
  };

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    if (docsShots) mkdirSync(docsShots, { recursive: true });
    // Seed the console's workspace (`local`), then close it: PGlite is one process at a time.
    const storage = await openStorage({ dataDir });
    await seedDashboard(storage.prisma, {
      workspace: { id: 'local', platform: 'console', name: 'Local console' },
      coordinatorId: 'local-user',
      now: new Date(),
    });
    await seedAttention(storage.prisma, {
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
    // The four kinds of information, from the seeded data, needs action first.
    const main = page.locator('main');
    const headings = await main.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings[0]).toMatch(/^Needs action \(\d+\)$/);
    expect(headings.slice(1, 4)).toEqual(['Forums', 'Pulse surveys', 'Questions waiting for a local answer']);
    const actions = await main.locator('section.actions li').allTextContents();
    const at = (pattern: RegExp) => actions.findIndex((a) => pattern.test(a));
    const order = [
      at(
        /^Host not confirmed: .+ has not confirmed hosting Early Help Drop-in on \w{3} \d+ \w{3} \d{4}, 10:00, in \d days/,
      ),
      at(/^Channel lost: joinedup can no longer post to channel C-north \(North CAF Forum\)/),
      at(/^Post failed: the survey reminder due .* could not be sent/),
    ];
    expect(
      order.every((i) => i >= 0),
      actions.join('\n'),
    ).toBe(true);
    expect([...order].sort((x, y) => x - y)).toEqual(order);
    const north = main.locator('li.card', { hasText: 'North CAF Forum' });
    expect(await north.textContent()).toMatch(
      /Next meeting.*\d{4}, 13:30.*Host.*Status\s*Awaiting host confirmation.*RSVPs\s*2 going, 1 maybe, 1 not going/s,
    );
    const survey = main.locator('li.card', { hasText: 'Trust between agencies' });
    expect(await survey.textContent()).toMatch(
      /\d+% favourable.*(up|down) \d+ points? since \w{3} \d{4}.*Response rate: 50% \(15 responses\).*No run open\./s,
    );
    expect(await main.locator('ol.top-groups li').count()).toBeGreaterThan(0);
    await expectAccessible('the overview');
    await shot('overview');

    // Pulse: the trend chart is drawn (the SVG loads under the CSP) beside its table.
    await nav().getByRole('link', { name: 'Pulse surveys' }).click();
    await page.getByRole('link', { name: 'Trust between agencies', exact: true }).click();
    const trend = page.getByRole('img', { name: /the mean answers ran from/ });
    await expect
      .poll(() => trend.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 20_000 })
      .toBeGreaterThan(100);
    expect(await page.getByRole('table', { name: /mean answer by run \(data\)/ }).count()).toBe(1);
    expect(await page.locator('table').first().textContent()).toMatch(/50%/);
    expect(await page.getByRole('img', { name: /most favourable was Education/ }).count()).toBe(1);
    await expectAccessible('a pulse survey');
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
    const fairness = page.getByRole('img', { name: /(has hosted most|Every agency has hosted)/ });
    await expect
      .poll(() => fairness.evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 20_000 })
      .toBeGreaterThan(100);
    expect(await page.getByRole('link', { name: /calendar \(\.ics\)/ }).getAttribute('href')).toMatch(
      /calendar\.ics$/,
    );
    expect(await page.getByRole('cell', { name: 'Awaiting host confirmation' }).count()).toBeGreaterThan(0);
    await expectAccessible('a forum');
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
    await expectAccessible('the answer form with problems');
    await shot('answer-problems');
    await page
      .getByLabel('Answer')
      .fill(
        'Park in the multi-storey car park on Station Road, next to the civic centre. Forum members can ask reception for a free exit ticket.',
      );
    await page.getByLabel('Keywords').fill('parking, car park, civic centre');
    await page.getByRole('button', { name: 'Save the local answer' }).click();
    expect(await page.getByRole('status').textContent()).toMatch(/Saved\./);
    await expectAccessible('the questions page');
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

  it('reads on a 390 px phone: narrow charts drawn at their size, no sideways page scroll, no axe violations', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const reply = await bot.say('dashboard');
    const link = /http:\/\/127\.0\.0\.1:\d+\/dashboard\/sign-in\?token=\S+/.exec(reply)?.[0];
    await page.goto(link as string);
    await expectAccessible('the sign-in page');
    await page.getByRole('button', { name: 'Open the dashboard' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
      .toBe('Overview');
    const forumId = await page.getByRole('link', { name: 'North CAF Forum' }).first().getAttribute('href');
    const pages: [string, string][] = [
      ['overview', '/dashboard/'],
      ['pulse-list', '/dashboard/pulse'],
      ['pulse', '/dashboard/pulse/trust-between-agencies'],
      ['forums', '/dashboard/forums'],
      ['forum', forumId ?? ''],
      ['questions', '/dashboard/questions'],
      ['answer-form', '/dashboard/questions/answer'],
    ];
    for (const [name, path] of pages) {
      await page.goto(`${url}${path}`);
      await page.waitForFunction(
        () => Array.from(document.images).every((img) => img.complete && img.naturalWidth > 0),
        null,
        {
          timeout: 60_000,
        },
      );
      // Nothing wider than the phone: only tables scroll, inside their own box.
      const overflow = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        // What sticks out, to name in the failure message.
        culprits: Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > 391)
          .slice(0, 5)
          .map((e) => `${e.tagName}.${e.className}: ${(e.textContent ?? '').slice(0, 60)}`),
      }));
      expect(overflow.width, `${name}: ${overflow.culprits.join(' | ')}`).toBeLessThanOrEqual(390);
      // Each chart is the narrow drawing, shown at its own size (so its 12 px text stays 12 px).
      const charts = await page.evaluate(() =>
        Array.from(document.querySelectorAll('picture img')).map((img) => {
          const i = img as HTMLImageElement;
          return { src: i.currentSrc, natural: i.naturalWidth, shown: i.getBoundingClientRect().width };
        }),
      );
      for (const chart of charts) {
        expect(chart.src, name).toMatch(/-narrow\.svg$/);
        expect(chart.natural, name).toBeLessThanOrEqual(350);
        expect(chart.shown / chart.natural, name).toBeGreaterThanOrEqual(0.99);
      }
      await expectAccessible(`${name} on a phone`);
      if (['overview', 'pulse', 'forum', 'questions'].includes(name)) await shot(`${name}-phone`);
    }
    // A wide table tells the reader it scrolls.
    await page.goto(`${url}/dashboard/pulse/trust-between-agencies`);
    expect(await page.getByText('Scroll the table sideways to see every column').first().isVisible()).toBe(
      true,
    );
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await page.getByText('Scroll the table sideways to see every column').first().isVisible()).toBe(
      false,
    );
  }, 240_000);
});
