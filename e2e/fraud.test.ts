/**
 * A fraud report in the UI: a supervisor reports the demo's announced claim on the report page (bond and
 * evidence hash), the operator confirms it on the operator page, the claim is rejected for fraud, and the
 * witnesses' slashed stake is credited to the members: a new credit in a member's statement.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { getReport } from '@lashou/sdk';
import { connectAs, failureScreenshot, launchBrowser, newPage, textMatches, until, waitForPage } from './lib/browser.ts';
import { claimOnChain, claimReaches, diagnosisDocument, open, reader, txSucceeds } from './lib/flows.ts';
import { useStack, releaseStack, waitForIndexer, type StackInfo } from './lib/stack.ts';

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

async function creditRows(page: Page) {
  await open(page, stack, '/account');
  await connectAs(page, '#3 ');
  await page.getByTestId('account-status').first().waitFor({ state: 'visible' });
  await page.locator('[data-testid="statement-row"]').first().waitFor({ state: 'visible', timeout: 30_000 });
  return page.locator('[data-testid="statement-row"][data-kind="credit"]').count();
}

test('a fraud report is confirmed and the slashed stake is credited to the members', async () => {
  const announced = stack.demo.claims.find((c) => c.stage === 'Announced');
  assert.ok(announced, 'the demo has a claim under announcement');
  const claimId = String(announced.claimId);
  assert.equal((await claimOnChain(stack, claimId)).state, 'Announced', 'the claim is still in its announcement window');
  const { context, page, errors } = await newPage(browser, 'en');
  try {
    const creditsBefore = await creditRows(page);

    // ── a supervisor reports it, from the board's report button ──
    await open(page, stack, '/board');
    await connectAs(page, '#2 ');
    const entry = page.getByTestId(`board-claim-${claimId}`);
    await entry.waitFor({ state: 'visible', timeout: 30_000 });
    await entry.getByTestId('report-button').click();
    await page.waitForURL(/\/report/);
    await waitForPage(page);
    const claimField = page.getByTestId('report-claim');
    if ((await claimField.inputValue()) !== claimId) await claimField.fill(claimId);
    await page.getByTestId('report-evidence-file').setInputFiles(diagnosisDocument(`evidence-${claimId}`));
    await textMatches(page.getByTestId('report-evidence-value'), /0x[0-9a-f]{64}/i);
    await page.getByTestId('report-claim-summary').waitFor({ state: 'visible' });
    await page.getByTestId('report-submit').click();
    await txSucceeds(page, 'the fraud report');
    await page.getByTestId('report-success').waitFor({ state: 'visible' });
    const reportId = await until('the report to be open on the claim', async () => ((await claimOnChain(stack, claimId)).openReport > 0n) || 'no open report').then(async () => (await claimOnChain(stack, claimId)).openReport);

    // ── the operator confirms it ──
    await open(page, stack, '/operator');
    await connectAs(page, '#0 ');
    const confirm = page.getByTestId(`operator-confirm-${reportId}`);
    await confirm.waitFor({ state: 'visible', timeout: 30_000 });
    await confirm.click();
    await txSucceeds(page.getByTestId(`operator-report-${reportId}`), 'confirming the report', { orGone: true });
    // Confirmed during its announcement, the claim is rejected for fraud (a paid one would become FraudConfirmed).
    await claimReaches(stack, claimId, 'Rejected');
    assert.equal((await getReport(reader(stack), { reports: stack.deployment.reports, reportId })).outcome, 'Confirmed');

    // ── the claim's page says so, and the slashed stake is a credit in a member's statement ──
    await waitForIndexer(stack);
    await open(page, stack, `/claims/${claimId}`);
    await textMatches(page.getByTestId('claim-state'), /rejected|fraud/i);
    await until('a new credit in member #3\'s statement', async () => {
      const now = await creditRows(page);
      return now === creditsBefore + 1 || `${now} credits, ${creditsBefore} before`;
    }, 30_000, 1_000);
    const credit = page.locator('[data-testid="statement-row"][data-kind="credit"]').first();
    await textMatches(credit, /slashed|claim #/i);
    assert.deepEqual(errors, []);
  } catch (error) {
    await failureScreenshot(page, 'fraud');
    throw error;
  } finally {
    await context.close();
  }
});
