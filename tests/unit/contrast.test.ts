// Text colours of the popup, settings and Insights against the backgrounds they
// sit on, read from the stylesheets' custom properties in both colour schemes.
// A palette change that drops a pair under WCAG AA (4.5:1) fails here before
// any browser runs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wcagContrast } from 'culori';
import { describe, expect, it } from 'vitest';

const AA_TEXT = 4.5;
const COMPONENTS = join(__dirname, '../../components');

type Scheme = 'light' | 'dark';

/** `--name: value` declarations of the first `:root` block and of the one inside the dark-scheme media query. */
function customProperties(file: string): Record<Scheme, Map<string, string>> {
  const css = readFileSync(join(COMPONENTS, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
  if (darkStart < 0) throw new Error(`${file} has no dark scheme`);
  const block = (from: number) => {
    const open = css.indexOf(':root', from);
    return css.slice(css.indexOf('{', open) + 1, css.indexOf('}', open));
  };
  const declarations = (body: string) =>
    new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
  const light = declarations(block(0));
  // The dark block overrides only what changes.
  const dark = new Map([...light, ...declarations(block(darkStart))]);
  return { light, dark };
}

/** [text, background, where a user meets it] */
type Pair = [string, string, string];

const SHARED_PAIRS: Pair[] = [
  ['--text', '--bg', 'body text'],
  ['--text', '--surface', 'settings page and focused row'],
  ['--muted', '--bg', 'row footer, hints'],
  ['--muted', '--surface', 'hints on the settings page'],
  ['--muted', '--surface-2', 'inactive tab counts'],
  ['--overdue', '--overdue-soft', '"N overdue" count, Complaint tag, error banner'],
  ['--overdue', '--bg', '"Overdue" status, field errors'],
  ['--overdue', '--surface', '"Overdue" status on a focused row'],
  ['--overdue', '--surface-2', 'a hovered row button, a neutral count'],
  ['--due-soon', '--bg', '"Due soon" status'],
  ['--due-soon', '--surface', '"Due soon" status on a focused row'],
  ['--accent', '--accent-soft', 'Question tag, info banner'],
  ['--accent', '--bg', 'links, ghost buttons, selected tab'],
  ['--accent', '--surface', 'links on the settings page'],
  ['--accent-text', '--accent', 'primary buttons ("Mark replied")'],
  ['--bg', '--overdue', 'danger buttons ("Delete everything")'],
  ['--bg', '--text', 'the toast'],
  ['--chip-text', '--facebook', '"Facebook" chip in settings'],
  ['--chip-text', '--linkedin', '"LinkedIn" chip in settings'],
];

const INSIGHTS_PAIRS: Pair[] = [
  ['--rr-fg', '--rr-bg', 'body text'],
  ['--rr-fg', '--rr-card', 'figure values'],
  ['--rr-muted', '--rr-card', 'figure titles and definitions'],
  ['--rr-muted', '--rr-bg', 'scope line, export hint, chart caption'],
  ['--rr-alert', '--rr-card', '"Overdue now" value'],
  ['--rr-caution', '--rr-card', '"too few to judge" notes'],
  ['--rr-bg', '--rr-accent', 'the pressed period button'],
];

function check(file: string, pairs: Pair[]) {
  const schemes = customProperties(file);
  for (const scheme of ['light', 'dark'] as const) {
    describe(`${file}, ${scheme}`, () => {
      it.each(pairs)('%s on %s (%s) is at least 4.5:1', (text, background) => {
        const fg = schemes[scheme].get(text);
        const bg = schemes[scheme].get(background);
        expect(fg, `${text} is defined`).toBeDefined();
        expect(bg, `${background} is defined`).toBeDefined();
        const ratio = wcagContrast(fg!, bg!);
        expect(ratio, `${text} ${fg} on ${background} ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(AA_TEXT);
      });
    });
  }
}

check('shared/theme.css', SHARED_PAIRS);
check('insights/insights.css', INSIGHTS_PAIRS);

describe('the stylesheets use the checked colours', () => {
  it('paints the platform chips from the checked custom properties', () => {
    const options = readFileSync(join(COMPONENTS, 'options/options.css'), 'utf8');
    const rule = (selector: string) => options.slice(options.indexOf(`${selector} {`), options.indexOf('}', options.indexOf(`${selector} {`)));
    expect(rule('.platform-chip')).toContain('color: var(--chip-text)');
    expect(rule('.platform-chip.platform-facebook')).toContain('background: var(--facebook)');
    expect(rule('.platform-chip.platform-linkedin')).toContain('background: var(--linkedin)');
  });

  it('paints the overdue count and the Complaint tag in the checked pair', () => {
    const popup = readFileSync(join(COMPONENTS, 'popup/popup.css'), 'utf8');
    for (const selector of ['.count.overdue-count', '.tag-complaint']) {
      const start = popup.indexOf(`${selector} {`);
      const rule = popup.slice(start, popup.indexOf('}', start));
      expect(rule).toContain('background: var(--overdue-soft)');
      expect(rule).toContain('color: var(--overdue)');
    }
  });
});
