// Pieces the browsing pages share: people lines, year navigation, a pager, and the load-error notice.
import { ApiError, type CountByYear, type Person } from '../api';
import { h, internalLink, link } from '../dom';

/** "Suggested by Ada, Bo" with each person linked when the archive gives a safe link; null for nobody. */
export function people(prefix: string, list: (Person | null)[]): HTMLElement | null {
  const named = list.filter((p): p is Person => p !== null);
  if (named.length === 0) return null;
  const line = h('p', { class: 'suggested' }, prefix);
  named.forEach((person, i) => {
    if (i > 0) line.append(', ');
    line.append(link(person.url, {}, person.name));
  });
  return line;
}

/** Links to each year (newest first) with its count of `noun`; the shown year is marked as the current one. */
export function yearNav(
  label: string,
  noun: string,
  years: CountByYear[],
  current: string,
  pathFor: (year: string) => string,
): HTMLElement {
  const items = years.map(({ year, count }) => {
    const a = internalLink(
      pathFor(String(year)),
      { class: 'year-link' },
      String(year),
      h('span', { class: 'year-count' }, String(count)),
      h('span', { class: 'visually-hidden' }, ` ${noun}`),
    );
    if (String(year) === current) a.setAttribute('aria-current', 'page');
    return h('li', {}, a);
  });
  return h('nav', { class: 'year-nav', 'aria-label': label }, h('ul', {}, ...items));
}

/** Previous/next links around "Page 2 of 7"; null when everything fits on one page. */
export function pagerNav(
  label: string,
  page: number,
  pages: number,
  pathFor: (page: number) => string,
): HTMLElement | null {
  if (pages <= 1) return null;
  return h(
    'nav',
    { class: 'pager', 'aria-label': label },
    page > 0 ? internalLink(pathFor(page - 1), { rel: 'prev', class: 'button' }, '← Previous') : h('span'),
    h('span', { class: 'pager-at' }, `Page ${page + 1} of ${pages}`),
    page + 1 < pages ? internalLink(pathFor(page + 1), { rel: 'next', class: 'button' }, 'Next →') : h('span'),
  );
}

/** The notice for a failed load, with the API's own explanation. */
export function loadError(what: string, error: unknown): HTMLElement {
  const message = error instanceof ApiError ? error.message : 'Something unexpected went wrong.';
  return h(
    'div',
    { class: 'notice error', role: 'alert' },
    h('h2', {}, `${what} could not be loaded`),
    h('p', {}, message),
    h('p', {}, 'Reload the page to try again, or ', internalLink('/', {}, 'search the archive'), '.'),
  );
}

/** The host a link goes to (crates.io, github.com), as the text of that link. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return 'link';
  }
}
