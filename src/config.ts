import { z } from 'zod';
import { AppError } from './core/shared/errors.ts';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** The environment, grouped per integration and validated once at start-up. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  // storage
  DATA_DIR: z.string().trim().min(1).default('./data'),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: 'must be a postgres:// or postgresql:// URL',
  }),
  // tries to reach PostgreSQL at start-up before giving up, and the first wait (doubling each time)
  DATABASE_CONNECT_RETRIES: z.coerce.number().int().min(0).max(100).default(5),
  DATABASE_CONNECT_RETRY_DELAY_MS: z.coerce.number().int().min(10).max(600_000).default(1000),
  // retention of what is not kept elsewhere
  RSVP_RETENTION_DAYS: positiveInt(90),
  UNINSTALL_GRACE_DAYS: positiveInt(30),
  // guidance
  KNOWLEDGE_LOCAL_DIR: optionalText,
  ANSWER_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.9),
  GUIDANCE_THREAD: z.enum(['auto', 'on', 'off']).default('auto'),
  QUESTION_RETENTION_DAYS: positiveInt(90),
  CAF_COORDINATOR_CONTACT: optionalText,
  SOCIAL_CARE_FRONT_DOOR: optionalText,
  MASH_CONTACT: optionalText,
  OUT_OF_HOURS_CONTACT: optionalText,
  SAFEGUARDING_LEAD_CONTACT: optionalText,
  // operations HTTP endpoints (/healthz, /readyz, /metrics)
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  HOST: z.string().trim().min(1).default('0.0.0.0'),
  SHUTDOWN_TIMEOUT_MS: positiveInt(10_000),
  // coordinators' dashboard (served on PORT under /dashboard)
  PUBLIC_URL: optionalText.refine((v) => v === undefined || /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/.test(v), {
    message: 'must be an http:// or https:// address such as https://joinedup.example.org',
  }),
  // the privacy notice and terms served at PUBLIC_URL/privacy and /terms
  PRIVACY_CONTACT: optionalText,
  PRIVACY_OPERATOR: optionalText,
  DASHBOARD_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  // scheduler and forums
  SCHEDULER_CRON: z.string().trim().min(1).default('* * * * *'),
  SCHEDULER_ENABLED: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default('true')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  CALENDAR_DOMAIN: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9.-]+$/, 'must be a domain name such as joinedup.example.org')
    .default('joinedup.local'),
  // pulse surveys
  PULSE_RESPONDENT_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters',
  }),
  PULSE_MIN_GROUP_SIZE: z.coerce.number().int().min(3, 'cannot be below 3').max(50).default(5),
  PULSE_RESPONSE_RETENTION_DAYS: positiveInt(365),
  // Slack (src/adapters/slack)
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_BOT_TOKEN: optionalText.refine((v) => v === undefined || /^xoxb-/.test(v), {
    message: 'must be a bot token starting xoxb-',
  }),
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters',
  }),
  SLACK_APP_TOKEN: optionalText.refine((v) => v === undefined || /^xapp-/.test(v), {
    message: 'must be an app-level token starting xapp-',
  }),
  SLACK_INSTALLATION_KEY: optionalText.refine(
    (v) => v === undefined || /^[0-9a-f]{64}$/i.test(v) || Buffer.from(v, 'base64').length === 32,
    { message: 'must be 32 random bytes, as 64 hex characters or base64 (openssl rand -hex 32)' },
  ),
  SLACK_API_URL: z.string().trim().url().default('https://slack.com/api/'),
  SLACK_SIGNATURE_VERIFICATION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  // Microsoft Teams (src/adapters/teams)
  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TYPE: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_CERTIFICATE_THUMBPRINT: optionalText,
  MICROSOFT_APP_CERTIFICATE_KEY_FILE: optionalText,
  TEAMS_LOCAL_DEVELOPMENT: booleanFlag,
  // console
  CONSOLE_USER: z.string().trim().min(1).default('local-user'),
  CONSOLE: booleanFlag,
  /** A simulated start time for the console alone (trying forums out: `advance 2w`). */
  CONSOLE_CLOCK: optionalText,
});

