import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { planRota } from '../core/forums/plan-rota.ts';
import type { Agency, Cadence, ForumSeries, Sector } from '../core/forums/types.ts';
import { SECTORS } from '../core/forums/types.ts';
import { GuidanceService } from '../core/guidance/answer-question.ts';
import type { Article } from '../core/guidance/article.ts';
import { KnowledgeIndex } from '../core/guidance/knowledge-index.ts';
import { loadKnowledgeBase } from '../core/guidance/load-knowledge-base.ts';
import { computeRunResults } from '../core/pulse/compute-results.ts';
import { computeTrend } from '../core/pulse/compute-trend.ts';
import { respondentKey } from '../core/pulse/respondent-key.ts';
import { findShippedTemplate } from '../core/pulse/shipped-templates.ts';
import type { ResponseRecord } from '../core/pulse/types.ts';
import type { OutboundMessage } from '../core/shared/ports.ts';
import { dispatchDuePosts } from '../scheduler/dispatch-due-posts.ts';
import { seedDuePosts } from '../storage/bench-seed.ts';
import { openStorage, type Storage } from '../storage/index.ts';
import { createScratchDatabase } from '../storage/scratch-database.ts';
import { benchScreening } from './screening.ts';
import { type BenchSection, ratio, runSections } from './sections.ts';
import type { SlackLoadOptions } from './slack-load.ts';
import { benchTeamsLoad } from './teams-load.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const options = { minConfidence: 0.45, emergency: {} };

/** A small deterministic generator, so every run asks the same questions. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const openers = [
  '',
  'what is ',
  'how do I ',
  'when should ',
  'who can ',
  'can I ',
  'do we need ',
  'quick q: ',
];

/** Questions in practitioners' style: article headings and titles, reworded, with typos. */
export function makeQuestions(articles: Article[], count: number, seed = 1): string[] {
  const rnd = random(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const stems = articles.flatMap((a) => [a.title, ...a.sections.slice(1).map((s) => s.heading)]);
  const out: string[] = [];
  while (out.length < count) {
    let words = pick(stems).toLowerCase().replace(/[?.]/g, '').split(/\s+/);
    if (rnd() < 0.3) words = words.filter(() => rnd() > 0.25);
    if (rnd() < 0.2 && words.length > 0) {
      const i = Math.floor(rnd() * words.length);
      const w = words[i] ?? '';
      if (w.length > 4) words[i] = w.slice(0, 2) + w[3] + w[2] + w.slice(4);
    }
    if (rnd() < 0.1) words.push(pick(['parking', 'lunch', 'software', 'calderdale', 'wifi']));
    out.push(`${pick(openers)}${words.join(' ')}`.trim() || 'caf');
  }
  return out;
}

/**
 * Synthetic articles with the word statistics of real text: words drawn from the shipped
 * vocabulary with Zipf's law (a word's frequency falls with its rank, as in English), plus a few
 * topic words of each article's own, as real articles name their own subjects.
 */
export function makeSyntheticArticles(base: Article[], count: number, seed = 2): Article[] {
  const rnd = random(seed);
  const frequency = new Map<string, number>();
  for (const a of base) {
    for (const s of a.sections) {
      for (const w of s.text.toLowerCase().split(/[^a-z]+/)) {
        if (w.length > 2) frequency.set(w, (frequency.get(w) ?? 0) + 1);
      }
    }
  }
  const vocabulary = [...frequency.entries()].sort((a, b) => b[1] - a[1]).map(([w]) => w);
  // Cumulative Zipf weights (1/rank), sampled by binary search.
  const cumulative: number[] = [];
  let sum = 0;
  for (let r = 1; r <= vocabulary.length; r++) {
    sum += 1 / r;
    cumulative.push(sum);
  }
  const zipfWord = () => {
    const x = rnd() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo] ?? 'child';
  };
  const template = base[0] as Article;
  return Array.from({ length: count }, (_, i) => {
    const topic = Array.from({ length: 4 }, (_, k) => `topic${i.toString(36)}x${k}`);
    const words = (n: number) =>
      Array.from({ length: n }, () =>
        rnd() < 0.08 ? topic[Math.floor(rnd() * topic.length)] : zipfWord(),
      ).join(' ');
    return {
      ...template,
      id: `synthetic-${i}`,
      title: `${topic[0]} ${words(4)}`,
      summary: words(20),
      tags: [topic[1] ?? '', zipfWord()],
      synonyms: [topic[2] ?? ''],
      related: [],
      sections: [
        { heading: words(5), text: words(70) },
        { heading: `${words(6)}?`, text: words(80) },
        { heading: `${words(6)}?`, text: words(80) },
      ],
    };
  });
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, i)] ?? 0) * 1000) / 1000;
}

