// One issue: its entries by section, previous/next issue and the link to the original.
import { type Api, ApiError, type IssueResponse, isAbort, type Person } from '../api';
import { formatDate, h, internalLink, link } from '../dom';
import { issueIdOf, issueLabel, issuePath } from '../paths';
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
    boxes.push(
      h(
        'aside',
        { class: 'notice issue-cotw', 'aria-label': 'Crate of the Week' },
        h('h2', {}, 'Crate of the Week'),
        ...week.crates.map((crate) =>
          h(
            'p',
            {},
            link(crate.url, { class: 'crate-name' }, crate.name),
            crate.description ? ` ${crate.description}` : '',
          ),
        ),
        people('Suggested by ', week.suggestedBy),
      ),
    );
  }
  for (const quote of issue.quotes) {
    boxes.push(
      h(
        'figure',
        { class: 'notice issue-quote' },
        h('h2', {}, 'Quote of the Week'),
        h('blockquote', {}, quote.text),
        quote.author
          ? h('figcaption', {}, '– ', link(quote.sourceUrl ?? quote.author.url, {}, quote.author.name))
          : null,
        people('Suggested by ', [quote.suggestedBy]),
      ),
    );
  }
  return boxes;
}

class IssuePage implements Page {
  private readonly controller = new AbortController();

  constructor(
    api: Api,
    private readonly main: HTMLElement,
    url: URL,
  ) {
    const id = issueIdOf(url.pathname) ?? '';
    const label = issueLabel(id);
    document.title = `${label} · TWiR Archive`;
    main.append(h('h1', {}, label), h('p', { class: 'status', role: 'status' }, 'Loading…'));
    api.issue(id, this.controller.signal).then(
      (issue) => this.render(issue),
      (error: unknown) => {
        if (isAbort(error)) return;
        const message = error instanceof ApiError ? error.message : 'Something unexpected went wrong.';
        const notFound = error instanceof ApiError && error.status === 404;
        this.main.replaceChildren(
          h('h1', {}, notFound ? `There is no issue ${id}` : `${label} could not be loaded`),
          h(
            'div',
            { class: 'notice error', role: 'alert' },
            h('p', {}, message),
            h('p', {}, 'Search the archive instead: ', internalLink('/', {}, 'back to search'), '.'),
          ),
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
    // Linked by id, so that special issues are stepped through too.
    const previous = issue.previousId;
    const next = issue.nextId;
    const nav = h(
      'nav',
      { class: 'issue-nav', 'aria-label': 'Other issues' },
      previous !== null
        ? internalLink(issuePath(previous), { rel: 'prev', class: 'button' }, `← ${issueLabel(previous)}`)
        : h('span'),
      link(issue.siteUrl, { class: 'button' }, 'Original on this-week-in-rust.org'),
      next !== null
        ? internalLink(issuePath(next), { rel: 'next', class: 'button' }, `${issueLabel(next)} →`)
        : h('span'),
    );
    const sections = issue.sections
      .filter((s) => s.entries.length > 0)
      .map((section, i) =>
        h(
          'section',
          { class: 'issue-section', 'aria-labelledby': `section-${i}` },
          h('h2', { id: `section-${i}` }, section.path || 'Other'),
          h(
            'ul',
            { class: 'entries' },
            ...section.entries.map((entry) =>
              h(
                'li',
                { class: 'entry' },
                link(entry.url, { class: 'entry-link' }, entry.title),
                entry.tags.length > 0
                  ? h('span', { class: 'tags-inline' }, ...entry.tags.map((t) => h('span', { class: 'badge' }, t)))
                  : null,
                entry.description ? h('span', { class: 'entry-desc' }, ` ${entry.description}`) : null,
              ),
            ),
          ),
        ),
      );
    this.main.replaceChildren(
      h('h1', {}, issue.title),
      h('p', { class: 'lede' }, h('time', { datetime: issue.date }, formatDate(issue.date))),
      nav,
      ...highlights(issue),
      ...(sections.length > 0 ? sections : [h('p', { class: 'notice' }, 'This issue has no linked entries.')]),
    );
  }
}
