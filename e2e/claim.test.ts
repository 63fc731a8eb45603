/**
 * A claim through its whole life in the UI: the notary signs the diagnosis and the patient's region on the notary
 * page, the member files with that attestation (the region shown from it, not typed), the operator reviews it (identity + nullifier secret), the witnesses are drawn, the three
 * drawn witnesses accept and attest on the witness page, the claim is announced (board, claim page), approved
 * after the announcement window (the claim page then says until when it is paid in instalments), the epoch is
 * settled, and the payout shows on the dashboard and in the claimant's statement. The chain's time moves by JSON-RPC where the protocol waits (evm_increaseTime, anvil_mine).
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { connectAs, failureScreenshot, launchBrowser, newPage, textMatches, until, waitForPage } from './lib/browser.ts';
import { getPool } from '@lashou/sdk';
import { claimOnChain, claimReaches, reader, dateOf, DEMO_OPERATOR_SECRET, diagnosisDocument, open, toEpochEnd, txSucceeds, witnessLabel } from './lib/flows.ts';
import { chainTime, DAY, increaseTime, mine, useStack, releaseStack, waitForIndexer, type StackInfo } from './lib/stack.ts';

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

/** Parses a displayed amount such as "1,234.56 tUSD" or "1,234.56" into a number. */
function amountIn(text: string): number {
  const match = /-?\d[\d,]*(\.\d+)?/.exec(text);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[0].replaceAll(',', ''));
}

async function operatorStep(page: Page, claimId: string, what: string) {
  await open(page, stack, '/operator');
  const button = page.getByTestId(`operator-advance-${claimId}`);
  await until(`the operator page to offer "${what}" for claim ${claimId}`, async () => {
    if (await button.isVisible()) return true;
    await page.reload();
    await waitForPage(page);
    return false;
  }, 30_000, 1_000);
  await button.click();
  await txSucceeds(page.getByTestId(`operator-step-${claimId}`), `${what} (claim ${claimId})`, { orGone: true });
}