export type Env = z.infer<typeof envSchema>;

/** Configuration as the rest of the program sees it. */
export interface Config {
  env: Env['NODE_ENV'];
  logLevel: Env['LOG_LEVEL'];
  storage: {
    dataDir: string;
    databaseUrl?: string;
    /** Further tries to reach PostgreSQL at start-up, and the first wait between them (it doubles). */
    connectRetries: number;
    connectRetryDelayMs: number;
  };
  /** RSVPs of meetings that ended longer ago are rolled up into counts; uninstalled workspaces are deleted after the grace period. */
  retention: { rsvpDays: number; uninstallGraceDays: number };
  guidance: {
    localKnowledgeDir?: string;
    minConfidence: number;
    /**
     * Answers worked out on a worker thread: `auto` when Slack or Teams is served on a machine
     * with more than one core (never in tests), or always `on`, or `off`.
     */
    thread: 'auto' | 'on' | 'off';
    questionRetentionDays: number;
    coordinatorContact?: string;
    emergency: {
      socialCareFrontDoor?: string;
      mash?: string;
      outOfHours?: string;
      safeguardingLead?: string;
    };
  };
  http: { port?: number; host: string };
  /** The dashboard: its public base URL (no trailing slash) and the key for links and CSRF tokens. */
  dashboard: { publicUrl?: string; secret?: string };
  /** Who runs this joinedup and whom to contact about data, for the privacy notice and terms. */
  privacy: { contact?: string; operator?: string };
  shutdownTimeoutMs: number;
  scheduler: { cron: string; enabled: boolean };
  forums: { calendarDomain: string };
  pulse: { respondentSecret?: string; minGroupSize: number; responseRetentionDays: number };
  /** `clock`: a simulated start time (the console alone; refused with Slack or Teams). */
  console: { user: string; force: boolean; clock?: Date };
  /** Slack, when its credentials are set: one workspace by bot token, or many by OAuth. */
  slack?: SlackConfig;
  /** Microsoft Teams, when its app id is set (or local development is switched on). */
  teams?: TeamsConfig;
}

export interface TeamsConfig {
  /** Empty only with `localDevelopment`: Bot Framework authentication is then off. */
  appId?: string;
  appPassword?: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  tenantId?: string;
  certificate?: { thumbprint: string; privateKeyFile: string };
  localDevelopment: boolean;
}

/** The Teams settings and every problem with them, checked together. */
function teamsConfig(e: Env): { teams?: TeamsConfig; problems: string[] } {
  const problems: string[] = [];
  const id = e.MICROSOFT_APP_ID;
  const cert = e.MICROSOFT_APP_CERTIFICATE_THUMBPRINT || e.MICROSOFT_APP_CERTIFICATE_KEY_FILE;
  const wanted = Boolean(id || e.MICROSOFT_APP_PASSWORD || cert || e.MICROSOFT_APP_TENANT_ID);
  if (!wanted && !e.TEAMS_LOCAL_DEVELOPMENT) return { problems };
  if (e.TEAMS_LOCAL_DEVELOPMENT && e.NODE_ENV === 'production')
    problems.push('TEAMS_LOCAL_DEVELOPMENT: may not be switched on when NODE_ENV=production');
  if (!id && !e.TEAMS_LOCAL_DEVELOPMENT)
    problems.push(
      'MICROSOFT_APP_ID: required for Teams (an empty app id turns authentication off; set TEAMS_LOCAL_DEVELOPMENT=true only on your own machine)',
    );
  if (id) {
    if (e.MICROSOFT_APP_TYPE !== 'MultiTenant' && !e.MICROSOFT_APP_TENANT_ID)
      problems.push(`MICROSOFT_APP_TENANT_ID: required when MICROSOFT_APP_TYPE=${e.MICROSOFT_APP_TYPE}`);
    if (e.MICROSOFT_APP_TYPE === 'UserAssignedMSI' && (e.MICROSOFT_APP_PASSWORD || cert))
      problems.push('MICROSOFT_APP_PASSWORD: a managed identity takes no password or certificate');
    if (e.MICROSOFT_APP_TYPE !== 'UserAssignedMSI' && !e.MICROSOFT_APP_PASSWORD && !cert)
      problems.push(
        'MICROSOFT_APP_PASSWORD: required (or MICROSOFT_APP_CERTIFICATE_THUMBPRINT and MICROSOFT_APP_CERTIFICATE_KEY_FILE)',
      );
    if (e.MICROSOFT_APP_PASSWORD && cert)
      problems.push('MICROSOFT_APP_PASSWORD: set a password or a certificate, not both');
    if (cert && !(e.MICROSOFT_APP_CERTIFICATE_THUMBPRINT && e.MICROSOFT_APP_CERTIFICATE_KEY_FILE))
      problems.push(
        'MICROSOFT_APP_CERTIFICATE_THUMBPRINT: a certificate needs both the thumbprint and MICROSOFT_APP_CERTIFICATE_KEY_FILE',
      );
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    teams: {
      appId: id,
      appPassword: e.MICROSOFT_APP_PASSWORD,
      appType: e.MICROSOFT_APP_TYPE,
      tenantId: e.MICROSOFT_APP_TENANT_ID,
      certificate:
        e.MICROSOFT_APP_CERTIFICATE_THUMBPRINT && e.MICROSOFT_APP_CERTIFICATE_KEY_FILE
          ? {
              thumbprint: e.MICROSOFT_APP_CERTIFICATE_THUMBPRINT,
              privateKeyFile: e.MICROSOFT_APP_CERTIFICATE_KEY_FILE,
            }
          : undefined,
      localDevelopment: e.TEAMS_LOCAL_DEVELOPMENT,
    },
  };
}

