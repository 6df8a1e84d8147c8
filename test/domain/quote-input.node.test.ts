import { describe, expect, it } from 'vitest';
import { cutInput, quotedLength, quoteInput } from '../../src/domain/quote-input.ts';

describe('how messages repeat an input', () => {
  it('keeps a short input whole and quotes strings', () => {
    expect(quoteInput('nope')).toBe('"nope"');
    expect(quoteInput(3)).toBe('3');
    expect(quoteInput({ a: 1 })).toBe('{"a":1}');
    expect(quoteInput(undefined)).toBe('nothing');
  });

  it('says NaN and Infinity as they are, not as JSON null', () => {
    expect(quoteInput(Number.NaN)).toBe('NaN');
    expect(quoteInput(-Infinity)).toBe('-Infinity');
  });

  it('cuts a long input to its first characters, never inside a surrogate pair', () => {
    const astral = '𝔘'.repeat(100); // each is two UTF-16 code units
    const cut = cutInput(astral);
    expect(Array.from(cut)).toHaveLength(quotedLength);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
    expect(quoteInput('a'.repeat(5000)).length).toBeLessThanOrEqual(quotedLength + 2);
    expect(quoteInput(Array.from({ length: 500 }, (_, i) => i)).length).toBeLessThanOrEqual(quotedLength);
  });
});
