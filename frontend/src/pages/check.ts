// The editors' duplicate check: paste a draft or choose a file, then read the draft with each finding at its
// line. The answer is POST /api/duplicates's JSON, the same the CLI's --format json prints.
import { type Api, ApiError, type DuplicateFinding, isAbort, type PreviousListing } from '../api';
import { formatDate, h, internalLink, link } from '../dom';
import type { Page, PageFactory } from '../router';

/** The draft survives a reload of the tab (sessionStorage: this tab only, gone when it closes). */
const STORED = 'twir:check-draft';

/** A finding's severity in words: colour is never the only signal. */
function severity(f: DuplicateFinding): 'Error' | 'Warning' {
  return f.kind === 'possible-duplicate' ? 'Warning' : 'Error';
}

const KIND_WORDS: Record<DuplicateFinding['kind'], string> = {
  duplicate: 'duplicate',
  'repeated-in-draft': 'repeated in the draft',
  'possible-duplicate': 'possible duplicate',
};

export function checkPage(api: Api): PageFactory {
  return (main) => new CheckPage(api, main);
}

class CheckPage implements Page {
  private controller: AbortController | null = null;
  private readonly draft: HTMLTextAreaElement;
  private readonly file: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly summary: HTMLElement;
  private readonly view: HTMLElement;
  private fileName = 'draft.md';

  constructor(
    private readonly api: Api,
    main: HTMLElement,
  ) {
    document.title = 'Check a draft · TWiR Archive';
    this.draft = h('textarea', {
      id: 'draft',
      rows: 14,
      spellcheck: 'false',
      'aria-describedby': 'draft-hint',
      placeholder: 'Title: This Week in Rust 654\nNumber: 654\nDate: 2026-06-03\n\n## Updates from Rust Community\n…',
    });
    this.file = h('input', { id: 'draft-file', type: 'file', accept: '.md,.markdown,text/markdown,text/plain' });
    this.status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    this.summary = h('section', { class: 'check-summary', 'aria-labelledby': 'summary-heading', hidden: true });
    this.view = h('section', { class: 'check-draft', 'aria-labelledby': 'draft-heading', hidden: true });
    const form = h(
      'form',
      { class: 'check-form', 'aria-label': 'Draft to check' },
      h('label', { for: 'draft' }, 'Draft issue (TWiR markdown, with its Title, Number and Date header)'),
      this.draft,
      h(
        'p',
        { id: 'draft-hint', class: 'hint' },
        'Compared with every issue published before the draft’s date. Press Ctrl+Enter to check.',
      ),
      h(
        'div',
        { class: 'check-actions' },
        h('label', { for: 'draft-file' }, 'Or choose a file ', this.file),
        h('button', { type: 'submit', class: 'button primary' }, 'Check draft'),
      ),
    );
    main.append(
      h('h1', {}, 'Check a draft for duplicates'),
      h(
        'p',
        { class: 'lede' },
        'Finds links featured in earlier issues, links and events listed twice in the draft, events already past, ' +
          'a performance triage or a quote credit copied from an earlier issue, and re-listed calls for proposals.',
      ),
      form,
      this.status,
      this.summary,
      this.view,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.check();
    });
    this.draft.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.check();
      }
    });
    this.file.addEventListener('change', () => void this.load());
    const stored = readStored();
    if (stored !== null) {
      this.draft.value = stored.markdown;
      this.fileName = stored.name;
      void this.check();
    }
  }

  update(): void {
    // The page keeps no state in its URL.
  }

  destroy(): void {
    this.controller?.abort();
  }

  private async load(): Promise<void> {
    const chosen = this.file.files?.[0];
    if (chosen === undefined) return;
    this.fileName = chosen.name;
    this.draft.value = await chosen.text();
    await this.check();
  }

  private async check(): Promise<void> {
    const markdown = this.draft.value;
    if (markdown.trim() === '') {
      this.status.textContent = 'Paste a draft or choose a file first.';
      this.draft.focus();
      return;
    }
    writeStored(markdown, this.fileName);
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status.textContent = 'Checking the draft against the archive…';
    try {
      const report = await this.api.checkDraft(markdown, this.fileName, controller.signal);
      if (controller.signal.aborted) return;
      this.render(markdown, report.findings);
    } catch (error) {
      if (isAbort(error)) return;
      this.summary.hidden = true;
      this.view.hidden = true;
      this.status.textContent = error instanceof ApiError ? error.message : 'The check failed. Try again.';
    }
  }

  private render(markdown: string, findings: DuplicateFinding[]): void {
    const errors = findings.filter((f) => severity(f) === 'Error').length;
    const warnings = findings.length - errors;
    this.status.textContent =
      findings.length === 0
        ? 'No duplicates found: nothing in the draft was featured before or is listed twice.'
        : `${plural(errors, 'error')} and ${plural(warnings, 'warning')} found.`;
    this.renderSummary(findings);
    this.renderDraft(markdown, findings);
  }

  private renderSummary(findings: DuplicateFinding[]): void {
    this.summary.replaceChildren();
    if (findings.length === 0) {
      this.summary.hidden = true;
      return;
    }
    const list = h('ol', { class: 'finding-index' });
    findings.forEach((f, i) => {
      const target = `#finding-${i + 1}`;
      const a = h('a', { class: 'finding-jump' }, `Line ${f.line ?? '?'}: `, f.why ?? f.rule);
      a.setAttribute('href', target);
      list.append(h('li', { class: `finding-item is-${severity(f).toLowerCase()}` }, badge(f), ' ', a));
    });
    this.summary.append(h('h2', { id: 'summary-heading' }, 'Summary'), list);
    this.summary.hidden = false;
  }

  private renderDraft(markdown: string, findings: DuplicateFinding[]): void {
    const byLine = new Map<number, DuplicateFinding[]>();
    const numbered = findings.map((f, i) => ({ f, id: `finding-${i + 1}` }));
    for (const { f } of numbered) {
      const line = f.line ?? 0;
      byLine.set(line, [...(byLine.get(line) ?? []), f]);
    }
    const lines = markdown.split(/\r?\n/);
    const list = h('ol', { class: 'draft-lines' });
    lines.forEach((text, index) => {
      const number = index + 1;
      const here = numbered.filter(({ f }) => (f.line ?? 0) === number);
      const item = h(
        'li',
        { class: here.length === 0 ? 'draft-line' : `draft-line has-${worst(here.map((x) => x.f))}`, value: number },
        h('code', {}, text === '' ? ' ' : text),
      );
      for (const { f, id } of here) item.append(findingCard(f, id));
      list.append(item);
    });
    // Findings without a line (none today for a draft) still get shown, above the draft.
    const unplaced = numbered.filter(({ f }) => f.line === null || f.line < 1 || f.line > lines.length);
    this.view.replaceChildren(
      h('h2', { id: 'draft-heading' }, 'The draft, with findings at their lines'),
      ...unplaced.map(({ f, id }) => findingCard(f, id)),
      list,
    );
    this.view.hidden = false;
  }
}

