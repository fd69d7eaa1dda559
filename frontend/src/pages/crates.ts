// Crate of the Week: every week newest first, filter by year, search within, repeats marked, picks per year.
import { type Api, ApiError, type CotwWeek, isAbort } from '../api';
import { type BarChart, denseYears, yearBarChart } from '../charts';
import { formatDate, h, internalLink, link } from '../dom';
import type { Page, PageFactory } from '../router';

interface CratesState {
  q: string;
  year: string;
}

function parse(url: URL): CratesState {
  const year = url.searchParams.get('year') ?? '';
  return { q: url.searchParams.get('q') ?? '', year: /^\d{4}$/.test(year) ? year : '' };
}

function path(state: CratesState): string {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q);
  if (state.year !== '') params.set('year', state.year);
  const qs = params.toString();
  return qs === '' ? '/crates' : `/crates?${qs}`;
}

/** Lower-cased text a week is searched by: crate names and descriptions, and who suggested them. */
function haystack(week: CotwWeek): string {
  const crates = week.crates.map((c) => `${c.name} ${c.id} ${c.description}`).join(' ');
  return `${crates} ${week.suggestedBy.map((p) => p.name).join(' ')}`.toLowerCase();
}

export function cratesPage(api: Api): PageFactory {
  // The whole history is one small JSON answer (about 540 weeks); filtering it here is instant.
  let weeks: Promise<CotwWeek[]> | null = null;
  return (main, url) => {
    weeks ??= api.cratesOfTheWeek().catch((error: unknown) => {
      weeks = null; // let a later visit try again
      throw error;
    });
    return new CratesPage(weeks, main, url);
  };
}

class CratesPage implements Page {
  private state: CratesState;
  private all: CotwWeek[] = [];
  private chart: BarChart | null = null;
  private destroyed = false;
  private readonly input: HTMLInputElement;
  private readonly year: HTMLSelectElement;
  private readonly status: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly chartBox: HTMLElement;
  private readonly table: HTMLElement;

  constructor(weeks: Promise<CotwWeek[]>, main: HTMLElement, url: URL) {
    document.title = 'Crates of the Week · TWiR Archive';
    this.state = parse(url);
    this.input = h('input', {
      id: 'crate-q',
      type: 'search',
      'data-search': true,
      autocomplete: 'off',
      placeholder: 'Crate, topic or suggester',
    });
    this.year = h('select', { id: 'crate-year' }, h('option', { value: '' }, 'All years'));
    this.status = h(
      'p',
      { class: 'status', role: 'status', 'aria-live': 'polite' },
      'Loading the Crate of the Week history…',
    );
    this.list = h('ol', { class: 'weeks', id: 'weeks', 'aria-label': 'Weeks, newest first' });
    this.chartBox = h('div', { class: 'chart', 'aria-hidden': 'true' });
    this.table = h('details', { class: 'chart-table' });
    main.append(
      h('h1', {}, 'Crates of the Week'),
      h(
        'p',
        { class: 'lede' },
        'Every crate This Week in Rust has featured, newest first. Crates featured more than once are marked.',
      ),
      h(
        'section',
        { class: 'chart-section', 'aria-labelledby': 'picks-heading' },
        h('h2', { id: 'picks-heading' }, 'Picks per year'),
        this.chartBox,
        this.table,
      ),
      h(
        'form',
        { class: 'controls crate-controls', role: 'search', 'aria-label': 'Filter crates' },
        h('label', { for: 'crate-q' }, 'Search within ', this.input),
        h('label', { for: 'crate-year' }, 'Year ', this.year),
      ),
      this.status,
      this.list,
    );
    this.input.value = this.state.q;
    this.input.addEventListener('input', () => this.change({ ...this.state, q: this.input.value }, true));
    this.year.addEventListener('change', () => this.change({ ...this.state, year: this.year.value }, false));
    this.input.form?.addEventListener('submit', (event) => event.preventDefault());
    weeks.then(
      (all) => {
        if (this.destroyed) return;
        this.all = all;
        this.fillYears();
        this.drawChart();
        this.render();
      },
      (error: unknown) => {
        if (this.destroyed || isAbort(error)) return;
        const message = error instanceof ApiError ? error.message : 'Something unexpected went wrong.';
        this.status.textContent = `The history could not be loaded: ${message} Reload the page to try again.`;
      },
    );
  }

