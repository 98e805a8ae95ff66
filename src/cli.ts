import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { type Config, loadConfig } from './config.ts';
import type { GuidanceReply, GuidanceService } from './core/guidance/answer-question.ts';
import { cleanText } from './core/language/clean-text.ts';
import { tooLongReply } from './core/language/limit-message.ts';
import { AppError, isAppError } from './core/shared/errors.ts';
import { createLogger, type Logger } from './logger.ts';
import { DATA_USAGE } from './ops/data-command.ts';

const usage = `joinedup: a chat bot for CAF / early help practitioner networks

Usage:
  joinedup [start]                 start the bot: the terminal chat, and Slack/Teams when configured
  joinedup ask [--json] [question] answer one question; with no question, one per line from stdin
  joinedup db migrate              apply pending database migrations
  joinedup db diff [--create NAME] show (or write as prisma/migrations/<stamp>_NAME) the SQL for schema changes
  joinedup db backup [--out FILE] [--timeout SECONDS]
                                   a consistent SQL backup of the embedded database, also while the bot runs
  joinedup db restore FILE [--force]
                                   restore a backup into DATA_DIR (the bot must be stopped)
${DATA_USAGE}
  joinedup bench [--quick]         measure answers, start-up, storage and adapters (a JSON line per section)
  joinedup eval [--verbose] [--json] [--tuning-only] [guidance|triage|identifiers]
                                   the language evaluations, on their tuning and check halves
  joinedup help                    this text

Configuration comes from environment variables: see docs/configuration.md.`;

/**
 * The JSON line `ask --json` prints for each question. `question` is the question exactly as
 * chat would store it: cleaned and redacted (empty for a message refused as too long, which
 * chat does not store).
 */
export function toAskJson(reply: GuidanceReply) {
  return {
    question: reply.redactedQuestion,
    kind: reply.kind,
    ...(reply.urgency ? { urgency: reply.urgency } : {}),
    text: reply.text,
    sources: reply.sources,
    confidence: reply.confidence,
    privacyWarning: reply.privacyWarning,
  };
}

/** One line of `ask`, with chat's cleaning and length limit. */
export function askOnce(guidance: GuidanceService, line: string): GuidanceReply {
  const text = cleanText(line);
  const tooLong = tooLongReply(text);
  if (!tooLong) return guidance.answer(text);
  return {
    kind: 'no_answer',
    text: tooLong,
    answer: '',
    sources: [],
    related: [],
    suggestions: [],
    confidence: 0,
    privacyWarning: false,
    privacyKinds: [],
    redactedQuestion: '',
    articleIds: [],
    local: true,
    urgentReasons: [],
  };
}

function printReply(reply: GuidanceReply, json: boolean): void {
  process.stdout.write(json ? `${JSON.stringify(toAskJson(reply))}\n` : `${reply.text}\n\n`);
}

/** `joinedup ask`: stateless; never opens the database. */
async function ask(config: Config, logger: Logger, argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  const { createGuidance } = await import('./main.ts');
  const guidance: GuidanceService = createGuidance(config, logger);
  const json = values.json ?? false;
  if (positionals.length > 0) {
    printReply(askOnce(guidance, positionals.join(' ')), json);
    return 0;
  }
  const rl = createInterface({ input: process.stdin, terminal: false });
  for await (const line of rl) {
    if (line.trim().length === 0) continue;
    printReply(askOnce(guidance, line), json);
  }
  return 0;
}

async function db(config: Config, logger: Logger, argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'migrate') {
    const { openStorage } = await import('./storage/index.ts');
    const storage = await openStorage({
      databaseUrl: config.storage.databaseUrl,
      dataDir: config.storage.dataDir,
    });
    await storage.close();
    const applied = storage.appliedMigrations;
    process.stdout.write(
      applied.length > 0 ? `Applied: ${applied.join(', ')}\n` : 'Database is up to date.\n',
    );
    return 0;
  }
  if (sub === 'backup' || sub === 'restore') return backupOrRestore(config, sub, rest);
  if (sub === 'diff') {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { create: { type: 'string' } },
      allowPositionals: true,
    });
    const { createMigration, diffSchemaAgainstMigrations, isEmptyMigration } = await import(
      './storage/migrate.ts'
    );
    const name = values.create ?? positionals[0];
    if (name !== undefined) {
      const folder = await createMigration(name);
      process.stdout.write(folder ? `Created ${folder}\n` : 'No schema changes: no migration created.\n');
      return 0;
    }
    const sql = await diffSchemaAgainstMigrations();
    process.stdout.write(isEmptyMigration(sql) ? '-- No schema changes.\n' : sql);
    return 0;
  }
  logger.error(`unknown db command: ${sub ?? '(none)'}`);
  process.stderr.write(`${usage}\n`);
  return 2;
}

