// The search page's whole state, and its two encodings: the page URL (a permalink a reader can share,
// restored exactly on reload and back/forward) and the query string of GET /api/search.

export const DIMENSIONS = ['category', 'kind', 'year', 'domain', 'tag'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export type Sort = 'relevance' | 'date';
export type Filters = Record<Dimension, string[]>;

export interface SearchState {
  q: string;
  filters: Filters;
  sort: Sort;
  /** 0-based here and in the API; the page URL shows it 1-based (`page=2` is the second page). */
  page: number;
  /** ISO dates (YYYY-MM-DD) or empty. */
  from: string;
  to: string;
}

export const PAGE_SIZE = 20;
const MAX_QUERY_LENGTH = 500;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function emptyFilters(): Filters {
  return { category: [], kind: [], year: [], domain: [], tag: [] };
}

export function emptyState(): SearchState {
  return { q: '', filters: emptyFilters(), sort: 'relevance', page: 0, from: '', to: '' };
}

/** Reads a state from a page URL's query string; anything malformed falls back to its default. */
export function parseState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state = emptyState();
  state.q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH);
  for (const dim of DIMENSIONS) {
    const seen = new Set<string>();
    for (const raw of params.getAll(dim)) {
      const value = raw.trim();
      if (value !== '' && !seen.has(value)) {
        seen.add(value);
        state.filters[dim].push(value);
      }
    }
  }
  state.sort = params.get('sort') === 'date' ? 'date' : 'relevance';
  const page = Number.parseInt(params.get('page') ?? '', 10);
  state.page = Number.isFinite(page) && page > 1 ? Math.min(page, 10_000) - 1 : 0;
  state.from = validDate(params.get('from'));
  state.to = validDate(params.get('to'));
  return state;
}

function validDate(value: string | null): string {
  return value !== null && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) ? value : '';
}

/**
 * The page URL's query string for a state (without `?`), canonical: defaults are left out, so the empty
 * state is `''` and a plain search is `q=tokio`.
 */
export function stateToQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  for (const dim of DIMENSIONS) {
    for (const value of state.filters[dim]) params.append(dim, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 0) params.set('page', String(state.page + 1));
  return params.toString();
}

/** The query string of `/api/search` (and `/api/search.atom`) for a state. */
export function apiQuery(state: SearchState, size: number = PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams();
  params.set('q', state.q.trim());
  for (const dim of DIMENSIONS) {
    for (const value of state.filters[dim]) params.append(dim, value);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  params.set('sort', state.sort);
  params.set('page', String(state.page));
  params.set('size', String(size));
  return params;
}

export function cloneState(state: SearchState): SearchState {
  const filters = emptyFilters();
  for (const dim of DIMENSIONS) filters[dim] = [...state.filters[dim]];
  return { ...state, filters };
}

/** Selects or deselects one facet value; any change of the result set goes back to the first page. */
export function toggleFilter(state: SearchState, dim: Dimension, value: string): SearchState {
  const next = cloneState(state);
  const values = next.filters[dim];
  const at = values.indexOf(value);
  if (at >= 0) values.splice(at, 1);
  else values.push(value);
  next.page = 0;
  return next;
}

export function hasFilters(state: SearchState): boolean {
  return DIMENSIONS.some((dim) => state.filters[dim].length > 0) || state.from !== '' || state.to !== '';
}

export function isDimension(name: string): name is Dimension {
  return (DIMENSIONS as readonly string[]).includes(name);
}