  update(url: URL): void {
    this.state = parse(url);
    if (document.activeElement !== this.input) this.input.value = this.state.q;
    this.year.value = this.state.year;
    this.render();
  }

  destroy(): void {
    this.destroyed = true;
    this.chart?.destroy();
  }

  private change(next: CratesState, typing: boolean): void {
    this.state = next;
    // Typing refines one search: replace the URL; picking a year is a step the back button should undo.
    if (typing) history.replaceState(null, '', path(next));
    else history.pushState(null, '', path(next));
    this.render();
  }

  private fillYears(): void {
    const years = [...new Set(this.all.map((w) => w.date.slice(0, 4)))].sort().reverse();
    this.year.append(...years.map((y) => h('option', { value: y }, y)));
    this.year.value = this.state.year;
  }

  private drawChart(): void {
    const perYear = new Map<number, number>();
    for (const week of this.all) {
      const year = Number(week.date.slice(0, 4));
      perYear.set(year, (perYear.get(year) ?? 0) + week.crates.length);
    }
    const { years, values } = denseYears(perYear);
    this.chart = yearBarChart(this.chartBox, years, values, 'Crates picked');
    this.table.replaceChildren(
      h('summary', {}, 'Picks per year as a table'),
      h(
        'table',
        {},
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), h('th', { scope: 'col' }, 'Crates'))),
        h(
          'tbody',
          {},
          ...years.map((y, i) => h('tr', {}, h('td', {}, String(y)), h('td', {}, String(values[i] ?? 0)))),
        ),
      ),
    );
  }

  private render(): void {
    if (this.all.length === 0) return;
    const needle = this.state.q.trim().toLowerCase();
    const shown = this.all.filter(
      (w) =>
        (this.state.year === '' || w.date.startsWith(this.state.year)) &&
        (needle === '' || haystack(w).includes(needle)),
    );
    const withCrate = this.all.filter((w) => w.crates.length > 0).length;
    this.status.textContent =
      shown.length === this.all.length
        ? `${this.all.length} weeks, ${withCrate} with a crate`
        : `${shown.length} of ${this.all.length} weeks${shown.length === 0 ? ': try another word or all years.' : ''}`;
    this.list.replaceChildren(...shown.map(weekItem));
  }
}

function weekItem(week: CotwWeek): HTMLLIElement {
  const head = h('p', { class: 'week-head' }, h('time', { datetime: week.date }, formatDate(week.date)));
  if (week.issue !== null) head.append(' · ', internalLink(`/issues/${week.issue}`, {}, `Issue ${week.issue}`));
  head.append(' · ', link(week.issueUrl, {}, 'original'));
  const body =
    week.crates.length === 0
      ? h('p', { class: 'no-crate' }, 'No crate this week.')
      : h(
          'ul',
          { class: 'crates' },
          ...week.crates.map((crate) =>
            h(
              'li',
              { class: 'crate' },
              link(crate.url, { class: 'crate-name' }, crate.name),
              crate.timesFeatured > 1
                ? h(
                    'span',
                    { class: 'badge repeat', title: `Featured ${crate.timesFeatured} times` },
                    `${crate.timesFeatured}× featured`,
                  )
                : null,
              crate.description ? h('span', { class: 'crate-desc' }, ` ${crate.description}`) : null,
            ),
          ),
        );
  const item = h('li', { class: 'week' }, head, body);
  if (week.suggestedBy.length > 0) {
    const by = h('p', { class: 'suggested' }, 'Suggested by ');
    week.suggestedBy.forEach((person, i) => {
      if (i > 0) by.append(', ');
      by.append(link(person.url, {}, person.name));
    });
    item.append(by);
  }
  return item;
}
