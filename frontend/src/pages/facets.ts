// The facet sidebar (checkbox lists with counts) and the active-filter chips.
import type { FacetCount } from '../api';
import { DIMENSION_LABELS, facetLabel, h } from '../dom';
import { DIMENSIONS, type Dimension, type SearchState } from '../state';

const SHOWN = 8;

export interface FacetHandlers {
  toggle(dim: Dimension, value: string): void;
  clearRange(): void;
}

/** Facet values to show: the API's counts, plus selected values the current results no longer have. */
function valuesFor(dim: Dimension, counts: FacetCount[], selected: string[]): FacetCount[] {
  const values = [...counts];
  for (const value of selected) {
    if (!values.some((c) => c.value === value)) values.push({ value, count: 0 });
  }
  if (dim === 'year') values.sort((a, b) => b.value.localeCompare(a.value));
  return values;
}

export function facetPanel(
  state: SearchState,
  facets: Record<string, FacetCount[]>,
  expanded: Set<Dimension>,
  handlers: FacetHandlers,
): HTMLElement {
  const panel = h('div', { class: 'facet-groups' });
  for (const dim of DIMENSIONS) {
    const selected = state.filters[dim];
    const values = valuesFor(dim, facets[dim] ?? [], selected);
    if (values.length === 0) continue;
    const open = expanded.has(dim);
    const visible = open ? values : values.filter((v, i) => i < SHOWN || selected.includes(v.value));
    const list = h('ul', { class: 'facet-values' });
    for (const { value, count } of visible) {
      const box = h('input', { type: 'checkbox', 'data-dim': dim, 'data-value': value });
      box.checked = selected.includes(value);
      box.addEventListener('change', () => handlers.toggle(dim, value));
      list.append(
        h(
          'li',
          {},
          h(
            'label',
            {
              class: `facet-value${count === 0 && !box.checked ? ' is-zero' : ''}${dim === 'category' && value.includes('/') ? ' is-child' : ''}`,
              title: facetLabel(dim, value),
            },
            box,
            h('span', { class: 'facet-name' }, facetLabel(dim, value)),
            h('span', { class: 'facet-count', 'aria-label': `${count} entries` }, String(count)),
          ),
        ),
      );
    }
    const group = h(
      'fieldset',
      { class: 'facet', 'data-dim': dim },
      h('legend', {}, DIMENSION_LABELS[dim] ?? dim),
      list,
    );
    if (values.length > SHOWN) {
      const more = h(
        'button',
        { type: 'button', class: 'link-button', 'aria-expanded': String(open) },
        open ? 'Show fewer' : `Show all ${values.length}`,
      );
      more.addEventListener('click', () => {
        if (expanded.has(dim)) expanded.delete(dim);
        else expanded.add(dim);
        const replacement = facetPanel(state, facets, expanded, handlers);
        panel.replaceWith(replacement);
        replacement.querySelector<HTMLElement>(`fieldset[data-dim="${dim}"] .link-button`)?.focus();
      });
      group.append(more);
    }
    panel.append(group);
  }
  return panel;
}

export function chips(state: SearchState, handlers: FacetHandlers): HTMLElement | null {
  const items: HTMLElement[] = [];
  for (const dim of DIMENSIONS) {
    for (const value of state.filters[dim]) {
      const label = `${DIMENSION_LABELS[dim] ?? dim}: ${facetLabel(dim, value)}`;
      const chip = h(
        'button',
        { type: 'button', class: 'chip', 'aria-label': `Remove filter ${label}` },
        label,
        h('span', { 'aria-hidden': 'true', class: 'chip-x' }, '×'),
      );
      chip.addEventListener('click', () => handlers.toggle(dim, value));
      items.push(h('li', {}, chip));
    }
  }
  if (state.from || state.to) {
    const label = `Dates: ${state.from || '…'} – ${state.to || '…'}`;
    const chip = h(
      'button',
      { type: 'button', class: 'chip', 'aria-label': `Remove filter ${label}` },
      label,
      h('span', { 'aria-hidden': 'true', class: 'chip-x' }, '×'),
    );
    chip.addEventListener('click', () => handlers.clearRange());
    items.push(h('li', {}, chip));
  }
  return items.length === 0 ? null : h('ul', { class: 'chips', 'aria-label': 'Active filters' }, ...items);
}
