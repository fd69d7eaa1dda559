import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Api, ApiError, isAbort } from '../src/api';
import { emptyState } from '../src/state';

function json(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
}

const answer = {
  total: 1,
  page: 0,
  size: 20,
  hits: [],
  facets: { year: [{ value: '2020', count: 1 }] },
  suggestion: null,
};

describe('Api', () => {
  it('calls /api/search with the state as query parameters', async () => {
    const fetch = vi.fn().mockResolvedValue(json(answer));
    const api = new Api(fetch);
    await api.search({ ...emptyState(), q: 'tokio', sort: 'date' });
    expect(fetch).toHaveBeenCalledWith('/api/search?q=tokio&sort=date&page=0&size=20', expect.anything());
  });

  it('returns the parsed search answer', async () => {
    const api = new Api(vi.fn().mockResolvedValue(json(answer)));
    expect(await api.search(emptyState())).toEqual(answer);
  });

  it('passes the abort signal to fetch', async () => {
    const fetch = vi.fn().mockResolvedValue(json(answer));
    const controller = new AbortController();
    await new Api(fetch).search(emptyState(), controller.signal);
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ signal: controller.signal });
  });

  it('rethrows an abort as an abort, not as an error to show', async () => {
    const fetch = vi.fn().mockRejectedValue(new DOMException('stale', 'AbortError'));
    const error = await new Api(fetch).search(emptyState()).catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
  });

  it('turns a problem+json answer into an ApiError carrying its detail', async () => {
    const problem = { type: 'about:blank', title: 'Bad Request', status: 400, detail: 'Close the quote after "tokio' };
    const api = new Api(vi.fn().mockResolvedValue(json(problem, 400, 'application/problem+json')));
    const error = await api.search({ ...emptyState(), q: '"tokio' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, message: 'Close the quote after "tokio' });
  });

  it('explains a server failure without a body', async () => {
    const api = new Api(vi.fn().mockResolvedValue(new Response('oops', { status: 502 })));
    const error = await api.search(emptyState()).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, message: 'The server failed (HTTP 502). Try again in a moment.' });
  });

  it('says the server cannot be reached when fetch fails', async () => {
    const api = new Api(vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await api.search(emptyState()).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0 });
    expect((error as Error).message).toContain('cannot be reached');
  });

  it('encodes the issue number into the path', async () => {
    const fetch = vi.fn().mockResolvedValue(json({}));
    await new Api(fetch).issue(42);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/issues/42');
  });

  it('fetches a special issue by its id', async () => {
    const fetch = vi.fn().mockResolvedValue(json({}));
    await new Api(fetch).issue('2013-09-28-state-of-rust');
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/issues/2013-09-28-state-of-rust');
  });

  it('asks /api/suggest for eight completions of the encoded text and reads the list', async () => {
    const fetch = vi.fn().mockResolvedValue(json({ q: 'rust for', suggestions: ['rust for linux'] }));
    expect(await new Api(fetch).suggest('rust for')).toEqual(['rust for linux']);
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/suggest?q=rust%20for&size=8');
  });

  it('asks for the quotes of a year and page, leaving out an empty search', async () => {
    const fetch = vi.fn().mockResolvedValue(json({ total: 0, page: 2, size: 20, quotes: [], years: [] }));
    await new Api(fetch).quotes({ q: ' ', year: '2020', page: 2, size: 20 });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/quotes-of-the-week?page=2&size=20&year=2020');
  });

  it('asks for the issues of a year in one page', async () => {
    const fetch = vi.fn().mockResolvedValue(json({ total: 0, page: 0, size: 100, issues: [], years: [] }));
    await new Api(fetch).issues('2019');
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/issues?size=100&year=2019');
  });

  it('encodes a crate id into the path', async () => {
    const fetch = vi.fn().mockResolvedValue(json({}));
    await new Api(fetch).crate('a/b');
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/crates-of-the-week/a%2Fb');
  });

  it('builds the Atom URL of a search without paging', () => {
    const url = new Api(vi.fn()).atomUrl({
      ...emptyState(),
      q: 'wasm',
      page: 3,
      filters: { ...emptyState().filters, tag: ['video'] },
    });
    expect(url).toBe('/api/search.atom?q=wasm&tag=video');
  });

  it('reads the weeks of the Crate of the Week page object', async () => {
    const week = {
      issue: 600,
      date: '2025-05-21',
      crates: [],
      suggestedBy: [],
      noCrate: true,
      issueUrl: 'https://x.example/',
    };
    const api = new Api(vi.fn().mockResolvedValue(json({ total: 1, page: 0, size: 1, crates: 0, weeks: [week] })));
    expect(await api.cratesOfTheWeek()).toEqual([week]);
  });

  it('prefixes every path with the base URL', async () => {
    const fetch = vi.fn().mockResolvedValue(json([]));
    await new Api(fetch, 'https://archive.example').cratesOfTheWeek();
    expect(fetch.mock.calls[0]?.[0]).toBe('https://archive.example/api/crates-of-the-week');
  });
});

const FIVE_MINUTES_MS = 5 * 60 * 1000;

/** The answer of a data endpoint while the index is built (NotReadyTest on the server side checks the real one). */
function notReady(retryAfter: string | null = '5'): Response {
  const headers = new Headers({ 'Content-Type': 'application/problem+json' });
  if (retryAfter !== null) headers.set('Retry-After', retryAfter);
  const body = { title: 'Index not ready', status: 503, detail: 'The index is being built, retry shortly.' };
  return new Response(JSON.stringify(body), { status: 503, headers });
}

