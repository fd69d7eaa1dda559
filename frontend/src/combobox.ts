// The search box as an ARIA 1.2 combobox: a listbox of suggestions under the box, driven by the keys of
// suggest.ts, the mouse, and a live region that tells screen-reader users how many suggestions there are.
// Focus never leaves the box: the highlighted option is named by aria-activedescendant.
import { h } from './dom';
import { announcement, CLOSED, type ListState, onKey, SuggestionSource, withSuggestions } from './suggest';

export interface ComboboxOptions {
  /** Fetches suggestions for the text typed so far. */
  fetch: (text: string, signal: AbortSignal) => Promise<string[]>;
  /** A suggestion was chosen (Enter or click); the box already holds it. */
  accept: (value: string) => void;
}

export class Combobox {
  private state: ListState = CLOSED;
  private readonly source: SuggestionSource;
  private readonly listbox: HTMLUListElement;
  private readonly live: HTMLElement;
  /** The wrapper that positions the listbox under the box; put it where the input was. */
  readonly element: HTMLElement;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly options: ComboboxOptions,
  ) {
    const id = input.id;
    this.listbox = h('ul', { id: `${id}-listbox`, role: 'listbox', class: 'suggestions', 'aria-label': 'Suggestions' });
    this.listbox.hidden = true;
    this.live = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', this.listbox.id);
    this.element = h('div', { class: 'combo' }, input, this.listbox, this.live);
    this.source = new SuggestionSource(options.fetch, (text, suggestions) => {
      // An answer for text the box no longer holds, or arriving after focus left, is not shown.
      if (text !== input.value || document.activeElement !== input) return;
      this.show(withSuggestions(text, suggestions));
    });

    input.addEventListener('input', () => this.source.request(input.value));
    input.addEventListener('keydown', (event) => this.onKeyDown(event));
    input.addEventListener('blur', () => this.close());
    // mousedown would blur the box before the click lands: keep the focus where it is.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.listbox.addEventListener('click', (event) => {
      const option = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
      const value = option?.dataset.value;
      if (value !== undefined) this.choose(value);
    });
  }

  /** Closes the list and forgets any pending request (a search was submitted, or the page is left). */
  close(): void {
    this.source.cancel();
    if (this.state.open) this.show({ ...this.state, open: false, active: -1 });
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const outcome = onKey(this.state, event.key);
    if (outcome.handled) {
      // Marks the key as used, so the page's own arrow-key navigation (pages/keyboard.ts) leaves it alone.
      event.preventDefault();
    }
    if (outcome.accept !== null) {
      this.choose(outcome.accept);
      return;
    }
    if (event.key === 'Enter') this.source.cancel();
    if (outcome.state !== this.state) this.show(outcome.state);
  }

  private choose(value: string): void {
    this.source.cancel();
    this.input.value = value;
    this.show({ ...CLOSED, query: value });
    this.options.accept(value);
  }

  private show(next: ListState): void {
    const before = this.state;
    this.state = next;
    if (before.items !== next.items) this.renderOptions(next);
    this.listbox.hidden = !next.open;
    this.input.setAttribute('aria-expanded', String(next.open));
    const active = next.open ? this.listbox.children[next.active] : undefined;
    for (const [i, option] of [...this.listbox.children].entries()) {
      option.setAttribute('aria-selected', String(i === next.active));
    }
    if (active instanceof HTMLElement) {
      this.input.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
    if (before.open !== next.open || before.items !== next.items) this.live.textContent = announcement(next);
  }

  private renderOptions(state: ListState): void {
    const typed = state.query.toLowerCase();
    this.listbox.replaceChildren(
      ...state.items.map((item, i) => {
        // The part already typed stays plain, the completion is bold: the eye finds what is new.
        const shared = item.toLowerCase().startsWith(typed) ? state.query.length : 0;
        return h(
          'li',
          {
            id: `${this.listbox.id}-${i}`,
            role: 'option',
            class: 'suggestion-option',
            'data-value': item,
            'aria-selected': 'false',
          },
          item.slice(0, shared),
          h('strong', {}, item.slice(shared)),
        );
      }),
    );
  }
}
