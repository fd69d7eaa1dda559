// The search page: search-as-you-type with a permalink URL, facets, chips, sort, date range and paging.
import { type Api, ApiError, isAbort, type SearchResponse } from '../api';
import { h, internalLink, resourceLink } from '../dom';
import type { Page, PageFactory } from '../router';
import { cloneState, type Dimension, parseState, type SearchState, stateToQuery, toggleFilter } from '../state';
import { chips, facetPanel } from './facets';
import { moveFocus } from './keyboard';
import { didYouMean, emptyState, errorState, pager, resultList, searchPath } from './results';

const DEBOUNCE_MS = 120;
/** Results stay on screen while the next ones load; only a slow answer dims them (no flicker). */
const BUSY_AFTER_MS = 250;
const CACHE_SIZE = 40;

export function searchPage(api: Api): PageFactory {
  // Answers by API query string: back/forward and re-toggling a facet redraw at once.
  const cache = new Map<string, SearchResponse>();
  return (main, url) => new SearchPage(api, cache, main, url);
}

class SearchPage implements Page {
  private state: SearchState;
  private controller: AbortController | null = null;
  private debounce: number | undefined;
  private busyTimer: number | undefined;
  /** While the reader keeps typing, the URL is replaced rather than pushed: one history entry per search. */
  private typing = false;
  private readonly expanded = new Set<Dimension>();
  private readonly input: HTMLInputElement;
  private readonly sort: HTMLSelectElement;
  private readonly from: HTMLInputElement;
  private readonly to: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly chipsSlot: HTMLElement;
  private readonly facets: HTMLElement;
  private readonly filterCount: HTMLElement;
  private readonly results: HTMLElement;
  private readonly feed: HTMLAnchorElement;
  private readonly trends: HTMLAnchorElement;
  private readonly onKey = (event: KeyboardEvent): void => moveFocus(event, this.input);

