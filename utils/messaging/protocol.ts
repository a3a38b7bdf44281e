import { z } from 'zod';
import { IMPORT_CHUNK, LIMITS } from './limits';

/**
 * Every message the background accepts, as schemas. The background is a trust
 * boundary: a page can script a content script's DOM, and a bug in any sender
 * can send garbage, so nothing is written before `parseMessage` accepts it.
 *
 * Content scripts import only the types from here (erased at build time), so
 * zod never ships into the page.
 */

const platform = z.enum(['facebook', 'linkedin']);
// Generous limits: they exist to refuse absurd input, not to judge content.
const shortText = z.string().max(LIMITS.name);
const url = z.string().max(LIMITS.url);

export const pageRefSchema = z.object({
  platform,
  name: shortText.optional(),
  url: url.optional(),
  id: z.string().max(100).optional(),
  slug: z.string().max(300).optional(),
  showcase: z.boolean().optional(),
  avatarUrl: url.optional(),
});

export const observedCommentSchema = z.object({
  platform,
  id: z.string().min(1).max(LIMITS.id),
  idSource: z.enum(['platform', 'fallback']),
  parentId: z.string().min(1).max(LIMITS.id).nullable(),
  postUrl: url.nullable(),
  permalink: url.nullable(),
  authorName: z.string().min(1).max(LIMITS.name),
  authorUrl: url.nullable(),
  authorHeadline: shortText.optional(),
  authorIsPostAuthor: z.boolean(),
  // Up to 200k characters are accepted and cut when stored; beyond that the sender is broken.
  text: z.string().min(1).max(LIMITS.text),
  time: z.object({
    label: z.string().max(LIMITS.label).optional(),
    absoluteLabel: z.string().max(LIMITS.absoluteLabel).optional(),
    epochMs: z.number().int().nonnegative().optional(),
  }),
  repliedByNames: z.array(shortText).max(LIMITS.names).optional(),
  postOwner: pageRefSchema.optional(),
});

/** A comment as a notification list shows it: the quote may be missing, so the text may be empty. */
export const notifiedCommentSchema = observedCommentSchema.extend({ text: z.string().max(LIMITS.text) });

export const MAX_COMMENTS_PER_MESSAGE = 500;

/** Messages a content script on a platform page may send. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('comments-seen'),
    url,
    page: pageRefSchema.nullable(),
    // The page's <html lang>: time labels are read in that language only.
    lang: z.string().max(35).optional(),
    comments: z.array(observedCommentSchema).max(MAX_COMMENTS_PER_MESSAGE),
    // The tab shows markers: answer with the stored comments' states, sparing it a question per batch.
    withStates: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('parser-health'),
    platform,
    url,
    page: pageRefSchema.nullable(),
    commentAreaVisible: z.boolean(),
    recognised: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    // Comments whose time label could not be read in the page's language.
    unreadTimes: z.number().int().nonnegative().optional(),
    // The page's <html lang>, when the adapter has no words for that language.
    unknownLanguage: z.string().max(35).optional(),
    // A notification list: `commentAreaVisible` then says it showed items, `recognised` how many were read.
    surface: z.literal('notifications').optional(),
  }),
  // Comments a notification list told of ("commented on your post"), with what its items show.
  z.object({
    type: z.literal('notified-comments'),
    url,
    page: pageRefSchema.nullable(),
    lang: z.string().max(35).optional(),
    comments: z.array(notifiedCommentSchema).max(MAX_COMMENTS_PER_MESSAGE),
  }),
  z.object({
    type: z.literal('page-context'),
    url,
    page: pageRefSchema.nullable(),
  }),
  // Who the page on screen is, as its header, composer or admin view shows it.
  z.object({
    type: z.literal('page-identity'),
    url,
    page: pageRefSchema,
  }),
  z.object({
    type: z.literal('comment-states'),
    platform,
    ids: z.array(z.string().min(1).max(300)).max(10_000),
  }),
  // The words a tab's adapter matches, in its page's <html lang> only (utils/adapters/word-tables.ts).
  z.object({ type: z.literal('adapter-words'), platform, lang: z.string().max(35) }),
  // The on-page chip's "Hide on this page".
  z.object({ type: z.literal('hide-markers'), url }),
]);

const snoozeUntil = z.number().int().positive();
/**
 * Keys one `comments-action` may name: a selection, or the Undo of a bulk action, whose comments
 * are restored all at once (100,000 keys are a few megabytes, well within a message).
 */
