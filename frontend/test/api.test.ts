import { describe, expect, it, vi } from 'vitest';
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

  it('reads the suggestions out of the answer of /api/suggest', async () => {
    const answer = { q: 'to', suggestions: ['tokio', 'tonic'] };
    expect(await new Api(vi.fn().mockResolvedValue(json(answer))).suggest('to')).toEqual(['tokio', 'tonic']);
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
