/**
 * The words of LinkedIn's notification sentences, for the one thing the links
 * don't say: a notification about a comment (its link carries the comment's
 * URN) may be a new comment or a reaction to one. On the list filtered to
 * comments no word is read at all. A sentence that matches neither list is
 * reported (parser health), never guessed.
 *
 * English: the admin view's "commented on your post", "replied to a comment
 * on your post", "reacted to your comment", "likes your comment". Spanish,
 * French, German and Portuguese follow LinkedIn's own translations of the
 * same notifications as far as they could be found; none was captured from a
 * live admin page (see tests/fixtures/linkedin/notifications/SOURCES.md).
 */

/** Whole words in any script: `\b` stops at accented letters ("comentó"). */
const words = (alternatives: string) => new RegExp(`(?<!\\p{L})(?:${alternatives})(?!\\p{L})`, 'iu');

/** A visitor wrote: commented on, replied to, or (on the company's post) mentioned the page in a comment. */
export const COMMENTED = words(
  'commented|replied|comentó|respondió|a commenté|a répondu|hat .*kommentiert|hat .*geantwortet|comentou|respondeu',
);

/** Someone reacted to a comment (theirs, or the page's): not a comment of theirs. */
export const REACTED = words(
  'reacted|likes?|liked|celebrates|loves|supports|finds .* (insightful|funny)|reaccionó|le gusta|a réagi|aime|hat .*reagiert|gefällt|reagiu|curtiu',
);

/** A mention: the post may be anyone's, and the item doesn't say whose. */
export const MENTIONED = words('mentioned|mencionó|a mentionné|hat .*erwähnt|mencionou');
