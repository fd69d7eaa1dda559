// Client-side routing over the History API: links marked data-nav and back/forward re-render in place.

export interface Page {
  /** The URL changed but still belongs to this page (back/forward, a pager link): show that state. */
  update(url: URL): void;
  destroy(): void;
}

export type PageFactory = (main: HTMLElement, url: URL) => Page;

interface Route {
  name: string;
  /** The main navigation's entry this page belongs under (`data-page`), when not its own name. */
  nav?: string;
  pattern: RegExp;
  load: () => Promise<PageFactory>;
}

export class Router {
  private current: { name: string; path: string; page: Page } | null = null;
  private generation = 0;

  constructor(
    private readonly main: HTMLElement,
    private readonly routes: Route[],
    private readonly notFound: PageFactory,
  ) {}

  start(): void {
    document.addEventListener('click', (event) => this.onClick(event));
    window.addEventListener('popstate', () => void this.route(false));
    void this.route(false);
  }

  /** Goes to an app URL, adding a history entry unless `replace`. */
  navigate(path: string, replace = false): void {
    const here = location.pathname + location.search;
    if (path !== here) {
      if (replace) history.replaceState(null, '', path);
      else history.pushState(null, '', path);
    }
    void this.route(true);
  }

  private onClick(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[data-nav]');
    if (!(anchor instanceof HTMLAnchorElement) || anchor.origin !== location.origin) return;
    event.preventDefault();
    this.navigate(anchor.pathname + anchor.search);
  }

  private async route(byLink: boolean): Promise<void> {
    const url = new URL(location.href);
    const match = this.routes.find((r) => r.pattern.test(url.pathname));
    const name = match?.name ?? 'not-found';
    markCurrentNav(match?.nav ?? name);
    if (this.current !== null && this.current.name === name && this.current.path === url.pathname) {
      this.current.page.update(url);
      return;
    }
    const generation = ++this.generation;
    const factory = match === undefined ? this.notFound : await match.load();
    if (generation !== this.generation) return; // a newer navigation won while the page's code loaded
    this.current?.page.destroy();
    this.main.replaceChildren();
    const page = factory(this.main, url);
    this.current = { name, path: url.pathname, page };
    if (byLink) {
      window.scrollTo(0, 0);
      // Tell assistive technology that the page changed: focus the new page's heading.
      const heading = this.main.querySelector<HTMLElement>('h1');
      if (heading !== null) {
        heading.tabIndex = -1;
        heading.focus({ preventScroll: true });
      }
    }
  }
}

function markCurrentNav(name: string): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('nav a[data-page]')) {
    if (a.dataset.page === name) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}
