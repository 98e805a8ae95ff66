import { describe, expect, it } from 'vitest';
import {
  assessUrgency,
  composeUrgentReply,
  type EmergencyContacts,
  URGENCY_REASONS,
  type UrgencyAssessment,
  type UrgencyReason,
} from '../../../../src/core/guidance/triage/index.ts';
import { URGENT } from './urgency-corpus.ts';

const CONTACTS: EmergencyContacts = {
  socialCareFrontDoor: '0300 123 4567',
  mash: '0300 765 4321',
  outOfHours: '0300 999 0000',
  safeguardingLead: 'Sam Patel, ext 204',
};

const urgent = (...reasons: UrgencyReason[]): UrgencyAssessment => ({ urgent: true, tier: 'now', reasons });
const today = (...reasons: UrgencyReason[]): UrgencyAssessment => ({ urgent: true, tier: 'today', reasons });
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const lines = (text: string) => text.split('\n');

// No reason, each reason, every pair, every run of consecutive reasons and all of them: the steps
// are chosen greedily in a fixed order, so these bound the length of any combination.
function reasonSets(): UrgencyReason[][] {
  const sets: UrgencyReason[][] = [[], [...URGENCY_REASONS]];
  URGENCY_REASONS.forEach((a, i) => {
    sets.push([a]);
    for (const b of URGENCY_REASONS.slice(i + 1)) sets.push([a, b]);
    for (let j = i + 2; j <= URGENCY_REASONS.length; j++) sets.push(URGENCY_REASONS.slice(i, j));
  });
  return sets;
}

