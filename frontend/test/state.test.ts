import { describe, expect, it } from 'vitest';
import { apiQuery, emptyState, parseState, type SearchState, stateToQuery, toggleFilter } from '../src/state';

function state(patch: Partial<SearchState>): SearchState {
  return { ...emptyState(), ...patch };
}

describe('state <-> URL', () => {
  it('writes the empty state as an empty query string', () => {
    expect(stateToQuery(emptyState())).toBe('');
  });

  it('round-trips a state with every field set', () => {
    const full = state({
      q: 'async "error handling"',
      filters: {
        category: ['community/walkthroughs'],
        kind: ['article'],
        year: ['2021', '2019'],
        domain: ['blog.example.org'],
        tag: ['video'],
      },
      sort: 'date',
      page: 2,
      from: '2019-01-01',
      to: '2021-12-31',
    });
    expect(parseState(stateToQuery(full))).toEqual(full);
  });

  it('keeps the order of selected values so a restored page is the same page', () => {
    const query = stateToQuery(state({ filters: { ...emptyState().filters, year: ['2024', '2016'] } }));
    expect(query).toBe('year=2024&year=2016');
  });

  it('shows the page 1-based in the URL', () => {
    expect(stateToQuery(state({ q: 'tokio', page: 1 }))).toBe('q=tokio&page=2');
    expect(parseState('q=tokio&page=2').page).toBe(1);
  });

  it('leaves default sort and first page out of the URL', () => {
    expect(stateToQuery(state({ q: 'serde', sort: 'relevance', page: 0 }))).toBe('q=serde');
  });

  it('falls back to defaults for malformed values', () => {
    const parsed = parseState('sort=sideways&page=-4&from=yesterday&to=2020-13-45');
    expect(parsed).toEqual(emptyState());
  });

  it('drops blank and repeated filter values', () => {
    expect(parseState('tag=video&tag=&tag=video&tag=audio').filters.tag).toEqual(['video', 'audio']);
  });

  it('ignores parameters it does not know', () => {
    expect(parseState('utm_source=mail&q=wasm')).toEqual(state({ q: 'wasm' }));
  });

  it('encodes characters that are special in URLs', () => {
    const tricky = state({ q: 'C++ & std::sync::Arc #[derive]' });
    expect(parseState(stateToQuery(tricky)).q).toBe(tricky.q);
  });
});

describe('API query', () => {
  it('sends a 0-based page, the size and repeated filter parameters', () => {
    const params = apiQuery(
      state({ q: ' tokio ', filters: { ...emptyState().filters, kind: ['article', 'event'] }, page: 3 }),
      20,
    );
    expect(params.toString()).toBe('q=tokio&kind=article&kind=event&sort=relevance&page=3&size=20');
  });
});

describe('toggleFilter', () => {
  it('adds a value and goes back to the first page', () => {
    const next = toggleFilter(state({ page: 4 }), 'year', '2020');
    expect(next.filters.year).toEqual(['2020']);
    expect(next.page).toBe(0);
  });

  it('removes a selected value without touching the original state', () => {
    const before = state({ filters: { ...emptyState().filters, tag: ['video', 'audio'] } });
    const next = toggleFilter(before, 'tag', 'video');
    expect(next.filters.tag).toEqual(['audio']);
    expect(before.filters.tag).toEqual(['video', 'audio']);
  });
});
