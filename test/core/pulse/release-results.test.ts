// Attack tests for the release rule: a coordinator reads results as often as they like while a run
// is open and tries to subtract one read from another.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sector } from '../../../src/core/forums/types.ts';
import {
  computeRunResults,
  type ReleasePolicy,
  type ResponseRecord,
  type RunResults,
} from '../../../src/core/pulse/index.ts';
import { releaseResults, type StoredRelease } from '../../../src/core/pulse/release-results.ts';
import { auditReleases } from './audit-releases.ts';
import { makeResponse, makeResponses, makeTemplate } from './make-pulse.ts';

const template = makeTemplate();
const MIN = 5;
const now = new Date('2026-11-21T10:00:00Z');

/** Reads the results after every new response, storing releases as the service does. */
function readAfterEach(arrivals: ResponseRecord[], policy: ReleasePolicy, close = true): RunResults[] {
  const releases: StoredRelease[] = [];
  const reads: RunResults[] = [];
  const read = (responses: ResponseRecord[], closing: boolean) => {
    const decision = releaseResults({ template, responses, releases, policy, closing, now });
    if (decision.release) releases.push(decision.release);
    reads.push(decision.shown);
  };
  for (let count = 1; count <= arrivals.length; count += 1) read(arrivals.slice(0, count), false);
  if (close) read(arrivals, true);
  return reads;
}

const answers = (index: number) => ({ q1: (index % 5) + 1, q2: ((index * 3) % 5) + 1, q3: 'Consent' });

describe('the attacks the release rule stops', () => {
  it('two reads around a group crossing the threshold (the reported case)', () => {
    // Education 5 and health 5 answer; then 4 social care members.
    const arrivals = [
      ...makeResponses('education', 5, answers),
      ...makeResponses('health', 5, answers),
      ...makeResponses('social_care', 4, () => ({ q1: 1, q2: 2 })),
    ];
    // Without releases, each read on its own is safe, yet two reads give social care away.
    const naive = [10, 14].map((count) => computeRunResults(template, arrivals.slice(0, count)));
    expect(auditReleases(naive, MIN).length).toBeGreaterThan(0);

    const reads = readAfterEach(arrivals, 'steps');
    expect(auditReleases(reads, MIN)).toEqual([]);
    // The read at 14 still shows the figures released at 10; the final result holds them too.
    expect(reads[13]?.release?.responses).toBe(10);
    expect(reads[13]?.liveResponseCount).toBe(14);
    expect(reads[14]?.release).toMatchObject({ final: true, responses: 10 });
  });

  it('reads one response apart never differ', () => {
    const arrivals = makeResponses('education', 12, answers);
    const reads = readAfterEach(arrivals, 'steps', false);
    for (let index = 1; index < reads.length; index += 1) {
      const before = reads[index - 1];
      const after = reads[index];
      if (JSON.stringify(before?.questions) !== JSON.stringify(after?.questions)) {
        expect((after?.release?.responses ?? 0) - (before?.release?.responses ?? 0)).toBeGreaterThanOrEqual(
          MIN,
        );
      }
    }
    expect(reads.map((read) => read.release?.responses ?? 0)).toEqual([
      0, 0, 0, 0, 5, 5, 5, 5, 5, 10, 10, 10,
    ]);
  });

  it('total minus shown sectors never isolates a hidden group, and a hidden group stays hidden', () => {
    const arrivals = [
      ...makeResponses('education', 6, answers),
      ...makeResponses('health', 5, answers),
      makeResponse('education', { q1: 1, q2: 1 }),
      ...makeResponses('youth_support', 4, answers),
      ...makeResponses('health', 6, answers),
    ];
    const reads = readAfterEach(arrivals, 'steps');
    expect(auditReleases(reads, MIN)).toEqual([]);
    const education = reads.map((read) => read.bySector.find((group) => group.group === 'education'));
    const hiddenFrom = education.findIndex((group) => group?.suppressed);
    expect(hiddenFrom).toBeGreaterThan(0);
    expect(education.slice(hiddenFrom).every((group) => group?.suppressed)).toBe(true);
  });

  it('an anonymous run (close by default) shows only the live count until it closes', () => {
    const arrivals = makeResponses('education', 12, answers);
    const reads = readAfterEach(arrivals, 'close');
    for (const read of reads.slice(0, -1)) {
      expect(read.suppressed).toBe(true);
      expect(read.questions.every((question) => question.reason === 'awaiting-release')).toBe(true);
    }
    expect(reads[10]?.responseCount).toBe(11);
    expect(reads[12]).toMatchObject({ suppressed: false, responseCount: 12, release: { final: true } });
  });

  it('holds for any order of arrivals and reads (property)', () => {
    const sectors: Sector[] = ['education', 'health', 'social_care', 'youth_support', 'police', 'other'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            sector: fc.constantFrom(...sectors),
            q1: fc.integer({ min: 1, max: 5 }),
            q3: fc.boolean(),
          }),
          {
            minLength: 1,
            maxLength: 60,
          },
        ),
        fc.constantFrom<ReleasePolicy>('steps', 'close'),
        (drawn, policy) => {
          const arrivals = drawn.map((d) =>
            makeResponse(d.sector, { q1: d.q1, q2: 3, ...(d.q3 ? { q3: 'Systems' } : {}) }),
          );
          expect(auditReleases(readAfterEach(arrivals, policy), MIN)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
