/**
 * Joining through the UI: a bad ID number is refused with a clear message (in the page's language), then a
 * non-member makes an identity (ID number + name), saves the identity file with its salt, and deposits with one
 * permit; the account page shows the new member waiting for cover, the balance and the deposit in the statement.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { connectAs, failureScreenshot, launchBrowser, newPage, textMatches, until, waitForPage } from './lib/browser.ts';
import { waitForIndexer, useStack, releaseStack, type StackInfo } from './lib/stack.ts';

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

/** A valid resident ID number (check character X) and the same 17 digits with a wrong check character. */
const GOOD_ID = '11010519491231002X';
const BAD_ID = '110105194912310021';

async function makeIdentity(page: Page, idNumber: string, name: string) {
  await page.getByTestId('join-doc-type').selectOption('CN_RESIDENT_ID');
  await page.getByTestId('join-id-number').fill(idNumber);
  await page.getByTestId('join-name').fill(name);
  await page.getByTestId('join-make-identity').click();
}

test('a bad ID number is refused with a clear message, in English and in Chinese', async () => {
  for (const [language, expected] of [
    ['en', /check digit .*does not match the first 17 digits/i],
    ['zh-CN', /校验码/],
  ] as const) {
    const { context, page, errors } = await newPage(browser, language);
    try {
      await page.goto(`${stack.webUrl}/join`);
      await waitForPage(page);
      await makeIdentity(page, BAD_ID, language === 'en' ? 'Zhang San' : '张三');
      const error = page.getByTestId('field-error');
      await error.first().waitFor({ state: 'visible' });
      const text = (await error.first().innerText()).trim();
      assert.match(text, expected, `the message says what is wrong (${language}): "${text}"`);
      assert.doesNotMatch(text, /\b0x[0-9a-f]{8,}|Error:|undefined|\[object/i, `no raw error text (${language}): "${text}"`);
      // Personal data is not echoed: no run of four characters of the number appears in the message.
      for (let i = 0; i + 4 <= BAD_ID.length; i++) assert.ok(!text.includes(BAD_ID.slice(i, i + 4)), `"${BAD_ID.slice(i, i + 4)}" of the number echoed (${language}): "${text}"`);
      assert.equal(await page.getByTestId('join-id-number').getAttribute('aria-invalid'), 'true', 'the field is marked invalid');
      assert.equal(await page.getByTestId('join-identity').count(), 0, 'no identity is made from a bad number');
      // An empty number is refused too, with its own message.
      await page.getByTestId('join-id-number').fill('');
      await page.getByTestId('join-make-identity').click();
      await textMatches(page.getByTestId('field-error'), language === 'en' ? /Enter your document number/ : /\S/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  }
});

test('a member joins: ID number and name, the salt saved, a deposit with permit; the account shows it', async () => {
  const { context, page, errors } = await newPage(browser, 'en');
  try {
    await page.goto(`${stack.webUrl}/join`);
    await waitForPage(page);
    await connectAs(page, 'E2E joiner');
    await makeIdentity(page, GOOD_ID, 'Zhang San');
    const salt = await textMatches(page.getByTestId('join-salt'), /^0x[0-9a-f]{64}$/i);
    const commitment = await textMatches(page.getByTestId('join-commitment'), /^0x[0-9a-f]{64}$/i);

    // The identity file is downloaded and holds the salt.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('join-download').click()]);
    const file = readFileSync(await download.path());
    assert.match(file.toString(), new RegExp(salt.slice(2), 'i'), 'the identity file holds the salt');

    // Without ticking "saved", the deposit is refused with a message.
    await page.getByTestId('join-amount').fill('50');
    await page.getByTestId('join-submit').click();
    await textMatches(page.getByTestId('field-error'), /saved the identity file|Tick/i);

    await page.getByTestId('join-saved-checkbox').check();
    await page.getByTestId('join-submit').click();
    const status = page.locator('[data-testid="tx-status"]').last();
    await until('the join transaction to succeed', async () => (await status.getAttribute('data-status')) === 'success' || `${await status.getAttribute('data-status')}: ${await status.innerText()}`, 60_000);
    await textMatches(page.getByTestId('join-success'), /member #\d+/);

    await waitForIndexer(stack);
    await page.goto(`${stack.webUrl}/account`);
    await waitForPage(page);
    await until('the account to show the new member waiting for cover', async () => (await page.getByTestId('account-status').first().getAttribute('data-status')) === 'Waiting');
    await textMatches(page.getByTestId('account-balance'), /50\.00/);
    await textMatches(page.getByTestId('account-countdown'), /\d/);
    await until('the deposit in the statement', async () => (await page.locator('[data-testid="statement-row"][data-kind="deposit"]').count()) === 1, 30_000);
    await textMatches(page.locator('[data-testid="statement-row"][data-kind="deposit"]'), /50\.00/);
    assert.ok(commitment);
    assert.deepEqual(errors, []);
  } catch (error) {
    await failureScreenshot(page, 'join');
    throw error;
  } finally {
    await context.close();
  }
});
