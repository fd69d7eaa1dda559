// One issue: its entries by section, previous/next issue and the link to the original.
import { type Api, ApiError, type IssueNeighbour, type IssueResponse, isAbort, type Person } from '../api';
import { formatDate, h, internalLink, link } from '../dom';
import type { Page, PageFactory } from '../router';

export function issuePage(api: Api): PageFactory {
  return (main, url) => new IssuePage(api, main, url);
}

function people(prefix: string, list: (Person | null)[]): HTMLElement | null {
  const named = list.filter((p): p is Person => p !== null);
  if (named.length === 0) return null;
  const line = h('p', { class: 'suggested' }, prefix);
  named.forEach((person, i) => {
    if (i > 0) line.append(', ');
    line.append(link(person.url, {}, person.name));
  });
  return line;
}

/** The issue's Crate of the Week and quotes, shown above the sections as the newsletter does at its end. */
function highlights(issue: IssueResponse): HTMLElement[] {
  const boxes: HTMLElement[] = [];
  const week = issue.crateOfTheWeek;
  if (week && week.crates.length > 0) {
    boxes.push(h('aside', { class: 'notice issue-cotw', 'aria-label': 'Crate of the Week' },
      h('h2', {}, 'Crate of the Week'),
      ...week.crates.map((crate) => h('p', {}, link(crate.url, { class: 'crate-name' }, crate.name),
        crate.description ? ` ${crate.description}` : '')),
      people('Suggested by ', week.suggestedBy)));
  }
  for (const quote of issue.quotes ?? []) {
    boxes.push(h('figure', { class: 'notice issue-quote' },
      h('h2', {}, 'Quote of the Week'),
      h('blockquote', {}, quote.text),
      quote.author ? h('figcaption', {}, '– ', link(quote.sourceUrl ?? quote.author.url, {}, quote.author.name)) : null,
      people('Suggested by ', [quote.suggestedBy])));
  }
  return boxes;
}

function numberOf(url: URL): number {
  return Number.parseInt(url.pathname.split('/')[2] ?? '', 10);
}

function neighbour(value: IssueNeighbour | number | null | undefined): number | null {
  if (typeof value === 'number') return value;
  return value?.number ?? null;
}

class IssuePage implements Page {
  private readonly controller = new AbortController();

  constructor(api: Api, private readonly main: HTMLElement, url: URL) {
    const number = numberOf(url);
    document.title = `Issue ${number} · TWiR Archive`;
    main.append(h('h1', {}, `Issue ${number}`), h('p', { class: 'status', role: 'status' }, 'Loading…'));
    api.issue(number, this.controller.signal).then(
      (issue) => this.render(issue),
      (error: unknown) => {
        if (isAbort(error)) return;
        const message = error instanceof ApiError ? error.message : 'Something unexpected went wrong.';
        const notFound = error instanceof ApiError && error.status === 404;
        this.main.replaceChildren(
          h('h1', {}, notFound ? `There is no issue ${number}` : `Issue ${number} could not be loaded`),
          h('div', { class: 'notice error', role: 'alert' }, h('p', {}, message),
            h('p', {}, 'Search the archive instead: ', internalLink('/', {}, 'back to search'), '.')),
        );
      },
    );
  }

  update(): void {
    // Same path means the same issue; nothing to redraw.
  }

  destroy(): void {
    this.controller.abort();
  }

  private render(issue: IssueResponse): void {
    document.title = `${issue.title} · TWiR Archive`;
    // Without neighbours in the answer, issues are numbered consecutively; a gap shows the 404 notice.
    const number = issue.number;
    const previous = issue.previous !== undefined ? neighbour(issue.previous) : number !== null && number > 1 ? number - 1 : null;
    const next = issue.next !== undefined ? neighbour(issue.next) : number !== null ? number + 1 : null;
    const nav = h('nav', { class: 'issue-nav', 'aria-label': 'Other issues' },
      previous !== null ? internalLink(`/issues/${previous}`, { rel: 'prev', class: 'button' }, `← Issue ${previous}`) : h('span'),
      link(issue.siteUrl, { class: 'button' }, 'Original on this-week-in-rust.org'),
      next !== null ? internalLink(`/issues/${next}`, { rel: 'next', class: 'button' }, `Issue ${next} →`) : h('span'));
    const sections = issue.sections
      .filter((s) => s.entries.length > 0)
      .map((section, i) => h('section', { class: 'issue-section', 'aria-labelledby': `section-${i}` },
        h('h2', { id: `section-${i}` }, section.path || 'Other'),
        h('ul', { class: 'entries' }, ...section.entries.map((entry) => h('li', { class: 'entry' },
          link(entry.url, { class: 'entry-link' }, entry.title),
          (entry.tags ?? []).length > 0 ? h('span', { class: 'tags-inline' }, ...(entry.tags ?? []).map((t) => h('span', { class: 'badge' }, t))) : null,
          entry.description ? h('span', { class: 'entry-desc' }, ` ${entry.description}`) : null)))));
    this.main.replaceChildren(
      h('h1', {}, issue.title),
      h('p', { class: 'lede' }, h('time', { datetime: issue.date }, formatDate(issue.date))),
      nav,
      ...highlights(issue),
      ...(sections.length > 0 ? sections : [h('p', { class: 'notice' }, 'This issue has no linked entries.')]),
    );
  }
}
