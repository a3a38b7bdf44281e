/**
 * The most the background accepts in one observed comment. Shared by the
 * message schema (which refuses more) and the adapters (which cut to fit),
 * so a hostile page can never make a comment the background would drop.
 * No zod here: the content script imports this.
 */
export const LIMITS = {
  id: 300,
  url: 4_000,
  name: 1_000,
  text: 200_000,
  label: 200,
  absoluteLabel: 300,
  names: 50,
} as const;

/**
 * One message of a backup's import (the settings page sends a large backup in
 * parts): at most this many comments and, as the page measures them, this many
 * characters of their JSON, far below the browser's 64 MiB message limit
 * whatever the language of the text.
 */
export const IMPORT_CHUNK = { comments: 2_000, chars: 8_000_000 } as const;
