import { ponder, type Context } from 'ponder:registry';
import {
  epoch,
  exitBatch,
  indexChange,
  ledger,
  member,
  memberNumber,
  membershipPeriod,
  parameterChange,
  payment,
  pool,
  poolStat,
  claim,
  paymentReduction,
  reserveMovement,
} from 'ponder:schema';
import { and, asc, eq, lt } from 'ponder';
import { erc20Abi, type Hex } from 'viem';
import { mutualPoolAbi } from '@lashou/abi';
import { indexerSettings } from '../settings';
import { addToTimeline } from './ClaimsManager';
import { bytes32Text, positionOf } from './shared';
import { addHeldFor, ensureTokenWait } from './tokenWaits';

// Mirrors MutualPool's own bookkeeping (running sums, per-epoch exit batches), so every figure the pool keeps
// can be served, and checked against the pool, without a per-member write at settlement or credit.

const POOL = 1;

ponder.on('MutualPool:setup', async ({ context }) => {
  // Only immutables are read from the chain, at its head: a node without history (a resumed anvil, a pruned
  // node) cannot answer calls at the deployment block. The parameters at deployment come from the address book
  // and ParameterChanged events carry every later change.
  const address = context.contracts.MutualPool.address as Hex;
  const { deployment } = indexerSettings();
  const at = { abi: mutualPoolAbi, address, cache: 'immutable' } as const;
  const [token, genesis, epochLength, exitNoticeNow] = await Promise.all([
    context.client.readContract({ ...at, functionName: 'token' }),
    context.client.readContract({ ...at, functionName: 'genesis' }),
    context.client.readContract({ ...at, functionName: 'epochLength' }),
    deployment.parameters.exitNotice === undefined ? context.client.readContract({ ...at, functionName: 'exitNotice' }) : Promise.resolve(0n),
  ]);
  const waitingPeriod = BigInt(deployment.parameters.waitingPeriod);
  const minimumBalance = BigInt(deployment.parameters.minimumBalance);
  // Records written before the exit notice was recorded: its current value (exact unless governance changed it).
  const exitNotice = deployment.parameters.exitNotice !== undefined ? BigInt(deployment.parameters.exitNotice) : (exitNoticeNow as bigint);
  const [symbol, decimals] = await Promise.all([
    context.client.readContract({ abi: erc20Abi, address: token as Hex, functionName: 'symbol', cache: 'immutable' }),
    context.client.readContract({ abi: erc20Abi, address: token as Hex, functionName: 'decimals', cache: 'immutable' }),
  ]);
  await context.db.insert(pool).values({
    id: POOL,
    address,
    token: token as Hex,
    tokenSymbol: symbol,
    tokenDecimals: decimals,
    genesis: genesis as bigint,
    epochLength: epochLength as bigint,
    waitingPeriod: waitingPeriod as bigint,
    minimumBalance: minimumBalance as bigint,
    exitNotice: exitNotice as bigint,
    index: 0n,
    indexChanges: 0,
    cumulativeCharged: 0n,
    cumulativeCredited: 0n,
    nextEpochToSettle: 0n,
    activeMembers: 0,
    activeKeySum: 0n,
    frozenFunds: 0n,
    reserve: 0n,
    unclaimedPayouts: 0n,
    queuedPayments: 0n,
    reserveUsed: 0n,
    reserveSwept: 0n,
    paymentsCancelled: 0n,
    payoutsReclaimed: 0n,
    capBefore: 0n,
    capFrom: 0n,
    noticeCutFloor: 0n,
    noticeFloorSource: null,
    membersEver: 0,
    lapsedMembers: 0,
    exitedMembers: 0,
    expelledMembers: 0,
    totalDeposited: 0n,
    totalWithdrawn: 0n,
    totalPaid: 0n,
    totalCredited: 0n,
    claimsFiled: 0,
    claimsPaid: 0,
    claimsRejected: 0,
    inRunOff: false,
    runOffStartedAt: null,
    updatedBlock: 0n,
    updatedAt: 0n,
  });
  await ensureTokenWait(context);
});

