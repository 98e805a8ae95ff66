import { type NormalisedMessage, normaliseMessage } from '../../language/normalise-message.ts';
import { CONCERN_RULES } from './concern-rules.ts';
import { TRIAGE_FUZZY_EXCEPTIONS, TRIAGE_FUZZY_TARGETS, TRIAGE_SPELLINGS } from './triage-spellings.ts';
import { URGENCY_RULES, type UrgencyRule } from './urgency-rules.ts';

/** Every triage rule: the danger-now signals, then the concerns for today. */
export const ALL_RULES: readonly UrgencyRule[] = [...URGENCY_RULES, ...CONCERN_RULES];

// Hurried typing drops the g ("smashin", "pickin", "cryin"). Every -ing word the rules use is
// also read without it; built from the rules themselves so a new rule needs no list of its own.
const DROPPED_G_EXCEPTIONS = new Set(['begin', 'again', 'skin', 'within', 'cousin', 'robin', 'basin']);
const SPELLINGS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const rule of ALL_RULES) {
    for (const [word] of rule.pattern.source.matchAll(/[a-z]{3,}ing(?![a-z])/g)) {
      const dropped = word.slice(0, -1);
      if (!DROPPED_G_EXCEPTIONS.has(dropped)) map.set(dropped, word);
    }
  }
  for (const [from, to] of TRIAGE_SPELLINGS) map.set(from, to);
  return map;
})();

/**
 * A message in the form both readers of the triage use (the rules and the learned classifier): the
 * shared normalisation plus the triage's own spellings and one-slip corrections.
 */
export function normaliseForTriage(text: string): NormalisedMessage {
  return normaliseMessage(text, {
    spellings: SPELLINGS,
    fuzzyTargets: TRIAGE_FUZZY_TARGETS,
    fuzzyExceptions: TRIAGE_FUZZY_EXCEPTIONS,
  });
}
