// The thresholds come from configuration and from coordinators, so they are clamped here rather
// than trusted: a group of two is never shown, whatever was configured.
import type { AnonymityOptions } from './types.ts';

/** The smallest group size joinedup will ever show, whatever is configured. */
export const ABSOLUTE_MIN_GROUP_SIZE = 3;

export const DEFAULT_ANONYMITY: AnonymityOptions = {
  minGroupSize: 5,
  commentMinResponses: 10,
  mergeSmallSectors: true,
};

function wholeOr(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) ? Math.ceil(value) : fallback;
}

/**
 * Fills in defaults and raises unsafe values: `minGroupSize` is at least 3, and
 * `commentMinResponses` at least `minGroupSize`.
 */
export function resolveAnonymity(options: Partial<AnonymityOptions> = {}): AnonymityOptions {
  const minGroupSize = Math.max(
    ABSOLUTE_MIN_GROUP_SIZE,
    wholeOr(options.minGroupSize, DEFAULT_ANONYMITY.minGroupSize),
  );
  const commentMinResponses = Math.max(
    minGroupSize,
    wholeOr(options.commentMinResponses, DEFAULT_ANONYMITY.commentMinResponses),
  );
  return {
    minGroupSize,
    commentMinResponses,
    mergeSmallSectors: options.mergeSmallSectors ?? DEFAULT_ANONYMITY.mergeSmallSectors,
  };
}
