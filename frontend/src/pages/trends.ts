// Trends: how many entries match the current search in each year (the year facet's counts), as a chart.
import { type Api, ApiError, isAbort } from '../api';
import { type BarChart, denseYears, yearBarChart } from '../charts';
import { h, internalLink } from '../dom';
import type { Page, PageFactory } from '../router';
import { cloneState, parseState, type SearchState, stateToQuery } from '../state';

const DEBOUNCE_MS = 200;

export function trendsPage(api: Api): PageFactory {
  return (main, url) => new TrendsPage(api, main, url);
}

class TrendsPage implements Page {
  private state: SearchState;
  private controller: AbortController | null = null;
  private chart: BarChart | null = null;
  private debounce: number | undefined;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly chartBox: HTMLElement;
  private readonly table: HTMLElement;
  private readonly back: HTMLAnchorElement;

  constructor(
    private readonly api: Api,
    main: HTMLElement,
    url: URL,
  ) {
    this.state = parseState(url.search);
    this.input = h('input', {
      id: 'trend-q',
      type: 'search',
      'data-search': true,
      autocomplete: 'off',
      placeholder: 'e.g. async, wasm, "const generics"',
    });
    this.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.chartBox = h('div', { class: 'chart', 'aria-hidden': 'true' });
    this.table = h('details', { class: 'chart-table' });
    this.back = internalLink('/', {}, 'See these entries');
    const form = h(
      'form',
      { class: 'search-form', role: 'search', 'aria-label': 'Trend of a search' },
      h('label', { for: 'trend-q' }, 'Entries per year matching '),
      this.input,
    );
    main.append(
      h('h1', {}, 'Trends'),
      h(
        'p',
        { class: 'lede' },
        'How often a topic appeared in This Week in Rust, year by year. Filters from the search page apply too.',
      ),
      form,
      this.status,
      h('section', { class: 'chart-section', 'aria-label': 'Chart' }, this.chartBox, this.table),
      h('p', {}, this.back),
    );
    this.input.value = this.state.q;
    form.addEventListener('submit', (event) => event.preventDefault());
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.debounce);
      this.debounce = window.setTimeout(() => {
        this.state = { ...cloneState(this.state), q: this.input.value, page: 0 };
        const qs = stateToQuery(this.state);
        history.replaceState(null, '', qs === '' ? '/trends' : `/trends?${qs}`);
        void this.run();
      }, DEBOUNCE_MS);
    });
    void this.run();
  }

  update(url: URL): void {
    this.state = parseState(url.search);
    if (document.activeElement !== this.input) this.input.value = this.state.q;
    void this.run();
  }

  destroy(): void {
    this.controller?.abort();
    window.clearTimeout(this.debounce);
    this.chart?.destroy();
  }

  private async run(): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const q = this.state.q.trim();
    document.title = q === '' ? 'Trends · TWiR Archive' : `Trend of ${q} · TWiR Archive`;
    const qs = stateToQuery({ ...this.state, page: 0 });
    this.back.setAttribute('href', qs === '' ? '/' : `/?${qs}`);
    try {
      // One hit is enough: only the year facet's counts are drawn.
      const response = await this.api.search(this.state, controller.signal, 1);
      if (controller.signal.aborted) return;
      const perYear = new Map<number, number>();
      for (const { value, count } of response.facets.year ?? []) {
        const year = Number.parseInt(value, 10);
        if (Number.isFinite(year)) perYear.set(year, count);
      }
      const { years, values } = denseYears(perYear);
      this.status.textContent =
        q === ''
          ? `All ${response.total.toLocaleString('en')} entries, per year. Type a topic to see its trend.`
          : `${response.total.toLocaleString('en')} entries match “${q}”.`;
      this.chart?.destroy();
      this.chart = years.length === 0 ? null : yearBarChart(this.chartBox, years, values, 'Entries');
      if (years.length === 0) this.chartBox.replaceChildren();
      this.table.replaceChildren(
        h('summary', {}, 'Entries per year as a table'),
        h(
          'table',
          {},
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), h('th', { scope: 'col' }, 'Entries'))),
          h(
            'tbody',
            {},
            ...years.map((y, i) => h('tr', {}, h('td', {}, String(y)), h('td', {}, String(values[i] ?? 0)))),
          ),
        ),
      );
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      this.status.textContent =
        error instanceof ApiError
          ? `The trend could not be computed: ${error.message}`
          : 'Something unexpected went wrong; reload the page to try again.';
    }
  }
}
