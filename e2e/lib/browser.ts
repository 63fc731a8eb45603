/**
 * Headless Chromium for the browser tests: Debian's `chromium` driven by playwright-core (nothing is
 * downloaded), pages opened in a chosen language, the header's dev-account picker, axe-core checks and
 * screenshots.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { ROOT } from './stack.ts';

export const CHROMIUM = process.env.LASHOU_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'e2e/screenshots');
export const LANGUAGES = [
  { code: 'zh-CN', short: 'zh' },
  { code: 'en', short: 'en' },
] as const;
export type LanguageCode = (typeof LANGUAGES)[number]['code'];

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--disable-dev-shm-usage'];

/** Fails (never skips) when Chromium is missing, saying how to get it. */
export function assertChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing: no executable at ${CHROMIUM}. The browser tests need Debian's chromium ` +
        `(sudo apt-get install -y chromium; .ci/run installs it) or LASHOU_CHROMIUM=<path to a Chromium>.`,
    );
  }
}

export async function launchBrowser(): Promise<Browser> {
  assertChromium();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 60_000 });
}

/** A page in a fresh browser profile whose language is `language` (the app follows navigator.language). */
export async function newPage(browser: Browser, language: LanguageCode): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({ locale: language, viewport: { width: 1280, height: 900 }, timezoneId: 'Asia/Shanghai' });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith('[i18n]')) errors.push(message.text());
  });
  return { context, page, errors };
}

/** Waits until the page has a heading and no loading placeholder (`aria-busy`) is left in <main>. */
export async function waitForPage(page: Page) {
  await page.locator('main h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelectorAll('main [aria-busy="true"]').length === 0, undefined, { timeout: 20_000 });
  await page.waitForTimeout(250); // let the last query results render
}

/** Thrown by a check of {@link until} to stop waiting at once (a transaction failed: no need to wait for it). */
export class StopWaiting extends Error {}

/** Polls `check` until it returns true, with the last seen value in the error. */
export async function until(description: string, check: () => Promise<boolean | string>, timeoutMs = 30_000, intervalMs = 250) {
  const deadline = Date.now() + timeoutMs;
  let last: boolean | string = false;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last === true) return;
    } catch (error) {
      if (error instanceof StopWaiting) throw error;
      last = String((error as Error).message).split('\n')[0]!;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${typeof last === 'string' ? ` (last: ${last})` : ''}`);
}

/** Waits until `locator`'s text matches `pattern`; returns the text. */
export async function textMatches(locator: Locator, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  let text = '';
  await until(`${locator} to show ${pattern}`, async () => {
    text = (await locator.first().innerText()).trim();
    return pattern.test(text) || `"${text}"`;
  }, timeoutMs);
  return text;
}

/**
 * Connects the dev account whose label contains `label` with the header's picker (`wallet-select`,
 * `wallet-connect`); disconnects another account first.
 */
export async function connectAs(page: Page, label: string) {
  const connected = page.getByTestId('wallet-connected');
  if (await connected.isVisible()) {
    if ((await connected.innerText()).includes(label)) return;
    await connected.getByRole('button').click();
  }
  const select = page.getByTestId('wallet-select');
  await select.waitFor({ state: 'visible' });
  const options = await select.locator('option').evaluateAll((nodes) => nodes.map((n) => ({ value: (n as HTMLOptionElement).value, text: n.textContent ?? '' })));
  const option = options.find((o) => o.text.includes(label));
  if (!option) throw new Error(`no dev account "${label}" in the wallet picker; it has: ${options.map((o) => o.text).join(' | ')}`);
  await select.selectOption(option.value);
  await page.getByTestId('wallet-connect').click();
  await connected.waitFor({ state: 'visible' });
  await textMatches(connected, new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

export type AxeViolation = { id: string; impact: string; help: string; helpUrl: string; targets: string[] };

/** axe-core's serious and critical violations on the page as it is. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, helpUrl: v.helpUrl, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

export function describeViolations(where: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${where}: [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n    ${v.targets.slice(0, 8).join('\n    ')}${v.targets.length > 8 ? `\n    … and ${v.targets.length - 8} more` : ''}`)
    .join('\n');
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** On a failed flow: e2e/screenshots/failure-<name>.png of the page as it was, and its URL on stderr. */
export async function failureScreenshot(page: Page, name: string) {
  try {
    await screenshot(page, `failure-${name}`);
    process.stderr.write(`e2e: the page at the failure (${page.url()}) is in ${join(SCREENSHOTS, `failure-${name}.png`)}\n`);
  } catch {
    // the page is gone
  }
}

/** Reads a JSON-RPC-moved chain into the page: reloads so the app reads the new state at once. */
export async function reload(page: Page) {
  await page.reload();
  await waitForPage(page);
}