/** Member funds as the pool computes them: Σ counted keys − N·C + frozen balances. */
export function memberFundsOf(p: { activeKeySum: bigint; activeMembers: number; index: bigint; frozenFunds: bigint }): bigint {
  return p.activeKeySum - BigInt(p.activeMembers) * p.index + p.frozenFunds;
}

ponder.on('MutualPool:MemberJoined', async ({ event, context }) => {
  const { member: address, memberId, identityCommitment, deposit, key, coverageStart, epoch: joinedEpoch } = event.args;
  const at = positionOf(event);
  const p = await context.db.find(pool, { id: POOL });
  if (!p) throw new Error('pool row missing: the setup handler did not run');
  // Ponder's cache hands out live rows: copy what is needed before any update.
  const found = await context.db.find(member, { address });
  const previous = found ? { period: found.period, status: found.status } : null;
  const period = (previous?.period ?? 0) + 1;
  const values = {
    memberId: Number(memberId),
    identityCommitment,
    status: 'active',
    key,
    linked: true,
    coverageStart,
    joinedAt: at.timestamp,
    joinedEpoch,
    exitEpoch: null,
    frozenBalance: 0n,
    period,
  };
  await context.db
    .insert(member)
    .values({ address, ...values, expelled: false, expelledAt: null, totalDeposited: deposit, totalWithdrawn: 0n })
    .onConflictDoUpdate((row) => ({ ...values, totalDeposited: row.totalDeposited + deposit }));
  await context.db.insert(memberNumber).values({ memberId: Number(memberId), address }).onConflictDoNothing();
  await context.db.insert(membershipPeriod).values({
    address,
    period,
    fromSeq: p.indexChanges,
    untilSeq: null,
    exitEpoch: null,
    startedAt: at.timestamp,
    endReason: null,
  });
  await context.db.insert(ledger).values({ id: event.id, account: address, kind: 'deposit', direction: 'in', amount: deposit, ...ledgerAt(at) });
  await context.db.update(pool, { id: POOL }).set((row) => ({
    activeMembers: row.activeMembers + 1,
    activeKeySum: row.activeKeySum + key,
    membersEver: previous ? row.membersEver : row.membersEver + 1,
    exitedMembers: previous?.status === 'exited' ? row.exitedMembers - 1 : row.exitedMembers,
    totalDeposited: row.totalDeposited + deposit,
    updatedBlock: at.blockNumber,
    updatedAt: at.timestamp,
  }));
});

ponder.on('MutualPool:MemberToppedUp', async ({ event, context }) => {
  const { member: address, amount, balance, key, rejoined, coverageStart } = event.args;
  const at = positionOf(event);
  const found = await context.db.find(member, { address });
  if (!found) throw new Error(`MemberToppedUp for ${address}, who never joined`);
  const m = { ...found };
  const p = await context.db.find(pool, { id: POOL });
  if (!p) throw new Error('pool row missing');
  if (rejoined) {
    const kept = m.frozenBalance;
    const period = m.period + 1;
    await context.db.update(member, { address }).set((row) => ({
      status: 'active', key, linked: true, coverageStart, frozenBalance: 0n, period, exitEpoch: null,
      totalDeposited: row.totalDeposited + amount,
    }));
    await context.db.insert(membershipPeriod).values({
      address, period, fromSeq: p.indexChanges, untilSeq: null, exitEpoch: null, startedAt: at.timestamp, endReason: null,
    });
    await context.db.update(pool, { id: POOL }).set((row) => ({
      activeMembers: row.activeMembers + 1,
      activeKeySum: row.activeKeySum + key,
      frozenFunds: row.frozenFunds - kept,
      lapsedMembers: row.lapsedMembers - 1,
      totalDeposited: row.totalDeposited + amount,
      updatedBlock: at.blockNumber,
      updatedAt: at.timestamp,
    }));
  } else {
    const oldKey = m.key;
    await context.db.update(member, { address }).set((row) => ({ key, totalDeposited: row.totalDeposited + amount }));
    await context.db.update(pool, { id: POOL }).set((row) => ({
      activeKeySum: row.activeKeySum + key - oldKey,
      totalDeposited: row.totalDeposited + amount,
      updatedBlock: at.blockNumber,
      updatedAt: at.timestamp,
    }));
  }
  void balance;
  await context.db.insert(ledger).values({ id: event.id, account: address, kind: 'topUp', direction: 'in', amount, ...ledgerAt(at) });
});