function measure(service: GuidanceService, questions: string[]) {
  for (const q of questions.slice(0, 50)) service.answer(q); // warm-up
  const times: number[] = [];
  const kinds: Record<string, number> = {};
  for (const q of questions) {
    const t0 = performance.now();
    const reply = service.answer(q);
    times.push(performance.now() - t0);
    kinds[reply.kind] = (kinds[reply.kind] ?? 0) + 1;
  }
  times.sort((a, b) => a - b);
  return {
    questions: questions.length,
    p50_ms: percentile(times, 50),
    p95_ms: percentile(times, 95),
    p99_ms: percentile(times, 99),
    max_ms: percentile(times, 100),
    kinds,
  };
}

/**
 * A process's memory in MiB from /proc (Linux), or null elsewhere: `VmHWM` its peak resident
 * memory so far, `VmRSS` its resident memory now.
 */
function memoryOf(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m?.[1] ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The Node flags `npm start` gives the bot (package.json's start script), so the bench starts it alike. */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: { start?: string };
  };
  // The flags between "node" and the script: "node --flag --flag bin/joinedup.mjs start".
  const words = (pkg.scripts?.start ?? '').split(/\s+/);
  const flags: string[] = [];
  for (const word of words.slice(words.indexOf('node') + 1)) {
    if (!word.startsWith('--')) break;
    flags.push(word);
  }
  return flags;
}

// How long the bot idles after its first answer before its steady resident memory is read.
const SETTLE_MS = 5_000;

/**
 * Starts `joinedup start` (with `npm start`'s flags) on a PGlite directory and times it until the
 * first answer arrives; then reads its peak memory so far and, after it has idled a few seconds,
 * its resident memory.
 */
function timeToFirstAnswer(
  dataDir: string,
  env: Record<string, string> = {},
  settleMs = 0,
): Promise<{ ms: number; peakRssMiB: number | null; steadyRssMiB: number | null }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [...startFlags(), join(root, 'bin/joinedup.mjs'), 'start'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'error', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let done = false;
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('no answer within 60 s'));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!done && out.includes('Source:')) {
        done = true;
        const ms = Math.round(performance.now() - t0);
        const peakRssMiB = memoryOf(child.pid ?? 0, 'VmHWM');
        // The 60 s timer stays armed until the bot has exited, so a bot that never quits fails the
        // section instead of hanging the bench.
        setTimeout(() => {
          const exited = child.exitCode !== null || child.signalCode !== null;
          // Read only after idling, and only from a bot still running.
          const steadyRssMiB = settleMs > 0 && !exited ? memoryOf(child.pid ?? 0, 'VmRSS') : null;
          if (exited) {
            clearTimeout(timer);
            resolve({ ms, peakRssMiB, steadyRssMiB });
            return;
          }
          child.once('exit', () => {
            clearTimeout(timer);
            resolve({ ms, peakRssMiB, steadyRssMiB });
          });
          child.stdin.end('quit\n');
        }, settleMs);
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (!done) {
        clearTimeout(timer);
        reject(new Error(`joinedup exited with ${code} before answering: ${err.slice(-500)}`));
      }
    });
    child.stdin.write('what is the common assessment framework for\n');
  });
}

