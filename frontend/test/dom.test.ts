// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { decodeEntities, highlightNodes, link, safeHref } from '../src/dom';

function html(nodes: Node[]): string {
  const box = document.createElement('div');
  box.append(...nodes);
  return box.innerHTML;
}

describe('safe rendering', () => {
  it('keeps http and https links', () => {
    expect(safeHref('https://example.org/a?b=c')).toBe('https://example.org/a?b=c');
    expect(safeHref('http://example.org/')).toBe('http://example.org/');
  });

  it('refuses javascript:, data: and relative URLs', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('/relative')).toBeNull();
  });

  it('renders a javascript: link as plain text', () => {
    const el = link('javascript:alert(1)', {}, 'click me');
    expect(el.tagName).toBe('SPAN');
    expect(el.hasAttribute('href')).toBe(false);
  });

  it('turns <mark> into mark elements and keeps escaped markup as text', () => {
    const nodes = highlightNodes('&lt;script&gt;alert(1)&lt;/script&gt; and <mark>tokio</mark> &amp; more');
    expect(html(nodes)).toBe('&lt;script&gt;alert(1)&lt;/script&gt; and <mark>tokio</mark> &amp; more');
  });

  it('never creates elements other than mark, whatever the fragment holds', () => {
    const nodes = highlightNodes('<img src=x onerror=alert(1)><mark><b>bold</b></mark>');
    const box = document.createElement('div');
    box.append(...nodes);
    expect([...box.querySelectorAll('*')].map((e) => e.tagName)).toEqual(['MARK']);
  });

  it('decodes numeric and named entities', () => {
    expect(decodeEntities('&#39;a&#x27; &quot;b&quot; &lt;T&gt; &unknown;')).toBe('\'a\' "b" <T> &unknown;');
  });
});
