// The app's issue permalinks: /issues/500 for a numbered issue, /issues/<slug> for a special one
// (the `id` the API gives every issue). Kept apart from main.ts so tests can import it without starting the app.

/** An issue page's path; the id is a number or a lower-case slug, both URL-safe as they are. */
export const ISSUE_PATH = /^\/issues\/([A-Za-z0-9][A-Za-z0-9-]{0,99})\/?$/;

/** The issue id in an issue page's path, or null when the path is not one. */
export function issueIdOf(pathname: string): string | null {
  return ISSUE_PATH.exec(pathname)?.[1] ?? null;
}

/** The path of the issue page for an id (or number). */
export function issuePath(id: string | number): string {
  return `/issues/${encodeURIComponent(String(id))}`;
}

/** Numbered issues are called by their number; a special issue's slug is no name for people. */
export function issueLabel(id: string | number): string {
  return /^\d+$/.test(String(id)) ? `Issue ${id}` : 'Special issue';
}

/** A crate page's path: the crate's id as Crate of the Week gives it (SpaRoutes serves the same pattern). */
export const CRATE_PATH = /^\/crates\/([A-Za-z0-9][A-Za-z0-9_.-]{0,99})\/?$/;

/** The crate id in a crate page's path, or null when the path is not one. */
export function crateIdOf(pathname: string): string | null {
  return CRATE_PATH.exec(pathname)?.[1] ?? null;
}

export function cratePath(id: string): string {
  return `/crates/${encodeURIComponent(id)}`;
}
