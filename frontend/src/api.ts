// A typed client for the JSON API. Every call takes an AbortSignal so the UI can cancel requests that a newer
// keystroke has made stale. The interfaces mirror the OpenAPI document (/v3/api-docs) field by field: a field
// is optional (`?`) only where the server may leave it out, and `| null` only where it may send null.
// FrontendApiContractTest (Java, src/test) fails when they drift apart.
import { apiQuery, PAGE_SIZE, type SearchState } from './state';

/** Highlighted fragments: HTML in which only `<mark>` survives; empty when the field has no match. */
export interface Highlight {
  title: string;
  description: string;
}

export interface SearchHit {
  id: string;
  title: string;
  url: string;
  issue: number | null;
  date: string;
  category: string;
  categoryPath: string;
  kind: string;
  tags: string[];
  description: string;
  highlight: Highlight;
  issueUrl: string;
  domain: string;
  score: number;
  /** The issue's id for /api/issues/{id}: the number, or a slug for a special issue. */
  issueId: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResponse {
  query: string;
  total: number;
  page: number;
  size: number;
  hits: SearchHit[];
  facets: Record<string, FacetCount[]>;
  suggestion: string | null;
}

export interface Suggestions {
  q: string;
  suggestions: string[];
}

export interface EventView {
  date: string;
  endDate: string | null;
  location: string;
  virtual: boolean;
  group: string | null;
  groupUrl: string | null;
}

export interface IssueEntry {
  id: string;
  title: string;
  url: string;
  domain: string;
  category: string;
  categoryPath: string;
  kind: string;
  tags: string[];
  description: string;
  links: string[];
  event: EventView | null;
  project: string | null;
  task: string | null;
}

export interface IssueSection {
  path: string;
  category: string;
  entries: IssueEntry[];
}

export interface QuoteView {
  issue: number | null;
  date: string;
  text: string;
  author: Person | null;
  sourceUrl: string | null;
  suggestedBy: Person | null;
  issueUrl: string;
}

export interface IssueResponse {
  number: number | null;
  date: string;
  title: string;
  siteUrl: string;
  special: boolean;
  key: string;
  entryCount: number;
  sections: IssueSection[];
  /** The neighbouring numbered issues. */
  previous: number | null;
  next: number | null;
  crateOfTheWeek: CotwWeek | null;
  quotes: QuoteView[];
  /** The number as text, or a slug for a special issue. */
  id: string;
  apiUrl: string;
  /** The neighbours in publication order, special issues included (previous/next skip those). */
  previousId: string | null;
  nextId: string | null;
}

export interface Person {
  name: string;
  url: string | null;
}

export interface CrateView {
  name: string;
  url: string;
  description: string;
  id: string;
  timesFeatured: number;
}

export interface CotwWeek {
  issue: number | null;
  date: string;
  crates: CrateView[];
  suggestedBy: Person[];
  noCrate: boolean;
  issueUrl: string;
  issueTitle: string;
}

export interface WeekPage {
  total: number;
  page: number;
  size: number;
  crates: number;
  weeks: CotwWeek[];
}

/** A failed call, with a message a reader can act on (the problem+json `detail` when the API gave one). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

type Fetch = typeof fetch;

export class Api {
  constructor(
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
    private readonly base: string = '',
  ) {}

  search(state: SearchState, signal?: AbortSignal, size: number = PAGE_SIZE): Promise<SearchResponse> {
    return this.get(`/api/search?${apiQuery(state, size).toString()}`, signal);
  }

  /** The Atom feed of the same search, newest first (the feed has no paging). */
  atomUrl(state: SearchState): string {
    const params = apiQuery(state);
    params.delete('page');
    params.delete('size');
    params.delete('sort');
    return `${this.base}/api/search.atom?${params.toString()}`;
  }

  async suggest(prefix: string, signal?: AbortSignal): Promise<string[]> {
    const body = await this.get<Suggestions>(`/api/suggest?q=${encodeURIComponent(prefix)}`, signal);
    return body.suggestions;
  }

  /** One issue by number or by id (a special issue has only an id). */
  issue(id: number | string, signal?: AbortSignal): Promise<IssueResponse> {
    return this.get(`/api/issues/${encodeURIComponent(String(id))}`, signal);
  }

  /** Every week, newest first (the API answers the whole history when no page size is given). */
  async cratesOfTheWeek(signal?: AbortSignal): Promise<CotwWeek[]> {
    const body = await this.get<WeekPage>('/api/crates-of-the-week', signal);
    return body.weeks;
  }

  private async get<T>(path: string, signal?: AbortSignal): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.base + path, {
        signal,
        headers: { Accept: 'application/json, application/problem+json' },
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError('The archive server cannot be reached. Check your connection and try again.', 0);
    }
    if (!response.ok) throw await problem(response);
    return (await response.json()) as T;
  }
}

async function problem(response: Response): Promise<ApiError> {
  let detail = '';
  try {
    const body = (await response.json()) as { detail?: unknown; title?: unknown };
    detail = typeof body.detail === 'string' ? body.detail : typeof body.title === 'string' ? body.title : '';
  } catch {
    // Not a problem+json body (a proxy's HTML page, say): the status line below still says what happened.
  }
  if (detail === '') {
    detail =
      response.status >= 500
        ? `The server failed (HTTP ${response.status}). Try again in a moment.`
        : `The request was refused (HTTP ${response.status}).`;
  }
  return new ApiError(detail, response.status);
}
