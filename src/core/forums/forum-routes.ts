import type { Reply, Route, TurnContext } from '../conversation/types.ts';
import { describeTroubledPosts } from '../shared/describe-troubled-posts.ts';
import { AppError } from '../shared/errors.ts';
import { unwrap } from '../shared/outcome.ts';
import { explainHost } from './explain-host.ts';
import { type ForumService, localStartTime } from './forum-service.ts';
import { formatDayAndDate, formatLongDate } from './local-dates.ts';
import { parseList, parseYesNo, tokenizeArguments } from './parse-forum-command.ts';
import type { RsvpAnswer } from './ports.ts';
import { forumCreatedReply, rsvpReply } from './present.ts';
import { ForumUseCases } from './use-cases.ts';

const help = {
  create:
    '`forum create "<name>" cadence="every 2 months on the 2nd tuesday" time=13:30 start=2027-01-01` (optional: duration=120 end= channel= zone= nation= holidays=move|flag venue= horizon=3): create a forum (coordinators).',
  agency:
    '`forum agency add "<forum>" name="<agency>" sector=education` (optional: contacts=U1,U2 host=no venue= blackout=2027-03-09,…) / `forum agency remove "<forum>" "<agency>"`.',
  schedule: '`forum schedule ["<forum>"]`: the next meetings, hosts and RSVP counts.',
  rota: '`forum rota ["<forum>"]` / `forum why ["<forum>"] <date>`: who hosts and why.',
  change:
    '`forum swap "<forum>" <date> <date>`, `forum defer "<forum>" <date>` (keeps the agency’s place), `forum skip "<forum>" <date>` (the turn passes on), `forum override "<forum>" <date> "<agency>"`, `forum move "<forum>" <date> <new date> [time=HH:mm]`, `forum cancel "<forum>" <date>`, `forum history "<forum>"`.',
  details:
    '`forum venue|agenda|notes "<forum>" <date> <venue or link>`: set a meeting’s venue, agenda or notes (host contacts and coordinators).',
  rsvp: '`rsvp going|not going|maybe ["<forum>"]`: answer for the next meeting (change it any time before it starts).',
  calendar: '`forum calendar ["<forum>"]`: the forum’s calendar (.ics) for Outlook or Google.',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const forumCommands = new Set([
  'list',
  'create',
  'agency',
  'agencies',
  'schedule',
  'rota',
  'why',
  'swap',
  'defer',
  'absent',
  'skip',
  'override',
  'history',
  'venue',
  'agenda',
  'notes',
  'move',
  'reschedule',
  'cancel',
  'calendar',
  'ics',
]);

function numberOption(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function requireDate(word: string | undefined, what = 'the date'): string {
  if (!word || !DATE.test(word))
    throw new AppError('BAD_INPUT', `Give ${what} as YYYY-MM-DD, e.g. 2027-03-09.`);
  return word;
}

/** The forum chat commands, rendered by every adapter from the same routes. */
export function forumRoutes(service: ForumService): Route<never>[] {
  const act = new ForumUseCases(service);
  const forumArg = async (turn: TurnContext, name: string | undefined) =>
    service.requireForum(turn.message.workspace.id, name);

  const routes: Route<{ sub: string; rest: string }>[] = [
    {
      name: 'forum',
      help: `${help.create}\n• ${help.agency}\n• ${help.schedule}\n• ${help.rota}\n• ${help.change}\n• ${help.details}\n• ${help.calendar}`,
      match: (t) => {
        const m = /^forums?(?:\s+(\S+))?(?:\s+([\s\S]*))?$/i.exec(t);
        const sub = (m?.[1] ?? 'list').toLowerCase();
        // "forum rules for schools?" is a question, not a command: only known subcommands match.
        return m && forumCommands.has(sub) ? { sub, rest: m[2] ?? '' } : undefined;
      },
      handle: async (turn, { sub, rest }): Promise<Reply> => {
        const { words, options } = tokenizeArguments(rest);
        const member = turn.member;
        switch (sub) {
          case 'list': {
            const forums = await service.listForums(member.workspaceId);
            if (forums.length === 0)
              return { text: 'There are no forums yet. A coordinator can create one: try `help`.' };
            return { text: forums.map((f) => `• ${service.describe(f)}`).join('\n') };
          }
          case 'create': {
            const name = options.name ?? words[0];
            if (!options.cadence) throw new AppError('BAD_INPUT', `Say how often it meets. ${help.create}`);
            const forum = unwrap(
              await act.createForum(member, {
                name: name ?? '',
                channelId: options.channel ?? turn.message.channelId ?? 'console',
                zone: options.zone ?? options.timezone,
                time: options.time,
                durationMinutes: numberOption(options.duration) ?? 120,
                cadence: options.cadence,
                start: options.start,
                end: options.end,
                nation: options.nation,
                holidays: options.holidays === 'flag' ? 'flag' : options.holidays ? 'move' : undefined,
                venue: options.venue,
                horizon: numberOption(options.horizon),
                hostReminderDays: numberOption(options.host_reminder),
                memberReminderDays: numberOption(options.member_reminder),
              }),
            );
            return forumCreatedReply(service.describe(forum), forum.name);
          }
          case 'agency':
          case 'agencies': {
            const action = sub === 'agencies' ? 'list' : (words[0] ?? '').toLowerCase();
            if (action === 'add') {
              const { forum, agency, problem } = unwrap(
                await act.addAgency(member, {
                  forum: words[1],
                  name: options.name ?? words[2] ?? '',
                  sector: options.sector,
                  contacts: parseList(options.contacts),
                  canHost: parseYesNo(options.host, 'host') ?? true,
                  venue: options.venue,
                  nation: options.nation,
                  blackoutDates: parseList(options.blackout),
                }),
              );
              return {
                text: `${agency.name} (${agency.sector.replace(/_/g, ' ')}) joined ${forum.name}.${agency.canHost ? '' : ' It will not host.'}${problem ? `\n⚠️ ${problem}` : ''}`,
              };
            }
            if (action === 'remove') {
              const { forum, agency, problem } = unwrap(
                await act.removeAgency(member, { forum: words[1], name: options.name ?? words[2] ?? '' }),
              );
              return {
                text: `${agency.name} has left ${forum.name}; the rota has been re-planned without it.${problem ? `\n⚠️ ${problem}` : ''}`,
              };
            }
            const forum = await forumArg(turn, sub === 'agencies' ? words[0] : words[1]);
            const list = await service.listAgencies(forum);
            return {
              text:
                list.length === 0
                  ? `${forum.name} has no member agencies yet.`
                  : list
                      .map(
                        (a) =>
                          `• ${a.name} (${a.sector.replace(/_/g, ' ')})${a.canHost ? '' : ', does not host'}${a.blackoutDates.length ? `, not available ${a.blackoutDates.join(', ')}` : ''}`,
                      )
                      .join('\n'),
            };
          }
          case 'schedule': {
            const forum = await forumArg(turn, words[0]);
            const { rows, problem, troubled } = await service.schedule(forum);
            const warning = [...(problem ? [`⚠️ ${problem}`] : []), ...describeTroubledPosts(troubled)]
              .map((line) => `\n${line}`)
              .join('');
            if (rows.length === 0) {
              return {
                text: `${forum.name} has no meetings planned: add member agencies that can host.${warning}`,
              };
            }
            const lines = rows.map(
              ({ occurrence: o, counts }) =>
                `• ${formatDayAndDate(o.date)} ${localStartTime(forum, o)}: ${o.status === 'cancelled' ? 'CANCELLED' : `hosted by ${o.hostName}`} (going ${counts.going}, maybe ${counts.maybe}, not going ${counts.not_going})${o.holidayFlag ? ` ⚠️ ${o.holidayFlag}` : ''}`,
            );
            return { text: `${forum.name}, next meetings:\n${lines.join('\n')}${warning}` };
          }
          case 'rota': {
            const forum = await forumArg(turn, words[0]);
            const plan = await service.currentPlan(forum);
            if (plan.length === 0)
              return { text: `${forum.name} has no meetings planned: add member agencies that can host.` };
            return {
              text: plan.map((p) => `• ${formatDayAndDate(p.date)}: ${p.hostName}. ${p.reason}`).join('\n'),
            };
          }
          case 'why': {
            const dateWord = words.find((w) => DATE.test(w));
            const forum = await forumArg(
              turn,
              words.find((w) => !DATE.test(w)),
            );
            const plan = await service.currentPlan(forum);
            return { text: explainHost(plan, requireDate(dateWord)) };
          }
          case 'swap': {
            const { result } = unwrap(
              await act.changeRota(member, {
                kind: 'swap',
                forum: words[0],
                dateA: requireDate(words[1], 'the first date'),
                dateB: requireDate(words[2], 'the second date'),
              }),
            );
            return { text: `Swapped. ${summarise(result.occurrences)}` };
          }
          case 'defer':
          case 'absent': {
            const { result } = unwrap(
              await act.changeRota(member, {
                kind: sub,
                forum: words[0],
                date: requireDate(words[1]),
                note: options.note,
              }),
            );
            return {
              text: `${sub === 'defer' ? 'Deferred: the agency keeps its place and is owed the next turn it can take.' : 'Recorded: the turn passes on.'} ${summarise(result.occurrences)}`,
            };
          }
          case 'override': {
            const { result } = unwrap(
              await act.changeRota(member, {
                kind: 'override',
                forum: words[0],
                date: requireDate(words[1]),
                agencyName: options.agency ?? words[2] ?? '',
              }),
            );
            return { text: `Host set. ${summarise(result.occurrences)}` };
          }
          case 'history': {
            const forum = await forumArg(turn, words[0]);
            const lines = await service.history(forum);
            return {
              text: lines.length
                ? `${forum.name} hosting history:\n${lines.map((l) => `• ${l}`).join('\n')}`
                : `${forum.name} has no hosting history yet.`,
            };
          }
          case 'venue':
          case 'agenda':
          case 'notes': {
            const value = options.url ?? options.venue ?? words.slice(2).join(' ');
            if (!value)
              throw new AppError(
                'BAD_INPUT',
                `Say the ${sub === 'venue' ? 'venue' : 'link'}: \`forum ${sub} "<forum>" <date> ${sub === 'venue' ? '"<venue>"' : 'https://…'}\`.`,
              );
            const key = sub === 'venue' ? 'venue' : sub === 'agenda' ? 'agendaUrl' : 'notesUrl';
            const updated = unwrap(
              await act.setDetails(member, { forum: words[0], date: requireDate(words[1]), [key]: value }),
            );
            return { text: `Saved the ${sub} for ${formatLongDate(updated.date)}.` };
          }
          case 'move':
          case 'reschedule': {
            const { forum, moved } = unwrap(
              await act.reschedule(member, {
                forum: words[0],
                date: requireDate(words[1]),
                to: { date: requireDate(words[2], 'the new date'), time: options.time },
              }),
            );
            return {
              text: `Moved: ${forum.name} now meets on ${formatDayAndDate(moved.date)} ${localStartTime(forum, moved)}, hosted by ${moved.hostName}. Members will be told once.`,
            };
          }
          case 'cancel': {
            const { forum, cancelled } = unwrap(
              await act.cancel(member, { forum: words[0], date: requireDate(words[1]) }),
            );
            return {
              text: `Cancelled ${forum.name} on ${formatLongDate(cancelled.date)}; members will be told once.`,
            };
          }
          case 'calendar':
          case 'ics': {
            const { forum, filename, ics } = unwrap(await act.exportCalendar(member, { forum: words[0] }));
            return {
              text: `Calendar for ${forum.name}: import or subscribe to ${filename} in Outlook or Google Calendar; changes and cancellations update it.`,
              attachment: { filename, mimeType: 'text/calendar', content: ics },
            };
          }
          default:
            throw new AppError(
              'BAD_INPUT',
              `I don't know \`forum ${sub}\`. Type \`help\` for the forum commands.`,
            );
        }
      },
    },
  ];

  const rsvpRoute: Route<{ answer: RsvpAnswer; target?: string }> = {
    name: 'rsvp',
    help: help.rsvp,
    match: (t) => {
      const m = /^rsvp\s+(going|yes|not going|not_going|no|maybe)(?:\s+([\s\S]+))?$/i.exec(t);
      if (!m?.[1]) return undefined;
      const a = m[1].toLowerCase();
      const answer: RsvpAnswer =
        a === 'going' || a === 'yes' ? 'going' : a === 'maybe' ? 'maybe' : 'not_going';
      return { answer, target: m[2]?.replace(/^["“]|["”]$/g, '').trim() };
    },
    handle: async (turn, { answer, target }) => {
      const isId = target !== undefined && /^[0-9a-f-]{36}$/i.test(target);
      const result = unwrap(
        await act.rsvp(turn.member, {
          answer,
          occurrenceId: isId ? target : undefined,
          forum: isId ? undefined : target,
        }),
      );
      return rsvpReply(result);
    },
  };

  return [...routes, rsvpRoute] as unknown as Route<never>[];
}

function summarise(occurrences: { date: string; hostName: string }[]): string {
  return `Next: ${occurrences.map((o) => `${formatDayAndDate(o.date)} ${o.hostName}`).join('; ')}.`;
}
