import './styles.css';
import { Api } from './api';
import { h } from './dom';
import { searchPage } from './pages/search';
import { ISSUE_PATH } from './paths';
import { type PageFactory, Router } from './router';

const api = new Api();
const main = document.getElementById('main');
if (main === null) throw new Error('index.html has no <main id="main">');

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
    { name: 'issue', pattern: ISSUE_PATH, load: async () => (await import('./pages/issue')).issuePage(api) },
    { name: 'crates', pattern: /^\/crates\/?$/, load: async () => (await import('./pages/crates')).cratesPage(api) },
    { name: 'trends', pattern: /^\/trends\/?$/, load: async () => (await import('./pages/trends')).trendsPage(api) },
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
