/**
 * Fraud reports in the UI: a supervisor reports the demo's announced claim on the report page (the bond with a sealed
 * commitment, then the evidence revealed: two transactions, each followed on the page, and the salt shown to keep);
 * a second supervisor's report on the same claim is only committed (its reveal "failed") and is revealed later from
 * the report page with its salt (a wrong salt is refused first); the operator confirms the first report on the
 * operator page, the claim is rejected for fraud, the second report is closed as superseded (bond back) by anyone,
 * and the witnesses' slashed stake is credited to the members: a new credit in a member's statement.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { keccak256, parseAbi, parseEventLogs, toHex, type Hex } from 'viem';
import { fraudReportsAbi } from '@lashou/abi';
import { getReport, reportCommitment, requestTestTokens } from '@lashou/sdk';
import { anvilDevKey, walletFor } from '@lashou/sdk/node';
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

/**
 * A second supervisor (anvil's #9) files a report on `claimId` and posts its bond, but its reveal never goes
 * through: only the commitment is on chain. Returns the report id.
 */
async function commitOnly(claimId: bigint, evidenceHash: Hex, salt: Hex): Promise<bigint> {
  const supervisor = walletFor(stack.rpcUrl, anvilDevKey(9));
  await requestTestTokens(reader(stack), { token: stack.deployment.token, amount: 1_000_000_000n, to: supervisor.account.address });
  const approve = await supervisor.writeContract({
    address: stack.deployment.token,
    abi: parseAbi(['function approve(address spender, uint256 amount) returns (bool)']),
    functionName: 'approve',
    args: [stack.deployment.reports, 10n ** 30n],
  });
  await supervisor.waitForTransactionReceipt({ hash: approve });
  const commitment = reportCommitment({ reporter: supervisor.account.address, claimId, evidenceHash, salt });
  const hash = await supervisor.writeContract({ address: stack.deployment.reports, abi: fraudReportsAbi, functionName: 'reportFraud', args: [claimId, commitment] });
  const receipt = await supervisor.waitForTransactionReceipt({ hash });
  assert.equal(receipt.status, 'success', 'the second report is filed');
  const [event] = parseEventLogs({ abi: fraudReportsAbi, logs: receipt.logs, eventName: 'FraudReported' });
  assert.ok(event, 'the second report has its FraudReported event');
  return event.args.reportId;
}