export interface SlackConfig {
  signingSecret: string;
  /** Single workspace: the bot token. */
  botToken?: string;
  /** Many workspaces: OAuth installs, stored sealed with `installationKey`. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string; installationKey: Buffer };
  /** Socket Mode when set; HTTP on PORT otherwise. */
  appToken?: string;
  apiUrl: string;
  signatureVerification: boolean;
}

/** The Slack settings and every problem with them, checked together. */
function slackConfig(e: Env): { slack?: SlackConfig; problems: string[] } {
  const problems: string[] = [];
  const oauthParts = [e.SLACK_CLIENT_ID, e.SLACK_CLIENT_SECRET, e.SLACK_STATE_SECRET];
  const wanted =
    Boolean(e.SLACK_SIGNING_SECRET || e.SLACK_BOT_TOKEN || e.SLACK_APP_TOKEN) || oauthParts.some(Boolean);
  if (!wanted) return { problems };
  if (!e.SLACK_SIGNING_SECRET) problems.push('SLACK_SIGNING_SECRET: required to run the Slack adapter');
  if (e.SLACK_BOT_TOKEN && oauthParts.some(Boolean))
    problems.push(
      'SLACK_BOT_TOKEN: set either a bot token (one workspace) or SLACK_CLIENT_ID/SECRET (OAuth), not both',
    );
  if (!e.SLACK_BOT_TOKEN && !oauthParts.some(Boolean))
    problems.push(
      'SLACK_BOT_TOKEN: set it (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (OAuth)',
    );
  if (!e.SLACK_BOT_TOKEN && oauthParts.some(Boolean)) {
    if (!oauthParts.every(Boolean))
      problems.push(
        'SLACK_CLIENT_ID: OAuth needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together',
      );
    if (!e.SLACK_INSTALLATION_KEY)
      problems.push(
        'SLACK_INSTALLATION_KEY: required with OAuth, to encrypt stored tokens (openssl rand -hex 32)',
      );
  }
  if (!e.SLACK_SIGNATURE_VERIFICATION && e.NODE_ENV !== 'test')
    problems.push('SLACK_SIGNATURE_VERIFICATION: may only be turned off when NODE_ENV=test');
  if (problems.length > 0 || !e.SLACK_SIGNING_SECRET) return { problems };
  const key = e.SLACK_INSTALLATION_KEY;
  return {
    problems,
    slack: {
      signingSecret: e.SLACK_SIGNING_SECRET,
      botToken: e.SLACK_BOT_TOKEN,
      oauth:
        !e.SLACK_BOT_TOKEN && e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET && key
          ? {
              clientId: e.SLACK_CLIENT_ID,
              clientSecret: e.SLACK_CLIENT_SECRET,
              stateSecret: e.SLACK_STATE_SECRET,
              installationKey: /^[0-9a-f]{64}$/i.test(key)
                ? Buffer.from(key, 'hex')
                : Buffer.from(key, 'base64'),
            }
          : undefined,
      appToken: e.SLACK_APP_TOKEN,
      apiUrl: e.SLACK_API_URL.endsWith('/') ? e.SLACK_API_URL : `${e.SLACK_API_URL}/`,
      signatureVerification: e.SLACK_SIGNATURE_VERIFICATION,
    },
  };
}

