// What a marker says for each state: the words carry the meaning, so colour is never the only signal.
import { describe, expect, it } from 'vitest';
import type { CommentState } from '../../utils/background/states';
import { markerText } from '../../utils/content/markers';

const state = (over: Partial<CommentState>): CommentState => ({
  id: '1', waiting: true, answered: false, severity: 'ok', waited: '26 h', priority: false, ...over,
});

describe('marker text', () => {
  it('says how long a comment has waited, and in words how late it is', () => {
    expect(markerText(state({}), false)).toBe('waiting 26 h');
    expect(markerText(state({ severity: 'due-soon' }), false)).toBe('waiting 26 h · due soon');
    expect(markerText(state({ severity: 'overdue' }), false)).toBe('waiting 26 h · overdue');
  });

  it('flags a question or complaint', () => {
    expect(markerText(state({ priority: true, waited: '3 h' }), false)).toBe('! waiting 3 h');
  });

  it('shows nothing for answered comments unless asked, then a quiet check', () => {
    const answered = state({ waiting: false, answered: true });
    expect(markerText(answered, false)).toBeNull();
    expect(markerText(answered, true)).toBe('✓ answered');
  });

  it('shows nothing for a snoozed or won’t-reply comment', () => {
    expect(markerText(state({ waiting: false }), true)).toBeNull();
  });
});