test('fraud reports: two steps on the page, a second report revealed later, one confirmed, the other superseded, the slash credited', async () => {
  const announced = stack.demo.claims.find((c) => c.stage === 'Announced');
  assert.ok(announced, 'the demo has a claim under announcement');
  const claimId = String(announced.claimId);
  assert.equal((await claimOnChain(stack, claimId)).state, 'Announced', 'the claim is still in its announcement window');
  const { context, page, errors } = await newPage(browser, 'en');
  try {
    const creditsBefore = await creditRows(page);

    // ── a supervisor reports it, from the board's report button: two transactions, both followed ──
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
    const evidence = /0x[0-9a-f]{64}/i.exec(await textMatches(page.getByTestId('report-evidence-value'), /0x[0-9a-f]{64}/i))![0].toLowerCase();
    await page.getByTestId('report-claim-summary').waitFor({ state: 'visible' });
    await textMatches(page.getByTestId('report-two-steps'), /two confirmations/i);
    await page.getByTestId('report-submit').click();
    // The salt is on the page from the start, to keep until the evidence is revealed.
    const salt = await textMatches(page.getByTestId('report-salt'), /^0x[0-9a-f]{64}$/i);
    for (const step of ['commit', 'reveal']) {
      await until(`step ${step} of the report to be done`, async () => {
        const status = await page.getByTestId(`report-step-${step}`).getAttribute('data-status');
        if (status === 'failed') throw new Error(`step ${step} failed: ${await page.getByTestId('report-progress').innerText()}`);
        return status === 'done' || `${status}`;
      }, 60_000);
    }
    const success = page.getByTestId('report-success');
    await success.waitFor({ state: 'visible' });
    const reportId = BigInt((await success.getAttribute('data-report-id')) ?? '0');
    const first = await getReport(reader(stack), { reports: stack.deployment.reports, reportId });
    assert.equal(first.claimId, BigInt(claimId), 'the report is on the claim');
    assert.equal(first.evidenceHash.toLowerCase(), evidence, 'its evidence is revealed, the file hashed in the page');
    assert.equal(first.outcome, 'Open');
    assert.equal(await page.getByTestId('report-salt').innerText(), salt, 'the receipt keeps the salt');
    await claimReaches(stack, claimId, 'UnderInvestigation');

    // ── a second supervisor reports the same claim, but only its commitment goes through ──
    const secondEvidence = keccak256(toHex(`e2e second evidence ${claimId}`));
    const secondSalt = keccak256(toHex(`e2e second salt ${claimId}`));
    const secondId = await commitOnly(BigInt(claimId), secondEvidence, secondSalt);
    assert.equal((await claimOnChain(stack, claimId)).openReports, 2n, 'several reports are open on one claim');
    assert.equal((await getReport(reader(stack), { reports: stack.deployment.reports, reportId: secondId })).evidenceHash, `0x${'0'.repeat(64)}`);

    // ── its evidence is revealed later from the report page, with the salt (a wrong one is refused first) ──
    await open(page, stack, `/report?claim=${claimId}`);
    await textMatches(page.getByTestId('report-open-reports'), /2 reports/);
    const later = page.getByTestId('report-reveal-later');
    await later.locator('summary').click();
    await page.getByTestId('report-reveal-id').fill(String(secondId));
    await page.getByTestId('report-reveal-evidence-hash').fill(secondEvidence);
    await page.getByTestId('report-reveal-salt').fill(keccak256(toHex('not the salt')));
    await page.getByTestId('report-reveal-submit').click();
    await textMatches(page.getByTestId('report-reveal-error'), /do not open report/i);
    await page.getByTestId('report-reveal-salt').fill(secondSalt);
    await page.getByTestId('report-reveal-submit').click();
    await txSucceeds(later, 'revealing the second report');
    await page.getByTestId('report-reveal-done').waitFor({ state: 'visible' });
    assert.equal((await getReport(reader(stack), { reports: stack.deployment.reports, reportId: secondId })).evidenceHash, secondEvidence);

    // ── the operator sees both reports and confirms the first ──
    await open(page, stack, '/operator');
    await connectAs(page, '#0 ');
    await page.getByTestId(`operator-report-${secondId}`).waitFor({ state: 'visible', timeout: 30_000 });
    const confirm = page.getByTestId(`operator-confirm-${reportId}`);
    await confirm.waitFor({ state: 'visible', timeout: 30_000 });
    await confirm.click();
    await txSucceeds(page.getByTestId(`operator-report-${reportId}`), 'confirming the report', { orGone: true });
    // Confirmed during its announcement, the claim is rejected for fraud (a paid one would become FraudConfirmed).
    await claimReaches(stack, claimId, 'Rejected');
    assert.equal((await getReport(reader(stack), { reports: stack.deployment.reports, reportId })).outcome, 'Confirmed');

    // ── the other report can no longer be decided: anyone closes it as superseded, its bond goes back ──
    const close = page.getByTestId(`operator-expire-report-${secondId}`);
    await until('the operator page to offer closing the superseded report', async () => {
      if (await close.isVisible()) return true;
      await page.reload();
      await waitForPage(page);
      return false;
    }, 30_000, 1_000);
    await close.click();
    await txSucceeds(page.getByTestId(`operator-close-report-${secondId}`), 'closing the superseded report');
    assert.equal((await getReport(reader(stack), { reports: stack.deployment.reports, reportId: secondId })).outcome, 'Superseded');

    // ── the claim's page says so, and the slashed stake is a credit in a member's statement ──
    await waitForIndexer(stack);
    await open(page, stack, `/claims/${claimId}`);
    await textMatches(page.getByTestId('claim-state'), /rejected|fraud/i);
    await textMatches(page.getByTestId('claim-reports'), /Superseded/);
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
