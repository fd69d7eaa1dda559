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
  /** Other matching listings of the same link, newest first, at most 10 (empty with collapse=none). */
  alsoIn: Listing[];
  /** How many other listings of the link match in all. */
  alsoInCount: number;
}

/** Another listing of a hit's link: the issue it was in. */
export interface Listing {
  issue: number | null;
  issueId: string;
  date: string;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResponse {
  query: string;
  /** Links when collapsing (the default), else entries. */
  total: number;
  /** Matching entries (listings): what the facets count. */
  totalEntries: number;
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
  /** The id of its issue for /issues/{id} (the number, or a special issue's slug). */
  issueId: string;
  date: string;
  text: string;
  author: Person | null;
  sourceUrl: string | null;
  suggestedBy: Person | null;
  issueUrl: string;
}

export interface CountByYear {
  year: number;
  count: number;
}

export interface QuotePage {
  total: number;
  page: number;
  size: number;
  quotes: QuoteView[];
  /** Every year of the archive with its number of quotes, newest first, whatever the filter. */
  years: CountByYear[];
}

export interface QuoteQuery {
  q: string;
  year: string;
  /** 0-based. */
  page: number;
  size: number;
}

export interface IssueSummary {
  number: number | null;
  id: string;
  date: string;
  title: string;
  siteUrl: string;
  special: boolean;
  entryCount: number;
  /** The source file. */
  key: string;
  apiUrl: string;
}

export interface IssueList {
  total: number;
  page: number;
  size: number;
  issues: IssueSummary[];
  /** Every year of the archive with its number of issues, newest first. */
  years: CountByYear[];
}

export interface Mention {
  title: string;
  url: string;
  issue: number | null;
  issueId: string;
  date: string;
  category: string;
  description: string;
  /** `link`: the entry links to the crate; `name`: it names it. */
  via: string;
}

export interface CrateDetail {
  id: string;
  name: string;
  timesFeatured: number;
  weeks: CotwWeek[];
  mentions: Mentions;
}

export interface Mentions {
  linking: number;
  naming: number;
  entries: Mention[];
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

/** Where a link was featured before (the duplicate check's `previous`). */
export interface PreviousListing {
  issue: number | null;
  date: string;
  url: string;
  title: string;
  section: string;
  issueUrl: string;
}

/** One finding of `POST /api/duplicates`. */
export interface DuplicateFinding {
  kind: 'duplicate' | 'repeated-in-draft' | 'possible-duplicate';
  /** Which rule fired (`featured-before`, `event-twice`, ...); `why` says it in words. */
  rule: string;
  why?: string;
  url: string;
  canonicalUrl: string;
  line: number | null;
  title: string | null;
  previous: PreviousListing[];
  score: number | null;
  lines?: number[] | null;
  note?: string | null;
  /** The draft file, in the CLI's output only. */
  file?: string | null;
}

export interface DuplicateReport {
  findings: DuplicateFinding[];
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

/** How long a call keeps waiting out `503` + `Retry-After` (the index build of a first start) before it gives up. */
const WAIT_BUDGET_MS = 5 * 60 * 1000;

export class Api {
  /** Calls now waiting for the index; the listener hears only when this leaves or comes back to 0. */
  private waiting = 0;

  constructor(
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
    private readonly base: string = '',
    /** Told `true` when calls start waiting for the index to be built, `false` when none waits any more. */
    private readonly onWaiting: (waiting: boolean) => void = () => undefined,
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

  /** Completions of what has been typed: the word being typed, and phrases found in titles. */
  async suggest(prefix: string, signal?: AbortSignal): Promise<string[]> {
    const body = await this.get<Suggestions>(`/api/suggest?q=${encodeURIComponent(prefix)}&size=8`, signal);
    return body.suggestions;
  }

  /** The issues of one year (every year has fewer than 100), or the newest ones; either way every year's count. */
  issues(year: string, signal?: AbortSignal): Promise<IssueList> {
    const params = new URLSearchParams({ size: '100' });
    if (year !== '') params.set('year', year);
    return this.get(`/api/issues?${params.toString()}`, signal);
  }

  quotes(query: QuoteQuery, signal?: AbortSignal): Promise<QuotePage> {
    const params = new URLSearchParams({ page: String(query.page), size: String(query.size) });
    if (query.q.trim() !== '') params.set('q', query.q.trim());
    if (query.year !== '') params.set('year', query.year);
    return this.get(`/api/quotes-of-the-week?${params.toString()}`, signal);
  }

  /** One crate's weeks as Crate of the Week and the archive's other entries about it. */
  crate(id: string, signal?: AbortSignal): Promise<CrateDetail> {
    return this.get(`/api/crates-of-the-week/${encodeURIComponent(id)}`, signal);
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

  /** Checks a draft (TWiR markdown) against every earlier issue. */
  checkDraft(markdown: string, name: string, signal?: AbortSignal): Promise<DuplicateReport> {
    const path = `/api/duplicates?name=${encodeURIComponent(name)}`;
    return this.request(path, { method: 'POST', body: markdown, headers: { 'Content-Type': 'text/markdown' } }, signal);
  }

  private get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.request(path, {}, signal);
  }

  /**
   * Sends the call, and while the answer is a `503` with `Retry-After` (the index is being built) waits as told and
   * sends it again, for up to WAIT_BUDGET_MS; every other answer, and the last 503, is final. Retrying is safe:
   * every call is a read, the POST of a draft to check included.
   */
  private async request<T>(path: string, init: RequestInit, signal?: AbortSignal): Promise<T> {
    const deadline = Date.now() + WAIT_BUDGET_MS;
    // A call made while others wait joins them at once: when a page replaces an abandoned call (a new query typed,
    // a link followed) the listener stays at true instead of flickering until the new call's first 503 comes back.
    let waits = this.waiting > 0;
    if (waits) this.countWaiting(1);
    try {
      for (;;) {
        const response = await this.send(path, init, signal);
        if (response.ok) return (await response.json()) as T;
        const delay = retryDelayMs(response);
        if (delay === null || Date.now() + delay > deadline) throw await problem(response);
        if (!waits) {
          waits = true;
          this.countWaiting(1);
        }
        await pause(delay, signal);
      }
    } finally {
      if (waits) this.countWaiting(-1);
    }
  }

  private async send(path: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
    try {
      return await this.fetchImpl(this.base + path, {
        ...init,
        signal,
        headers: { Accept: 'application/json, application/problem+json', ...(init.headers as Record<string, string>) },
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError('The archive server cannot be reached. Check your connection and try again.', 0);
    }
  }

  private countWaiting(delta: 1 | -1): void {
    const before = this.waiting;
    this.waiting += delta;
    if (before === 0 || this.waiting === 0) this.onWaiting(this.waiting > 0);
  }
}

/**
 * How long a `503` asks the client to wait, in ms; null when it gives no Retry-After (then it is an error like any
 * other). Only delta-seconds are read (an HTTP-date means 5 s), clamped so that a bad header neither hammers the
 * server nor leaves the reader looking at a page that waits for minutes between tries.
 */
function retryDelayMs(response: Response): number | null {
  const header = response.status === 503 ? response.headers.get('Retry-After') : null;
  if (header === null) return null;
  const value = header.trim();
  const seconds = /^\d+$/.test(value) ? Math.min(Math.max(Number(value), 1), 30) : 5;
  return seconds * 1000;
}

/** Resolves after `ms`; rejects at once with an AbortError, as fetch would, when `signal` aborts first. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new DOMException('The request was aborted while waiting to retry.', 'AbortError'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
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
