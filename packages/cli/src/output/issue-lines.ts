import type { Issue } from '@antislavery/referrals';

/**
 * A path as people read it: `person.dateOfBirth`, `locations.ukCities[2]`, or `root` for the
 * root. Internal.
 */
export function formatIssuePath(path: readonly PropertyKey[], root = '(the whole record)'): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? root : text;
}

/** One issue as a line: where, what to do, and its code. Internal. */
export function formatIssueLine(issue: Pick<Issue, 'path' | 'message' | 'code'>, where?: string): string {
  return `${where ?? formatIssuePath(issue.path)}: ${issue.message} [${issue.code}]`;
}
