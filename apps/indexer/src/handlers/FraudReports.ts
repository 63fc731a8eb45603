import { ponder } from 'ponder:registry';
import { claim, ledger, report, reportsState } from 'ponder:schema';
import { and, asc, eq, isNull, lt } from 'ponder';
import type { Hex } from 'viem';
import { REPORT_OUTCOMES } from '@lashou/sdk';
import { addToTimeline } from './ClaimsManager';
import { ledgerAt } from './MutualPool';
import { bytes32Text, positionOf } from './shared';
import { addHeldFor, deferCredit, makePendingCredit } from './tokenWaits';

const STATE = 1;

async function reports(context: Parameters<Parameters<typeof ponder.on>[1]>[0]['context']) {
  await context.db.insert(reportsState).values({ id: STATE, bondsHeld: 0n, operatorFees: 0n, deferred: 0n, pendingCredits: 0n }).onConflictDoNothing();
}

ponder.on('FraudReports:FraudReported', async ({ event, context }) => {
  const { reportId, claimId, reporter, bond, commitment, deadline } = event.args;
  const at = positionOf(event);
  await context.db.insert(report).values({
    reportId, claimId, reporter, bond, commitment, evidenceHash: null, revealedAt: null, deadline, outcome: 'Open', filedAt: at.timestamp,
  });
  await context.db.update(claim, { claimId }).set((row) => ({ reports: row.reports + 1, openReports: row.openReports + 1 }));
  await context.db.insert(ledger).values({ id: event.id, account: reporter, kind: 'bond', direction: 'in', amount: bond, claimId, reportId, ...ledgerAt(at) });
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ bondsHeld: row.bondsHeld + bond }));
  await addToTimeline(context, claimId, 'FraudReported', event);
});

ponder.on('FraudReports:EvidenceRevealed', async ({ event, context }) => {
  const { reportId, claimId, evidenceHash } = event.args;
  await context.db.update(report, { reportId }).set({ evidenceHash, revealedAt: event.block.timestamp });
  await addToTimeline(context, claimId, 'EvidenceRevealed', event);
});

ponder.on('FraudReports:ReportResolved', async ({ event, context }) => {
  const { reportId, claimId, outcome, reporter, bondReturned, reward, slashed, creditedToMembers, fee } = event.args;
  const at = positionOf(event);
  const r = await context.db.find(report, { reportId });
  if (!r) throw new Error(`ReportResolved for unknown report ${reportId}`);
  const outcomeName = REPORT_OUTCOMES[outcome] ?? `Outcome${outcome}`;
  await context.db.update(report, { reportId }).set({
    outcome: outcomeName, bondReturned, reward, slashed, creditedToMembers, fee, resolvedAt: at.timestamp,
  });
  if (bondReturned > 0n) {
    await context.db.insert(ledger).values({ id: `${event.id}:bond`, account: reporter, kind: 'bondReturned', direction: 'out', amount: bondReturned, claimId, reportId, ...ledgerAt(at) });
  }
  if (reward > 0n) {
    await context.db.insert(ledger).values({ id: `${event.id}:reward`, account: reporter, kind: 'reward', direction: 'out', amount: reward, claimId, reportId, ...ledgerAt(at) });
  }
  // A dismissed report's bond goes to the operator's fee or, by parameter, to every member (creditedToMembers).
  const forfeited = outcomeName === 'Dismissed' ? fee + creditedToMembers : fee;
  if (forfeited > 0n) {
    await context.db.insert(ledger).values({ id: `${event.id}:fee`, account: reporter, kind: 'bondForfeited', direction: 'none', amount: forfeited, claimId, reportId, ...ledgerAt(at) });
  }
  // The claim's open reports, as the claims manager counts them: a confirmed fraud ends the claim (every other
  // open report is then Superseded, which leaves the count at 0); a dismissal or an expiry closes one.
  if (outcomeName === 'Confirmed') await context.db.update(claim, { claimId }).set({ openReports: 0 });
  else if (outcomeName === 'Dismissed' || outcomeName === 'Expired') {
    await context.db.update(claim, { claimId }).set((row) => ({ openReports: row.openReports > 0 ? row.openReports - 1 : 0 }));
  }
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ bondsHeld: row.bondsHeld - r.bond, operatorFees: row.operatorFees + fee }));
  await linkDeferredPayments(context, { reporter, reportId, claimId, transactionHash: at.transactionHash, logIndex: at.logIndex });
  await addToTimeline(context, claimId, 'ReportResolved', { ...event, args: { ...event.args, outcomeName } });
});

type Ctx = Parameters<Parameters<typeof ponder.on>[1]>[0]['context'];

