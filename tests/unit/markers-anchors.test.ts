// Where each platform puts a marker: beside the author's name, on every saved page, without
// changing a single thing the adapter reads from the comment afterwards.
import { describe, expect, it } from 'vitest';
import { facebookAdapter } from '../../utils/adapters/facebook';
import { linkedinAdapter } from '../../utils/adapters/linkedin';
import type { PlatformAdapter } from '../../utils/adapters/types';
import * as facebook from './facebook-fixtures';
import * as linkedin from './linkedin-fixtures';

/** Append a marker host the way the content script does, to every readable comment. */
function markAll(adapter: PlatformAdapter, doc: Document) {
  for (const node of adapter.findCommentNodes(doc)) {
    const host = doc.createElement('reply-radar-marker');
    host.attachShadow({ mode: 'open' }).textContent = 'waiting 26 h · overdue';
    adapter.markerAnchor(node)?.append(host);
  }
}

const cases: Array<[string, PlatformAdapter, { doc: Document; url: URL }]> = [
  ...facebook.fixtureNames().map((n) => [`facebook/${n}`, facebookAdapter, facebook.loadFixture(n)] as [string, PlatformAdapter, { doc: Document; url: URL }]),
  ...['company-post.html', 'sdui-post.html', 'load-more-page2.html', 'admin-page-posts.html', 'nested-replies.html', 'feed.html'].map(
    (n) => [`linkedin/${n}`, linkedinAdapter, linkedin.loadFixture(n)] as [string, PlatformAdapter, { doc: Document; url: URL }],
  ),
];

describe.each(cases)('marker anchors on %s', (_name, adapter, fixture) => {
  it('finds a place inside each readable comment, next to its author’s name', () => {
    const readable = adapter.findCommentNodes(fixture.doc).filter((n) => adapter.readComment(n, fixture.url).ok);
    expect(readable.length).toBeGreaterThan(0);
    for (const node of readable) {
      const read = adapter.readComment(node, fixture.url);
      const anchor = adapter.markerAnchor(node);
      expect(anchor, 'an anchor').not.toBeNull();
      expect(node.contains(anchor)).toBe(true);
      // The anchor belongs to this comment, not to a reply nested inside it.
      expect(adapter.commentNodeFor(anchor!)).toBe(node);
      if (read.ok) expect(anchor!.textContent).toContain(read.comment.authorName);
    }
  });

  it('reads every comment the same with markers in place', () => {
    const read = () => adapter.findCommentNodes(fixture.doc).map((n) => adapter.readComment(n, fixture.url));
    const before = read();
    markAll(adapter, fixture.doc);
    expect(read()).toEqual(before);
    expect(adapter.findCommentNodes(fixture.doc)).toHaveLength(before.length);
  });
});