function readStored(): { markdown: string; name: string } | null {
  try {
    const raw = sessionStorage.getItem(STORED);
    if (raw === null) return null;
    const parsed = JSON.parse(raw) as { markdown?: unknown; name?: unknown };
    return typeof parsed.markdown === 'string' && typeof parsed.name === 'string'
      ? { markdown: parsed.markdown, name: parsed.name }
      : null;
  } catch {
    return null; // storage disabled or a value from an older version: start empty
  }
}

function writeStored(markdown: string, name: string): void {
  try {
    sessionStorage.setItem(STORED, JSON.stringify({ markdown, name }));
  } catch {
    // Storage full or disabled: the check still runs, only a reload loses the draft.
  }
}

function worst(findings: DuplicateFinding[]): 'error' | 'warning' {
  return findings.some((f) => severity(f) === 'Error') ? 'error' : 'warning';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function badge(f: DuplicateFinding): HTMLElement {
  return h('span', { class: `badge severity is-${severity(f).toLowerCase()}` }, severity(f));
}

function findingCard(f: DuplicateFinding, id: string): HTMLElement {
  const card = h(
    'div',
    {
      class: `finding is-${severity(f).toLowerCase()}`,
      id,
      role: 'note',
      'aria-label': `${severity(f)} at line ${f.line ?? '?'}`,
    },
    h(
      'p',
      { class: 'finding-head' },
      badge(f),
      ' ',
      h('strong', {}, f.why ?? f.rule),
      h('span', { class: 'finding-kind' }, ` (${KIND_WORDS[f.kind]})`),
    ),
    h('p', { class: 'finding-url' }, link(f.url, {}, f.url)),
  );
  if (f.lines !== undefined && f.lines !== null && f.lines.length > 1) {
    card.append(h('p', { class: 'finding-note' }, `Lines ${f.lines.join(', ')} of the draft.`));
  }
  if (f.note !== undefined && f.note !== null) card.append(h('p', { class: 'finding-note' }, f.note));
  if (f.previous.length > 0) {
    const earlier = h('ul', { class: 'finding-previous', 'aria-label': 'Earlier issues' });
    for (const p of f.previous.slice(0, 5)) earlier.append(h('li', {}, previousLink(p)));
    if (f.previous.length > 5) earlier.append(h('li', {}, `and ${f.previous.length - 5} more`));
    card.append(earlier);
  }
  return card;
}

function previousLink(p: PreviousListing): HTMLElement {
  const label = `${p.issue === null ? 'A special issue' : `Issue #${p.issue}`}, ${formatDate(p.date)}`;
  const where = p.section === '' ? '' : `, ${p.section}`;
  return h(
    'span',
    {},
    p.issue === null ? link(p.issueUrl, {}, label) : internalLink(`/issues/${p.issue}`, {}, label),
    `${where}: `,
    link(p.url, {}, p.title === '' ? p.url : p.title),
  );
}