  constructor(
    private readonly api: Api,
    private readonly cache: Map<string, SearchResponse>,
    main: HTMLElement,
    url: URL,
  ) {
    this.state = parseState(url.search);
    this.input = h('input', {
      id: 'q',
      type: 'search',
      name: 'q',
      'data-search': true,
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: 'Search every issue since 2013',
      'aria-describedby': 'search-hint',
      'aria-controls': 'results',
    });
    this.sort = h(
      'select',
      { id: 'sort', name: 'sort' },
      h('option', { value: 'relevance' }, 'Relevance'),
      h('option', { value: 'date' }, 'Newest first'),
    );
    this.from = h('input', { id: 'from', type: 'date', name: 'from', min: '2013-01-01' });
    this.to = h('input', { id: 'to', type: 'date', name: 'to', min: '2013-01-01' });
    this.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite', id: 'status' });
    this.chipsSlot = h('div', { class: 'chips-slot' });
    this.facets = h('div');
    this.results = h('div', { class: 'results-body' });
    this.feed = resourceLink('/api/search.atom', { class: 'feed-link', type: 'application/atom+xml' }, 'Atom feed');
    this.trends = internalLink('/trends', { class: 'trends-link' }, 'Trend by year');

    const form = h(
      'form',
      { role: 'search', class: 'search-form', 'aria-label': 'Search the archive' },
      h('label', { for: 'q', class: 'visually-hidden' }, 'Search the archive'),
      this.input,
      h('button', { type: 'submit', class: 'button primary' }, 'Search'),
      h(
        'p',
        { id: 'search-hint', class: 'hint' },
        'Results update as you type. ',
        h('span', { class: 'hint-keys' }, '↓ and ↑ move through results, Enter opens, / comes back here. '),
        'Try "quoted phrases", -exclusions, OR, title:, domain:, tag:video.',
      ),
    );
    const controls = h(
      'div',
      { class: 'controls' },
      h('label', { for: 'sort' }, 'Sort ', this.sort),
      h('label', { for: 'from' }, 'From ', this.from),
      h('label', { for: 'to' }, 'To ', this.to),
      h('span', { class: 'control-links' }, this.trends, this.feed),
    );
    this.filterCount = h('span', { class: 'filter-count' });
    const filters = h('details', { class: 'facet-panel' }, h('summary', {}, 'Filters', this.filterCount), this.facets);
    // Filters start open on wide screens; on a phone they fold under a summary above the results.
    filters.open = window.matchMedia('(min-width: 50rem)').matches;
    main.append(
      h('h1', { class: 'visually-hidden' }, 'Search This Week in Rust'),
      form,
      controls,
      this.chipsSlot,
      h(
        'div',
        { class: 'search-layout' },
        h('aside', { class: 'sidebar', 'aria-label': 'Filters' }, filters),
        h('section', { class: 'results-col', 'aria-label': 'Results' }, this.status, this.results),
      ),
    );

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.debounce);
      this.commit({ ...cloneState(this.state), q: this.input.value, page: 0 }, this.typing);
      this.typing = false;
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.debounce);
      this.debounce = window.setTimeout(() => {
        const next = { ...cloneState(this.state), q: this.input.value, page: 0 };
        this.commit(next, this.typing);
        this.typing = true;
      }, DEBOUNCE_MS);
    });
    this.input.addEventListener('blur', () => {
      this.typing = false;
    });
    this.sort.addEventListener('change', () =>
      this.change({ sort: this.sort.value === 'date' ? 'date' : 'relevance' }),
    );
    this.from.addEventListener('change', () => this.change({ from: this.from.validity.valid ? this.from.value : '' }));
    this.to.addEventListener('change', () => this.change({ to: this.to.validity.valid ? this.to.value : '' }));
    document.addEventListener('keydown', this.onKey);

    this.syncControls();
    void this.run();
  }

  update(url: URL): void {
    this.state = parseState(url.search);
    this.typing = false;
    this.syncControls();
    void this.run();
  }

  destroy(): void {
    this.controller?.abort();
    window.clearTimeout(this.debounce);
    window.clearTimeout(this.busyTimer);
    document.removeEventListener('keydown', this.onKey);
    setFeedLink(null);
  }

  private change(patch: Partial<SearchState>): void {
    this.typing = false;
    this.commit({ ...cloneState(this.state), ...patch, page: 0 }, false);
  }

  private readonly handlers = {
    toggle: (dim: Dimension, value: string) => {
      this.typing = false;
      this.commit(toggleFilter(this.state, dim, value), false);
    },
    clearRange: () => this.change({ from: '', to: '' }),
  };

  /** Makes `next` the state: the URL first (push or replace), then the search. */
  private commit(next: SearchState, replace: boolean): void {
    const path = searchPath(next);
    const unchanged = stateToQuery(next) === stateToQuery(this.state) && location.pathname === '/';
    this.state = next;
    if (location.pathname + location.search !== path) {
      if (replace) history.replaceState(null, '', path);
      else history.pushState(null, '', path);
    }
    this.syncControls();
    if (!unchanged || this.results.childElementCount === 0) void this.run();
  }

  private syncControls(): void {
    const s = this.state;
    // Never rewrite the box under the reader's fingers; back/forward happen while it is not focused.
    if (document.activeElement !== this.input && this.input.value !== s.q) this.input.value = s.q;
    this.sort.value = s.sort;
    this.from.value = s.from;
    this.to.value = s.to;
    const feed = this.api.atomUrl(s);
    this.feed.setAttribute('href', feed);
    setFeedLink(feed);
    const trendState = { ...cloneState(s), page: 0 };
    const trendQuery = stateToQuery(trendState);
    this.trends.setAttribute('href', trendQuery === '' ? '/trends' : `/trends?${trendQuery}`);
    const active = Object.values(s.filters).reduce((n, values) => n + values.length, 0) + (s.from || s.to ? 1 : 0);
    this.filterCount.textContent = active === 0 ? '' : ` (${active} active)`;
    this.chipsSlot.replaceChildren(...[chips(s, this.handlers)].filter((c): c is HTMLElement => c !== null));
    document.title = s.q.trim() === '' ? 'TWiR Archive' : `${s.q.trim()} · TWiR Archive`;
  }

  private async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const state = this.state;
    const key = stateToQuery(state);
    const cached = this.cache.get(key);
    if (cached !== undefined) {
      this.render(state, cached);
      return;
    }
    window.clearTimeout(this.busyTimer);
    this.busyTimer = window.setTimeout(() => this.results.classList.add('is-busy'), BUSY_AFTER_MS);
    this.results.setAttribute('aria-busy', 'true');
    try {
      const response = await this.api.search(state, controller.signal);
      if (controller.signal.aborted) return;
      this.remember(key, response);
      this.render(state, response);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      const message = error instanceof ApiError ? error.message : 'Something unexpected went wrong.';
      this.settle();
      this.status.textContent = '';
      this.results.replaceChildren(errorState(message, () => void this.run()));
    }
  }

  private remember(key: string, response: SearchResponse): void {
    this.cache.delete(key);
    this.cache.set(key, response);
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
  }

  private settle(): void {
    window.clearTimeout(this.busyTimer);
    this.results.classList.remove('is-busy');
    this.results.removeAttribute('aria-busy');
  }

  private render(state: SearchState, response: SearchResponse): void {
    this.settle();
    const focused = document.activeElement as HTMLElement | null;
    const focusKey = focused?.dataset.dim ? `${focused.dataset.dim}\u0000${focused.dataset.value}` : null;
    const total = response.total;
    const what = state.q.trim() === '' ? 'entries' : `entries for “${state.q.trim()}”`;
    this.status.textContent = total === 0 ? 'No matches' : `${total.toLocaleString('en')} ${what}`;
    const parts: (HTMLElement | null)[] = [didYouMean(state, response.suggestion)];
    if (response.hits.length === 0) parts.push(emptyState(state));
    else parts.push(resultList(response), pager(state, response));
    this.results.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
    // Time to first results since navigation start, for the browser tests' report (budget: 1 s).
    if (performance.getEntriesByName('twir:first-results').length === 0) performance.mark('twir:first-results');
    this.facets.replaceChildren(facetPanel(state, response.facets, this.expanded, this.handlers));
    if (focusKey !== null) {
      // Keep keyboard focus on the checkbox the reader just toggled, though the list was redrawn.
      const [dim, value] = focusKey.split('\u0000');
      for (const box of this.facets.querySelectorAll<HTMLInputElement>('input[data-dim]')) {
        if (box.dataset.dim === dim && box.dataset.value === value) box.focus();
      }
    }
  }
}

function setFeedLink(href: string | null): void {
  let link = document.head.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]');
  if (href === null) {
    link?.remove();
    return;
  }
  if (link === null) {
    link = document.createElement('link');
    link.rel = 'alternate';
    link.type = 'application/atom+xml';
    link.title = 'This search as an Atom feed';
    document.head.append(link);
  }
  link.setAttribute('href', href);
}
