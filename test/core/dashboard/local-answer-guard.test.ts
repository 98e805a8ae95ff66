import { describe, expect, it } from 'vitest';
import { findFamilyDetails, validateLocalAnswer } from '../../../src/core/dashboard/local-answer.ts';

const check = (body: string) =>
  validateLocalAnswer(
    { title: 'Local arrangements', body, keywords: '' },
    { workspaceId: 'W1', userId: 'U1' },
  );

describe('the local-answer guard', () => {
  it.each([
    'Parking for the Civic Centre is in the car park off Mill Lane. Blue badge bays are by the main entrance.',
    'The young carers group meets at the Foxglove Centre, 22 Market Street, every Tuesday 4-6pm.',
    'Drop-ins are at St Mary’s Primary, Elm Road, on Wednesdays; ring the hub on 0161 496 0000.',
    'Send referrals to earlyhelp@example.gov.uk or call the duty officer on 0300 123 4567.',
    'The West Locality Team has moved from Windsor Road to the Oakfield Hub, Oak Street, from 1 September.',
    'The Tuesday forum meets in the Seacole Room on the 2nd floor of Mary Seacole House, 14 Victoria Road.',
    'Meetings at King George V Community Centre must finish by 4:30pm, when the building closes.',
    'The Family Hub at Abbey Fields covers Abbey Road, Monks Walk, Priory Lane and Cloister Gardens.',
  ])('accepts venues, streets and service contacts: %s', (body) => {
    expect(check(body).ok).toBe(true);
    expect(findFamilyDetails(body)).toEqual([]);
  });

  it('refuses a child’s details and names the words it objects to', () => {
    const result = check(
      'Case for discussion at the forum: Jayden Okafor (Year 5), DOB 02/03/2019, who lives on Cedar Avenue.',
    );
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : (result.errors.body ?? '');
    expect(message).toContain('a name ("Jayden Okafor")');
    expect(message).toContain('a date of birth ("02/03/2019")');
    expect(message).toContain('an address ("Cedar Avenue")');
    expect(message).toMatch(/Venues, streets and service numbers are fine/);
  });

  it('refuses a family named with a venue, but not the venue', () => {
    const body = 'TAF meetings for the Khan family are held at the Riverside Children’s Centre, room 2.';
    const result = check(body);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : (result.errors.body ?? '');
    expect(message).toContain('a name ("Khan")');
    expect(message).not.toContain('Riverside');
  });

  it('refuses a child named beside a venue named after a person', () => {
    const result = check('At Mary Seacole House on Monday: Jayden (7) who lives at 4 Oak Road.');
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : (result.errors.body ?? '');
    expect(message).toContain('a name ("Jayden")');
    expect(message).not.toContain('Seacole');
  });

  it('refuses a child whose surname is a venue word', () => {
    for (const body of [
      'Kai Park (Y4) is on the waiting list for the Tuesday group, please prioritise.',
      'The Tuesday group is for children like Tyler Fields who are young carers.',
    ])
      expect(check(body).ok, body).toBe(false);
  });
});