/** Plans `forums` forums of `agenciesEach` agencies over two years: the rota for every meeting. */
function benchForumPlanning(forums: number, agenciesEach: number) {
  const rnd = random(3);
  const cadences: Cadence[] = [
    { kind: 'monthly_weekday', intervalMonths: 2, weekday: 'tuesday', nth: 2 },
    { kind: 'monthly_weekday', intervalMonths: 1, weekday: 'thursday', nth: -1 },
    { kind: 'weekly', intervalWeeks: 3, weekday: 'wednesday' },
    { kind: 'monthly_day', intervalMonths: 1, dayOfMonth: 31 },
    { kind: 'weekly', intervalWeeks: 1, weekday: 'monday' },
  ];
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let meetings = 0;
  let peakHeap = heapBefore;
  for (let f = 0; f < forums; f++) {
    const cadence = cadences[f % cadences.length] as Cadence;
    const series: ForumSeries = {
      id: `f${f}`,
      workspaceId: 'bench',
      name: `Forum ${f}`,
      channelId: 'C',
      timeZone: 'Europe/London',
      startTime: '09:30',
      durationMinutes: 120,
      cadence,
      startDate: '2027-01-01',
      endDate: '2028-12-31',
      nation: (['england_wales', 'scotland', 'northern_ireland'] as const)[f % 3] ?? 'england_wales',
      holidayRule: f % 2 === 0 ? 'move_next_working_day' : 'flag',
      horizon: 3,
      hostReminderDays: 14,
      memberReminderDays: 2,
    };
    const agencies: Agency[] = Array.from({ length: agenciesEach }, (_, a) => ({
      id: `a${a}`,
      name: `Agency ${a}`,
      sector: SECTORS[a % SECTORS.length] as Sector,
      contacts: [],
      canHost: a % 7 !== 6,
      blackoutDates: rnd() < 0.3 ? ['2027-03-09', '2027-06-08'] : [],
      active: true,
    }));
    const perTwoYears =
      cadence.kind === 'weekly'
        ? Math.ceil(104 / cadence.intervalWeeks)
        : Math.ceil(24 / cadence.intervalMonths);
    meetings += planRota(series, agencies, [], '2027-01-01', perTwoYears).length;
    if (f % 500 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  const ms = performance.now() - t0;
  return {
    forums,
    agencies_each: agenciesEach,
    meetings_planned: meetings,
    total_ms: Math.round(ms),
    per_forum_ms: Math.round((ms / forums) * 1000) / 1000,
    peak_heap_growth_mib: Math.round(
      (Math.max(peakHeap, process.memoryUsage().heapUsed) - heapBefore) / 2 ** 20,
    ),
  };
}

/**
 * The baseline for a database's throughput in the same run: trivial round trips (`SELECT 1`),
 * `concurrency` at a time for about a second, over the same client.
 */
async function roundTripsPerSecond(storage: Storage, concurrency = 8): Promise<number> {
  const until = performance.now() + 1000;
  let count = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await storage.ping();
        count++;
      }
    }),
  );
  return Math.round(count / ((performance.now() - t0) / 1000));
}

/** A scheduler tick over `count` due posts with a gateway that only counts. */
async function benchSchedulerTick(count: number, databaseUrl?: string) {
  // On PostgreSQL, a database of the bench's own, dropped afterwards.
  const scratch = databaseUrl ? await createScratchDatabase(databaseUrl, 'joinedup_bench') : undefined;
  const url = scratch?.url;
  const storage = await openStorage({ databaseUrl: url, dataDir: 'memory://' });
  try {
    const { posts } = storage.repos;
    const due = new Date(Date.now() - 60_000);
    const message: OutboundMessage = {
      kind: 'forum_member_reminder',
      text: 'Reminder: the forum is on Tuesday.',
    };
    // Many forums' reminders fall due at the same minute: 50 channels.
    await seedDuePosts(storage, {
      workspaceId: 'bench',
      count,
      message,
      dueAt: due,
      channelId: 'C',
      channels: 50,
    });
    let sent = 0;
    const gateway = {
      async post() {
        sent++;
        return {};
      },
    };
    const t0 = performance.now();
    const result = await dispatchDuePosts({
      posts,
      gateway,
      clock: { now: () => new Date() },
      owner: 'bench',
      batchSize: 200,
    });
    const seconds = (performance.now() - t0) / 1000;
    const baseline = await roundTripsPerSecond(storage);
    return {
      database: url ? 'postgres' : 'pglite',
      due_posts: count,
      sent: result.sent,
      gateway_calls: sent,
      seconds: Math.round(seconds * 100) / 100,
      posts_per_second: Math.round(result.sent / seconds),
      baseline_select1_per_second: baseline,
      ratio_to_baseline: ratio(result.sent / seconds, baseline),
      target_posts_per_second: 3000,
    };
  } finally {
    await storage.close();
    await scratch?.drop();
  }
}