ponder.on('MutualPool:MemberExitRequested', async ({ event, context }) => {
  const { member: address, exitEpoch } = event.args;
  const found = await context.db.find(member, { address });
  if (!found) throw new Error(`MemberExitRequested for ${address}, who never joined`);
  const m = { ...found };
  // An expulsion is recorded by MemberExpelled (it follows, and also comes for members who are not active).
  await context.db.update(member, { address }).set({ status: 'exitRequested', exitEpoch });
  await context.db.update(membershipPeriod, { address, period: m.period }).set({ exitEpoch });
  await context.db
    .insert(exitBatch)
    .values({ epoch: exitEpoch, count: 1, keySum: m.key })
    .onConflictDoUpdate((row) => ({ count: row.count + 1, keySum: row.keySum + m.key }));
});

ponder.on('MutualPool:MemberLapsed', async ({ event, context }) => {
  const { memberId, balance } = event.args;
  const at = positionOf(event);
  const byNumber = await context.db.find(memberNumber, { memberId: Number(memberId) });
  if (!byNumber) throw new Error(`MemberLapsed for unknown member number ${memberId}`);
  const address = byNumber.address;
  const found = await context.db.find(member, { address });
  if (!found) throw new Error(`member ${address} missing`);
  const m = { ...found };
  const p = await context.db.find(pool, { id: POOL });
  if (!p) throw new Error('pool row missing');
  if (m.status === 'exitRequested' && m.exitEpoch !== null) {
    const exitEpoch = m.exitEpoch;
    await context.db.update(exitBatch, { epoch: exitEpoch }).set((row) => ({ count: row.count - 1, keySum: row.keySum - m.key }));
  }
  await context.db.update(member, { address }).set({ status: 'lapsed', key: balance, frozenBalance: balance, linked: false, exitEpoch: null });
  await context.db.update(membershipPeriod, { address, period: m.period }).set({ untilSeq: p.indexChanges, endReason: 'lapsed', exitEpoch: null });
  await context.db.update(pool, { id: POOL }).set((row) => ({
    activeMembers: row.activeMembers - 1,
    activeKeySum: row.activeKeySum - m.key,
    frozenFunds: row.frozenFunds + balance,
    lapsedMembers: row.lapsedMembers + 1,
    updatedBlock: at.blockNumber,
    updatedAt: at.timestamp,
  }));
});

ponder.on('MutualPool:LapsesProcessed', async ({ event, context }) => {
  // The lapse cursor also takes members whose exit epoch is settled off the head of the sorted list; no event
  // names them, but they are the lowest keys among such members (the cursor walks the list in key order).
  const removed = Number(event.args.steps - event.args.lapsed);
  if (removed <= 0) return;
  const p = await context.db.find(pool, { id: POOL });
  if (!p) throw new Error('pool row missing');
  const gone = await context.db.sql
    .select({ address: member.address })
    .from(member)
    .where(and(eq(member.linked, true), eq(member.status, 'exitRequested'), lt(member.exitEpoch, p.nextEpochToSettle)))
    .orderBy(asc(member.key), asc(member.memberId))
    .limit(removed);
  for (const { address } of gone) await context.db.update(member, { address }).set({ linked: false });
});

ponder.on('MutualPool:MemberWithdrew', async ({ event, context }) => {
  const { member: address, amount } = event.args;
  const at = positionOf(event);
  const found = await context.db.find(member, { address });
  if (!found) throw new Error(`MemberWithdrew for ${address}, who never joined`);
  const m = { ...found };
  await context.db.update(member, { address }).set((row) => ({
    status: 'exited', key: 0n, linked: false, frozenBalance: 0n, totalWithdrawn: row.totalWithdrawn + amount,
  }));
  if (m.status === 'exitRequested') {
    await context.db.update(membershipPeriod, { address, period: m.period }).set({ endReason: 'exited' });
  }
  await context.db.update(pool, { id: POOL }).set((row) => ({
    frozenFunds: row.frozenFunds - amount,
    lapsedMembers: m.status === 'lapsed' ? row.lapsedMembers - 1 : row.lapsedMembers,
    exitedMembers: row.exitedMembers + 1,
    totalWithdrawn: row.totalWithdrawn + amount,
    updatedBlock: at.blockNumber,
    updatedAt: at.timestamp,
  }));
  await context.db.insert(ledger).values({ id: event.id, account: address, kind: 'withdrawal', direction: 'out', amount, ...ledgerAt(at) });
});

