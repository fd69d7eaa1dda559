// Rendering of search hits, the pager and the empty/error states. Pure DOM building, no state.
import type { SearchHit, SearchResponse } from '../api';
import { facetLabel, formatDate, h, highlightNodes, internalLink, link } from '../dom';
import { issueLabel, issuePath } from '../paths';
import { cloneState, hasFilters, PAGE_SIZE, type SearchState, stateToQuery } from '../state';

export function searchPath(state: SearchState): string {
  const qs = stateToQuery(state);
  return qs === '' ? '/' : `/?${qs}`;
}

function fragment(highlighted: string, plain: string): Node[] {
  return highlighted ? highlightNodes(highlighted) : [document.createTextNode(plain)];
}

export function hitItem(hit: SearchHit, index: number): HTMLLIElement {
  const title = link(hit.url, { class: 'hit-link', 'data-index': index }, ...fragment(hit.highlight.title, hit.title));
  const meta = h('p', { class: 'hit-meta' });
  // A special issue has no number; its id still opens its page here.
  meta.append(internalLink(issuePath(hit.issueId), { class: 'hit-issue' }, issueLabel(hit.issueId)), ' · ');
  meta.append(h('time', { datetime: hit.date }, formatDate(hit.date)), ' · ');
  meta.append(link(hit.issueUrl, { class: 'hit-original' }, 'original'));
  if (hit.category) meta.append(' · ', h('span', { class: 'hit-category' }, facetLabel('category', hit.category)));
  if (hit.domain) meta.append(' · ', h('span', { class: 'hit-domain' }, hit.domain));
  const description = hit.highlight.description || hit.description;
  const tags =
    hit.tags.length === 0
      ? null
      : h('ul', { class: 'tags', 'aria-label': 'Tags' }, ...hit.tags.map((t) => h('li', { class: 'badge' }, t)));
  return h(
    'li',
    { class: 'hit' },
    h('h2', { class: 'hit-title' }, title),
    meta,
    description ? h('p', { class: 'hit-desc' }, ...fragment(hit.highlight.description, hit.description)) : null,
    tags,
  );
}

export function resultList(response: SearchResponse): HTMLOListElement {
  const list = h('ol', {
    class: 'results',
    id: 'results',
    'aria-label': 'Search results',
    start: response.page * response.size + 1,
  });
  list.append(...response.hits.map(hitItem));
  return list;
}

export function pager(state: SearchState, response: SearchResponse): HTMLElement | null {
  const pages = Math.ceil(response.total / (response.size || PAGE_SIZE));
  if (pages <= 1) return null;
  const at = (page: number): string => searchPath({ ...cloneState(state), page });
  const nav = h('nav', { class: 'pager', 'aria-label': 'Result pages' });
  nav.append(
    state.page > 0 ? internalLink(at(state.page - 1), { rel: 'prev', class: 'button' }, '← Previous') : h('span'),
    h('span', { class: 'pager-at' }, `Page ${state.page + 1} of ${pages}`),
    state.page + 1 < pages ? internalLink(at(state.page + 1), { rel: 'next', class: 'button' }, 'Next →') : h('span'),
  );
  return nav;
}

export function didYouMean(state: SearchState, suggestion: string | null): HTMLElement | null {
  if (!suggestion || suggestion.trim().toLowerCase() === state.q.trim().toLowerCase()) return null;
  const next = { ...cloneState(state), q: suggestion, page: 0 };
  return h(
    'p',
    { class: 'did-you-mean' },
    'Did you mean ',
    internalLink(searchPath(next), { class: 'suggestion' }, suggestion),
    '?',
  );
}

export function emptyState(state: SearchState): HTMLElement {
  const tips = h('ul');
  if (state.q.trim() !== '') tips.append(h('li', {}, 'Check the spelling, or use fewer or more general words.'));
  if (hasFilters(state)) {
    const cleared = { ...cloneState(state), page: 0, from: '', to: '' };
    for (const dim of Object.keys(cleared.filters) as (keyof typeof cleared.filters)[]) cleared.filters[dim] = [];
    tips.append(
      h(
        'li',
        {},
        'Remove a filter above, or ',
        internalLink(searchPath(cleared), {}, 'search without any filters'),
        '.',
      ),
    );
  }
  tips.append(h('li', {}, 'Phrases need quotes ("error handling"); a minus excludes a word (tokio -async).'));
  tips.append(h('li', {}, 'Looking for a crate? Browse the ', internalLink('/crates', {}, 'Crates of the Week'), '.'));
  const what = state.q.trim() === '' ? 'No entries match these filters.' : `No entries match “${state.q.trim()}”.`;
  return h('div', { class: 'notice empty' }, h('h2', {}, what), tips);
}

export function errorState(message: string, retry: () => void): HTMLElement {
  const button = h('button', { type: 'button', class: 'button' }, 'Try again');
  button.addEventListener('click', retry);
  return h(
    'div',
    { class: 'notice error', role: 'alert' },
    h('h2', {}, 'The search did not work'),
    h('p', {}, message),
    h('p', {}, 'Change the query (unbalanced quotes or a lone operator are common causes), or try again: '),
    button,
  );
}