/** Records `count` survey responses through the repository, one call each (as chat answers arrive). */
async function benchPulseRecording(count: number, databaseUrl?: string) {
  const scratch = databaseUrl ? await createScratchDatabase(databaseUrl, 'joinedup_bench') : undefined;
  const storage = await openStorage({ databaseUrl: scratch?.url, dataDir: 'memory://' });
  try {
    const { pulse } = storage.repos;
    const template = findShippedTemplate('trust-between-agencies');
    const now = new Date();
    const run = await pulse.createRun({
      workspaceId: 'bench',
      templateKey: template.key,
      template,
      channelId: 'C',
      anonymous: true,
      opensAt: new Date(now.getTime() - 60_000),
      closesAt: new Date(now.getTime() + 86_400_000),
      recurrence: 'none',
    });
    await pulse.openDueRuns(now);
    const rnd = random(5);
    let respondent = 0;
    // Responses from `inFlight` people at once, each waiting for its own write, as chat requests do.
    const record = async (responses: number, inFlight: number) => {
      const t0 = performance.now();
      let left = responses;
      await Promise.all(
        Array.from({ length: inFlight }, async () => {
          while (left-- > 0) {
            await pulse.recordResponse({
              workspaceId: 'bench',
              runId: run.id,
              respondentKey: respondentKey(
                'bench-secret-of-enough-length',
                'bench',
                run.id,
                `U${respondent++}`,
              ),
              sector: SECTORS[Math.floor(rnd() * SECTORS.length)] as Sector,
              answers: { [template.questions[0]?.id ?? 'q1']: 1 + Math.floor(rnd() * 5) },
              now: new Date(),
              expiresAt: new Date(now.getTime() + 86_400_000),
            });
          }
        }),
      );
      return responses / ((performance.now() - t0) / 1000);
    };
    // A survey posted to a large channel: at 3,000 responses a second, some 30 are in flight at
    // any moment (each takes about 10 ms from request to reply). Eight at once is shown beside it:
    // there the figure is bounded by one write's latency, not by what the database can take.
    const fewCount = Math.max(200, Math.round(count / 5));
    const few = await record(fewCount, 8);
    const t0 = performance.now();
    const perSecond = await record(count, 32);
    const seconds = (performance.now() - t0) / 1000;
    const baseline = await roundTripsPerSecond(storage);
    return {
      database: scratch ? 'postgres' : 'pglite',
      responses: count + fewCount,
      stored: await pulse.countResponses('bench', run.id),
      seconds: Math.round(seconds * 10) / 10,
      in_flight: 32,
      responses_per_second: Math.round(perSecond),
      responses_per_second_8_in_flight: Math.round(few),
      baseline_select1_per_second: baseline,
      ratio_to_baseline: ratio(perSecond, baseline),
      target_responses_per_second: 3000,
    };
  } finally {
    await storage.close();
    await scratch?.drop();
  }
}