ponder.on('MutualPool:EpochSettled', async ({ event, context }) => {
  const { epoch: settled, members, share, collected, reserveAdded, index, carriedOver, exitsFinalised } = event.args;
  const at = positionOf(event);
  const p = await context.db.find(pool, { id: POOL });
  if (!p) throw new Error('pool row missing');
  const seq = p.indexChanges + 1;
  const batch = await context.db.find(exitBatch, { epoch: settled }); // read once, before any update
  const exitCount = batch?.count ?? 0;
  const exitKeySum = batch?.keySum ?? 0n;
  // ReserveUsed (same call, just before) recorded the reserve's part of `collected`.
  const reserveUsed = (await context.db.find(epoch, { epoch: settled }))?.reserveUsed ?? 0n;
  if (exitCount !== Number(exitsFinalised)) {
    throw new Error(`epoch ${settled}: the pool finalised ${exitsFinalised} exits, the index expected ${exitCount}`);
  }
  const updated = await context.db.update(pool, { id: POOL }).set((row) => ({
    index,
    indexChanges: seq,
    cumulativeCharged: row.cumulativeCharged + share,
    nextEpochToSettle: settled + 1n,
    reserve: row.reserve + reserveAdded,
    queuedPayments: carriedOver,
    activeMembers: row.activeMembers - exitCount,
    activeKeySum: row.activeKeySum - exitKeySum,
    frozenFunds: row.frozenFunds + (exitKeySum - BigInt(exitCount) * index),
    updatedBlock: at.blockNumber,
    updatedAt: at.timestamp,
  }));
  await context.db.insert(indexChange).values({
    seq,
    kind: 'settlement',
    epoch: settled,
    perMember: share,
    members: Number(members),
    amount: collected,
    reserveUsed,
    indexAfter: index,
    cumulativeCharged: updated.cumulativeCharged,
    cumulativeCredited: updated.cumulativeCredited,
    reason: null,
    source: null,
    refId: null,
    blockNumber: at.blockNumber,
    logIndex: at.logIndex,
    timestamp: at.timestamp,
    transactionHash: at.transactionHash,
  });
  const values = {
    settled: true,
    members: Number(members),
    share,
    collected,
    reserveUsed,
    reserveAdded,
    indexAfter: index,
    carriedOver,
    exitsFinalised: Number(exitsFinalised),
    seq,
    reserveAfter: updated.reserve,
    memberFundsAfter: memberFundsOf(updated),
    settledAt: at.timestamp,
    blockNumber: at.blockNumber,
    transactionHash: at.transactionHash,
  };
  await context.db
    .insert(epoch)
    .values({ epoch: settled, ...values, paymentsMade: 0, claimIds: [] })
    .onConflictDoUpdate(values);
  await recordStat(context, event.id, 'settlement', settled, updated, at);
});

ponder.on('MutualPool:PaymentQueued', async ({ event, context }) => {
  const { paymentId, claimId, recipient, amount, epoch: dueEpoch } = event.args;
  await context.db.insert(payment).values({
    paymentId, claimId, recipient, amount, paid: 0n, remaining: amount, cancelled: 0n, epoch: dueEpoch, transferFailed: false, queuedAt: event.block.timestamp,
  });
  await context.db.update(pool, { id: POOL }).set((row) => ({ queuedPayments: row.queuedPayments + amount }));
});

