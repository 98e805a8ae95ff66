import { expect } from 'vitest';
import { detectPersonalData } from '../../src/core/privacy/index.ts';

/**
 * Messages carrying a child's or family's details the way practitioners type them, each with the
 * identifiers it holds. Used by the end-to-end tests for the console, Slack and Teams: none of
 * these identifiers may reach the database, a log line, an export or a reply.
 */
export const IDENTIFIER_MESSAGES: { text: string; identifiers: string[] }[] = [
  {
    text: 'can i share about ruby-mae, dob 2/3/19, with her new school?',
    identifiers: ['ruby-mae', '2/3/19'],
  },
  { text: 'worried about jack, he is 8 and keeps missing school, is a caf right?', identifiers: ['jack'] },
  { text: 'my concern is for a boy named faith who is often late', identifiers: ['faith'] },
  {
    text: 'the Khan children need a TAF, mum is Ana, email ana.k@example.com',
    identifiers: ['Khan', 'Ana', 'ana.k@example.com'],
  },
  {
    text: 'Keira Walsh at St Anne’s C of E Primary, dob 03/03/2017, NI AB123456C - can I share her CAF?',
    identifiers: ['Keira', 'Walsh', 'St Anne’s C of E Primary', '03/03/2017', 'AB123456C'],
  },
  {
    text: 'the Murphys on Heather Road, mum rang me on 07700 900123 about the kids, early help?',
    identifiers: ['Murphys', 'Heather Road', '07700 900123'],
  },
  // Urgent, with identifiers: the reply must not repeat them and nothing of it is stored.
  {
    text: 'Jayden Okafor (9) just told me his stepdad hits him and he is picking him up at 3, he lives at 22 Mill Road LS6 2AB',
    identifiers: ['Jayden', 'Okafor', '22 Mill Road', 'LS6 2AB', 'stepdad hits him'],
  },
];

/** Every identifier the messages hold, for looking through whatever the bot kept or said. */
export const ALL_IDENTIFIERS = IDENTIFIER_MESSAGES.flatMap((m) => m.identifiers);

/**
 * Fails when any identifier appears in `haystack` (case-insensitive, as a whole word: "Ana" is
 * found in "Ana's" but not in "management"), naming where it was found.
 */
export function expectNoIdentifiers(where: string, haystack: string): void {
  const found = ALL_IDENTIFIERS.filter((id) =>
    new RegExp(
      `(?<![\\p{L}\\p{N}])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    ).test(haystack),
  );
  expect(found, `identifiers found in ${where}`).toEqual([]);
}

/** The guard itself must find them all, or the end-to-end tests prove nothing. */
export function expectGuardFindsThem(): void {
  for (const { text, identifiers } of IDENTIFIER_MESSAGES) {
    const findings = detectPersonalData(text);
    for (const id of identifiers.filter((i) => i !== 'stepdad hits him')) {
      const at = text.indexOf(id);
      expect(at, id).toBeGreaterThanOrEqual(0);
      const covered = findings.some((f) => f.start <= at && f.end >= at + id.length);
      expect(covered, `${id} in "${text}"`).toBe(true);
    }
  }
}