/** Results with breakdowns and suppression for one large run, and a 3-year quarterly trend. */
function benchPulseResults(count: number) {
  const rnd = random(6);
  const template = findShippedTemplate('trust-between-agencies');
  const makeResponses = (n: number): ResponseRecord[] =>
    Array.from({ length: n }, (_, i) => ({
      respondentKey: `k${i}`,
      sector: SECTORS[Math.floor(rnd() * rnd() * SECTORS.length)] as Sector,
      answers: Object.fromEntries(
        template.questions.map((q) => [
          q.id,
          q.type === 'comment' ? (i % 10 === 0 ? `comment ${i}` : '') : 1 + Math.floor(rnd() * 5),
        ]),
      ),
      submittedAt: new Date(),
    }));
  const big = makeResponses(count);
  const t0 = performance.now();
  const results = computeRunResults(template, big, { audienceSize: count * 2 });
  const runMs = performance.now() - t0;
  const quarters = Array.from({ length: 12 }, (_, q) => ({
    runId: `r${q}`,
    label: `Q${(q % 4) + 1} ${2027 + Math.floor(q / 4)}`,
    closedAt: new Date(Date.UTC(2027 + Math.floor(q / 4), (q % 4) * 3 + 2, 28)),
    responses: makeResponses(200 + Math.floor(rnd() * 300)),
  }));
  const t1 = performance.now();
  const trend = computeTrend(
    quarters.map((q) => ({
      runId: q.runId,
      label: q.label,
      closedAt: q.closedAt,
      results: computeRunResults(template, q.responses),
    })),
  );
  const trendMs = performance.now() - t1;
  return {
    run_responses: count,
    run_results_ms: Math.round(runMs),
    sector_groups_shown: results.bySector.filter((g) => !g.suppressed).length,
    trend_runs: quarters.length,
    trend_ms_including_each_runs_results: Math.round(trendMs),
    trend_questions: trend.questions.length,
  };
}

const NEEDS_POSTGRES = { skipped: 'set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server' };

/** Sizes of a full run and of `--quick` (under two minutes, for checking a change). */
const SIZES = {
  full: {
    questions: 2000,
    synthetic: 5000,
    forums: 10000,
    posts: 10000,
    responses: 100000,
    loadSeconds: 10,
    warmUpSeconds: 2,
    warmUpRequests: 2000,
    drainSeconds: 180,
  },
  quick: {
    questions: 1000,
    synthetic: 500,
    forums: 1000,
    posts: 1000,
    responses: 2000,
    loadSeconds: 3,
    warmUpSeconds: 1,
    // Slack acknowledges far faster than it answers: a second of warm-up left a backlog of a
    // thousand events to drain before the measured load could start.
    warmUpRequests: 300,
    drainSeconds: 20,
  },
};