ponder.on('MutualPool:PaymentMade', async ({ event, context }) => {
  const { paymentId, claimId, recipient, amount, remaining, epoch: paidEpoch, transferred } = event.args;
  const at = positionOf(event);
  await context.db.update(payment, { paymentId }).set((row) => ({
    paid: row.paid + amount, remaining, transferFailed: row.transferFailed || !transferred,
  }));
  const c = await context.db.find(claim, { claimId });
  const isPatient = c !== null && c.claimant.toLowerCase() === recipient.toLowerCase();
  if (c && isPatient) await context.db.update(claim, { claimId }).set((row) => ({ paidAmount: row.paidAmount + amount }));
  await context.db.insert(ledger).values({
    id: event.id,
    account: recipient,
    kind: transferred ? (isPatient ? 'payout' : 'commission') : isPatient ? 'payoutHeld' : 'commissionHeld',
    direction: 'out',
    amount,
    claimId,
    epoch: paidEpoch,
    ...ledgerAt(at),
  });
  await context.db
    .insert(epoch)
    .values({ ...openEpoch(paidEpoch), paymentsMade: 1, claimIds: [claimId] })
    .onConflictDoUpdate((row) => ({
      paymentsMade: row.paymentsMade + 1,
      claimIds: row.claimIds.includes(claimId) ? row.claimIds : [...row.claimIds, claimId],
    }));
  await context.db.update(pool, { id: POOL }).set((row) => ({
    totalPaid: row.totalPaid + amount,
    unclaimedPayouts: transferred ? row.unclaimedPayouts : row.unclaimedPayouts + amount,
  }));
  // The token refused the transfer (paused, or the recipient blocked by its issuer): kept for releasePayout.
  if (!transferred) await addHeldFor(context, recipient, 'payouts', amount, at.timestamp);
});

ponder.on('MutualPool:PayoutClaimed', async ({ event, context }) => {
  // releasePayout(payee): anyone may call it and the tokens go to the payee only (`to` == `recipient`).
  const { recipient, to, amount } = event.args;
  const at = positionOf(event);
  await context.db.insert(ledger).values({ id: event.id, account: recipient, kind: 'payoutClaimed', direction: 'out', amount, counterparty: to, ...ledgerAt(at) });
  await context.db.update(pool, { id: POOL }).set((row) => ({ unclaimedPayouts: row.unclaimedPayouts - amount }));
  await addHeldFor(context, recipient, 'payouts', -amount, at.timestamp);
});

ponder.on('MutualPool:MembersCredited', async ({ event, context }) => {
  // Every credit is one index change, whoever made it and whenever: a deferred credit made later by `creditPending`
  // is told by the module's own `PendingCreditMade` (right after this, same call), which its handler books.
  const { source, reason, refId, amount, perMember, members, reserveAdded, index } = event.args;
  const at = positionOf(event);
  const p = await context.db.find(pool, { id: POOL });
  if (!p) throw new Error('pool row missing');
  const seq = p.indexChanges + 1;
  const updated = await context.db.update(pool, { id: POOL }).set((row) => ({
    index,
    indexChanges: seq,
    cumulativeCredited: row.cumulativeCredited + perMember,
    reserve: row.reserve + reserveAdded,
    totalCredited: row.totalCredited + amount,
    updatedBlock: at.blockNumber,
    updatedAt: at.timestamp,
  }));
  await context.db.insert(indexChange).values({
    seq,
    kind: 'credit',
    epoch: null,
    perMember: -perMember,
    members: Number(members),
    amount,
    reserveUsed: 0n,
    indexAfter: index,
    cumulativeCharged: updated.cumulativeCharged,
    cumulativeCredited: updated.cumulativeCredited,
    reason: bytes32Text(reason),
    source,
    refId: refId === 0n ? null : refId,
    blockNumber: at.blockNumber,
    logIndex: at.logIndex,
    timestamp: at.timestamp,
    transactionHash: at.transactionHash,
  });
  await recordStat(context, event.id, 'credit', null, updated, at);
});

const POOL_PARAMETERS = { waitingPeriod: 'waitingPeriod', minimumBalance: 'minimumBalance', exitNotice: 'exitNotice' } as const;