describe('composeUrgentReply: structure', () => {
  it('starts with the 999 line, which stands out', () => {
    const { text } = composeUrgentReply(urgent('violence'), CONTACTS);
    expect(lines(text)[0]).toBe('⚠️ If a child is in immediate danger, call 999 now.');
  });

  it('puts 999 before social care, the DSL and the CAF line', () => {
    const { text } = composeUrgentReply(urgent('abuse_disclosure'), {});
    const at = (needle: string) => text.indexOf(needle);
    expect(at('999')).toBeGreaterThanOrEqual(0);
    expect(at('999')).toBeLessThan(at("children's social care"));
    expect(at("children's social care")).toBeLessThan(at('DSL or safeguarding lead'));
    expect(at('DSL or safeguarding lead')).toBeLessThan(at('Do not start a CAF'));
    expect(at('Do not start a CAF')).toBeLessThan(at('Record what you saw'));
  });

  it('always says this is not a CAF and where to record it', () => {
    for (const reasons of [[], ...URGENCY_REASONS.map((r) => [r])] as UrgencyReason[][]) {
      const { text } = composeUrgentReply(urgent(...reasons), {});
      expect(text).toContain(
        'Do not start a CAF or early help assessment for this: it is a safeguarding matter, not early help.',
      );
      expect(text).toContain(
        "Record what you saw and heard, what you did and when, in your agency's system (not in this chat).",
      );
      expect(text).toContain('DSL or safeguarding lead');
    }
  });

  it('is plain text: no Markdown, no blank lines, no line over 250 characters', () => {
    const { text } = composeUrgentReply(urgent(...URGENCY_REASONS), CONTACTS);
    expect(text).not.toMatch(/\*\*|__|^#|\[[^\]]*\]\(/m);
    expect(text).not.toMatch(/\n\s*\n/);
    for (const line of lines(text)) expect(line.length).toBeLessThanOrEqual(250);
  });

  it('stays under 130 words for combinations of reasons in either tier, with contacts configured', () => {
    for (const reasons of reasonSets()) {
      for (const contacts of [CONTACTS, {}]) {
        expect(words(composeUrgentReply(urgent(...reasons), contacts).text)).toBeLessThan(130);
        expect(words(composeUrgentReply(today(...reasons), contacts).text)).toBeLessThan(130);
      }
    }
  });

  it('says which tier it answers for', () => {
    expect(composeUrgentReply(urgent('violence'), {}).tier).toBe('now');
    expect(composeUrgentReply(today('neglect'), {}).tier).toBe('today');
    expect(composeUrgentReply({ urgent: true, reasons: ['violence'] }, {}).tier).toBe('now');
  });

  it('returns the reasons it was given, as a copy', () => {
    const assessment = urgent('self_harm', 'suicide_risk');
    const reply = composeUrgentReply(assessment, CONTACTS);
    expect(reply.reasons).toEqual(['self_harm', 'suicide_risk']);
    reply.reasons.push('violence');
    expect(assessment.reasons).toEqual(['self_harm', 'suicide_risk']);
  });
});

describe('composeUrgentReply: a concern for today', () => {
  it('starts by saying it is a safeguarding concern for today, then the DSL and the front door', () => {
    const { text } = composeUrgentReply(today('neglect'), CONTACTS);
    const reply = lines(text);
    expect(reply[0]).toBe('⚠️ This is a safeguarding concern to act on today.');
    expect(reply[1]).toBe('Speak to your DSL or safeguarding lead (Sam Patel, ext 204) today.');
    expect(reply[2]).toBe(
      "Contact children's social care today: front door 0300 123 4567, MASH 0300 765 4321.",
    );
    expect(reply[3]).toBe('If a child may be in danger now, call 999.');
    expect(text).toContain(
      'Do not start a CAF or early help assessment for this: it is a safeguarding matter, not early help.',
    );
  });

  it('falls back to general wording and keeps the CAF and record lines for every reason', () => {
    for (const reason of URGENCY_REASONS) {
      const { text } = composeUrgentReply(today(reason), {});
      expect(text).toContain("Contact your local children's social care front door (MASH) today.");
      expect(text).toContain('Speak to your DSL or safeguarding lead today.');
      expect(text).toContain('Do not start a CAF');
      expect(text).toContain('Record what you saw and heard');
    }
  });

  it.each<[UrgencyReason, RegExp]>([
    ['fgm_or_forced_marriage', /must report it to the police \(101\) themselves/],
    ['radicalisation', /Prevent referral/],
    ['self_harm', /Do not leave them alone/],
    ['abuse_disclosure', /promise secrecy or tell the person they named/],
    ['sexual_exploitation', /Tell the police \(101/],
    ['neglect', /Note dates/],
  ])('has a step for %s', (reason, step) => {
    expect(composeUrgentReply(today(reason), {}).text).toMatch(step);
  });
});

describe('composeUrgentReply: contacts', () => {
  it('shows every configured number', () => {
    const { text } = composeUrgentReply(urgent('violence'), CONTACTS);
    expect(text).toContain('0300 123 4567');
    expect(text).toContain('0300 765 4321');
    expect(text).toContain('Out of hours: 0300 999 0000.');
    expect(text).toContain('Sam Patel, ext 204');
  });

  it('falls back to general wording when nothing is configured', () => {
    const { text } = composeUrgentReply(urgent('violence'), {});
    expect(text).toContain("your local children's social care front door");
    expect(text).toContain('Tell your DSL or safeguarding lead straight away.');
    expect(text).toContain("Out of hours: your council's emergency duty team.");
    expect(text).not.toMatch(/\d{4} \d{3} \d{4}/);
  });

  it.each<[EmergencyContacts, string]>([
    [
      { socialCareFrontDoor: '0300 123 4567' },
      "Contact children's social care (front door / MASH) now: 0300 123 4567.",
    ],
    [{ mash: '0300 765 4321' }, "Contact children's social care through the MASH now: 0300 765 4321."],
    [
      { socialCareFrontDoor: '0300 123 4567', mash: '0300 765 4321' },
      "Contact children's social care now: front door 0300 123 4567, MASH 0300 765 4321.",
    ],
  ])('words the social care line for what is configured: %o', (contacts, line) => {
    expect(lines(composeUrgentReply(urgent('violence'), contacts).text)).toContain(line);
  });

  it('treats blank values as missing and keeps configured values to one short line', () => {
    const { text } = composeUrgentReply(urgent('violence'), {
      socialCareFrontDoor: '   ',
      mash: '0300 765\n4321\u0007',
      outOfHours: 'x'.repeat(500),
      safeguardingLead: '',
    });
    expect(text).toContain('MASH now: 0300 765 4321.');
    expect(text).toContain('Tell your DSL or safeguarding lead straight away.');
    expect(text).not.toContain('x'.repeat(61));
    expect(text).not.toContain('\u0007');
    expect(lines(text).every((line) => line.trim() !== '')).toBe(true);
  });
});

describe('composeUrgentReply: reason-specific steps', () => {
  it('puts the ambulance straight after 999 for a medical emergency', () => {
    const reply = lines(composeUrgentReply(urgent('medical_emergency'), CONTACTS).text);
    expect(reply[1]).toMatch(/call 999 for an ambulance first/);
    expect(reply[1]).toMatch(/follow the call handler/);
  });

  it('tells them not to leave a child who may harm themselves', () => {
    for (const reason of ['self_harm', 'suicide_risk'] as const) {
      const { text } = composeUrgentReply(urgent(reason), {});
      expect(text).toContain('Do not leave the child alone');
      expect(text).toMatch(/999 or go to A&E if they have taken something/);
    }
  });

  it('covers a disclosure: no leaving with the named person, no questioning, no secrecy, their words', () => {
    const { text } = composeUrgentReply(urgent('abuse_disclosure', 'abuse_imminent_contact'), {});
    expect(text).toMatch(/Do not let the child leave with the person they named/);
    expect(text).toMatch(/Do not question them in detail or promise secrecy/);
    expect(text).toMatch(/write down what they said in their words/);
  });

  it('tells them to stay with a child left alone and to involve the police', () => {
    const { text } = composeUrgentReply(urgent('child_alone'), {});
    expect(text).toMatch(/Stay with the child/);
    expect(text).toMatch(/police/);
  });

  it.each<[UrgencyReason, RegExp]>([
    ['missing_child', /police on 999/],
    ['sexual_exploitation', /about to go with people who may exploit them/],
    ['trafficking', /away from the adult controlling them/],
    ['fgm_or_forced_marriage', /the police can stop the journey/],
    ['radicalisation', /attack or travel/],
    ['violence', /do not confront anyone/],
    ['immediate_danger', /do not confront anyone/],
  ])('has a step for %s', (reason, step) => {
    expect(composeUrgentReply(urgent(reason), {}).text).toMatch(step);
  });

  it('keeps the most time-critical step when several apply', () => {
    const { text } = composeUrgentReply(urgent(...URGENCY_REASONS), CONTACTS);
    expect(text).toMatch(/call 999 for an ambulance first/);
    expect(text).toContain('Do not leave the child alone');
  });
});

describe('composeUrgentReply never echoes the message', () => {
  const fourWordRuns = (text: string) => {
    const tokens = text
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
    return tokens.slice(3).map((_, i) => tokens.slice(i, i + 4).join(' '));
  };

  it('shares no run of four words with any urgent message', () => {
    for (const { text } of URGENT) {
      const reply = fourWordRuns(composeUrgentReply(assessUrgency(text), {}).text).join('|');
      for (const run of fourWordRuns(text)) expect(reply, text).not.toContain(run);
    }
  });

  it('depends only on the reasons and the configured contacts', () => {
    const replies = new Set(URGENT.map(({ text }) => composeUrgentReply(assessUrgency(text), CONTACTS).text));
    const reasonSets = new Set(URGENT.map(({ text }) => assessUrgency(text).reasons.join(',')));
    expect(replies.size).toBeLessThanOrEqual(reasonSets.size);
  });

  it('does not repeat names or addresses', () => {
    const message =
      'Ellie-May Turner at 7 Oak Lane just told me her uncle hits her and he collects her today';
    const { text } = composeUrgentReply(assessUrgency(message), {});
    for (const detail of ['Ellie', 'Turner', 'Oak Lane', 'uncle']) expect(text).not.toContain(detail);
  });
});
