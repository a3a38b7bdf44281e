import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/browser.mjs';

// What `npm run zip` hands to addons.mozilla.org: the Firefox package, checked by Mozilla's own linter,
// and the sources archive a reviewer rebuilds it from.

const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name);
const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
let work: string;

beforeAll(() => {
  const zipped = spawnSync(bin('wxt'), ['zip', '-b', 'firefox'], { cwd: ROOT, encoding: 'utf8' });
  if (zipped.status !== 0) throw new Error(`wxt zip -b firefox failed:\n${zipped.stdout}\n${zipped.stderr}`);
  work = mkdtempSync(join(tmpdir(), 'reply-radar-amo-'));
});
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

async function entries(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(join(ROOT, '.output', file)));
}

describe('the Firefox package for addons.mozilla.org', () => {
  it('passes web-ext lint with no errors, as Manifest V3 with its Firefox id', async () => {
    const zip = await entries(`reply-radar-${version}-firefox.zip`);
    const dir = join(work, 'package');
    for (const entry of Object.values(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(dir, entry.name)), { recursive: true });
      writeFileSync(join(dir, entry.name), await entry.async('nodebuffer'));
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings.gecko.id).toBe('reply-radar@reply-radar.app');

    const lint = spawnSync(bin('web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-input'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
    expect(report.errors.map((e: { code: string; message: string; file?: string }) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('comes with a sources archive that rebuilds it, without tests, fixtures, screenshots or scripts', async () => {
    const names = Object.keys((await entries(`reply-radar-${version}-sources.zip`)).files);
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md', 'entrypoints/background.ts', 'locales/en.yml', 'public/icon/128.png']) {
      expect(names).toContain(needed);
    }
    expect(names.some((n) => n.startsWith('utils/adapters/'))).toBe(true);
    for (const left of ['tests/', 'docs/', 'artifacts/', 'scripts/', '.output/', 'node_modules/', '.git']) {
      expect(names.filter((n) => n.startsWith(left))).toEqual([]);
    }
  });
});
