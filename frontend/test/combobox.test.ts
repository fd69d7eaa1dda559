// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Combobox } from '../src/combobox';
import { SUGGEST_DEBOUNCE_MS } from '../src/suggest';

function setup(suggestions: string[]) {
  const input = document.createElement('input');
  input.id = 'q';
  const accept = vi.fn();
  const box = new Combobox(input, { fetch: vi.fn().mockResolvedValue(suggestions), accept });
  document.body.replaceChildren(box.element);
  input.focus();
  return { input, accept, listbox: document.getElementById('q-listbox') as HTMLElement };
}

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text;
  input.dispatchEvent(new Event('input'));
  await vi.advanceTimersByTimeAsync(SUGGEST_DEBOUNCE_MS);
}

function key(input: HTMLInputElement, name: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
  input.dispatchEvent(event);
  return event;
}

describe('search box combobox', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('marks the box up as a combobox controlling a closed listbox', () => {
    const { input, listbox } = setup([]);
    expect(input.getAttribute('role')).toBe('combobox');
    expect(input.getAttribute('aria-controls')).toBe('q-listbox');
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(listbox.hidden).toBe(true);
  });

  it('opens the listbox with the suggestions and announces their number', async () => {
    const { input, listbox } = setup(['async', 'async closures']);
    await type(input, 'asy');
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect([...listbox.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual([
      'async',
      'async closures',
    ]);
    expect(document.querySelector('[role="status"]')?.textContent).toMatch(/^2 suggestions/);
  });

  it('points aria-activedescendant at the highlighted option and marks it selected', async () => {
    const { input, listbox } = setup(['async', 'async closures']);
    await type(input, 'asy');
    const event = key(input, 'ArrowDown');
    const first = listbox.querySelector('[role="option"]') as HTMLElement;
    expect(event.defaultPrevented).toBe(true);
    expect(input.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
  });

  it('puts the chosen suggestion in the box and accepts it on Enter', async () => {
    const { input, accept } = setup(['async', 'async closures']);
    await type(input, 'asy');
    key(input, 'ArrowDown');
    key(input, 'ArrowDown');
    key(input, 'Enter');
    expect(input.value).toBe('async closures');
    expect(accept).toHaveBeenCalledWith('async closures');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('accepts a clicked suggestion', async () => {
    const { input, accept, listbox } = setup(['async', 'async closures']);
    await type(input, 'asy');
    (listbox.querySelectorAll('[role="option"]')[1] as HTMLElement).click();
    expect(accept).toHaveBeenCalledWith('async closures');
  });

  it('closes on Escape without touching the text', async () => {
    const { input } = setup(['async']);
    await type(input, 'asy');
    key(input, 'Escape');
    expect(input.value).toBe('asy');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });

  it('does not use the arrows while closed, so the results can', () => {
    const { input } = setup([]);
    expect(key(input, 'ArrowDown').defaultPrevented).toBe(false);
  });
});
