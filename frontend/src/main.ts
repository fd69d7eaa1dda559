import './styles.css';
import { Api } from './api';
import { h } from './dom';
import { searchPage } from './pages/search';
import { CRATE_PATH, ISSUE_PATH } from './paths';
import { type PageFactory, Router } from './router';

const main = document.getElementById('main');
if (main === null) throw new Error('index.html has no <main id="main">');
const waitNotice = document.getElementById('wait-notice');
if (waitNotice === null) throw new Error('index.html has no #wait-notice');

// On a first start the data endpoints answer 503 until the index is built (and, briefly, when the server is
// overloaded), and the Api waits that out: the notice goes into a live region present since the page loaded, so
// that a screen reader reliably announces it, once. It names the likely cause without claiming it.
const WAITING =
  'The archive server is not ready yet (on a first start it is building its index). This page fills in by itself when it is.';
const api = new Api(undefined, '', (waiting) => {
  if (waiting) waitNotice.replaceChildren(h('p', { class: 'notice' }, WAITING));
  else waitNotice.replaceChildren();
});

const notFound: PageFactory = (root) => {
  document.title = 'Not found · TWiR Archive';
  root.append(
    h('h1', {}, 'Page not found'),
    h('p', {}, 'There is no page at this address. Use the search above, or open an issue by its number.'),
  );
  return { update: () => undefined, destroy: () => undefined };
};

// The search page ships in the main bundle (it is the landing page); the others, and the chart
// library they use, load on first visit.
const router = new Router(
  main,
  [
    { name: 'search', pattern: /^\/$/, load: async () => searchPage(api) },
    {
      name: 'issue',
      nav: 'issues',
      pattern: ISSUE_PATH,
      load: async () => (await import('./pages/issue')).issuePage(api),
    },
    { name: 'issues', pattern: /^\/issues\/?$/, load: async () => (await import('./pages/issues')).issuesPage(api) },
    { name: 'crates', pattern: /^\/crates\/?$/, load: async () => (await import('./pages/crates')).cratesPage(api) },
    {
      name: 'crate',
      nav: 'crates',
      pattern: CRATE_PATH,
      load: async () => (await import('./pages/crate')).cratePage(api),
    },
    { name: 'quotes', pattern: /^\/quotes\/?$/, load: async () => (await import('./pages/quotes')).quotesPage(api) },
    { name: 'trends', pattern: /^\/trends\/?$/, load: async () => (await import('./pages/trends')).trendsPage(api) },
    { name: 'check', pattern: /^\/check\/?$/, load: async () => (await import('./pages/check')).checkPage(api) },
  ],
  notFound,
);
router.start();

// "/" focuses the page's search box (anywhere but inside a text field), as on GitHub or MDN.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement | null;
  if (target !== null && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  event.preventDefault();
  const box = document.querySelector<HTMLInputElement>('input[data-search]');
  if (box !== null) {
    box.focus();
    box.select();
  } else {
    router.navigate('/');
  }
});
