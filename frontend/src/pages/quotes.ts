// Quotes of the Week: every quote newest first, searched and filtered by year on the server, 20 to a page.
// The URL holds the whole state (/quotes?q=borrow&year=2020&page=2), so it is a permalink and back/forward work.
import { type Api, isAbort, type QuotePage, type QuoteView } from '../api';
import { formatDate, h, internalLink, link } from '../dom';
import { issueLabel, issuePath } from '../paths';
import type { Page, PageFactory } from '../router';
import { loadError, pagerNav, people } from './common';

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 200;

export interface QuotesState {
  q: string;
  year: string;
  /** 0-based; the URL shows it 1-based. */
  page: number;
}

export function parseQuotesState(url: URL): QuotesState {
  const year = url.searchParams.get('year') ?? '';
  const page = Number.parseInt(url.searchParams.get('page') ?? '', 10);
  return {
    q: (url.searchParams.get('q') ?? '').slice(0, 200),
    year: /^\d{4}$/.test(year) ? year : '',
    page: Number.isFinite(page) && page > 1 ? Math.min(page, 10_000) - 1 : 0,
  };
}

export function quotesPath(state: QuotesState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.year !== '') params.set('year', state.year);
  if (state.page > 0) params.set('page', String(state.page + 1));
  const qs = params.toString();
  return qs === '' ? '/quotes' : `/quotes?${qs}`;
}

export function quotesPage(api: Api): PageFactory {
  return (main, url) => new QuotesPage(api, main, url);
}

class QuotesPage implements Page {
  private state: QuotesState;
  private controller: AbortController | null = null;
  private debounce: number | undefined;
  private readonly input: HTMLInputElement;
  private readonly year: HTMLSelectElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly api: Api,
    main: HTMLElement,
    url: URL,
  ) {
    document.title = 'Quotes of the Week · TWiR Archive';
    this.state = parseQuotesState(url);
    this.input = h('input', {
      id: 'quote-q',
      type: 'search',
      'data-search': true,
      autocomplete: 'off',
      placeholder: 'Words or names',
    });
    this.year = h('select', { id: 'quote-year' }, h('option', { value: '' }, 'All years'));
    this.status = h(
      'p',
      { class: 'status', role: 'status', 'aria-live': 'polite', id: 'quote-status' },
      'Loading the quotes…',
    );
    this.body = h('div', { class: 'quotes-body' });
    const form = h(
      'form',
      { class: 'controls crate-controls', role: 'search', 'aria-label': 'Search the quotes' },
      h('label', { for: 'quote-q' }, 'Search within ', this.input),
      h('label', { for: 'quote-year' }, 'Year ', this.year),
    );
    main.append(
      h('h1', {}, 'Quotes of the Week'),
      h('p', { class: 'lede' }, 'Every Quote of the Week, newest first, with who said it and who suggested it.'),
      form,
      this.status,
      this.body,
    );
    this.input.value = this.state.q;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.debounce);
      this.change({ ...this.state, q: this.input.value, page: 0 }, false);
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.debounce);
      // Typing refines one search: the URL is replaced, not pushed, so back leaves the page, not each letter.
      this.debounce = window.setTimeout(
        () => this.change({ ...this.state, q: this.input.value, page: 0 }, true),
        DEBOUNCE_MS,
      );
    });
    this.year.addEventListener('change', () => this.change({ ...this.state, year: this.year.value, page: 0 }, false));
    void this.run();
  }

  update(url: URL): void {
    this.state = parseQuotesState(url);
    if (document.activeElement !== this.input) this.input.value = this.state.q;
    void this.run();
  }

  destroy(): void {
    this.controller?.abort();
    window.clearTimeout(this.debounce);
  }

  private change(next: QuotesState, replace: boolean): void {
    this.state = next;
    const path = quotesPath(next);
    if (location.pathname + location.search !== path) {
      if (replace) history.replaceState(null, '', path);
      else history.pushState(null, '', path);
    }
    void this.run();
  }

  private async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const state = this.state;
    this.body.setAttribute('aria-busy', 'true');
    try {
      const answer = await this.api.quotes({ ...state, size: PAGE_SIZE }, controller.signal);
      if (controller.signal.aborted) return;
      this.render(state, answer);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      this.status.textContent = '';
      this.body.replaceChildren(loadError('The quotes', error));
    } finally {
      if (this.controller === controller) this.body.removeAttribute('aria-busy');
    }
  }

  private render(state: QuotesState, answer: QuotePage): void {
    this.fillYears(answer);
    this.year.value = state.year;
    const all = answer.years.reduce((n, y) => n + y.count, 0);
    const filtered = state.q.trim() !== '' || state.year !== '';
    this.status.textContent =
      answer.total === 0
        ? 'No quote matches: try another word or all years.'
        : filtered
          ? `${answer.total} of ${all} quotes`
          : `${all} quotes`;
    const pages = Math.ceil(answer.total / PAGE_SIZE);
    const list = h(
      'ol',
      { class: 'quotes', id: 'quotes', 'aria-label': 'Quotes, newest first' },
      ...answer.quotes.map(quoteItem),
    );
    this.body.replaceChildren(
      ...[list, pagerNav('Quote pages', state.page, pages, (page) => quotesPath({ ...state, page }))].filter(
        (e): e is HTMLElement => e !== null,
      ),
    );
    document.title =
      state.year === '' ? 'Quotes of the Week · TWiR Archive' : `Quotes of the Week ${state.year} · TWiR Archive`;
  }

  private fillYears(answer: QuotePage): void {
    if (this.year.options.length > 1) return;
    this.year.append(
      ...answer.years.map(({ year, count }) => h('option', { value: String(year) }, `${year} (${count})`)),
    );
  }
}

function quoteItem(quote: QuoteView): HTMLLIElement {
  const head = h('p', { class: 'week-head' }, h('time', { datetime: quote.date }, formatDate(quote.date)), ' · ');
  head.append(
    internalLink(issuePath(quote.issueId), {}, quote.issue !== null ? issueLabel(quote.issue) : 'Special issue'),
  );
  head.append(' · ', link(quote.issueUrl, {}, 'original'));
  const by =
    quote.author === null
      ? null
      : h(
          'figcaption',
          {},
          '– ',
          link(quote.author.url, {}, quote.author.name),
          quote.sourceUrl !== null
            ? h('span', {}, ' (', link(quote.sourceUrl, { class: 'quote-source' }, 'source'), ')')
            : null,
        );
  return h(
    'li',
    { class: 'quote' },
    head,
    h('figure', { class: 'quote-figure' }, h('blockquote', {}, quote.text), by),
    people('Suggested by ', [quote.suggestedBy]),
  );
}
