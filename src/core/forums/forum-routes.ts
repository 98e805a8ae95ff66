import {
  type ChatRoute,
  chatRoute,
  type Reply,
  type Route,
  type TurnContext,
} from '../conversation/types.ts';
import { describeTroubledPosts } from '../shared/describe-troubled-posts.ts';
import { AppError } from '../shared/errors.ts';
import { closestCommand } from '../shared/match-name.ts';
import { unwrap } from '../shared/outcome.ts';
import { explainHost } from './explain-host.ts';
import { type Attendance, type ForumService, localStartTime } from './forum-service.ts';
import { formatDayAndDate, formatLongDate } from './local-dates.ts';
import { parseList, parseYesNo, tokenizeArguments } from './parse-forum-command.ts';
import type { RsvpAnswer } from './ports.ts';
import { agencyAddedReply, forumCreatedReply, rsvpReply } from './present.ts';
import {
  type DatedArguments,
  describeReadDates,
  type ReadDate,
  readDatedArguments,
} from './read-dated-arguments.ts';
import { ForumUseCases } from './use-cases.ts';

const help = {
  create:
    '`forum create "<name>" cadence="every 2 months on the 2nd tuesday" time=13:30 start=2027-01-01` (optional: duration=120 end= channel= zone= nation= holidays=move|flag venue= horizon=3): create a forum (coordinators).',
  agency:
    '`forum agency add "<forum>" name="<agency>" sector=education` (optional: contacts=U1,U2 host=no venue= blackout=2027-03-09,…) / `forum agency remove "<forum>" "<agency>"`.',
  schedule:
    '`forum schedule [<forum>]`: the next meetings, hosts and RSVP counts. A forum can be named by the start of its name.',
  rota: '`forum rota ["<forum>"]` / `forum why ["<forum>"] <date>`: who hosts and why.',
  change:
    '`forum swap <date> <date>`, `forum defer <date>` (the agency keeps its place), `forum skip <date>` or `forum absent <date>` (the turn passes on), `forum override <date> "<agency>"`, `forum move <date> <new date> [time=HH:mm]`, `forum cancel <date>`, `forum history`. Dates like 12 Jan, 14/09/2027 or next Tuesday are read back to you before anything changes.',
  hosts:
    '`forum coming [<date>]`: who is coming (names for the host agency and coordinators, counts for others); `forum next`: your agency’s next turn to host.',
  details:
    '`forum venue|agenda|notes "<forum>" <date> <venue or link>`: set a meeting’s venue, agenda or notes (host contacts and coordinators).',
  rsvp: '`rsvp going|not going|maybe [<forum>]`: answer for the next meeting of this channel’s forum (change it any time before it starts).',
  calendar:
    '`forum calendar [<forum>]`: the forum’s calendar (.ics), with a link Outlook or Google can subscribe to.',
};

const OPTION = /([a-z][a-z0-9_-]*)=(?:"[^"]*"|“[^”]*”|'[^']*'|\S+)/gi;
/** Words that make `forum …` a question for the guidance rather than a command. */
const QUESTION_WORD =
  /^(what|how|who|when|where|why|which|is|are|can|could|do|does|should|would|for|in|at|about|rules|meeting|meetings)$/i;

/** Subcommands that change the rota or a meeting: a date typed in words is read back first. */
const CHANGES = new Set([
  'swap',
  'defer',
  'absent',
  'skip',
  'override',
  'move',
  'reschedule',
  'cancel',
  'venue',
  'agenda',
  'notes',
]);

/** The forum help, by topic: the whole list for `help forum`. */
export function forumHelp(): string {
  return [
    help.schedule,
    help.rota,
    help.hosts,
    help.change,
    help.details,
    help.rsvp,
    help.calendar,
    help.create,
    help.agency,
  ]
    .map((line) => `• ${line}`)
    .join('\n');
}

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
  'coming',
  'next',
  'help',
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

function requireRead(date: ReadDate | undefined, what = 'the date'): string {
  if (!date)
    throw new AppError('BAD_INPUT', `Say ${what}: 12 Jan, 14/09/2027, next Tuesday or 2027-03-09.`, {
      field: 'date',
    });
  return date.iso;
}

const quote = (value: string) => (/\s/.test(value) ? `"${value}"` : value);