/** Follows a call without awaiting it: `outcome()` is its answer, its error, or 'pending' (no fake time passes). */
function track<T>(call: Promise<T>): { outcome: () => unknown } {
  let outcome: unknown = 'pending';
  call.then(
    (value) => {
      outcome = value;
    },
    (error: unknown) => {
      outcome = error;
    },
  );
  return { outcome: () => outcome };
}

describe('Api while the index is being built', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits the Retry-After seconds of a 503, asks again and returns the later answer', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(notReady('3')).mockResolvedValueOnce(json(answer));
    const call = track(new Api(fetch).search(emptyState()));
    await vi.advanceTimersByTimeAsync(2999);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(call.outcome()).toEqual(answer);
  });

  it('sends the same request again, a draft to check included', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(notReady('1'))
      .mockResolvedValueOnce(json({ findings: [] }));
    const call = track(new Api(fetch).checkDraft('- [a](https://a.example/)', 'draft.md'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(call.outcome()).toEqual({ findings: [] });
    expect(fetch.mock.calls[1]).toEqual(fetch.mock.calls[0]);
    expect(fetch.mock.calls[1]?.[1]).toMatchObject({ method: 'POST', body: '- [a](https://a.example/)' });
  });

  it.each([
    ['0', 1000],
    ['120', 30_000],
    ['Wed, 21 Oct 2015 07:28:00 GMT', 5000],
  ])('reads Retry-After %j as a wait of %i ms', async (retryAfter, waitMs) => {
    const fetch = vi.fn().mockResolvedValueOnce(notReady(retryAfter)).mockResolvedValueOnce(json(answer));
    track(new Api(fetch).search(emptyState()));
    await vi.advanceTimersByTimeAsync(waitMs - 1);
    expect(fetch).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('treats a 503 without Retry-After as an error at once', async () => {
    const fetch = vi.fn().mockResolvedValue(notReady(null));
    const call = track(new Api(fetch).search(emptyState()));
    await vi.advanceTimersByTimeAsync(0);
    expect(call.outcome()).toBeInstanceOf(ApiError);
    expect(call.outcome()).toMatchObject({ status: 503, message: 'The index is being built, retry shortly.' });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('does not retry another status that carries Retry-After', async () => {
    const tooMany = new Response('{}', { status: 429, headers: { 'Retry-After': '5' } });
    const fetch = vi.fn().mockResolvedValue(tooMany);
    const call = track(new Api(fetch).search(emptyState()));
    await vi.advanceTimersByTimeAsync(0);
    expect(call.outcome()).toMatchObject({ status: 429 });
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('rejects as an abort at once when aborted during the wait, and sends nothing more', async () => {
    const fetch = vi.fn().mockImplementation(async () => notReady('5'));
    const controller = new AbortController();
    const call = track(new Api(fetch).search(emptyState(), controller.signal));
    await vi.advanceTimersByTimeAsync(1000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(isAbort(call.outcome())).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gives up with the last 503 as an ApiError after about five minutes', async () => {
    const fetch = vi.fn().mockImplementation(async () => notReady('5'));
    const call = track(new Api(fetch).search(emptyState()));
    await vi.advanceTimersByTimeAsync(FIVE_MINUTES_MS - 1000);
    expect(call.outcome()).toBe('pending');
    await vi.advanceTimersByTimeAsync(1000);
    expect(call.outcome()).toMatchObject({ status: 503, message: 'The index is being built, retry shortly.' });
    // Asked at 0 s, 5 s, ..., 300 s: the next wait would end past the budget.
    expect(fetch).toHaveBeenCalledTimes(61);
  });

  it('tells the listener true while a call waits and false when its answer arrives', async () => {
    const listener = vi.fn();
    const fetch = vi.fn().mockResolvedValueOnce(notReady('1')).mockResolvedValueOnce(json(answer));
    track(new Api(fetch, '', listener).search(emptyState()));
    await vi.advanceTimersByTimeAsync(0);
    expect(listener.mock.calls).toEqual([[true]]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(listener.mock.calls).toEqual([[true], [false]]);
  });

  it('tells the listener false when the waiting call is abandoned', async () => {
    const listener = vi.fn();
    const controller = new AbortController();
    const fetch = vi.fn().mockImplementation(async () => notReady('5'));
    track(new Api(fetch, '', listener).search(emptyState(), controller.signal));
    await vi.advanceTimersByTimeAsync(0);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(listener.mock.calls).toEqual([[true], [false]]);
  });

  it('tells the listener once for several waiting calls, and false only when the last one is answered', async () => {
    const listener = vi.fn();
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(notReady('1'))
      .mockResolvedValueOnce(notReady('3'))
      .mockResolvedValueOnce(json(answer))
      .mockResolvedValueOnce(json(answer));
    const api = new Api(fetch, '', listener);
    track(api.search(emptyState()));
    track(api.issues('2020'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(listener.mock.calls).toEqual([[true]]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(listener.mock.calls).toEqual([[true], [false]]);
  });

  it('keeps the listener at true when a new call replaces an abandoned waiting one', async () => {
    const listener = vi.fn();
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(notReady('5'))
      .mockResolvedValueOnce(notReady('5'))
      .mockResolvedValueOnce(json(answer));
    const api = new Api(fetch, '', listener);
    const first = new AbortController();
    track(api.search(emptyState(), first.signal));
    await vi.advanceTimersByTimeAsync(0);
    first.abort();
    track(api.search({ ...emptyState(), q: 'tokio' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(listener.mock.calls).toEqual([[true]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(listener.mock.calls).toEqual([[true], [false]]);
  });
});
