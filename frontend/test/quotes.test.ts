import { describe, expect, it } from 'vitest';
import { parseQuotesState, quotesPath } from '../src/pages/quotes';

const at = (path: string) => parseQuotesState(new URL(path, 'https://archive.example'));

describe('quotes page URL', () => {
  it('reads search, year and 1-based page from the URL', () => {
    expect(at('/quotes?q=borrow&year=2020&page=3')).toEqual({ q: 'borrow', year: '2020', page: 2 });
  });

  it('falls back to the defaults for malformed values', () => {
    expect(at('/quotes?year=20&page=-4')).toEqual({ q: '', year: '', page: 0 });
  });

  it('writes the canonical path, leaving defaults out', () => {
    expect(quotesPath({ q: '', year: '', page: 0 })).toBe('/quotes');
    expect(quotesPath({ q: 'borrow checker', year: '2021', page: 1 })).toBe(
      '/quotes?q=borrow+checker&year=2021&page=2',
    );
  });

  it('round-trips a state through its path', () => {
    const state = { q: 'ferris', year: '2019', page: 4 };
    expect(at(quotesPath(state))).toEqual(state);
  });
});
