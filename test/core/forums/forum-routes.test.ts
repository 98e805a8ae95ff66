import { describe, expect, it } from 'vitest';
import { forumRoutes } from '../../../src/core/forums/forum-routes.ts';
import type { ForumService } from '../../../src/core/forums/forum-service.ts';
import { pulseRoutes } from '../../../src/core/pulse/pulse-routes.ts';
import type { PulseService } from '../../../src/core/pulse/pulse-service.ts';

// Matching never touches the services.
const routes = [...forumRoutes({} as ForumService), ...pulseRoutes({} as PulseService)];
const matched = (text: string) => routes.find((r) => r.bind(text) !== undefined)?.name;

describe('forum and pulse command matching', () => {
  it('matches their commands', () => {
    expect(matched('forum schedule')).toBe('forum');
    expect(matched('forum')).toBe('forum');
    expect(matched('FORUM swap "North" 2027-01-12 2027-03-09')).toBe('forum');
    expect(matched('rsvp not going')).toBe('rsvp');
    // A bare `rsvp` gets the rsvp usage rather than a guidance answer logged as a question.
    expect(matched('rsvp')).toBe('rsvp');
    // A near miss of a pulse command gets "did you mean".
    expect(matched('pulse reslts')).toBe('pulse');
    expect(matched('pulse answer 4 5 3')).toBe('pulse');
    expect(matched('survey results')).toBe('pulse');
  });

  it('leaves questions that merely start with those words to the guidance answers', () => {
    expect(matched('forum rules for sharing information?')).toBeUndefined();
    expect(matched('survey of parents: do I need consent?')).toBeUndefined();
    expect(matched('rsvp?')).toBeUndefined();
    expect(matched('pulse checks for schools?')).toBeUndefined();
  });
});
