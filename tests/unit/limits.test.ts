// Text caps (never half an emoji) and the minutes typed in number fields.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { capText, clampMinutes, LIMITS } from '../../src/domain/limits';

const isLoneHighSurrogateAtEnd = (s: string) => {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xd800 && c <= 0xdbff;
};

describe('capText', () => {
  it.each([
    { text: 'abc', max: 5, value: 'abc', truncated: false, why: 'shorter' },
    { text: 'abcde', max: 5, value: 'abcde', truncated: false, why: 'exactly the limit' },
    { text: 'abcdef', max: 5, value: 'abcde', truncated: true, why: 'one too many' },
    { text: 'ab😀', max: 3, value: 'ab', truncated: true, why: 'emoji across the boundary is dropped whole' },
    { text: 'ab😀', max: 4, value: 'ab😀', truncated: false, why: 'emoji fits exactly' },
    { text: 'ab😀c', max: 4, value: 'ab😀', truncated: true, why: 'cut right after the emoji' },
    { text: '😀😀', max: 1, value: '', truncated: true, why: 'no room for half an emoji' },
    { text: '', max: 0, value: '', truncated: false, why: 'empty' },
  ])('$why', ({ text, max, value, truncated }) => {
    expect(capText(text, max)).toEqual({ value, truncated });
  });

  it('never splits a surrogate pair and returns a prefix within the limit (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.nat(70), (text, max) => {
        const { value, truncated } = capText(text, max);
        return (
          text.startsWith(value) &&
          value.length <= max &&
          truncated === text.length > max &&
          !isLoneHighSurrogateAtEnd(value) &&
          // At most one code unit is given up, and only to keep a pair whole.
          (truncated ? value.length >= max - 1 : value === text)
        );
      }),
    );
  });

  it('caps a pasted megabyte to the long limit', () => {
    const { value, truncated } = capText('é'.repeat(1_000_000), LIMITS.long);
    expect(value.length).toBe(20_000);
    expect(truncated).toBe(true);
  });
});

describe('clampMinutes', () => {
  it.each<{ raw: string | number; minutes: number }>([
    { raw: '45', minutes: 45 },
    { raw: ' 12 ', minutes: 12 },
    { raw: 45.4, minutes: 45 },
    { raw: '45.6', minutes: 46 },
    { raw: 0, minutes: 0 },
    { raw: -5, minutes: 0 },
    { raw: '600', minutes: 600 },
    { raw: 601, minutes: 600 },
    { raw: '1e3', minutes: 600 },
    { raw: '', minutes: 0 },
    { raw: 'abc', minutes: 0 },
    { raw: Number.NaN, minutes: 0 },
    { raw: Number.POSITIVE_INFINITY, minutes: 0 },
  ])('$raw → $minutes', ({ raw, minutes }) => {
    expect(clampMinutes(raw)).toBe(minutes);
  });
});