test('a claim from the notary to the payout, through every role page', async () => {
  const claimant = stack.extra.claimants[0]!;
  const amount = '30';
  const document = diagnosisDocument(`claim-${claimant.address.slice(2, 8)}`);
  const { context, page, errors } = await newPage(browser, 'en');
  try {
    // ── the notary signs the diagnosis for the claimant ──
    await open(page, stack, '/notary');
    await connectAs(page, '#1 ');
    await page.getByTestId('notary-claimant').fill(claimant.address);
    await page.getByTestId('notary-document-file').setInputFiles(document);
    await textMatches(page.getByTestId('notary-document-value'), /0x[0-9a-f]{64}/i);
    await page.getByTestId('notary-diagnosed').fill(dateOf((await chainTime(stack.rpcUrl)) - 2 * DAY));
    await page.getByTestId('notary-region').fill('1');
    await page.getByTestId('notary-sign').click();
    await txSucceeds(page, 'the notary signature');
    const attestation = await page.getByTestId('notary-json').inputValue();
    assert.match(attestation, /"signature":\s*"0x[0-9a-f]+"/i);
    assert.match(attestation, /"region":\s*1\b/, 'the attestation carries the region the notary signed');

    // ── the member files the claim with it ──
    await open(page, stack, '/claims/new');
    await connectAs(page, claimant.label);
    await textMatches(page.getByTestId('file-claim-member'), /cover/i);
    await page.getByTestId('file-claim-attestation').fill(attestation);
    await page.getByTestId('file-claim-attestation-summary').waitFor({ state: 'visible' });
    await page.getByTestId('file-claim-document-file').setInputFiles(document);
    await page.getByTestId('file-claim-amount').fill(amount);
    // The region is the notary's, shown from the attestation: the member cannot choose where witnesses come from.
    await textMatches(page.getByTestId('file-claim-region'), /^1$/);
    assert.equal(await page.locator('input[data-testid="file-claim-region"]').count(), 0, 'no region field to type into');
    await page.getByTestId('file-claim-submit').click();
    await txSucceeds(page, 'filing the claim');
    const href = await page.getByTestId('file-claim-link').getAttribute('href');
    const claimId = /\/claims\/(\d+)/.exec(href ?? '')?.[1];
    assert.ok(claimId, `the success message links to the claim (${href})`);
    await claimReaches(stack, claimId, 'Filed');

    // ── the operator reviews it: the claimant's identity (for the nullifier) and the operator's secret ──
    await open(page, stack, '/operator');
    await connectAs(page, '#0 ');
    const card = page.getByTestId(`operator-claim-${claimId}`);
    await card.waitFor({ state: 'visible', timeout: 30_000 });
    await card.getByTestId(`operator-approve-${claimId}`).check();
    // One person, one nullifier: a passport issued by CHN belongs to a PRC citizen, keyed by the resident ID number,
    // which the form asks for (and nothing is sent without it).
    await card.locator(`#operator-doc-type-${claimId}`).selectOption('PASSPORT');
    await card.getByTestId(`operator-id-number-${claimId}`).fill('CHN:E12345678');
    await card.getByTestId(`operator-secret-${claimId}`).fill(DEMO_OPERATOR_SECRET);
    await card.getByTestId(`operator-resident-id-${claimId}`).waitFor({ state: 'visible' });
    await page.getByTestId(`operator-review-${claimId}`).click();
    await textMatches(card.getByTestId('field-error'), /a passport issued by CHN belongs to a PRC citizen, whose person key is the resident ID number|中国（CHN）签发的护照属于中华人民共和国公民/);
    assert.equal(await claimOnChain(stack, claimId).then((c) => c.state), 'Filed');
    await card.locator(`#operator-doc-type-${claimId}`).selectOption('CN_RESIDENT_ID');
    assert.equal(await card.getByTestId(`operator-resident-id-${claimId}`).count(), 0, 'the resident ID field is only for passports');
    await card.getByTestId(`operator-id-number-${claimId}`).fill(claimant.idNumber);
    await card.getByTestId(`operator-secret-${claimId}`).fill(DEMO_OPERATOR_SECRET);
    await page.getByTestId(`operator-review-${claimId}`).click();
    await txSucceeds(card, 'the operator review', { orGone: true });
    await claimReaches(stack, claimId, 'Reviewed');

    // ── the witnesses are drawn from a future block's randomness ──
    // A drawn witness whose free stake cannot carry the claim's lock (the rest is locked for other claims, or was
    // slashed) is skipped, and its place waits for a draw from fresh randomness: the operator page offers it again,
    // as a keeper would take it. Draw until the three places are filled.
    let drawn: Awaited<ReturnType<typeof claimOnChain>>['witnesses'] = [];
    for (let draw = 1; ; draw++) {
      await mine(stack.rpcUrl, 3);
      await operatorStep(page, claimId, `draw the witnesses (draw ${draw})`);
      await claimReaches(stack, claimId, 'WitnessesDrawn');
      const slots = (await claimOnChain(stack, claimId)).witnesses;
      drawn = slots.filter((w) => w.status === 'Drawn');
      if (!slots.some((w) => w.status === 'Empty')) break;
      assert.ok(draw < 4, `places still empty after ${draw} draws: ${slots.map((w) => w.status).join(', ')}`);
    }
    assert.equal(drawn.length, 3, 'three witnesses are drawn');

    // ── each drawn witness accepts and attests on the witness page ──
    for (const witness of drawn) {
      await open(page, stack, '/witness');
      await connectAs(page, witnessLabel(stack, witness.witness));
      const card = page.getByTestId(`witness-assignment-${claimId}`);
      await card.waitFor({ state: 'visible', timeout: 30_000 });
      await card.getByTestId(`witness-accept-${claimId}`).click();
      await txSucceeds(card, `witness ${witness.slot} accepting`, { orGone: true });
      await until(`witness ${witness.slot} to have accepted`, async () => (await claimOnChain(stack, claimId)).witnesses[witness.slot]?.status === 'Accepted' || 'not yet');
      const attest = card.getByTestId(`witness-attest-${claimId}`);
      await attest.waitFor({ state: 'visible', timeout: 30_000 });
      // The visit report is hashed in the browser, like the diagnosis; the witness finds the patient ill.
      await card.getByTestId(`witness-report-${claimId}-file`).setInputFiles(diagnosisDocument(`visit-${claimId}-${witness.slot}`));
      await textMatches(card.getByTestId(`witness-report-${claimId}-value`), /0x[0-9a-f]{64}/i);
      await card.getByTestId(`witness-approve-${claimId}`).check();
      await attest.click();
      await txSucceeds(card, `witness ${witness.slot} attesting`, { orGone: true });
      await until(`witness ${witness.slot} to have attested`, async () => (await claimOnChain(stack, claimId)).witnesses[witness.slot]?.status === 'Approved' || (await claimOnChain(stack, claimId)).witnesses[witness.slot]?.status || '');
    }
    await claimReaches(stack, claimId, 'Announced');

    // ── announced: on the board with its countdown, and on the claim's page ──
    await waitForIndexer(stack);
    await open(page, stack, '/board');
    await page.getByTestId(`board-claim-${claimId}`).waitFor({ state: 'visible', timeout: 30_000 });
    await textMatches(page.getByTestId(`board-claim-${claimId}`).getByTestId('countdown'), /\d/);
    await open(page, stack, `/claims/${claimId}`);
    await textMatches(page.getByTestId('claim-state'), /announced/i);
    await textMatches(page.getByTestId('claim-amount'), /30\.00/);

    // ── the announcement window passes without a report: approved, then the epoch is settled ──
    await open(page, stack, '/');
    const paidBefore = amountIn(await textMatches(page.getByTestId('stat-total-paid'), /\d/));
    await increaseTime(stack.rpcUrl, 7 * DAY + 1);
    await operatorStep(page, claimId, 'approve');
    await claimReaches(stack, claimId, 'Approved');
    const approved = await claimOnChain(stack, claimId);
    assert.equal(approved.region, 1, 'filed in the region the notary signed');
    assert.ok(approved.deadline > BigInt(await chainTime(stack.rpcUrl)), 'an approved claim has a payment deadline');
    // The claim's page: paid in instalments until the payment window ends, then the rest is cancelled.
    await waitForIndexer(stack);
    await open(page, stack, `/claims/${claimId}`);
    await textMatches(page.getByTestId('claim-payment-schedule'), /instalments at each settlement until .+; whatever is unpaid then is cancelled/);
    await toEpochEnd(stack);
    // Every ended epoch is settled in turn (time moved past more than one), the claim's with them.
    for (let settled = 0; ; settled++) {
      const { epoch } = await getPool(reader(stack), { pool: stack.deployment.pool });
      if (epoch.nextToSettle >= epoch.current) break;
      assert.ok(settled < 6, `epochs left to settle after ${settled} settlements: ${epoch.nextToSettle} < ${epoch.current}`);
      await open(page, stack, '/operator');
      const settle = page.getByTestId('operator-settle');
      await until('the settle button to be enabled', async () => {
        if (await settle.isEnabled()) return true;
        await page.reload();
        await waitForPage(page);
        return false;
      }, 30_000, 1_000);
      await settle.click();
      await txSucceeds(settle.locator('xpath=ancestor::div[contains(@class,"card")][1]'), `settling epoch ${epoch.nextToSettle}`);
    }
    await until(`claim ${claimId} to be paid in full`, async () => (await claimOnChain(stack, claimId)).fullyPaid || 'not yet');

    // ── the payout: on the dashboard, and in the claimant's statement ──
    await waitForIndexer(stack);
    await open(page, stack, '/');
    await until('the dashboard to count the payout', async () => {
      // "paid to patients and witnesses": the payout, and the witnesses' commission with it
      const now = amountIn(await page.getByTestId('stat-total-paid').innerText());
      if (now - paidBefore >= Number(amount) - 0.005) return true;
      await page.reload();
      await waitForPage(page);
      return `paid ${now}, before ${paidBefore}`;
    }, 30_000, 1_000);
    await open(page, stack, '/account');
    await connectAs(page, claimant.label);
    const payout = page.locator('[data-testid="statement-row"][data-kind="payout"]');
    await until('the payout in the claimant\'s statement', async () => {
      if ((await payout.count()) > 0) return true;
      await page.reload();
      await waitForPage(page);
      return false;
    }, 30_000, 1_000);
    await textMatches(payout.first(), /30\.00/);
    await open(page, stack, `/claims/${claimId}`);
    await textMatches(page.getByTestId('claim-state'), /approved|paid/i);
    await page.locator('[data-testid="claim-timeline"], section[aria-labelledby="claim-timeline-title"]').first().waitFor({ state: 'visible' });
    assert.deepEqual(errors, []);
  } catch (error) {
    await failureScreenshot(page, 'claim');
    throw error;
  } finally {
    await context.close();
  }
});
