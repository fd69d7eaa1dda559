// DOM helpers. Archive text never goes through innerHTML: text is set with textContent, highlight
// fragments are split on <mark> by hand, and only http(s) URLs ever become an href.

type Attrs = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') el.className = String(value);
    else if (name === 'href') {
      throw new Error('use link() or internalLink() so that every href is checked');
    } else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** The URL if it is absolute http(s), else null: a `javascript:` or `data:` link must stay inert. */
export function safeHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** An external link; when the URL is not http(s) the text is shown without a link. */
export function link(url: string | null | undefined, attrs: Attrs, ...children: Child[]): HTMLElement {
  const href = safeHref(url);
  if (href === null) return h('span', { ...attrs, class: `${attrs.class ?? ''} unlinked`.trim() }, ...children);
  const a = h('a', attrs, ...children);
  a.href = href;
  a.rel = 'noopener noreferrer';
  return a;
}

/** A link to a page of this app (`/issues/42`); the router follows it without a page load. */
export function internalLink(path: string, attrs: Attrs, ...children: Child[]): HTMLAnchorElement {
  const a = resourceLink(path, { ...attrs, 'data-nav': true }, ...children);
  return a;
}

/** A link to a same-origin resource the browser loads itself (the Atom feed). */
export function resourceLink(path: string, attrs: Attrs, ...children: Child[]): HTMLAnchorElement {
  if (!path.startsWith('/') || path.startsWith('//')) throw new Error(`not an app path: ${path}`);
  const a = h('a', attrs, ...children);
  a.setAttribute('href', path);
  return a;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities an HTML-escaping server emits; unknown ones are left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name.toLowerCase()] ?? whole;
  });
}

/**
 * Nodes for a highlight fragment from the API: HTML-escaped text with `<mark>` around matched terms.
 * Only `<mark>`/`</mark>` are recognised; anything else that looks like markup stays literal text.
 */
export function highlightNodes(fragment: string): Node[] {
  const nodes: Node[] = [];
  let mark: HTMLElement | null = null;
  for (const part of fragment.split(/(<\/?mark>)/i)) {
    const lower = part.toLowerCase();
    if (lower === '<mark>') {
      mark = mark ?? document.createElement('mark');
    } else if (lower === '</mark>') {
      if (mark !== null) nodes.push(mark);
      mark = null;
    } else if (part !== '') {
      const text = document.createTextNode(decodeEntities(part));
      if (mark !== null) mark.appendChild(text);
      else nodes.push(text);
    }
  }
  if (mark !== null) nodes.push(mark);
  return nodes;
}

export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function clear(el: Element): void {
  el.replaceChildren();
}

const CATEGORY_LABELS: Record<string, string> = {
  community: 'Community',
  'community/official': 'Official',
  'community/foundation': 'Foundation',
  'community/newsletters': 'Newsletters',
  'community/project-updates': 'Project/Tooling Updates',
  'community/observations': 'Observations/Thoughts',
  'community/walkthroughs': 'Rust Walkthroughs',
  'community/research': 'Research',
  'community/miscellaneous': 'Miscellaneous',
  'crate-of-the-week': 'Crate of the Week',
  'call-for-participation': 'Call for Participation',
  'call-for-participation/testing': 'Calls for Testing',
  'call-for-participation/speakers': 'Event CFPs',
  'project-updates': 'Updates from the Rust Project',
  'project-updates/performance': 'Compiler Performance Triage',
  rfcs: 'RFCs',
  'rfcs/approved': 'Approved RFCs',
  'rfcs/final-comment-period': 'Final Comment Period',
  'rfcs/new': 'New and Updated RFCs',
  events: 'Upcoming Events',
  jobs: 'Jobs',
  'quote-of-the-week': 'Quote of the Week',
  other: 'Other',
};

/** A reader-facing label for a facet value (category paths get their heading names). */
export function facetLabel(dimension: string, value: string): string {
  if (dimension === 'category') return CATEGORY_LABELS[value] ?? value;
  if (dimension === 'kind') return value.replace(/-/g, ' ');
  return value;
}

export const DIMENSION_LABELS: Record<string, string> = {
  category: 'Category',
  kind: 'Kind',
  year: 'Year',
  domain: 'Site',
  tag: 'Tag',
};
