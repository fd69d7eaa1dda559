// Every issue by year: number, date, title and entry count, special issues included. One year at a time
// (/issues?year=2019; without a year, the newest), so a permalink names a year and back/forward walks the years.
import { type Api, type CountByYear, type IssueList, type IssueSummary, isAbort } from '../api';
import { formatDate, h, internalLink, link } from '../dom';
import { issuePath } from '../paths';
import type { Page, PageFactory } from '../router';
import { loadError, yearNav } from './common';

export function issuesPath(year: string): string {
  return year === '' ? '/issues' : `/issues?year=${encodeURIComponent(year)}`;
}

function yearOf(url: URL): string {
  const year = url.searchParams.get('year') ?? '';
  return /^\d{4}$/.test(year) ? year : '';
}

export function issuesPage(api: Api): PageFactory {
  return (main, url) => new IssuesPage(api, main, url);
}

class IssuesPage implements Page {
  private controller: AbortController | null = null;
  private readonly lede: HTMLElement;
  private readonly nav: HTMLElement;
  private readonly status: HTMLElement;
  private readonly body: HTMLElement;
  private readonly heading: HTMLElement;

  constructor(
    private readonly api: Api,
    main: HTMLElement,
    url: URL,
  ) {
    document.title = 'All issues · TWiR Archive';
    this.lede = h('p', { class: 'lede' }, 'Every issue of This Week in Rust, by year, special issues included.');
    this.nav = h('div', { class: 'year-nav-slot' });
    this.status = h(
      'p',
      { class: 'status', role: 'status', 'aria-live': 'polite', id: 'issues-status' },
      'Loading the issues…',
    );
    this.heading = h('h2', { class: 'year-heading', id: 'year-heading' });
    this.body = h('div');
    main.append(h('h1', {}, 'All issues'), this.lede, this.nav, this.status, this.body);
    void this.run(yearOf(url));
  }

  update(url: URL): void {
    void this.run(yearOf(url));
  }

  destroy(): void {
    this.controller?.abort();
  }

  private async run(year: string): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      // Without a year the answer's own year list says which is newest; that year is then shown whole.
      let answer = await this.api.issues(year, controller.signal);
      const shown = year !== '' ? year : String(answer.years[0]?.year ?? '');
      if (year === '' && shown !== '') answer = await this.api.issues(shown, controller.signal);
      if (controller.signal.aborted) return;
      this.render(shown, answer);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      this.status.textContent = '';
      this.body.replaceChildren(loadError('The issues', error));
    }
  }

  private render(year: string, answer: IssueList): void {
    const total = answer.years.reduce((n, y) => n + y.count, 0);
    const newest = answer.years[0]?.year;
    const oldest = answer.years[answer.years.length - 1]?.year;
    this.lede.textContent = `All ${total} issues of This Week in Rust${oldest !== undefined ? `, ${oldest} to ${newest}` : ''}, by year, special issues included.`;
    this.nav.replaceChildren(yearNav('Years', 'issues', answer.years, year, issuesPath));
    const special = answer.issues.filter((i) => i.special).length;
    const summary =
      answer.total === 0
        ? `The archive has no issue from ${year}.`
        : `${year}: ${count(answer.total, 'issue')}${special > 0 ? `, ${special} of them special` : ''}`;
    // The heading says it on screen; the status region says it to screen readers when the year changes.
    this.status.textContent = summary;
    this.status.classList.add('visually-hidden');
    this.heading.textContent = summary;
    this.body.replaceChildren(
      this.heading,
      h(
        'ol',
        { class: 'issue-list', id: 'issue-list', 'aria-labelledby': 'year-heading' },
        ...answer.issues.map(issueItem),
      ),
      neighbours(answer.years, year),
    );
    document.title = year === '' ? 'All issues · TWiR Archive' : `Issues of ${year} · TWiR Archive`;
  }
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function issueItem(issue: IssueSummary): HTMLLIElement {
  const label = issue.number !== null ? `#${issue.number}` : 'Special';
  return h(
    'li',
    { class: `issue-row${issue.special ? ' is-special' : ''}` },
    h('span', { class: 'issue-number' }, label),
    h('span', { class: 'issue-title' }, internalLink(issuePath(issue.id), { class: 'issue-link' }, issue.title)),
    h(
      'span',
      { class: 'issue-meta' },
      h('time', { datetime: issue.date }, formatDate(issue.date)),
      ' · ',
      count(issue.entryCount, 'entry', 'entries'),
      ' · ',
      link(issue.siteUrl, {}, 'original'),
    ),
  );
}

/** Links to the years before and after, at the foot of a long list. */
function neighbours(years: CountByYear[], year: string): HTMLElement {
  const at = years.findIndex((y) => String(y.year) === year);
  const newer = at > 0 ? years[at - 1] : undefined;
  const older = at >= 0 ? years[at + 1] : undefined;
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Other years' },
    older !== undefined
      ? internalLink(issuesPath(String(older.year)), { rel: 'prev', class: 'button' }, `← ${older.year}`)
      : h('span'),
    newer !== undefined
      ? internalLink(issuesPath(String(newer.year)), { rel: 'next', class: 'button' }, `${newer.year} →`)
      : h('span'),
  );
}
