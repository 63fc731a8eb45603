/**
 * Every page in both languages: it loads (a deep link too), has no uncaught error, and axe-core finds no serious
 * or critical violation, nothing wider than a 390 px phone screen; screenshots of each are written to
 * e2e/screenshots/<page>-<zh|en>.png (desktop) and <page>-<zh|en>-phone.png. And the header's
 * language switch changes the visible text between 中文 and English, and is remembered.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { connectAs, describeViolations, LANGUAGES, launchBrowser, newPage, screenshot, seriousViolations, textMatches, waitForPage } from './lib/browser.ts';
import { ROOT, useStack, releaseStack, type StackInfo } from './lib/stack.ts';

let stack: StackInfo;
let browser: Browser;
before(async () => {
  stack = await useStack();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await releaseStack();
});

/** Each page, and the dev account connected to see it as its user would (a member, a witness, …). */
function pages(): { name: string; path: string; as?: string }[] {
  const paid = stack.demo.claims.find((c) => c.stage === 'Paid')!;
  return [
    { name: 'dashboard', path: '/' },
    { name: 'board', path: '/board' },
    { name: 'claims', path: '/claims' },
    { name: 'claim', path: `/claims/${paid.claimId}` },
    { name: 'join', path: '/join', as: 'E2E joiner' },
    { name: 'account', path: '/account', as: '#3 ' },
    { name: 'file-claim', path: '/claims/new', as: 'E2E claimant 1' },
    { name: 'report', path: '/report', as: '#2 ' },
    { name: 'witness', path: '/witness', as: 'Witness 1 (' },
    { name: 'notary', path: '/notary', as: '#1 ' },
    { name: 'operator', path: '/operator', as: '#0 ' },
  ];
}

test('every page in both languages: loads, no uncaught error, no serious or critical axe-core violation; screenshots', async (t) => {
  const failures: string[] = [];
  for (const language of LANGUAGES) {
    for (const { name, path, as } of pages()) {
      await t.test(`${path} (${language.code})`, async () => {
        const { context, page, errors } = await newPage(browser, language.code);
        try {
          await page.goto(`${stack.webUrl}${path}`);
          await waitForPage(page);
          if (as) {
            await connectAs(page, as);
            await waitForPage(page);
          }
          assert.equal(await page.locator('html').getAttribute('lang'), language.code, `${path}: <html lang> follows the language`);
          if (name === 'operator') {
            // The demo runs on the deployment defaults: a dismissed bond goes to all members, so the fees card says why
            // it holds none rather than an unexplained "none".
            const operatorText = JSON.parse(readFileSync(join(ROOT, 'apps/web/src/locales', language.code, 'operator.json'), 'utf8')) as { fees: { noneToMembers: string } };
            await textMatches(page.getByTestId('operator-fees'), new RegExp(operatorText.fees.noneToMembers.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
          }
          await screenshot(page, `${name}-${language.short}`);
          const violations = await seriousViolations(page);
          if (violations.length) failures.push(describeViolations(`${path} (${language.code})`, violations));
          // On a phone (390 px): nothing wider than the screen (wide tables scroll inside their own box).
          await page.setViewportSize({ width: 390, height: 844 });
          await page.waitForTimeout(200);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          await screenshot(page, `${name}-${language.short}-phone`);
          assert.deepEqual(errors, [], `${path} (${language.code}) threw in the page`);
          assert.equal(violations.length, 0, `axe-core, serious or critical:\n${describeViolations(`${path} (${language.code})`, violations)}`);
          assert.ok(overflow <= 0, `${path} (${language.code}) is ${overflow} px wider than a 390 px phone screen`);
        } finally {
          await context.close();
        }
      });
    }
  }
  if (failures.length) t.diagnostic(`axe-core violations:\n${failures.join('\n')}`);
});

type Messages = { nav: Record<string, string>; language: string };
const messages = (language: string) => JSON.parse(readFileSync(join(ROOT, 'apps/web/src/locales', language, 'common.json'), 'utf8')) as Messages;

test('the language switch changes the visible text (zh-CN ↔ en) and the choice is remembered', async () => {
  const zh = messages('zh-CN');
  const en = messages('en');
  assert.notEqual(zh.nav.board, en.nav.board, 'the two languages have different navigation text');
  const { context, page, errors } = await newPage(browser, 'zh-CN');
  try {
    await page.goto(`${stack.webUrl}/board`);
    await waitForPage(page);
    const nav = page.getByRole('navigation', { name: zh.nav.label });
    const boardLink = () => page.locator('nav a[href="/board"]');
    assert.equal((await boardLink().innerText()).trim(), zh.nav.board);
    assert.equal(await nav.count(), 1, 'the main navigation is named in Chinese');
    const headingZh = (await page.locator('main h1').first().innerText()).trim();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');

    await page.getByTestId('language-switch').selectOption('en');
    await textMatches(boardLink(), new RegExp(`^${en.nav.board}$`));
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.getByRole('navigation', { name: en.nav.label }).count(), 1, 'the navigation is named in English');
    assert.equal((await page.locator('nav a[href="/join"]').innerText()).trim(), en.nav.join);
    const headingEn = (await page.locator('main h1').first().innerText()).trim();
    assert.notEqual(headingEn, headingZh, 'the page heading is translated');

    await page.reload();
    await waitForPage(page);
    assert.equal((await boardLink().innerText()).trim(), en.nav.board, 'the choice survives a reload');

    await page.getByTestId('language-switch').selectOption('zh-CN');
    await textMatches(boardLink(), new RegExp(`^${zh.nav.board}$`));
    assert.equal((await page.locator('main h1').first().innerText()).trim(), headingZh);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
