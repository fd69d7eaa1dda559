import { describe, expect, it } from 'vitest';
import { ISSUE_PATH, issueIdOf, issueLabel, issuePath } from '../src/paths';

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
