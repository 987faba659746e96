// The scans a file's text goes through before JSON.parse: its UTF-8 size and its nesting depth, at their edges.
import { describe, expect, it } from 'vitest';
import { nestingExceeds, utf8Length } from '../../src/format/textGuards';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  it.each<[string, string]>([
    ['empty', ''],
    ['ASCII up to DEL', 'abc\u007f'],
    ['2 bytes from U+0080 to U+07FF', '\u0080é\u07ff'],
    ['3 bytes from U+0800, € and the BMP top', '\u0800€\uffff'],
    ['4 bytes for a surrogate pair', '😀𝒜'],
    ['a lone high surrogate counts as U+FFFD', 'a\ud800b'],
    ['a lone high surrogate at the end', 'ab\udbff'],
    ['a lone low surrogate', '\udc00a'],
    ['two high surrogates then a low one', '\ud800\ud800\udc00'],
    ['the highest high surrogate in a pair', '\udbff\udfff'],
    ['French text', 'Élise : « l’accueil » — 5 000 €'],
  ])('%s: as many bytes as TextEncoder writes', (_name, text) => {
    expect(utf8Length(text)).toBe(encoded(text));
  });

  it('stops as soon as the size passes the limit, and says a size above it', () => {
    const text = 'é'.repeat(1000);
    expect(utf8Length(text, 10)).toBe(12);
    expect(utf8Length(text, 2000)).toBe(2000);
    expect(utf8Length('abcd', 4)).toBe(4);
  });
});

describe('nestingExceeds', () => {
  it.each<[string, string, number, boolean]>([
    ['flat at the limit', '[]', 1, false],
    ['one deeper than the limit', '[[]]', 1, true],
    ['exactly the limit', '{"a":[{}]}', 3, false],
    ['siblings do not add up', '[[],[],{},{}]', 2, false],
    ['brackets inside strings do not count', '["[[[[", "{{{{"]', 1, false],
    ['an escaped quote does not end the string', '["\\"[[[[", 1]', 1, false],
    ['an escaped backslash does end it', '["\\\\", [[1]]]', 2, true],
  ])('%s', (_name, text, limit, exceeds) => {
    expect(nestingExceeds(text, limit)).toBe(exceeds);
  });
});
