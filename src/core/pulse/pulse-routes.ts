import { DateTime } from 'luxon';
import { type ChatRoute, chatRoute, type Route } from '../conversation/types.ts';
import { parseYesNo, tokenizeArguments } from '../forums/parse-forum-command.ts';
import { describeTroubledPosts } from '../shared/describe-troubled-posts.ts';
import { AppError } from '../shared/errors.ts';
import { closestCommand } from '../shared/match-name.ts';
import { unwrap } from '../shared/outcome.ts';
import { sectorReply, surveyAnsweredReply, surveyStartedReply, templateSavedReply } from './present.ts';
import type { PulseService } from './pulse-service.ts';
import { PulseUseCases } from './use-cases.ts';

const RUN_ID = /^[0-9a-f-]{36}$/i;

const pulseCommands = new Set([
  'templates',
  'template',
  'start',
  'list',
  'sector',
  'answer',
  'results',
  'csv',
  'close',
]);

const help = [
  '`pulse templates` / `pulse start <template> [days=7] [opens=2027-01-10T09:00] [closes=YYYY-MM-DD] [attributed=yes] [recurrence=quarterly] [audience=40] [forum="<forum>"] [release=close|steps]`: run a two-minute survey in this channel or for a forum’s members (coordinators).',
  '`pulse template add key=<key> title="…" q1="agree5: statement" q2="choice: question | option; option" q3="comment: question"`: write your own survey (coordinators).',
  '`pulse answer [survey id] [sector=voluntary] 4 5 3 optional comment`: answer a survey in one step; your agency’s sector is asked once (answer again to change it until it closes).',
  '`pulse list` / `pulse results [survey id]` / `pulse csv [survey id]` / `pulse close <survey>`: surveys, their anonymity-safe results, and closing one now (coordinators).',
].join('\n• ');

/** Reads `q1="agree5: text"`, `q2="choice: text | a; b"` into template questions. */
function questionsFrom(options: Record<string, string>) {
  return Object.entries(options)
    .filter(([k]) => /^q\d+$/.test(k))
    .sort(([a], [b]) => Number(a.slice(1)) - Number(b.slice(1)))
    .map(([id, spec]) => {
      const m = /^\s*(agree5|scale10|choice|comment)\s*:\s*(.+)$/i.exec(spec);
      if (!m?.[1] || !m[2]) {
        throw new AppError(
          'BAD_INPUT',
          `${id} must look like "agree5: statement", "scale10: question", "choice: question | a; b" or "comment: question".`,
        );
      }
      const type = m[1].toLowerCase();
      const [text, opts] = m[2].split('|').map((x) => x.trim());
      return { id, type, text: text ?? '', ...(type === 'choice' ? { options: opts ?? '' } : {}) };
    });
}

/** `opens=2027-01-10T09:00` (UK local time). */
function opensAtOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const d = DateTime.fromISO(value, { zone: 'Europe/London' });
  if (!d.isValid)
    throw new AppError('BAD_INPUT', `"${value}" is not a date and time: use e.g. opens=2027-01-10T09:00.`);
  return d.toJSDate();
}

