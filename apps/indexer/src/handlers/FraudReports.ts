import { ponder } from 'ponder:registry';
import { claim, ledger, report, reportsState } from 'ponder:schema';
import { REPORT_OUTCOMES } from '@lashou/sdk';
import { addToTimeline } from './ClaimsManager';
import { ledgerAt } from './MutualPool';
import { positionOf } from './shared';

const STATE = 1;

async function reports(context: Parameters<Parameters<typeof ponder.on>[1]>[0]['context']) {
  await context.db.insert(reportsState).values({ id: STATE, bondsHeld: 0n, operatorFees: 0n, deferred: 0n }).onConflictDoNothing();
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
  await addToTimeline(context, claimId, 'ReportResolved', { ...event, args: { ...event.args, outcomeName } });
});

ponder.on('FraudReports:ReporterPaymentDeferred', async ({ event, context }) => {
  const { reporter, amount } = event.args;
  await context.db.insert(ledger).values({ id: event.id, account: reporter, kind: 'paymentHeld', direction: 'none', amount, ...ledgerAt(positionOf(event)) });
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ deferred: row.deferred + amount }));
});

ponder.on('FraudReports:RefundClaimed', async ({ event, context }) => {
  const { reporter, to, amount } = event.args;
  await context.db.insert(ledger).values({ id: event.id, account: reporter, kind: 'refundClaimed', direction: 'out', amount, counterparty: to, ...ledgerAt(positionOf(event)) });
  await reports(context);
  await context.db.update(reportsState, { id: STATE }).set((row) => ({ deferred: row.deferred - amount }));
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