/**
 * A change whose dates were typed in words is read back and waits: the reply gives the exact
 * command (dates as YYYY-MM-DD) to go ahead, so a misread date changes nothing.
 */
function confirmFirst(
  sub: string,
  forumName: string,
  read: DatedArguments,
  options: Record<string, string>,
): Reply | undefined {
  if (!CHANGES.has(sub) || !read.dates.some((d) => d.natural)) return undefined;
  const command = [
    `forum ${sub}`,
    `"${forumName}"`,
    ...read.dates.map((d) => d.iso),
    ...(read.trailing ? [`"${read.trailing}"`] : []),
    ...Object.entries(options).map(([key, value]) => `${key.replace(/_/g, '-')}=${quote(value)}`),
  ].join(' ');
  return {
    text: `I read ${describeReadDates(read.dates)}. Nothing has changed yet: to go ahead, type \`${command}\`.`,
    ephemeral: true,
    actions: [{ id: 'confirm_change', label: 'Go ahead', command, value: command }],
  };
}

/** Who is coming: names by answer for the host and coordinators, counts for everyone else. */
function comingReply(attendance: Attendance): Reply {
  const { forum, occurrence, counts, names } = attendance;
  const head = `${forum.name} on ${formatDayAndDate(occurrence.date)} ${localStartTime(forum, occurrence)}, hosted by ${occurrence.hostName}:`;
  if (!names)
    return {
      text: `${head} going ${counts.going}, maybe ${counts.maybe}, not going ${counts.not_going}.`,
      ephemeral: true,
    };
  const line = (label: string, list: string[]) =>
    `• ${label} (${list.length}): ${list.length ? list.join(', ') : 'nobody yet'}`;
  return {
    text: [
      head,
      line('Going', names.going),
      line('Maybe', names.maybe),
      line('Not going', names.not_going),
    ].join('\n'),
    ephemeral: true,
  };
}