/** A reporter payment the resolution could not make (`ReporterPaymentDeferred`, earlier in the same call) names no
 *  report: the resolution that follows it does. Its ledger row gets the report and the claim, and the claim's timeline
 *  the deferral, at the deferral's own place in the chain. */
async function linkDeferredPayments(context: Ctx, at: { reporter: Hex; reportId: bigint; claimId: bigint; transactionHash: Hex; logIndex: number }) {
  const rows = await context.db.sql
    .select()
    .from(ledger)
    .where(
      and(
        eq(ledger.transactionHash, at.transactionHash),
        eq(ledger.kind, 'paymentHeld'),
        eq(ledger.account, at.reporter.toLowerCase() as Hex),
        isNull(ledger.reportId),
        lt(ledger.logIndex, at.logIndex),
      ),
    )
    .orderBy(asc(ledger.logIndex));
  for (const row of rows) {
    await context.db.update(ledger, { id: row.id }).set({ reportId: at.reportId, claimId: at.claimId });
    await addToTimeline(context, at.claimId, 'ReporterPaymentDeferred', {
      id: row.id,
      args: { reporter: at.reporter, amount: row.amount, reportId: at.reportId },
      block: { number: row.blockNumber, timestamp: row.timestamp },
      log: { logIndex: row.logIndex },
      transaction: { hash: row.transactionHash },
    });
  }
}

ponder.on('FraudReports:ReporterPaymentDeferred', async ({ event, context }) => {
  // The token refused the transfer, or the slashed stake the reward comes from has not arrived: kept for releaseRefund.
  // The resolution that follows in the same call names the report (linkDeferredPayments).
  const { reporter, amount } = event.args;
  const at = positionOf(event);
  await context.db.insert(ledger).values({ id: event.id, account: reporter, kind: 'paymentHeld', direction: 'none', amount, ...ledgerAt(at) });
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ deferred: row.deferred + amount }));
  await addHeldFor(context, reporter, 'refunds', amount, at.timestamp);
});

ponder.on('FraudReports:RefundClaimed', async ({ event, context }) => {
  // releaseRefund(reporter): anyone may call it, the tokens go to the reporter only (`to` is the reporter).
  const { reporter, to, amount } = event.args;
  const at = positionOf(event);
  await context.db.insert(ledger).values({ id: event.id, account: reporter, kind: 'refundClaimed', direction: 'out', amount, counterparty: to, ...ledgerAt(at) });
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ deferred: row.deferred - amount }));
  await addHeldFor(context, reporter, 'refunds', -amount, at.timestamp);
});

ponder.on('FraudReports:CreditDeferred', async ({ event, context }) => {
  // A resolution's credit to the members (a confirmed fraud's slashed stake, SLASH, or a dismissed bond,
  // DISMISSED_BOND) waits in pendingCredit(reportId) for creditPending: the token could not move, or the stake had not
  // arrived from the registry. Emitted before the resolution's ReportResolved.
  const { reportId, claimId, amount, reason } = event.args;
  const at = positionOf(event);
  const reasonText = bytes32Text(reason);
  await deferCredit(context, { source: 'FraudReports', claimId, reportId, reason: reasonText, amount, at: at.timestamp, tx: at.transactionHash });
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ pendingCredits: row.pendingCredits + amount }));
  await addToTimeline(context, claimId, 'CreditDeferred', { ...event, args: { ...event.args, source: 'FraudReports', reasonText } });
});

ponder.on('FraudReports:PendingCreditMade', async ({ event, context }) => {
  // creditPending(reportId) credited every member the report's deferred credit (the pool's MembersCredited, same
  // reason and claim, just before in the same call, made the credit itself).
  const { reportId, claimId, amount, reason } = event.args;
  await makePendingCredit(context, event, { source: 'FraudReports', claimId, reportId, reason: bytes32Text(reason), amount });
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ pendingCredits: row.pendingCredits - amount }));
});

ponder.on('FraudReports:RecoveryRecorded', async ({ event, context }) => {
  const { claimId, from, amount } = event.args;
  await context.db.insert(ledger).values({ id: event.id, account: from, kind: 'recovery', direction: 'in', amount, claimId, ...ledgerAt(positionOf(event)) });
  await addToTimeline(context, claimId, 'RecoveryRecorded', event);
});

ponder.on('FraudReports:OperatorFeesWithdrawn', async ({ event, context }) => {
  const { to, amount } = event.args;
  await context.db.insert(ledger).values({ id: event.id, account: to, kind: 'operatorFee', direction: 'out', amount, ...ledgerAt(positionOf(event)) });
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ operatorFees: row.operatorFees - amount }));
});