ponder.on('MutualPool:ParameterChanged', async ({ event, context }) => {
  const name = bytes32Text(event.args.name);
  const { oldValue, newValue } = event.args;
  const at = positionOf(event);
  await context.db.insert(parameterChange).values({
    id: event.id, contract: 'MutualPool', name, oldValue, newValue,
    blockNumber: at.blockNumber, timestamp: at.timestamp, transactionHash: at.transactionHash,
  });
  const found = await context.db.find(pool, { id: POOL });
  if (!found) throw new Error('pool row missing');
  const p = { ...found };
  const epochAt = (timestamp: bigint) => (timestamp < p.genesis ? 0n : (timestamp - p.genesis) / p.epochLength);
  const max = (a: bigint, b: bigint) => (a > b ? a : b);
  // The share cap's state, as setMinimumBalance and setExitNotice keep it (with the values before the change).
  const cap: Partial<typeof p> = {};
  if (name === 'minimumBalance') {
    let capBefore = oldValue;
    if (p.nextEpochToSettle < p.capFrom && p.capBefore < oldValue) capBefore = p.capBefore;
    const lastExitEpoch = max(epochAt(at.timestamp + p.exitNotice), p.noticeCutFloor);
    cap.capBefore = capBefore;
    cap.capFrom = max(lastExitEpoch + 1n, p.capFrom);
  }
  if (name === 'exitNotice' && newValue < oldValue) {
    const floor = epochAt(at.timestamp + oldValue);
    if (floor > p.noticeCutFloor) cap.noticeCutFloor = floor;
  }
  const field = POOL_PARAMETERS[name as keyof typeof POOL_PARAMETERS];
  await context.db.update(pool, { id: POOL }).set({ ...cap, ...(field ? { [field]: newValue } : {}) });
});

ponder.on('MutualPool:NoticeFloorSourceSet', async ({ event, context }) => {
  const { source } = event.args;
  const at = positionOf(event);
  const zero = BigInt(source) === 0n;
  await context.db.update(pool, { id: POOL }).set({ noticeFloorSource: zero ? null : source });
  await context.db.insert(parameterChange).values({
    id: event.id, contract: 'MutualPool', name: 'noticeFloorSource', oldValue: null, newValue: null, newAddress: source,
    blockNumber: at.blockNumber, timestamp: at.timestamp, transactionHash: at.transactionHash,
  });
});

ponder.on('MutualPool:PaymentReduced', async ({ event, context }) => {
  const { paymentId, claimId, recipient, cancelled, remaining } = event.args;
  const at = positionOf(event);
  await context.db.update(payment, { paymentId }).set((row) => ({ remaining, cancelled: row.cancelled + cancelled }));
  await context.db.insert(paymentReduction).values({ id: event.id, paymentId, claimId, recipient, cancelled, remaining, ...ledgerAt(at) });
  if (cancelled > 0n) {
    await context.db.insert(ledger).values({ id: event.id, account: recipient, kind: 'paymentCancelled', direction: 'none', amount: cancelled, claimId, ...ledgerAt(at) });
  }
  await context.db.update(pool, { id: POOL }).set((row) => ({
    queuedPayments: row.queuedPayments - cancelled,
    paymentsCancelled: row.paymentsCancelled + cancelled,
    updatedBlock: at.blockNumber,
    updatedAt: at.timestamp,
  }));
  await addToTimeline(context, claimId, 'PaymentReduced', event);
});

ponder.on('MutualPool:PayoutReclaimed', async ({ event, context }) => {
  // MembersCredited (reason RECLAIM, just before) shared the amount; here it leaves the unclaimed payouts.
  const { recipient, claimId, amount } = event.args;
  const at = positionOf(event);
  await addHeldFor(context, recipient, 'payouts', -amount, at.timestamp);
  await context.db.insert(ledger).values({ id: event.id, account: recipient, kind: 'payoutReclaimed', direction: 'none', amount, claimId, ...ledgerAt(at) });
  await context.db.update(pool, { id: POOL }).set((row) => ({
    unclaimedPayouts: row.unclaimedPayouts - amount,
    payoutsReclaimed: row.payoutsReclaimed + amount,
    updatedBlock: at.blockNumber,
    updatedAt: at.timestamp,
  }));
  await addToTimeline(context, claimId, 'PayoutReclaimed', event);
});

