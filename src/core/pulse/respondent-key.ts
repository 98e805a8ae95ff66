// Anonymous runs store this key instead of the user id: it still lets the database refuse a second
// response from the same person in the same run, but cannot be reversed without the secret, and
// differs between runs so responses cannot be linked across runs.
import { createHmac } from 'node:crypto';
import { AppError } from '../shared/errors.ts';

/** Shortest secret accepted: user ids are guessable, so a short secret would make keys reversible. */
export const MIN_RESPONDENT_SECRET_LENGTH = 16;

/**
 * HMAC-SHA256 (hex) of the workspace, run and user ids under a server secret. Stable for the same
 * person in the same run; different across runs and workspaces. Throws BAD_INPUT when the secret is
 * shorter than 16 characters or an id is empty.
 */
export function respondentKey(secret: string, workspaceId: string, runId: string, userId: string): string {
  if (secret.length < MIN_RESPONDENT_SECRET_LENGTH) {
    throw new AppError(
      'BAD_INPUT',
      `The survey secret is too short: set one of at least ${MIN_RESPONDENT_SECRET_LENGTH} random characters.`,
    );
  }
  if (!workspaceId || !runId || !userId) {
    throw new AppError(
      'BAD_INPUT',
      'A respondent key needs the workspace, run and user ids: pass all three.',
    );
  }
  // JSON keeps the parts apart, so ("a:b", "c") and ("a", "b:c") cannot collide.
  return createHmac('sha256', secret)
    .update(JSON.stringify([workspaceId, runId, userId]))
    .digest('hex');
}
