// The logic of the search box's suggestions, without the DOM (unit-tested): the listbox state and what each key
// does to it (ARIA 1.2 combobox with a list popup), and the debounced, abortable source of suggestions.

export interface ListState {
  /** The listbox is shown. */
  open: boolean;
  /** The suggestions for `query`. */
  items: string[];
  /** The highlighted option, -1 for none (focus stays in the box either way). */
  active: number;
  /** The text the suggestions complete. */
  query: string;
}

export const CLOSED: ListState = { open: false, items: [], active: -1, query: '' };

/** New suggestions for `query`: shown when there are any that are not just the text already typed. */
export function withSuggestions(query: string, suggestions: string[]): ListState {
  const typed = query.trim().toLowerCase();
  const items = [...new Set(suggestions)].filter((s) => s.trim().toLowerCase() !== typed);
  return { open: items.length > 0, items, active: -1, query };
}

/** What a key did: the next state, whether the key was used (so nothing else acts on it), a text to accept. */
export interface KeyOutcome {
  state: ListState;
  handled: boolean;
  accept: string | null;
}

/**
 * The listbox's answer to a key pressed in the box. While the list is closed no key is handled, so the arrows
 * keep their meaning for the page (moving into the result list). Down and Up wrap through the options and back to
 * none; Home/End are left to the text box, as the pattern allows for an editable combobox.
 */
export function onKey(state: ListState, key: string): KeyOutcome {
  const unchanged = { state, handled: false, accept: null };
  if (!state.open || state.items.length === 0) return unchanged;
  const last = state.items.length - 1;
  switch (key) {
    case 'ArrowDown':
      return { state: { ...state, active: state.active >= last ? -1 : state.active + 1 }, handled: true, accept: null };
    case 'ArrowUp':
      return {
        state: { ...state, active: state.active === -1 ? last : state.active - 1 },
        handled: true,
        accept: null,
      };
    case 'Escape':
      return { state: { ...state, open: false, active: -1 }, handled: true, accept: null };
    case 'Enter': {
      const chosen = state.items[state.active];
      // Without a highlighted option Enter is the form's: it searches for what was typed.
      if (chosen === undefined) return { state: { ...state, open: false }, handled: false, accept: null };
      return { state: { ...CLOSED, query: chosen }, handled: true, accept: chosen };
    }
    case 'Tab':
      return { state: { ...state, open: false, active: -1 }, handled: false, accept: null };
    default:
      return unchanged;
  }
}

/** What the live region says when the list changes; screen readers hear it once per change. */
export function announcement(state: ListState): string {
  if (!state.open) return '';
  const n = state.items.length;
  return `${n} suggestion${n === 1 ? '' : 's'}. Use the up and down arrows to choose, Enter to search, Escape to close.`;
}

export const SUGGEST_DEBOUNCE_MS = 150;

type Fetcher = (text: string, signal: AbortSignal) => Promise<string[]>;

/**
 * Asks for suggestions once typing pauses, and only delivers the answer to the newest request: each new request
 * aborts the one in flight (its answer would describe text the reader has already changed).
 */
export class SuggestionSource {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | null = null;

  constructor(
    private readonly fetcher: Fetcher,
    private readonly deliver: (text: string, suggestions: string[]) => void,
    private readonly delayMs: number = SUGGEST_DEBOUNCE_MS,
  ) {}

  request(text: string): void {
    this.cancel();
    if (text.trim() === '' || /\s$/.test(text)) {
      // Nothing is being typed: a blank box, or a word just finished.
      this.deliver(text, []);
      return;
    }
    this.timer = setTimeout(() => void this.fetch(text), this.delayMs);
  }

  /** Drops the pending request and aborts the one in flight. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.controller?.abort();
    this.controller = null;
  }

  private async fetch(text: string): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    try {
      const suggestions = await this.fetcher(text, controller.signal);
      if (!controller.signal.aborted) this.deliver(text, suggestions);
    } catch {
      // Suggestions are a convenience: a failed or aborted request shows none, and the search itself reports errors.
      if (!controller.signal.aborted) this.deliver(text, []);
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }
}
