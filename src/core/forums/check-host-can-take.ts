import { AppError } from '../shared/errors.ts';
import { formatLongDate } from './local-dates.ts';
import type { Agency } from './types.ts';

/** Throws unless the agency could host on `date`; `then` says what the person should do instead. */
export function checkHostCanTake(
  agencies: readonly Agency[],
  agencyId: string,
  date: string,
  then: string,
): Agency {
  const agency = agencies.find((candidate) => candidate.id === agencyId);
  if (!agency) {
    throw new AppError(
      'NOT_FOUND',
      `No member agency has the id "${agencyId}". Check the agency list and try again.`,
    );
  }
  const problem = !agency.active
    ? 'it has left the forum'
    : !agency.canHost
      ? 'it is set up as a member that does not host'
      : agency.blackoutDates.includes(date)
        ? 'it is blacked out that day'
        : undefined;
  if (problem) {
    throw new AppError(
      'BAD_INPUT',
      `${agency.name} cannot host on ${formatLongDate(date)}: ${problem}. ${then}`,
    );
  }
  return agency;
}
