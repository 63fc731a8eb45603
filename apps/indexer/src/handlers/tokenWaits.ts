import type { Context } from 'ponder:registry';
import { claim, heldFor, pendingCredit, tokenWait } from 'ponder:schema';
import { addToTimeline } from './ClaimsManager';

// Money decided but waiting for the token to move (a paused token, an address blocked by its issuer). The contracts
// never let a decision wait for the token: a slash, a confirmed fraud, a dismissal and a no-show replacement stand, and
// the money waits in the registry (`owedTo`), in the modules (`pendingCredit`) or for its payee (`unclaimedPayoutOf`,
// `unclaimedRefundOf`). These helpers keep the index's running totals of each; the handlers of each contract call them.

const WAIT = 1;

/** The `token_wait` singleton, created empty on first use. */
export async function ensureTokenWait(context: Context) {
  await context.db
    .insert(tokenWait)
    .values({ id: WAIT, owedToClaims: 0n, owedToReports: 0n, owedToOthers: 0n, claimsPendingCredits: 0n, updatedAt: 0n })
    .onConflictDoNothing();
}

/** Which deployed module an address is: the slashed stake of a no-show belongs to the claims manager, that of a
 *  confirmed fraud to FraudReports. */
export function moduleOf(context: Context, address: string): 'ClaimsManager' | 'FraudReports' | null {
  const a = address.toLowerCase();
  if (a === context.contracts.ClaimsManager.address?.toString().toLowerCase()) return 'ClaimsManager';
  if (a === context.contracts.FraudReports.address?.toString().toLowerCase()) return 'FraudReports';
  return null;
}

/** Adds `delta` (negative to take away) to the registry's stake owed to `module`. */
export async function addOwedStake(context: Context, module: 'ClaimsManager' | 'FraudReports' | null, delta: bigint, at: bigint) {
  await ensureTokenWait(context);
  await context.db.update(tokenWait, { id: WAIT }).set((row) => ({
    owedToClaims: module === 'ClaimsManager' ? row.owedToClaims + delta : row.owedToClaims,
    owedToReports: module === 'FraudReports' ? row.owedToReports + delta : row.owedToReports,
    owedToOthers: module === null ? row.owedToOthers + delta : row.owedToOthers,
    updatedAt: at,
  }));
}

/** Adds `delta` to the claims manager's pending credits (Σ over claims). */
export async function addClaimsPendingCredits(context: Context, delta: bigint, at: bigint) {
  await ensureTokenWait(context);
  await context.db.update(tokenWait, { id: WAIT }).set((row) => ({ claimsPendingCredits: row.claimsPendingCredits + delta, updatedAt: at }));
}

/** Adds to what is kept for `address`: its payouts (pool) or its report refunds (FraudReports). */
export async function addHeldFor(context: Context, address: `0x${string}`, kind: 'payouts' | 'refunds', delta: bigint, at: bigint) {
  const lower = address.toLowerCase() as `0x${string}`;
  await context.db
    .insert(heldFor)
    .values({ address: lower, payouts: kind === 'payouts' ? delta : 0n, refunds: kind === 'refunds' ? delta : 0n, updatedAt: at })
    .onConflictDoUpdate((row) => ({
      payouts: kind === 'payouts' ? row.payouts + delta : row.payouts,
      refunds: kind === 'refunds' ? row.refunds + delta : row.refunds,
      updatedAt: at,
    }));
}

/** Adds `delta` to the claim's waiting figures (its pending credit, or the stake the registry still owes for it). */
export async function addToClaimWaiting(context: Context, claimId: bigint, field: 'pendingCredit' | 'owedStake', delta: bigint) {
  await context.db
    .update(claim, { claimId })
    .set((row) => (field === 'pendingCredit' ? { pendingCredit: row.pendingCredit + delta } : { owedStake: row.owedStake + delta }))
    .catch(() => undefined); // a claim the index does not know (never, with the deployment's own modules)
}

/** Records a credit deferred by a module (`CreditDeferred`): one row per claim (claims manager) or per report. */
export async function deferCredit(
  context: Context,
  values: { source: 'ClaimsManager' | 'FraudReports'; claimId: bigint; reportId: bigint | null; reason: string; amount: bigint; at: bigint; tx: `0x${string}` },
) {
  const { source, claimId, reportId, reason, amount, at, tx } = values;
  const id = pendingCreditId(source, source === 'ClaimsManager' ? claimId : (reportId as bigint));
  await context.db
    .insert(pendingCredit)
    .values({ id, source, claimId, reportId, reason, pending: amount, deferred: amount, credited: 0n, deferredAt: at, deferredTx: tx })
    .onConflictDoUpdate((row) => ({ pending: row.pending + amount, deferred: row.deferred + amount, deferredTx: tx }));
  await addToClaimWaiting(context, claimId, 'pendingCredit', amount);
}

/**
 * Books a deferred credit made by `creditPending` (the module's `PendingCreditMade`, emitted right after the pool's
 * `MembersCredited` of the same call): the row of that claim (claims manager) or report (FraudReports) moves from
 * `pending` to `credited`, and the claim's timeline says so. `creditPending` credits all that is pending for the id, so
 * the index must have exactly that amount pending with that claim and reason: anything else means the index and the
 * chain disagree, and indexing stops. The module's running total is the caller's.
 */
export async function makePendingCredit(
  context: Context,
  event: { id: string; block: { number: bigint; timestamp: bigint }; log: { logIndex: number }; transaction: { hash: `0x${string}` } },
  made: { source: 'ClaimsManager' | 'FraudReports'; claimId: bigint; reportId: bigint | null; reason: string; amount: bigint },
) {
  const { source, claimId, reportId, reason, amount } = made;
  const id = pendingCreditId(source, source === 'ClaimsManager' ? claimId : (reportId as bigint));
  const found = await context.db.find(pendingCredit, { id });
  const row = found ? { ...found } : null; // Ponder's cache hands out live rows
  if (!row || row.pending !== amount || row.claimId !== claimId || row.reason !== reason) {
    throw new Error(
      `${source}: PendingCreditMade ${reason} ${amount} for ${id} (claim ${claimId}), but the index has ` +
        (row ? `${row.pending} pending for it (${row.reason}, claim ${row.claimId})` : 'no deferred credit for it'),
    );
  }
  await context.db.update(pendingCredit, { id }).set((r) => ({
    pending: r.pending - amount,
    credited: r.credited + amount,
    creditedAt: event.block.timestamp,
    creditedTx: event.transaction.hash,
  }));
  await addToClaimWaiting(context, claimId, 'pendingCredit', -amount);
  await addToTimeline(context, claimId, 'PendingCreditMade', { ...event, args: { source, claimId, reportId, reason, amount } });
}

export function pendingCreditId(source: 'ClaimsManager' | 'FraudReports', id: bigint): string {
  return `${source}:${id}`;
}
