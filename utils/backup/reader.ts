/**
 * Reading a backup file in pieces. A backup of 100,000 comments is some 75 MB
 * of JSON: parsing it whole means one string and one object tree of that size
 * on the settings page, and sending it whole would pass the browser's 64 MiB
 * message limit. So the file is read as text pieces of any size, and each
 * comment is cut out of the text, parsed and checked on its own as soon as it
 * ends; only the comments not yet taken are kept.
 *
 * The scanner follows the shape every backup has: one object, whose `pages`
 * and `comments` are arrays read element by element, and whose other members
 * (format, version, exportedAt, settings) are small and parsed whole. Inside a
 * value it only counts brackets outside strings; `JSON.parse` of the value
 * is what judges its syntax.
 */

const OPEN_OBJECT = 0x7b; // {
const CLOSE_OBJECT = 0x7d; // }
const OPEN_ARRAY = 0x5b; // [
const CLOSE_ARRAY = 0x5d; // ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const BOM = 0xfeff;

/** Why a text is not a readable JSON backup object. `cut` means it ended in the middle. */
export class JsonShapeError extends Error {
  constructor(readonly kind: 'syntax' | 'cut' | 'not-object') {
    super(kind);
  }
}

/** The arrays read element by element. */
export type ElementArray = 'pages' | 'comments';

export interface ScannerEvents {
  /** A top-level member other than the two arrays, parsed. */
  member(key: string, value: unknown): void;
  /** The start of one of the two arrays (so a present but empty array is known). */
  arrayStart(key: ElementArray): void;
  /** One element of `pages` or `comments`, parsed; `chars` is its length in the file. */
  element(key: ElementArray, index: number, value: unknown, chars: number): void;
}

type Phase =
  | 'start' // before the opening brace
  | 'key' // expecting a key or the closing brace
  | 'key-string' // inside a key
  | 'colon'
  | 'value' // expecting a value
  | 'capture' // inside a member's value
  | 'element' // expecting an array element or the array's end
  | 'element-capture' // inside an array element
  | 'after-value' // expecting a comma or the closing brace
  | 'done';

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

export class BackupScanner {
  private phase: Phase = 'start';
  private inString = false;
  private escaped = false;
  private depth = 0;
  /** The text of the value being captured, from earlier pieces. */
  private carried = '';
  private key = '';
  private array: ElementArray | null = null;
  private index = 0;
  /** A comma was just read, so a closing bracket now would be a syntax error. */
  private afterComma = false;

  constructor(private readonly events: ScannerEvents) {}

  /** Read the next piece of the file's text. Throws `JsonShapeError`, or whatever an event handler throws. */
  push(text: string): void {
    let start = -1; // where the capture began in this piece
    if (this.phase === 'capture' || this.phase === 'element-capture' || this.phase === 'key-string') start = 0;
    const length = text.length;
    for (let i = 0; i < length; i++) {
      const c = text.charCodeAt(i);
      // Strings: only their end matters, and brackets inside them don't count.
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) {
          this.inString = false;
          if (this.phase === 'key-string') {
            this.key = parse(this.carried + text.slice(start, i + 1)) as string;
            this.carried = '';
            start = -1;
            this.phase = 'colon';
          }
        }
        continue;
      }
      switch (this.phase) {
        case 'capture':
        case 'element-capture': {
          if (c === QUOTE) this.inString = true;
          else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.depth++;
          else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY || c === COMMA) {
            if (this.depth > 0 && c !== COMMA) this.depth--;
            else if (this.depth === 0) {
              const raw = this.carried + text.slice(start, i);
              this.carried = '';
              start = -1;
              this.endValue(raw, c);
            }
          }
          continue;
        }
        case 'start':
          if (isSpace(c) || (c === BOM && i === 0)) continue;
          // An array or a string is JSON, but not a backup; anything else is told as "not JSON".
          if (c !== OPEN_OBJECT) throw new JsonShapeError(c === OPEN_ARRAY || c === QUOTE ? 'not-object' : 'syntax');
          this.phase = 'key';
          this.afterComma = false;
          continue;
        case 'key':
          if (isSpace(c)) continue;
          if (c === QUOTE) {
            this.phase = 'key-string';
            this.inString = true;
            start = i;
          } else if (c === CLOSE_OBJECT && !this.afterComma) this.phase = 'done';
          else throw new JsonShapeError('syntax');
          continue;
        case 'colon':
          if (isSpace(c)) continue;
          if (c !== COLON) throw new JsonShapeError('syntax');
          this.phase = 'value';
          continue;
        case 'value':
          if (isSpace(c)) continue;
          if (c === OPEN_ARRAY && (this.key === 'pages' || this.key === 'comments')) {
            this.array = this.key;
            this.index = 0;
            this.phase = 'element';
            this.afterComma = false;
            this.events.arrayStart(this.array);
            continue;
          }
          this.phase = 'capture';
          start = i;
          i--; // the value's first character is read again, as part of the capture
          continue;
        case 'element':
          if (isSpace(c)) continue;
          if (c === CLOSE_ARRAY && !this.afterComma && this.index === 0) {
            this.array = null;
            this.phase = 'after-value';
            continue;
          }
          this.phase = 'element-capture';
          start = i;
          i--;
          continue;
        case 'after-value':
          if (isSpace(c)) continue;
          if (c === COMMA) {
            this.phase = 'key';
            this.afterComma = true;
          } else if (c === CLOSE_OBJECT) this.phase = 'done';
          else throw new JsonShapeError('syntax');
          continue;
        case 'done':
          if (!isSpace(c)) throw new JsonShapeError('syntax');
          continue;
        case 'key-string':
          continue; // unreachable: a key is a string
      }
    }
    if (start >= 0) this.carried += text.slice(start);
  }

  /** The file has ended: throws if the object has not. */
  end(): void {
    if (this.phase === 'start') throw new JsonShapeError('syntax');
    if (this.phase !== 'done') throw new JsonShapeError('cut');
  }

  private endValue(raw: string, delimiter: number): void {
    if (this.phase === 'element-capture') {
      if (delimiter === CLOSE_OBJECT) throw new JsonShapeError('syntax');
      const array = this.array!;
      this.events.element(array, this.index++, parse(raw), raw.length);
      if (delimiter === COMMA) {
        this.phase = 'element';
        this.afterComma = true;
      } else {
        this.array = null;
        this.phase = 'after-value';
      }
      return;
    }
    if (delimiter === CLOSE_ARRAY) throw new JsonShapeError('syntax');
    this.events.member(this.key, parse(raw));
    if (delimiter === COMMA) {
      this.phase = 'key';
      this.afterComma = true;
    } else this.phase = 'done';
  }
}

function parse(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new JsonShapeError('syntax');
  }
}