export const MAX_KEYS_PER_ACTION = 100_000;
const commentKey = z.string().min(1).max(400);

/** What a `bulk-action` reaches: see utils/rules/bulk.ts. */
export const bulkScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('post'), pageKey: commentKey, postUrl: url }),
  z.object({
    kind: z.literal('older-than'),
    days: z.number().int().min(1).max(3_650),
    pageKeys: z.array(commentKey).max(1_000).nullable(),
  }),
]);

const importId = z.string().regex(/^[\w-]{1,100}$/);

/** Messages the extension's own pages (popup, options, insights) may send. */
export const commandMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('comment-action'),
    key: z.string().min(1).max(400),
    action: z.enum(['mark-replied', 'wont-reply', 'undo', 'snooze', 'unsnooze']),
    until: snoozeUntil.optional(),
  }),
  // One action on several comments at once: a conversation's, or a selection; all or none.
  z.object({
    type: z.literal('comments-action'),
    keys: z.array(commentKey).min(1).max(MAX_KEYS_PER_ACTION),
    action: z.enum(['mark-replied', 'wont-reply', 'undo', 'snooze', 'unsnooze']),
    until: snoozeUntil.optional(),
  }),
  // One action on every comment a scope reaches (all waiting on a post, all waiting longer than some days),
  // decided and done by the background in one transaction; its answer names them, for Undo.
  z.object({
    type: z.literal('bulk-action'),
    scope: bulkScopeSchema,
    action: z.enum(['mark-replied', 'wont-reply']),
  }),
  z.object({ type: z.literal('open-comment'), key: z.string().min(1).max(400) }),
  z.object({
    type: z.literal('add-page'),
    address: z.string().min(1).max(4_000),
    name: shortText.optional(),
    /** The name was read off the page ("Track this page"), not typed. */
    nameFromPage: z.boolean().optional(),
  }),
  z.object({
    type: z.literal('update-page'),
    key: z.string().min(1).max(400),
    name: shortText.min(1).optional(),
    thresholdHours: z.number().positive().max(24 * 365).nullable().optional(),
  }),
  z.object({ type: z.literal('remove-page'), key: z.string().min(1).max(400), deleteComments: z.boolean() }),
  z.object({ type: z.literal('refresh') }),
  // A small backup in one message (scripts, tests); the settings page sends any backup in parts, below.
  z.object({ type: z.literal('import-backup'), json: z.string() }),
  // A backup in parts: start, its comments in chunks (staged, not yet imported), then commit all at once or cancel.
  z.object({ type: z.literal('import-start') }),
  z.object({
    type: z.literal('import-chunk'),
    importId,
    /** The position of the chunk's first comment in the file, from 0: errors name the comment. */
    first: z.number().int().nonnegative(),
    comments: z.array(z.unknown()).min(1).max(IMPORT_CHUNK.comments),
  }),
  z.object({
    type: z.literal('import-commit'),
    importId,
    settings: z.unknown(),
    pages: z.array(z.unknown()).max(10_000),
    /** How many comments the chunks held: the commit refuses a staged import missing any. */
    comments: z.number().int().nonnegative(),
  }),
  z.object({ type: z.literal('import-cancel'), importId }),
  z.object({ type: z.literal('delete-all-data') }),
]);

export type ContentMessage = z.infer<typeof contentMessageSchema>;
export type CommandMessage = z.infer<typeof commandMessageSchema>;
export type Message = ContentMessage | CommandMessage;