/** Runs both start-ups (first with migrations, then on the existing directory). */
async function benchStartup() {
  const dir = mkdtempSync(join(tmpdir(), 'joinedup-bench-'));
  try {
    const cold = await timeToFirstAnswer(dir);
    const warm = await timeToFirstAnswer(dir, {}, SETTLE_MS);
    // The baseline in the same run: the same start with the sources run module by module through
    // tsx instead of from the bundle.
    const tsx = await timeToFirstAnswer(dir, { JOINEDUP_NO_BUNDLE: '1' });
    return {
      database: 'pglite',
      first_start_with_migration_ms: cold.ms,
      start_to_first_answer_ms: warm.ms,
      process_peak_rss_mib: warm.peakRssMiB ?? cold.peakRssMiB,
      steady_rss_mib: warm.steadyRssMiB,
      node_flags: startFlags().join(' '),
      sources_through_tsx: { start_to_first_answer_ms: tsx.ms, process_peak_rss_mib: tsx.peakRssMiB },
      ratio_to_tsx: Math.round((warm.ms / tsx.ms) * 100) / 100,
      target: { start_to_first_answer_ms: 2000, steady_rss_mib: 300 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `joinedup bench` / `npm run bench`: one JSON line per section as it finishes, then a summary
 * line with every section's result and the failed ones marked. Exit status 1 when any failed.
 */
export async function runBench(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: 'boolean', default: false },
      questions: { type: 'string' },
      synthetic: { type: 'string' },
      'skip-startup': { type: 'boolean', default: false },
      'skip-forums': { type: 'boolean', default: false },
      forums: { type: 'string' },
      posts: { type: 'string' },
      responses: { type: 'string' },
      'skip-pulse': { type: 'boolean', default: false },
      'skip-teams': { type: 'boolean', default: false },
      'skip-slack': { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const sizes = values.quick ? SIZES.quick : SIZES.full;
  const size = (name: 'questions' | 'synthetic' | 'forums' | 'posts' | 'responses') =>
    values[name] !== undefined ? Number(values[name]) : sizes[name];
  const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  const onPostgres =
    <T>(run: (url: string) => Promise<T>) =>
    () =>
      postgresUrl ? run(postgresUrl) : NEEDS_POSTGRES;
  const load = {
    durationSeconds: sizes.loadSeconds,
    warmUpSeconds: sizes.warmUpSeconds,
    warmUpRequests: sizes.warmUpRequests,
    drainSeconds: sizes.drainSeconds,
    // The run at the target rate is for the record: the quick bench, a short check, leaves it out
    // and loads each baseline for two seconds.
    atTargetRate: !values.quick,
    ...(values.quick ? { baselineSeconds: 2 } : {}),
  };
  const { articles } = loadKnowledgeBase();
  const shippedQuestions = makeQuestions(articles, Math.max(100, size('questions')));

  const sections: BenchSection[] = [
    {
      name: 'machine',
      run: () => ({
        node: process.version,
        cpus: cpus().length,
        cpu_model: cpus()[0]?.model ?? 'unknown',
        memory_gib: Math.round(totalmem() / 2 ** 30),
        platform: `${process.platform}-${process.arch}`,
        quick: values.quick,
      }),
    },
    {
      name: 'guidance_shipped',
      run: () => ({
        articles: articles.length,
        ...measure(new GuidanceService(new KnowledgeIndex(articles), options), shippedQuestions),
        target_p95_ms: 5,
      }),
    },
    {
      name: 'guidance_synthetic',
      run: () => {
        const all = [...articles, ...makeSyntheticArticles(articles, size('synthetic'))];
        const t0 = performance.now();
        const bigIndex = new KnowledgeIndex(all);
        const indexBuildMs = Math.round(performance.now() - t0);
        const result = measure(new GuidanceService(bigIndex, options), shippedQuestions);
        return { articles: all.length, index_build_ms: indexBuildMs, ...result, target_p95_ms: 25 };
      },
    },
    { name: 'screening', run: () => benchScreening() },
  ];
  if (!values['skip-startup']) sections.push({ name: 'startup', run: benchStartup });
  if (!values['skip-forums'])
    sections.push(
      { name: 'forum_planning', run: () => benchForumPlanning(size('forums'), 20) },
      { name: 'scheduler_tick_pglite', run: () => benchSchedulerTick(size('posts')) },
      { name: 'scheduler_tick_postgres', run: onPostgres((url) => benchSchedulerTick(size('posts'), url)) },
    );
  if (!values['skip-pulse'])
    sections.push(
      { name: 'pulse_results', run: () => benchPulseResults(size('responses')) },
      { name: 'pulse_recording_pglite', run: () => benchPulseRecording(size('responses')) },
      {
        name: 'pulse_recording_postgres',
        run: onPostgres((url) => benchPulseRecording(size('responses'), url)),
      },
    );
  if (!values['skip-slack'])
    sections.push(
      { name: 'slack_pglite', run: () => benchSlack(load) },
      { name: 'slack_postgres', run: onPostgres((url) => benchSlack({ ...load, databaseUrl: url })) },
    );
  if (!values['skip-teams'])
    sections.push(
      { name: 'teams_pglite', run: () => benchTeamsLoad(load) },
      { name: 'teams_postgres', run: onPostgres((url) => benchTeamsLoad({ ...load, databaseUrl: url })) },
    );
  const only = values.only?.split(',').map((s) => s.trim());
  const chosen = only
    ? sections.filter((s) => s.name === 'machine' || only.some((o) => s.name.startsWith(o)))
    : sections;
  chosen.push({
    name: 'bench_process',
    run: () => ({ peak_rss_mib: Math.round(process.resourceUsage().maxRSS / 1024) }),
  });
  const summary = await runSections(chosen, (line) => process.stdout.write(line));
  return summary.ok ? 0 : 1;
}

async function benchSlack(options: SlackLoadOptions) {
  const { benchSlackLoad } = await import('./slack-load.ts');
  return benchSlackLoad(options);
}
