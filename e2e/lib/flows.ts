/** Steps shared by the flow tests: transactions in the page, reading the chain to know what the page should show. */
import { getClaim, getPool, type GetClaimReturnType } from '@lashou/sdk';
import { walletFor, anvilDevKey } from '@lashou/sdk/node';
import { keccak256, toHex, type Address } from 'viem';
import type { Locator, Page } from 'playwright-core';
import { StopWaiting, until, waitForPage } from './browser.ts';
import { chainTime, increaseTime, type StackInfo } from './stack.ts';

/** The demo's operator nullifier secret (printed by lashou dev; packages/cli/src/dev/seedDemo.ts). */
export const DEMO_OPERATOR_SECRET = keccak256(toHex('lashou-demo-operator-secret'));

/**
 * Waits for the last `tx-status` inside `scope` to be `success`; fails with the page's message on `error`. With
 * `orGone`, the scope leaving the page (a review card leaves the queue once its claim moves on) counts as done:
 * the caller then checks the chain.
 */
export async function txSucceeds(scope: Page | Locator, what: string, { timeoutMs = 60_000, orGone = false } = {}) {
  const status = scope.locator('[data-testid="tx-status"]').last();
  await until(
    `${what} to succeed`,
    async () => {
      if ((await status.count()) === 0) return orGone && 'count' in scope && (await scope.count()) === 0 ? true : 'no transaction status yet';
      const state = await status.getAttribute('data-status', { timeout: 2_000 });
      if (state === 'error') throw new StopWaiting(`${what} failed in the page: ${(await status.innerText()).trim()}`);
      return state === 'success' || `${state}: ${(await status.innerText({ timeout: 2_000 })).trim()}`;
    },
    timeoutMs,
  );
}

/** Opens `path`, waits for it, and returns the page. */
export async function open(page: Page, stack: StackInfo, path: string) {
  await page.goto(`${stack.webUrl}${path}`);
  await waitForPage(page);
}

export function reader(stack: StackInfo) {
  return walletFor(stack.rpcUrl, anvilDevKey(0));
}

export async function claimOnChain(stack: StackInfo, claimId: bigint | string): Promise<GetClaimReturnType> {
  return getClaim(reader(stack), { claims: stack.deployment.claims, claimId: BigInt(claimId) });
}

/** Waits until the claim is in `state` on chain. */
export async function claimReaches(stack: StackInfo, claimId: bigint | string, state: string, timeoutMs = 30_000) {
  await until(`claim ${claimId} to be ${state}`, async () => {
    const c = await claimOnChain(stack, claimId);
    return c.state === state || c.state;
  }, timeoutMs);
}

/** The picker label of the demo witness at `address` ("Witness <n> (region r)"). */
export function witnessLabel(stack: StackInfo, address: Address): string {
  const index = stack.demo.witnesses.findIndex((w) => w.address.toLowerCase() === address.toLowerCase());
  if (index < 0) throw new Error(`${address} is not a demo witness`);
  return `Witness ${index + 1} (`;
}

/** Moves the chain's time past the end of the open epoch, so it can be settled. */
export async function toEpochEnd(stack: StackInfo) {
  const { epoch, parameters } = await getPool(reader(stack), { pool: stack.deployment.pool });
  const end = Number(parameters.genesis + (epoch.current + 1n) * parameters.epochLength);
  const now = await chainTime(stack.rpcUrl);
  await increaseTime(stack.rpcUrl, Math.max(1, end - now + 1));
}

/** A diagnosis document (its bytes are hashed in the browser by the notary and by the claimant). */
export function diagnosisDocument(tag: string) {
  return { name: `diagnosis-${tag}.pdf`, mimeType: 'application/pdf', buffer: Buffer.from(`%PDF-1.4\n% Lashou e2e diagnosis ${tag}\n`) };
}

/** `YYYY-MM-DD` of a unix time, in Asia/Shanghai (the browser's time zone in the tests). */
export function dateOf(unix: number): string {
  return new Date((unix + 8 * 3600) * 1000).toISOString().slice(0, 10);
}