/** The pulse survey chat commands, the same in every adapter. */
export function pulseRoutes(service: PulseService): ChatRoute[] {
  const act = new PulseUseCases(service);
  const route: Route<{ sub: string; rest: string }> = {
    name: 'pulse',
    help,
    match: (t) => {
      const m = /^(?:pulse|survey)(?:\s+(\S+))?(?:\s+([\s\S]*))?$/i.exec(t);
      const sub = (m?.[1] ?? 'list').toLowerCase();
      // "survey of parents: do I need consent?" is a question: only known subcommands match, and
      // a near miss of one ("pulse reslts") gets "did you mean".
      if (!m) return undefined;
      if (pulseCommands.has(sub)) return { sub, rest: m[2] ?? '' };
      const typo = /\?\s*$/.test(t) ? undefined : closestCommand(sub, pulseCommands);
      return typo ? { sub: 'did_you_mean', rest: typo } : undefined;
    },
    handle: async (turn, { sub, rest }) => {
      const member = turn.member;
      const { words, options } = tokenizeArguments(rest);
      switch (sub) {
        case 'did_you_mean': {
          // Only the command is suggested: the rest of what was typed is not repeated back.
          const suggestion = `pulse ${rest}`;
          return {
            text: `I don't know that pulse command. Did you mean \`${suggestion}\`? (\`help pulse\` lists them all.)`,
            ephemeral: true,
            actions: [{ id: 'did_you_mean', label: suggestion, command: suggestion, value: suggestion }],
          };
        }
        case 'templates': {
          const templates = await service.templates(member.workspaceId);
          return {
            text: templates
              .map(
                (t) =>
                  `• ${t.key}: ${t.title} (${t.questions.length} questions)${t.shipped ? '' : ', your own'}`,
              )
              .join('\n'),
          };
        }
        case 'template': {
          if ((words[0] ?? '').toLowerCase() !== 'add')
            throw new AppError('BAD_INPUT', `Use \`pulse template add …\`. ${help}`);
          const template = unwrap(
            await act.createTemplate(member, {
              key: options.key ?? '',
              title: options.title ?? '',
              description: options.description ?? '',
              questions: questionsFrom(options),
            }),
          );
          return templateSavedReply(template);
        }
        case 'start': {
          const run = unwrap(
            await act.startSurvey(member, {
              templateKey: words[0] ?? '',
              channelId: options.channel ?? turn.message.channelId ?? 'console',
              forum: options.forum,
              days: options.days === undefined ? undefined : Number(options.days),
              closesOn: options.closes,
              opensAt: opensAtOf(options.opens),
              attributed: parseYesNo(options.attributed, 'attributed') ?? false,
              recurrence: options.recurrence,
              audienceSize: options.audience === undefined ? undefined : Number(options.audience),
              resultsRelease: options.release,
            }),
          );
          return surveyStartedReply(run);
        }
        case 'list': {
          const runs = await service.listRuns(member.workspaceId);
          if (runs.length === 0)
            return { text: 'No surveys yet. A coordinator can start one: `pulse templates`.' };
          const lines = await Promise.all(
            runs.map(async (r) =>
              [
                `• ${r.id}: ${r.template.title}, ${r.status}, closes ${r.closesAt.toISOString().slice(0, 10)}`,
                ...describeTroubledPosts(await service.troubledPosts(r)).map((line) => `  ${line}`),
              ].join('\n'),
            ),
          );
          return { text: lines.join('\n') };
        }
        case 'sector': {
          return sectorReply(unwrap(await act.setSector(member, rest)));
        }
        case 'answer': {
          const runId = words[0] && RUN_ID.test(words[0]) ? words[0] : undefined;
          const given = runId ? rest.trim().slice(runId.length) : rest;
          // `sector=voluntary` or `sector="social care"` anywhere in the answer, asked for once.
          const sectorMatch = /(?:^|\s)sector=(?:"([^"]*)"|(\S+))/i.exec(given);
          const sector = sectorMatch ? (sectorMatch[1] ?? sectorMatch[2]) : undefined;
          const text = sectorMatch ? given.replace(sectorMatch[0], ' ') : given;
          return surveyAnsweredReply(
            unwrap(await act.answerSurvey(member, { runId, answers: text, sector })),
          );
        }
        case 'close': {
          const run = unwrap(await act.closeSurvey(member, rest));
          return {
            text: `Closed "${run.template.title}". Its results are final: \`pulse results ${run.id}\`.`,
          };
        }
        case 'results':
        case 'csv': {
          const runId = words[0] && RUN_ID.test(words[0]) ? words[0] : undefined;
          const result = unwrap(await act.exportResults(member, { runId }));
          if (sub === 'results') return { text: result.text, ephemeral: true };
          return {
            text: `Results of "${result.run.template.title}" as CSV (aggregates only).`,
            attachment: {
              filename: result.filename,
              mimeType: 'text/csv',
              content: result.csv,
            },
            ephemeral: true,
          };
        }
        default:
          throw new AppError('BAD_INPUT', `I don't know \`pulse ${sub}\`. ${help}`);
      }
    },
  };
  return [chatRoute(route)];
}
