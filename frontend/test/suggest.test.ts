import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announcement, CLOSED, onKey, SuggestionSource, withSuggestions } from '../src/suggest';

const open = withSuggestions('asy', ['async', 'async closures', 'asynchronous']);

describe('suggestion list state', () => {
  it('opens with the suggestions and nothing highlighted', () => {
    expect(open).toEqual({ open: true, items: ['async', 'async closures', 'asynchronous'], active: -1, query: 'asy' });
  });

  it('stays closed when the only suggestion is what was typed', () => {
    expect(withSuggestions('Tokio', ['tokio']).open).toBe(false);
  });

  it('drops repeated suggestions', () => {
    expect(withSuggestions('to', ['tokio', 'tokio', 'tonic']).items).toEqual(['tokio', 'tonic']);
  });

  it('moves down through the options, then back to none', () => {
    let state = open;
    const seen: number[] = [];
    for (let i = 0; i < 4; i++) {
      state = onKey(state, 'ArrowDown').state;
      seen.push(state.active);
    }
    expect(seen).toEqual([0, 1, 2, -1]);
  });

  it('moves up from none to the last option', () => {
    expect(onKey(open, 'ArrowUp').state.active).toBe(2);
  });

  it('uses the arrows only while the list is open, leaving them to the result list otherwise', () => {
    const down = onKey(CLOSED, 'ArrowDown');
    expect(down.handled).toBe(false);
    expect(down.state).toBe(CLOSED);
    expect(onKey(open, 'ArrowDown').handled).toBe(true);
  });

  it('accepts the highlighted option on Enter and closes', () => {
    const second = onKey(onKey(open, 'ArrowDown').state, 'ArrowDown').state;
    const enter = onKey(second, 'Enter');
    expect(enter.accept).toBe('async closures');
    expect(enter.handled).toBe(true);
    expect(enter.state.open).toBe(false);
  });

  it('leaves Enter to the form when no option is highlighted', () => {
    const enter = onKey(open, 'Enter');
    expect(enter.accept).toBeNull();
    expect(enter.handled).toBe(false);
    expect(enter.state.open).toBe(false);
  });

  it('closes on Escape and uses the key, so the box keeps its text', () => {
    const escaped = onKey(onKey(open, 'ArrowDown').state, 'Escape');
    expect(escaped.handled).toBe(true);
    expect(escaped.state.open).toBe(false);
    expect(escaped.state.active).toBe(-1);
  });

  it('leaves Escape alone when the list is closed', () => {
    expect(onKey(CLOSED, 'Escape').handled).toBe(false);
  });

  it('ignores other keys, typing included', () => {
    expect(onKey(open, 'a')).toEqual({ state: open, handled: false, accept: null });
  });

  it('announces how many suggestions there are, and nothing when closed', () => {
    expect(announcement(open)).toMatch(/^3 suggestions\./);
    expect(announcement(withSuggestions('to', ['tokio']))).toMatch(/^1 suggestion\./);
    expect(announcement(CLOSED)).toBe('');
  });
});

describe('suggestion source', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once typing pauses, for the last text only', async () => {
    const fetch = vi.fn().mockResolvedValue(['tokio']);
    const deliver = vi.fn();
    const source = new SuggestionSource(fetch, deliver, 100);
    source.request('t');
    source.request('to');
    source.request('tok');
    await vi.advanceTimersByTimeAsync(99);
    expect(fetch).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0]?.[0]).toBe('tok');
    expect(deliver).toHaveBeenCalledWith('tok', ['tokio']);
  });

  it('aborts the request in flight when a newer one starts, and never delivers its answer', async () => {
    const signals: AbortSignal[] = [];
    let finishFirst: (value: string[]) => void = () => undefined;
    const fetch = vi.fn((text: string, signal: AbortSignal) => {
      signals.push(signal);
      return text === 'as'
        ? new Promise<string[]>((resolve) => {
            finishFirst = resolve;
          })
        : Promise.resolve(['async closures']);
    });
    const deliver = vi.fn();
    const source = new SuggestionSource(fetch, deliver, 10);
    source.request('as');
    await vi.advanceTimersByTimeAsync(10);
    source.request('async c');
    expect(signals[0]?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(10);
    finishFirst(['as stale']);
    await vi.runAllTimersAsync();
    expect(deliver.mock.calls).toEqual([['async c', ['async closures']]]);
  });

  it('asks nothing for a blank box or after a finished word, and clears the list', async () => {
    const fetch = vi.fn().mockResolvedValue(['x']);
    const deliver = vi.fn();
    const source = new SuggestionSource(fetch, deliver, 10);
    source.request('   ');
    source.request('tokio ');
    await vi.runAllTimersAsync();
    expect(fetch).not.toHaveBeenCalled();
    expect(deliver.mock.calls).toEqual([
      ['   ', []],
      ['tokio ', []],
    ]);
  });

  it('shows no suggestions when the request fails', async () => {
    const deliver = vi.fn();
    const source = new SuggestionSource(vi.fn().mockRejectedValue(new Error('down')), deliver, 10);
    source.request('tok');
    await vi.runAllTimersAsync();
    expect(deliver).toHaveBeenCalledWith('tok', []);
  });

  it('cancel drops a pending request', async () => {
    const fetch = vi.fn().mockResolvedValue(['x']);
    const source = new SuggestionSource(fetch, vi.fn(), 10);
    source.request('tok');
    source.cancel();
    await vi.runAllTimersAsync();
    expect(fetch).not.toHaveBeenCalled();
  });
});