ponder.on('MutualPool:ReserveUsed', async ({ event, context }) => {
  // Emitted by the settlement just before its EpochSettled, which adds the dust and writes the rest of the epoch.
  const { epoch: settled, amount } = event.args;
  const at = positionOf(event);
  await context.db.update(pool, { id: POOL }).set((row) => ({ reserve: row.reserve - amount, reserveUsed: row.reserveUsed + amount }));
  await context.db
    .insert(epoch)
    .values({ ...openEpoch(settled), paymentsMade: 0, claimIds: [], reserveUsed: amount })
    .onConflictDoUpdate((row) => ({ reserveUsed: row.reserveUsed + amount }));
  await context.db.insert(reserveMovement).values({ id: event.id, kind: 'used', amount, epoch: settled, to: null, ...ledgerAt(at) });
});

ponder.on('MutualPool:ReserveSwept', async ({ event, context }) => {
  const { to, amount } = event.args;
  const at = positionOf(event);
  await context.db.update(pool, { id: POOL }).set((row) => ({
    reserve: row.reserve - amount,
    reserveSwept: row.reserveSwept + amount,
    updatedBlock: at.blockNumber,
    updatedAt: at.timestamp,
  }));
  await context.db.insert(reserveMovement).values({ id: event.id, kind: 'swept', amount, epoch: null, to, ...ledgerAt(at) });
  await context.db.insert(ledger).values({ id: event.id, account: to, kind: 'reserveSwept', direction: 'out', amount, ...ledgerAt(at) });
});

ponder.on('MutualPool:MemberExpelled', async ({ event, context }) => {
  const { member: address } = event.args;
  const at = positionOf(event);
  const found = await context.db.find(member, { address });
  const already = found?.expelled ?? false;
  // An address that never joined can be expelled too (the claimant of a claim is always a member, but the pool
  // does not require it): it has no member row to mark, only the count.
  if (found) await context.db.update(member, { address }).set({ expelled: true, expelledAt: found.expelledAt ?? at.timestamp });
  if (!already) await context.db.update(pool, { id: POOL }).set((row) => ({ expelledMembers: row.expelledMembers + 1 }));
});

ponder.on('MutualPool:RunOffStarted', async ({ event, context }) => {
  const at = positionOf(event);
  await context.db.update(pool, { id: POOL }).set({ inRunOff: true, runOffStartedAt: event.args.startedAt });
  await context.db.insert(parameterChange).values({
    id: event.id, contract: 'MutualPool', name: 'runOff', oldValue: null, newValue: event.args.startedAt,
    blockNumber: at.blockNumber, timestamp: at.timestamp, transactionHash: at.transactionHash,
  });
});

/** A point of the pool's statistics over time (charts), from the pool row right after a settlement or credit. */
async function recordStat(
  context: Context,
  id: string,
  kind: 'settlement' | 'credit',
  epochNumber: bigint | null,
  updated: { activeMembers: number; activeKeySum: bigint; index: bigint; frozenFunds: bigint; reserve: bigint; totalPaid: bigint; claimsPaid: number },
  at: { blockNumber: bigint; timestamp: bigint },
) {
  await context.db.insert(poolStat).values({
    id,
    kind,
    epoch: epochNumber,
    activeMembers: updated.activeMembers,
    memberFunds: memberFundsOf(updated),
    reserve: updated.reserve,
    index: updated.index,
    totalPaid: updated.totalPaid,
    claimsPaid: updated.claimsPaid,
    blockNumber: at.blockNumber,
    timestamp: at.timestamp,
  });
}

function openEpoch(n: bigint) {
  return {
    epoch: n, settled: false, members: 0, share: 0n, collected: 0n, reserveUsed: 0n, reserveAdded: 0n, indexAfter: 0n, carriedOver: 0n,
    exitsFinalised: 0, seq: null, reserveAfter: 0n, memberFundsAfter: 0n, settledAt: null, blockNumber: null, transactionHash: null,
  };
}

export function ledgerAt(at: { blockNumber: bigint; logIndex: number; timestamp: bigint; transactionHash: Hex }) {
  return { blockNumber: at.blockNumber, logIndex: at.logIndex, timestamp: at.timestamp, transactionHash: at.transactionHash };
}