/** Parses the environment; a bad value stops start-up with every problem listed. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  // An empty variable (`LOG_LEVEL=`) means "not set", as most deployment tools write it.
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new AppError('CONFIG_INVALID', `The configuration is not valid:\n${problems}`);
  }
  const e = parsed.data;
  const slack = slackConfig(e);
  const teams = teamsConfig(e);
  const clockProblems: string[] = [];
  if (e.CONSOLE_CLOCK !== undefined) {
    if (slack.slack || teams.teams) {
      clockProblems.push(
        'CONSOLE_CLOCK is for trying joinedup in the terminal alone: unset it while Slack or Teams is configured (real people would get posts at simulated times).',
      );
    } else if (Number.isNaN(Date.parse(e.CONSOLE_CLOCK))) {
      clockProblems.push(
        `CONSOLE_CLOCK must be a date and time such as 2027-01-04T09:00 (got "${e.CONSOLE_CLOCK}").`,
      );
    }
  }
  if (slack.problems.length + teams.problems.length + clockProblems.length > 0) {
    const problems = [...slack.problems, ...teams.problems, ...clockProblems].map((p) => `  ${p}`).join('\n');
    throw new AppError('CONFIG_INVALID', `The configuration is not valid:\n${problems}`);
  }
  return {
    env: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    storage: {
      dataDir: e.DATA_DIR,
      databaseUrl: e.DATABASE_URL,
      connectRetries: e.DATABASE_CONNECT_RETRIES,
      connectRetryDelayMs: e.DATABASE_CONNECT_RETRY_DELAY_MS,
    },
    retention: { rsvpDays: e.RSVP_RETENTION_DAYS, uninstallGraceDays: e.UNINSTALL_GRACE_DAYS },
    guidance: {
      localKnowledgeDir: e.KNOWLEDGE_LOCAL_DIR,
      minConfidence: e.ANSWER_MIN_CONFIDENCE,
      thread: e.GUIDANCE_THREAD,
      questionRetentionDays: e.QUESTION_RETENTION_DAYS,
      coordinatorContact: e.CAF_COORDINATOR_CONTACT,
      emergency: {
        socialCareFrontDoor: e.SOCIAL_CARE_FRONT_DOOR,
        mash: e.MASH_CONTACT,
        outOfHours: e.OUT_OF_HOURS_CONTACT,
        safeguardingLead: e.SAFEGUARDING_LEAD_CONTACT,
      },
    },
    http: { port: e.PORT, host: e.HOST },
    dashboard: { publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''), secret: e.DASHBOARD_SECRET },
    privacy: { contact: e.PRIVACY_CONTACT, operator: e.PRIVACY_OPERATOR },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    scheduler: { cron: e.SCHEDULER_CRON, enabled: e.SCHEDULER_ENABLED },
    forums: { calendarDomain: e.CALENDAR_DOMAIN },
    pulse: {
      respondentSecret: e.PULSE_RESPONDENT_SECRET,
      minGroupSize: e.PULSE_MIN_GROUP_SIZE,
      responseRetentionDays: e.PULSE_RESPONSE_RETENTION_DAYS,
    },
    console: {
      user: e.CONSOLE_USER,
      force: e.CONSOLE,
      ...(e.CONSOLE_CLOCK !== undefined ? { clock: new Date(e.CONSOLE_CLOCK) } : {}),
    },
    slack: slack.slack,
    teams: teams.teams,
  };
}