/** `joinedup db backup|restore`: the embedded database; PostgreSQL has pg_dump and pg_restore. */
async function backupOrRestore(config: Config, sub: 'backup' | 'restore', argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
      timeout: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (config.storage.databaseUrl) {
    process.stderr.write(
      `joinedup db ${sub} is for the embedded database; with DATABASE_URL use PostgreSQL's own tools (pg_dump -Fc / pg_restore, see docs/operations.md).\n`,
    );
    return 2;
  }
  const backup = await import('./storage/backup.ts');
  if (sub === 'backup') {
    const { openStorage } = await import('./storage/index.ts');
    const result = await backup.backupDataDir({
      dataDir: config.storage.dataDir,
      out: values.out,
      timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined,
      openAndDump: async () => {
        const storage = await openStorage({ dataDir: config.storage.dataDir, migrate: false });
        try {
          if (!storage.dump) throw new Error('this database cannot be dumped');
          return await storage.dump();
        } finally {
          await storage.close();
        }
      },
    });
    process.stdout.write(
      `${JSON.stringify({ backup: result.path, bytes: result.bytes, via: result.via, ms: result.ms })}\n`,
    );
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { lockDataDir } = await import('./storage/index.ts');
  const result = await backup.restoreDataDir({
    dataDir: config.storage.dataDir,
    file,
    force: values.force,
    lock: (dir) => {
      try {
        return lockDataDir(dir);
      } catch (error) {
        if (isAppError(error, 'DATA_DIR_LOCKED'))
          throw new AppError('DATA_DIR_LOCKED', `${error.message} Stop joinedup before restoring.`);
        throw error;
      }
    },
  });
  process.stdout.write(
    `${JSON.stringify({ restored: result.dataDir, tables: result.tables, replaced: result.replaced, ms: result.ms })}\n`,
  );
  if (result.replaced)
    process.stderr.write(
      `The database that was there is kept in ${result.replaced}: delete it once you are satisfied.\n`,
    );
  return 0;
}

/** A mistake on the command line (an unknown option, a missing value): usage, not a stack trace. */
function isArgumentError(error: unknown): error is Error {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** A worker thread's work, started by the thread's bootstrap once the sources are loaded. */
export async function runWorker(name: 'answers'): Promise<void> {
  if (name !== 'answers') throw new Error(`no worker named ${name}`);
  const { serveAnswers } = await import('./ops/answer-thread-worker.ts');
  serveAnswers();
}

/** Runs the command line; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command = 'start', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h' || rest.includes('--help')) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  // The terminal chat shares the terminal with the log: keep the log to warnings unless asked.
  const quiet = (command === 'start' || command === 'ask') && !process.env.LOG_LEVEL;
  const logger = createLogger(quiet ? 'warn' : config.logLevel);
  try {
    switch (command) {
      case 'start': {
        const { start } = await import('./main.ts');
        await start(config, logger);
        return 0;
      }
      case 'ask':
        return await ask(config, logger, rest);
      case 'db':
        return await db(config, logger, rest);
      case 'data':
        return await (await import('./ops/data-command.ts')).runDataCommand(config, rest);
      case 'bench': {
        const { runBench } = await import('./bench/run-bench.ts');
        return await runBench(rest);
      }
      case 'eval': {
        const { runEval } = await import('./eval/run-eval.ts');
        return await runEval(rest);
      }
      default:
        process.stderr.write(`Unknown command "${command}".\n\n${usage}\n`);
        return 2;
    }
  } catch (error) {
    if (isArgumentError(error)) {
      process.stderr.write(`${error.message.split('. ')[0]}.\n\n${usage}\n`);
      return 2;
    }
    if (isAppError(error)) {
      logger.error({ code: error.code }, error.message);
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    logger.error({ err: error }, 'joinedup failed');
    return 1;
  }
}
