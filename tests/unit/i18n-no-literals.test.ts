// No user-visible English left in the interface's code: every word a user reads comes from
// locales/*.yml through utils/i18n. Reads the sources with TypeScript's own parser and reports
// JSX text, visible attributes (aria-label, title, placeholder, alt, label) and string literals
// that read as words, wherever they are not a message key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');

/** Where the interface's words are written: components, pages, the marker and chip, the badge and notifications, and why a backup is refused. */
// Not utils/backup/csv.ts: the CSV's column names and values are its file format, the same in every language.
const SCANNED = [
  'components', 'entrypoints', 'utils/content', 'utils/rules/badge.ts', 'utils/rules/notify.ts',
  'utils/backup/backup.ts', 'utils/backup/reader.ts', 'utils/backup/file.ts',
];

/** Names, not words: they read the same in every language. */
const PROPER_NAMES = /^(Reply Radar|Facebook|LinkedIn|CSV|JSON)$/;

const VISIBLE_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']);

/** Calls whose string arguments are message keys or machine text, not prose. */
const NON_PROSE_CALLS = new Set([
  't', 'plural', 'localizeDocument', 'querySelector', 'querySelectorAll', 'closest', 'createElement', 'getElementById', 'setAttribute',
  'getAttribute', 'removeAttribute', 'hasAttribute', 'addEventListener', 'removeEventListener', 'matches', 'getURL', 'getPropertyValue',
  'setProperty', 'attachShadow', 'dateFormatter', 'Error', 'TypeError', 'RangeError', 'warn', 'error', 'log', 'debug', 'info',
]);

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => sourceFiles(join(path, name)));
}

/** Reads as words a person would read: letters forming at least one word of two letters, not code, a path, CSS or a key. */
function readsAsWords(text: string): boolean {
  const trimmed = text.trim().replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '');
  if (!/\p{L}{2,}/u.test(trimmed)) return false;
  if (PROPER_NAMES.test(trimmed)) return false;
  if (/^[\w.-]+$/.test(trimmed) && !/\s/.test(trimmed) && /[._-]|^[a-z]+[A-Z]|^[a-z]+$/.test(trimmed)) return false; // keys, ids, classes
  if (/[{};]|:\s*[\w#-]+;|^\.|^#|^\[|^\/|^https?:|^[a-z-]+:/.test(trimmed)) return false; // CSS, selectors, paths, URLs
  return true;
}

function calleeName(call: ts.CallExpression | ts.NewExpression): string {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return '';
}

interface Finding {
  where: string;
  text: string;
}

function findings(file: string): Finding[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push({ where: `${relative(ROOT, file)}:${line + 1}`, text: text.trim() });
  };

  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeNode(node)) return;
    if (ts.isJsxText(node)) {
      if (readsAsWords(node.text)) report(node, node.text);
      return;
    }
    if (ts.isJsxAttribute(node)) {
      const name = node.name.getText(source);
      const value = node.initializer;
      if (value && ts.isStringLiteral(value)) {
        if (VISIBLE_ATTRIBUTES.has(name) && readsAsWords(value.text)) report(value, value.text);
        return;
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (isProse(node) && readsAsWords(node.text) && /\p{L}{2,}\s+\p{L}{2,}|^\p{Lu}\p{Ll}+$/u.test(node.text.trim())) report(node, node.text);
      return;
    }
    ts.forEachChild(node, visit);
  };

  /** A literal someone could read: not an argument to a key-taking or DOM call, not a property key, not compared as a code. */
  const isProse = (node: ts.Node): boolean => {
    let child: ts.Node = node;
    let parent: ts.Node | undefined = node.parent;
    while (parent && (ts.isTemplateSpan(parent) || ts.isTemplateExpression(parent) || ts.isParenthesizedExpression(parent) || ts.isConditionalExpression(parent) || ts.isBinaryExpression(parent))) {
      if (ts.isBinaryExpression(parent) && [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(parent.operatorToken.kind)) return false;
      child = parent;
      parent = parent.parent;
    }
    if (!parent) return true;
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.arguments?.includes(child as ts.Expression)) return !NON_PROSE_CALLS.has(calleeName(parent));
    if (ts.isPropertyAssignment(parent) && parent.name === child) return false;
    if (ts.isElementAccessExpression(parent) || ts.isCaseClause(parent) || ts.isLiteralTypeNode(parent)) return false;
    if (ts.isJsxAttribute(parent)) return VISIBLE_ATTRIBUTES.has(parent.name.getText());
    if (ts.isJsxExpression(parent) && parent.parent && ts.isJsxAttribute(parent.parent)) return VISIBLE_ATTRIBUTES.has(parent.parent.name.getText());
    return true;
  };

  visit(source);
  return found;
}

const files = SCANNED.flatMap(sourceFiles).filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'));

describe('no English left in the interface', () => {
  it('scans the components, pages, markers, chip, badge and notifications', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('finds every word a user reads in the locale files, not in the code', () => {
    const all = files.flatMap(findings).map(({ where, text }) => `${where}: ${JSON.stringify(text)}`);
    expect(all).toEqual([]);
  });

  it('would catch a literal in JSX text, a visible attribute and a toast', () => {
    const sample = join(ROOT, 'tests/unit/support/untranslated.sample.tsx');
    expect(findings(sample).map(({ text }) => text)).toEqual(['Marked it replied.', 'Mark replied', 'Search comments']);
  });
});
