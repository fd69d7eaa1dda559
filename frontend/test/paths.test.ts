import { describe, expect, it } from 'vitest';
import { CRATE_PATH, crateIdOf, cratePath, ISSUE_PATH, issueIdOf, issueLabel, issuePath } from '../src/paths';

describe('issue paths', () => {
  it('routes a numbered issue by its number', () => {
    expect(issueIdOf('/issues/500')).toBe('500');
    expect(issueIdOf('/issues/500/')).toBe('500');
  });

  it('routes a special issue by its slug', () => {
    expect(issueIdOf('/issues/2013-09-28-state-of-rust')).toBe('2013-09-28-state-of-rust');
  });

  it('leaves paths that cannot hold an issue id unrouted', () => {
    for (const path of [
      '/issues/',
      '/issues/-x',
      '/issues/a_b',
      '/issues/a.b',
      '/issues/1/2',
      `/issues/${'a'.repeat(101)}`,
    ]) {
      expect(ISSUE_PATH.test(path), path).toBe(false);
    }
  });

  it('links to an issue by id and names numbered issues by number only', () => {
    expect(issuePath(42)).toBe('/issues/42');
    expect(issuePath('state-of-rust-1-0')).toBe('/issues/state-of-rust-1-0');
    expect(issueLabel(42)).toBe('Issue 42');
    expect(issueLabel('state-of-rust-1-0')).toBe('Special issue');
  });
});

describe('crate paths', () => {
  it('routes a crate by its id, dashes, underscores and dots included', () => {
    expect(crateIdOf('/crates/async-trait')).toBe('async-trait');
    expect(crateIdOf('/crates/serde_json/')).toBe('serde_json');
    expect(crateIdOf('/crates/tokio.rs')).toBe('tokio.rs');
  });

  it('leaves the list and paths that cannot hold a crate id unrouted', () => {
    for (const path of ['/crates', '/crates/', '/crates/-x', '/crates/a b', '/crates/a/b']) {
      expect(CRATE_PATH.test(path), path).toBe(false);
    }
  });

  it('links to a crate page by id', () => {
    expect(cratePath('async-trait')).toBe('/crates/async-trait');
  });
});
