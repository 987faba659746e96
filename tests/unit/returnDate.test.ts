// The date de retour aux participants: days accepted, and the days Accueil reminds that « Ce qui a changé » is due (today injected).
import { describe, expect, it } from 'vitest';
import { checkReturnDate, returnDue } from '../../src/domain/returnDate';

describe('checkReturnDate', () => {
  it.each([
    ['', '2026-11-23', null],
    ['2027-03-12', '2026-11-23', null],
    ['2026-11-23', '2026-11-23', null],
    ['2026-11-22', '2026-11-23', 'beforeSeance'],
    ['2027-02-30', '2026-11-23', 'invalid'],
    ['12/03/2027', '2026-11-23', 'invalid'],
    ['demain', '', 'invalid'],
    // A séance with no date yet accepts any real day.
    ['2020-01-01', '', null],
  ] as const)('%s for a séance of %s → %s', (day, date, problem) => {
    expect(checkReturnDate(day, { date })).toBe(problem);
  });
});

describe('returnDue', () => {
  const session = (returnDate: string, deleted = false) => ({ returnDate, deleted });
  it.each([
    // From seven days before, through the day, and after it.
    ['2027-03-04', '2027-03-12', undefined, false],
    ['2027-03-05', '2027-03-12', undefined, true],
    ['2027-03-12', '2027-03-12', undefined, true],
    ['2027-04-30', '2027-03-12', undefined, true],
    // Across a month's end and a year's end.
    ['2027-02-28', '2027-03-07', undefined, true],
    ['2027-02-27', '2027-03-07', undefined, false],
    ['2026-12-26', '2027-01-02', undefined, true],
    ['2026-12-25', '2027-01-02', undefined, false],
    // Made for this date: no more reminder; made for an older date (the date moved since): again.
    ['2027-03-10', '2027-03-12', '2027-03-12', false],
    ['2027-03-10', '2027-03-12', '2027-03-01', true],
    // No date, a date that is not a day: nothing to remind.
    ['2027-03-10', '', undefined, false],
    ['2027-03-10', '12 mars', undefined, false],
  ] as const)('today %s, return %s, made for %s → %s', (today, returnDate, toldFor, due) => {
    expect(returnDue(session(returnDate), today, toldFor)).toBe(due);
  });

  it('says nothing for a deleted séance', () => {
    expect(returnDue(session('2027-03-12', true), '2027-03-12', undefined)).toBe(false);
  });
});
