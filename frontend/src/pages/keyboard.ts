// Arrow keys move through the results (from the search box into the list and back); Enter on a focused
// result follows its link, as any link does.

export function moveFocus(event: KeyboardEvent, input: HTMLInputElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  const links = [...document.querySelectorAll<HTMLElement>('#results a.hit-link')];
  if (links.length === 0) return;
  const target = event.target as HTMLElement | null;
  const at = target === null ? -1 : links.indexOf(target);
  if (target !== input && at < 0) return; // arrows keep their meaning in selects, date fields, the page
  event.preventDefault();
  let next: HTMLElement | null;
  if (target === input) next = event.key === 'ArrowDown' ? (links[0] ?? null) : null;
  else if (event.key === 'ArrowDown') next = links[Math.min(at + 1, links.length - 1)] ?? null;
  else next = at === 0 ? input : (links[at - 1] ?? null);
  if (next === null) return;
  for (const hit of document.querySelectorAll('#results .hit.is-active')) hit.classList.remove('is-active');
  next.closest('.hit')?.classList.add('is-active');
  next.focus();
  next.scrollIntoView({ block: 'nearest' });
}
