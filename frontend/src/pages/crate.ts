// One crate: every week it was Crate of the Week (with its suggesters), and the archive's other entries that
// link to it or name it. The path (/crates/async-trait) is the permalink.
import { type Api, ApiError, type CotwWeek, type CrateDetail, isAbort, type Mention } from '../api';
import { facetLabel, formatDate, h, internalLink, link } from '../dom';
import { crateIdOf, issueLabel, issuePath } from '../paths';
import type { Page, PageFactory } from '../router';
import { loadError, people, siteOf } from './common';

export function cratePage(api: Api): PageFactory {
  return (main, url) => new CratePage(api, main, url);
}

class CratePage implements Page {
  private readonly controller = new AbortController();

  constructor(
    api: Api,
    private readonly main: HTMLElement,
    url: URL,
  ) {
    const id = crateIdOf(url.pathname) ?? '';
    document.title = `${id} · Crates of the Week · TWiR Archive`;
    main.append(h('h1', {}, id), h('p', { class: 'status', role: 'status' }, 'Loading…'));
    api.crate(id, this.controller.signal).then(
      (crate) => this.render(crate),
      (error: unknown) => {
        if (isAbort(error)) return;
        if (error instanceof ApiError && error.status === 404) {
          this.main.replaceChildren(
            h('h1', {}, `${id} was never Crate of the Week`),
            h(
              'div',
              { class: 'notice' },
              h('p', {}, error.message),
              h(
                'p',
                {},
                'Browse ',
                internalLink('/crates', {}, 'every Crate of the Week'),
                ', or ',
                internalLink(`/?q=${encodeURIComponent(id)}`, {}, `search the archive for ${id}`),
                '.',
              ),
            ),
          );
        } else {
          this.main.replaceChildren(h('h1', {}, id), loadError('This crate', error));
        }
      },
    );
  }

  update(): void {
    // Same path, same crate: nothing to redraw.
  }

  destroy(): void {
    this.controller.abort();
  }

  private render(crate: CrateDetail): void {
    document.title = `${crate.name} · Crates of the Week · TWiR Archive`;
    const { linking, naming, entries } = crate.mentions;
    const times = crate.timesFeatured === 1 ? 'once' : `${crate.timesFeatured} times`;
    const sites = [
      ...new Set(crate.weeks.flatMap((w) => w.crates.filter((c) => same(c.id, crate.id)).map((c) => c.url))),
    ];
    this.main.replaceChildren(
      h('p', { class: 'breadcrumb' }, internalLink('/crates', {}, 'Crates of the Week'), ' ›'),
      h('h1', {}, crate.name),
      h(
        'p',
        { class: 'lede' },
        `Crate of the Week ${times}. `,
        ...sites.flatMap((url, i) => [i > 0 ? ', ' : '', link(url, { class: 'crate-site' }, siteOf(url))]),
      ),
      h(
        'section',
        { class: 'issue-section', 'aria-labelledby': 'weeks-heading' },
        h('h2', { id: 'weeks-heading' }, 'Weeks as Crate of the Week'),
        h('ol', { class: 'weeks', id: 'crate-weeks' }, ...crate.weeks.map((week) => weekItem(week, crate.id))),
      ),
      h(
        'section',
        { class: 'issue-section', 'aria-labelledby': 'mentions-heading' },
        h('h2', { id: 'mentions-heading' }, 'Elsewhere in the archive'),
        h('p', { class: 'status', id: 'mentions-status' }, mentionSummary(linking, naming, entries.length)),
        entries.length === 0 ? null : h('ol', { class: 'mentions', id: 'mentions' }, ...entries.map(mentionItem)),
        h('p', {}, internalLink(`/?q=${encodeURIComponent(crate.name)}`, {}, `Search the archive for “${crate.name}”`)),
      ),
    );
  }
}

/** Crate ids compare as the server does: case, '-' and '_' do not matter. */
function same(a: string, b: string): boolean {
  const fold = (s: string): string => s.toLowerCase().replace(/[-_]/g, '');
  return fold(a) === fold(b);
}

function mentionSummary(linking: number, naming: number, shown: number): string {
  if (linking + naming === 0) return 'No other entry links to this crate or names it.';
  const parts = [];
  if (linking > 0) parts.push(`${linking} ${linking === 1 ? 'entry links' : 'entries link'} to it`);
  if (naming > 0) parts.push(`${naming} more ${naming === 1 ? 'names' : 'name'} it`);
  const total = linking + naming;
  return `${parts.join(', ')}.${shown < total ? ` The ${shown} listed first: those linking, then the rest, newest first.` : ''}`;
}

function weekItem(week: CotwWeek, id: string): HTMLLIElement {
  const head = h('p', { class: 'week-head' }, h('time', { datetime: week.date }, formatDate(week.date)));
  head.append(
    ' · ',
    week.issue !== null
      ? internalLink(issuePath(week.issue), {}, issueLabel(week.issue))
      : h('span', {}, week.issueTitle ?? 'Special issue'),
  );
  head.append(' · ', link(week.issueUrl, {}, 'original'));
  const featured = week.crates.filter((c) => same(c.id, id));
  const others = week.crates.filter((c) => !same(c.id, id));
  return h(
    'li',
    { class: 'week' },
    head,
    ...featured.map((c) =>
      h(
        'p',
        { class: 'crate' },
        link(c.url, { class: 'crate-name' }, c.name),
        c.description ? h('span', { class: 'crate-desc' }, ` ${c.description}`) : null,
      ),
    ),
    others.length === 0
      ? null
      : h(
          'p',
          { class: 'suggested' },
          'Featured with ',
          ...others.flatMap((c, i) => [i > 0 ? ', ' : '', link(c.url, {}, c.name)]),
        ),
    people('Suggested by ', week.suggestedBy),
  );
}

function mentionItem(mention: Mention): HTMLLIElement {
  return h(
    'li',
    { class: 'hit mention' },
    h('h3', { class: 'hit-title' }, link(mention.url, { class: 'hit-link' }, mention.title)),
    h(
      'p',
      { class: 'hit-meta' },
      internalLink(
        issuePath(mention.issueId),
        {},
        mention.issue !== null ? issueLabel(mention.issue) : 'Special issue',
      ),
      ' · ',
      h('time', { datetime: mention.date }, formatDate(mention.date)),
      ' · ',
      facetLabel('category', mention.category),
      ' · ',
      h('span', { class: `badge via-${mention.via}` }, mention.via === 'link' ? 'links to it' : 'names it'),
    ),
    mention.description ? h('p', { class: 'hit-desc' }, mention.description) : null,
  );
}
