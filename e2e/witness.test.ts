/**
 * A new witness on the witness page: before staking it is told a first stake starts a seasoning period; after
 * staking it is not drawable and the page says until when; once the seasoning period is over (the chain's time moved
 * by JSON-RPC) the page offers "activate", which puts it into the draw; the page then shows it drawable, with the
 * largest claim lock its stake carries.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { getWitness } from '@lashou/sdk';
import { connectAs, failureScreenshot, launchBrowser, newPage, textMatches, until, waitForPage } from './lib/browser.ts';
import { open, reader, txSucceeds } from './lib/flows.ts';
import { DAY, increaseTime, useStack, releaseStack, type StackInfo } from './lib/stack.ts';

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

test('a new witness seasons, then is activated into the draw from the witness page', async () => {
  const { witness } = stack.extra;
  const { context, page, errors } = await newPage(browser, 'en');
  try {
    const onChain = () => getWitness(reader(stack), { registry: stack.deployment.registry, witness: witness.address });
    assert.equal((await onChain()).registered, false, 'the test witness starts unregistered');

    await open(page, stack, '/witness');
    await connectAs(page, 'E2E witness');
    await waitForPage(page);
    await textMatches(page.getByTestId('witness-seasoning-rule'), /seasoning period of 30 days/i);
    const minimum = (await onChain()).minimumStake;
    await page.getByTestId('witness-amount').fill(String(minimum / 1_000_000n));
    await page.getByTestId('witness-region').fill('2');
    await page.getByTestId('witness-stake-submit').click();
    await txSucceeds(page, 'staking');

    // Registered but seasoning: not drawable, and the page says until when; no activation offered yet.
    const status = page.getByTestId('witness-status');
    await until('the page to show the witness seasoning', async () => (await status.getAttribute('data-standing')) === 'seasoning' || `${await status.getAttribute('data-standing')}`);
    const registered = await onChain();
    assert.equal(registered.eligible, false, 'not drawable while seasoning');
    assert.ok(registered.seasonedAt > 0n);
    await textMatches(status, /Seasoning: can be drawn from/);
    await textMatches(page.getByTestId('witness-seasoning'), /seasoning period ends .+ left/);
    assert.equal(await page.getByTestId('witness-activate').count(), 0, 'nothing to activate before the seasoning ends');

    // The seasoning period passes: "activate" is offered, and puts the witness into the draw.
    await increaseTime(stack.rpcUrl, 30 * DAY + 1);
    await page.reload();
    await waitForPage(page);
    await until('the page to offer the activation', async () => (await status.getAttribute('data-standing')) === 'activationDue' || `${await status.getAttribute('data-standing')}`);
    await page.getByTestId('witness-activate').click();
    await txSucceeds(page.getByTestId('witness-activation'), 'activating the witness');
    await until('the witness to be drawable on chain', async () => (await onChain()).eligible || 'not eligible');
    await until('the page to show the witness drawable', async () => (await status.getAttribute('data-standing')) === 'eligible' || `${await status.getAttribute('data-standing')}`);
    // A stake of the minimum is tier 0: it carries a lock up to the minimum stake.
    const shown = Number(minimum / 1_000_000n).toLocaleString('en');
    await textMatches(page.getByTestId('witness-largest-lock'), new RegExp(`${shown}\\.00.*tier 0`));
    assert.deepEqual(errors, []);
  } catch (error) {
    await failureScreenshot(page, 'witness');
    throw error;
  } finally {
    await context.close();
  }
});
