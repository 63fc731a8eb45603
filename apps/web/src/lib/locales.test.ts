import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The app fetches only the page's language (no fallback language), so every text must exist in both.
const root = join(import.meta.dirname, '..', 'locales');
const languages = readdirSync(root).sort();

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}
/** i18next plural forms differ per language (English has _one/_other, Chinese only _other): compare the base key. */
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

test('the app has exactly the languages it offers', () => {
  assert.deepEqual(languages, ['en', 'zh-CN']);
});

for (const namespace of readdirSync(join(root, 'en')).sort()) {
  test(`locales/${namespace}: the same texts in English and Chinese, none empty`, () => {
    const [en, zh] = languages.map((language) => JSON.parse(readFileSync(join(root, language, namespace), 'utf8')) as unknown);
    const enKeys = new Set(keys(en).map(base));
    const zhKeys = new Set(keys(zh).map(base));
    assert.deepEqual([...enKeys].filter((k) => !zhKeys.has(k)), [], `keys missing in zh-CN/${namespace}`);
    assert.deepEqual([...zhKeys].filter((k) => !enKeys.has(k)), [], `keys missing in en/${namespace}`);
    for (const [language, texts] of [['en', en], ['zh-CN', zh]] as const) {
      const empty = keys(texts).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
        return typeof value !== 'string' || value.trim() === '';
      });
      assert.deepEqual(empty, [], `empty or non-text values in ${language}/${namespace}`);
    }
  });
}
test('every Chinese namespace has an English twin', () => {
  assert.deepEqual(readdirSync(join(root, 'zh-CN')).sort(), readdirSync(join(root, 'en')).sort());
});

// Texts are fetched per namespace as components ask for them (useTranslation), so a `t('join:…')` in a component
// whose useTranslation does not name `join` shows the bare key on a page that never loaded `join`.
test('every namespace a source file reads with t("ns:…") is one it asks useTranslation for (or common)', () => {
  const src = join(import.meta.dirname, '..');
  const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx') || (f.endsWith('.ts') && !f.endsWith('.test.ts')));
  const problems: string[] = [];
  for (const file of files) {
    const code = readFileSync(join(src, file), 'utf8');
    const asked = new Set(['common']);
    for (const call of code.matchAll(/useTranslation\(([^)]*)\)/g)) for (const ns of call[1]!.matchAll(/'([A-Za-z]+)'/g)) asked.add(ns[1]!);
    for (const use of code.matchAll(/\bt\(\s*['`]([A-Za-z]+):/g)) if (!asked.has(use[1]!)) problems.push(`${file}: t('${use[1]}:…') without useTranslation naming '${use[1]}'`);
  }
  assert.deepEqual([...new Set(problems)], []);
});

// The Chinese pages say everything in Chinese: a Latin word in a Chinese text is an English text left untranslated,
// except the technical names that stay as they are (file formats, standards, the document-number prefix).
const LATIN_ALLOWED = new Set(['JSON', 'API', 'EIP', 'HMAC', 'YYYY', 'MM', 'DD', 'CHN', 'nullifier']);
test('no English in the Chinese texts (technical names aside)', () => {
  const found: string[] = [];
  for (const namespace of readdirSync(join(root, 'zh-CN')).sort()) {
    const texts = JSON.parse(readFileSync(join(root, 'zh-CN', namespace), 'utf8')) as unknown;
    for (const key of keys(texts)) {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], texts);
      if (typeof value !== 'string') continue;
      // Placeholders ({{amount}}) are filled with numbers, dates and names in the page's language.
      const words = value.replace(/\{\{[^}]*\}\}/g, '').match(/[A-Za-z]{2,}/g) ?? [];
      for (const word of words) if (!LATIN_ALLOWED.has(word)) found.push(`${namespace} ${key}: "${word}" in "${value}"`);
    }
  }
  assert.deepEqual(found, []);
});