/** The forum chat commands, rendered by every adapter from the same routes. */
export function forumRoutes(service: ForumService): ChatRoute[] {
  const act = new ForumUseCases(service);
  /** The forum named (by the start of its name or close to it), else the channel's forum. */
  const forumFor = async (turn: TurnContext, name: string | undefined) =>
    name
      ? service.requireForum(turn.message.workspace.id, name)
      : service.forumForChannel(turn.message.workspace.id, turn.message.channelId);
  /** A command's forum and dates, read from its words. */
  const dated = async (turn: TurnContext, rest: string) => {
    const read = readDatedArguments(rest.replace(OPTION, ' '), service.todayIn());
    const forum = await forumFor(turn, read.forum);
    return { forum, read };
  };

  const routes: Route<{ sub: string; rest: string }>[] = [
    {
      name: 'forum',
      help: forumHelp(),
      summary:
        '`forum schedule`, `forum coming`, `forum next`, `forum swap`…: rotating forums (`help forum` for all).',
      match: (t) => {
        const m = /^forums?(?:\s+(\S+))?(?:\s+([\s\S]*))?$/i.exec(t);
        if (!m) return undefined;
        const sub = (m[1] ?? 'list').toLowerCase();
        if (forumCommands.has(sub)) return { sub, rest: m[2] ?? '' };
        // "forum rules for schools?" is a question for the guidance; "forum shedule" a typo.
        const typo = closestCommand(sub, forumCommands);
        if (typo) return { sub: 'did_you_mean', rest: `${typo} ${m[2] ?? ''}`.trim() };
        if (/\?\s*$/.test(t) || QUESTION_WORD.test(sub)) return undefined;
        return { sub: 'unknown', rest: sub };
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
              return agencyAddedReply(
                unwrap(
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
                ),
              );
            }
            if (action === 'remove') {
              if (!words[1] || !(options.name ?? words[2]))
                throw new AppError('BAD_INPUT', `Say which forum and agency: ${help.agency}`, {
                  field: 'name',
                });
              const { forum, agency, problem } = unwrap(
                await act.removeAgency(member, { forum: words[1], name: options.name ?? words[2] ?? '' }),
              );
              return {
                text: `${agency.name} has left ${forum.name}; the rota has been re-planned without it.${problem ? `\n⚠️ ${problem}` : ''}`,
              };
            }
            const forum = await forumFor(
              turn,
              sub === 'agencies' ? words.join(' ') || undefined : words.slice(1).join(' ') || undefined,
            );
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
            const forum = await forumFor(turn, words.join(' ') || undefined);
            const { rows, problem, troubled } = await service.schedule(forum);
            const warning = [...(problem ? [`⚠️ ${problem}`] : []), ...describeTroubledPosts(troubled)]
              .map(
                (line) => `
${line}`,
              )
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
            const forum = await forumFor(turn, words.join(' ') || undefined);
            const plan = await service.currentPlan(forum);
            if (plan.length === 0)
              return { text: `${forum.name} has no meetings planned: add member agencies that can host.` };
            return {
              text: plan.map((p) => `• ${formatDayAndDate(p.date)}: ${p.hostName}. ${p.reason}`).join('\n'),
            };
          }
          case 'why': {
            const { forum, read } = await dated(turn, rest);
            const plan = await service.currentPlan(forum);
            return { text: explainHost(plan, requireRead(read.dates[0])) };
          }
          case 'swap':
          case 'defer':
          case 'absent':
          case 'skip':
          case 'override': {
            const { forum, read } = await dated(turn, rest);
            const [first, second] = read.dates;
            // What is missing is asked for first: a read-back must give a command that can go ahead.
            if (sub === 'swap') requireRead(second, 'the second date');
            if (sub === 'override' && !(options.agency ?? read.trailing))
              throw new AppError('BAD_INPUT', `Say which agency hosts instead: ${help.change}`, {
                field: 'agency',
              });
            const confirm = confirmFirst(sub, forum.name, read, options);
            if (confirm) return confirm;
            const base = { forum: forum.name };
            const change =
              sub === 'swap'
                ? {
                    ...base,
                    kind: 'swap' as const,
                    dateA: requireRead(first, 'the first date'),
                    dateB: requireRead(second, 'the second date'),
                  }
                : sub === 'override'
                  ? {
                      ...base,
                      kind: 'override' as const,
                      date: requireRead(first),
                      agencyName: options.agency ?? read.trailing ?? '',
                    }
                  : {
                      ...base,
                      kind: sub === 'defer' ? ('defer' as const) : ('absent' as const),
                      date: requireRead(first),
                      note: options.note,
                    };
            const { result } = unwrap(await act.changeRota(member, change));
            const lead =
              sub === 'swap'
                ? 'Swapped.'
                : sub === 'override'
                  ? 'Host set.'
                  : sub === 'defer'
                    ? 'Deferred: the agency keeps its place and is owed the next turn it can take.'
                    : 'Recorded: the turn passes on.';
            return { text: `${lead} ${summarise(result.occurrences)}` };
          }
          case 'coming': {
            const { forum, read } = await dated(turn, rest);
            return comingReply(await service.coming(member, forum, read.dates[0]?.iso));
          }
          case 'next': {
            const forum = await forumFor(turn, words.join(' ') || undefined);
            const turns = await service.nextTurns(member, forum);
            if (turns.length === 0) {
              return {
                text: `You are not a contact of any agency in ${forum.name}. A coordinator can add you: \`forum agency add … contacts=<you>\`.`,
                ephemeral: true,
              };
            }
            return {
              text: turns
                .map(({ agency, meeting }) =>
                  meeting
                    ? `${agency.name} next hosts ${forum.name} on ${formatDayAndDate(meeting.date)}.`
                    : `${agency.name} has no turn to host in the rota yet.`,
                )
                .join('\n'),
              ephemeral: true,
            };
          }
          case 'help':
            return { text: forumHelp() };
          case 'did_you_mean': {
            const [command, ...others] = rest.split(' ');
            const suggestion = `forum ${command}${others.length ? ` ${others.join(' ')}` : ''}`;
            return {
              text: `I don't know that forum command. Did you mean \`${suggestion}\`? (\`help forum\` lists them all.)`,
              ephemeral: true,
              actions: [{ id: 'did_you_mean', label: suggestion, command: suggestion, value: suggestion }],
            };
          }
          case 'unknown':
            return {
              text: `I don't know \`forum ${rest}\`. Type \`help forum\` for the forum commands.`,
              ephemeral: true,
            };
          case 'history': {
            const forum = await forumFor(turn, words.join(' ') || undefined);
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
            const { forum, read } = await dated(turn, rest);
            const value = options.url ?? options.venue ?? read.trailing;
            if (!value)
              throw new AppError(
                'BAD_INPUT',
                `Say the ${sub === 'venue' ? 'venue' : 'link'}: \`forum ${sub} <date> ${sub === 'venue' ? '"<venue>"' : 'https://…'}\`.`,
              );
            const confirm = confirmFirst(sub, forum.name, read, options);
            if (confirm) return confirm;
            const key = sub === 'venue' ? 'venue' : sub === 'agenda' ? 'agendaUrl' : 'notesUrl';
            const updated = unwrap(
              await act.setDetails(member, {
                forum: forum.name,
                date: requireRead(read.dates[0]),
                [key]: value,
              }),
            );
            return { text: `Saved the ${sub} for ${formatLongDate(updated.date)}.` };
          }
          case 'move':
          case 'reschedule': {
            const { forum, read } = await dated(turn, rest);
            // What is missing is asked for first: a read-back must give a command that can go ahead.
            const newDate = requireRead(read.dates[1], 'the new date');
            const confirm = confirmFirst(sub, forum.name, read, options);
            if (confirm) return confirm;
            const { moved } = unwrap(
              await act.reschedule(member, {
                forum: forum.name,
                date: requireRead(read.dates[0]),
                to: { date: newDate, time: options.time },
              }),
            );
            return {
              text: `Moved: ${forum.name} now meets on ${formatDayAndDate(moved.date)} ${localStartTime(forum, moved)}, hosted by ${moved.hostName}. Members will be told once.`,
            };
          }
          case 'cancel': {
            const { forum, read } = await dated(turn, rest);
            const confirm = confirmFirst(sub, forum.name, read, options);
            if (confirm) return confirm;
            const { cancelled } = unwrap(
              await act.cancel(member, { forum: forum.name, date: requireRead(read.dates[0]) }),
            );
            return {
              text: `Cancelled ${forum.name} on ${formatLongDate(cancelled.date)}; members will be told once.`,
            };
          }
          case 'calendar':
          case 'ics': {
            const named = await forumFor(turn, words.join(' ') || undefined);
            const { forum, filename, ics } = unwrap(await act.exportCalendar(member, { forum: named.name }));
            const feed = service.calendarFeedUrl(forum);
            return {
              text: feed
                ? `Calendar for ${forum.name}: subscribe to ${feed} in Outlook ("Add calendar" → "Subscribe from web") or Google Calendar ("Other calendars" → "From URL"); changes and cancellations flow through. Keep the link to yourself: anyone with it can read the forum's meetings. The file ${filename} is a one-off copy.`
                : `Calendar for ${forum.name}: import ${filename} into Outlook or Google Calendar (a subscribable link is given when joinedup serves the web, PORT).`,
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

  const rsvpRoute: Route<{ answer?: RsvpAnswer; target?: string }> = {
    name: 'rsvp',
    help: help.rsvp,
    topics: ['forum'],
    match: (t) => {
      const m = /^rsvp\s+(going|yes|not going|not_going|no|maybe)(?:\s+([\s\S]+))?$/i.exec(t);
      if (!m?.[1]) return /^rsvp(\s+[^?]+)?$/i.test(t) ? {} : undefined;
      const a = m[1].toLowerCase();
      const answer: RsvpAnswer =
        a === 'going' || a === 'yes' ? 'going' : a === 'maybe' ? 'maybe' : 'not_going';
      return { answer, target: m[2]?.replace(/^["“]|["”]$/g, '').trim() };
    },
    handle: async (turn, { answer, target }) => {
      if (!answer) {
        return {
          text: 'Answer with `rsvp going`, `rsvp maybe` or `rsvp not going` (for the next meeting of this channel’s forum).',
          ephemeral: true,
        };
      }
      const isId = target !== undefined && /^[0-9a-f-]{36}$/i.test(target);
      const forum = isId ? undefined : (await forumFor(turn, target || undefined)).name;
      const result = unwrap(
        await act.rsvp(turn.member, { answer, occurrenceId: isId ? target : undefined, forum }),
      );
      return rsvpReply(result);
    },
  };

  return [...routes.map(chatRoute), chatRoute(rsvpRoute)];
}

function summarise(occurrences: { date: string; hostName: string }[]): string {
  return `Next: ${occurrences.map((o) => `${formatDayAndDate(o.date)} ${o.hostName}`).join('; ')}.`;
}
