import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeAbiParameters, encodeEventTopics, encodeFunctionData, parseAbi, type Hash, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { fraudReportsAbi } from '@lashou/abi';
import { reportCommitment } from '@lashou/sdk';
import {
  IDLE,
  isSend,
  parseReportReceipt,
  reportCallOf,
  reportFlowStep,
  reportIdOf,
  reportReceipt,
  reportWindow,
  type FlowEvent,
  type ReportFlow,
} from './reportFlow.ts';

const msg = (key: string) => key;
const REPORTS = '0xB7f8BC63BbcaD18155201308C8f3540b07f84F5e' as const;
const REPORTER = '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC' as const;
const EVIDENCE = `0x${'ab'.repeat(32)}` as Hex;
const SALT = `0x${'cd'.repeat(32)}` as Hex;
const H1 = `0x${'01'.repeat(32)}` as Hash;
const H2 = `0x${'02'.repeat(32)}` as Hash;
const calls = parseAbi([
  'function reportFraud(uint256 claimId, bytes32 commitment)',
  'function revealEvidence(uint256 reportId, bytes32 evidenceHash, bytes32 salt)',
  'function approve(address spender, uint256 amount)',
]);
const commitData = encodeFunctionData({ abi: calls, functionName: 'reportFraud', args: [2n, H1] });
const revealData = encodeFunctionData({ abi: calls, functionName: 'revealEvidence', args: [1n, EVIDENCE, SALT] });
const approveData = encodeFunctionData({ abi: calls, functionName: 'approve', args: [REPORTS, 100n] });

test('the report’s two calls are told apart in every request the SDK makes through the wallet (a browser wallet’s or a signed raw transaction)', async () => {
  for (const method of ['eth_call', 'eth_estimateGas', 'eth_sendTransaction']) {
    assert.equal(reportCallOf(method, [{ to: REPORTS, data: commitData }]), 'commit', method);
    assert.equal(reportCallOf(method, [{ to: REPORTS, data: revealData }]), 'reveal', method);
    assert.equal(reportCallOf(method, [{ to: REPORTS, data: approveData }]), undefined, `${method}: the bond's approval is neither`);
  }
  assert.equal(reportCallOf('eth_call', [{ to: REPORTS, input: revealData }]), 'reveal', 'the `input` spelling too');
  // A dev account signs in the page and hands the node a raw transaction.
  const account = privateKeyToAccount('0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a');
  const base = { chainId: 31337, nonce: 3, gas: 200_000n, maxFeePerGas: 2n, maxPriorityFeePerGas: 1n, to: REPORTS } as const;
  assert.equal(reportCallOf('eth_sendRawTransaction', [await account.signTransaction({ ...base, data: commitData })]), 'commit');
  assert.equal(reportCallOf('eth_sendRawTransaction', [await account.signTransaction({ ...base, data: revealData })]), 'reveal');
  assert.equal(reportCallOf('eth_sendRawTransaction', [await account.signTransaction({ ...base, data: approveData })]), undefined);
  assert.equal(reportCallOf('eth_sendRawTransaction', ['0x1234']), undefined, 'not a transaction');
  assert.equal(reportCallOf('eth_getBalance', [REPORTER, 'latest']), undefined);
  assert.equal(reportCallOf('eth_call', []), undefined);
  assert.deepEqual(['eth_sendTransaction', 'eth_sendRawTransaction', 'eth_call'].map(isSend), [true, true, false]);
});

const run = (...events: FlowEvent[]): ReportFlow => events.reduce(reportFlowStep, IDLE);

test('both steps are followed: signing, sent, mined, done', () => {
  assert.deepEqual(run({ type: 'start' }), { phase: 'running', commit: 'signing', reveal: 'waiting' });
  // The commitment's simulation changes nothing; its transaction is pending once sent.
  const sent = run({ type: 'start' }, { type: 'request', call: 'commit' }, { type: 'request', call: 'commit', hash: H1 });
  assert.deepEqual([sent.commit, sent.reveal, sent.commitHash], ['pending', 'waiting', H1]);
  // The reveal is prepared only after the commitment is mined: step 1 is done, step 2 waits for the wallet.
  const revealing = reportFlowStep(sent, { type: 'request', call: 'reveal' });
  assert.deepEqual([revealing.commit, revealing.reveal], ['done', 'signing']);
  const revealSent = reportFlowStep(revealing, { type: 'request', call: 'reveal', hash: H2 });
  assert.deepEqual([revealSent.reveal, revealSent.revealHash], ['pending', H2]);
  assert.equal(reportFlowStep(revealSent, { type: 'request', call: 'reveal' }).reveal, 'pending', 'a later estimate does not move it back');
  assert.deepEqual(reportFlowStep(revealSent, { type: 'success', reportId: 4n, commitHash: H1, revealHash: H2 }), {
    phase: 'done', commit: 'done', reveal: 'done', commitHash: H1, revealHash: H2, reportId: 4n,
  });
});

test('a failure before the commitment is mined posts nothing; after it, the report exists and only the reveal is retried', () => {
  const refused = run({ type: 'start' }, { type: 'failure', message: 'refused' });
  assert.deepEqual([refused.phase, refused.commit, refused.reveal, refused.message], ['commitFailed', 'failed', 'waiting', 'refused']);
  const half = run({ type: 'start' }, { type: 'request', call: 'commit', hash: H1 }, { type: 'request', call: 'reveal' }, { type: 'failure', message: 'wallet refused', reportId: 7n });
  assert.deepEqual([half.phase, half.commit, half.reveal, half.reportId, half.commitHash], ['revealFailed', 'done', 'failed', 7n, H1]);
  const retried = reportFlowStep(half, { type: 'revealRetried', hash: H2 });
  assert.deepEqual([retried.phase, retried.reveal, retried.revealHash, retried.reportId, retried.message], ['done', 'done', H2, 7n, undefined]);
});

test('the report id is read from the mined commitment (FraudReported), none from a failed one', () => {
  const topics = encodeEventTopics({ abi: fraudReportsAbi, eventName: 'FraudReported', args: { reportId: 9n, claimId: 2n, reporter: REPORTER } });
  const data = encodeAbiParameters([{ type: 'uint256' }, { type: 'bytes32' }, { type: 'uint256' }], [100n, H1, 1_800_000_000n]);
  const log = { address: REPORTS, topics, data, blockHash: H2, blockNumber: 5n, logIndex: 0, transactionHash: H1, transactionIndex: 0, removed: false } as never;
  assert.equal(reportIdOf({ status: 'success', logs: [log] }), 9n);
  assert.equal(reportIdOf({ status: 'reverted', logs: [log] }), undefined);
  assert.equal(reportIdOf({ status: 'success', logs: [] }), undefined);
});

test('the receipt keeps the salt with what it opens, reads back, and refuses an edited one', () => {
  const receipt = reportReceipt({ chainId: 31337, reports: REPORTS, claimId: 2n, reporter: REPORTER, evidenceHash: EVIDENCE, salt: SALT });
  assert.equal(receipt.reportId, null);
  assert.equal(receipt.commitment, reportCommitment({ reporter: REPORTER, claimId: 2n, evidenceHash: EVIDENCE, salt: SALT }));
  const withId = reportReceipt({ chainId: 31337, reports: REPORTS, claimId: 2n, reportId: 4n, reporter: REPORTER, evidenceHash: EVIDENCE, salt: SALT });
  assert.deepEqual(parseReportReceipt(JSON.stringify(withId), msg), withId);
  assert.deepEqual(parseReportReceipt(JSON.stringify(receipt), msg), receipt);
  assert.throws(() => parseReportReceipt('{', msg), /receipt\.notJson/);
  assert.throws(() => parseReportReceipt(JSON.stringify({ ...withId, kind: 'other' }), msg), /receipt\.invalid/);
  assert.throws(() => parseReportReceipt(JSON.stringify({ ...withId, salt: '0x12' }), msg), /receipt\.invalid/);
  assert.throws(() => parseReportReceipt(JSON.stringify({ ...withId, reportId: 4 }), msg), /receipt\.invalid/);
  assert.throws(() => parseReportReceipt(JSON.stringify({ ...withId, salt: `0x${'ce'.repeat(32)}` }), msg), /receipt\.inconsistent/);
});

test('a claim takes reports as ClaimsManager.openInvestigation decides, more than one at a time', () => {
  const T = 1_800_000_000n;
  const c = (state: string, over: Partial<{ resumeState: string; deadline: bigint; stakesSettled: boolean }> = {}) => ({ state, resumeState: 'None', deadline: T, stakesSettled: false, ...over });
  assert.deepEqual(reportWindow(c('Announced'), T), { open: true, until: T }, 'the announcement’s last second included');
  assert.deepEqual(reportWindow(c('Announced'), T + 1n), { open: false, until: T });
  // Approved: paid in instalments; reports are taken until it is marked paid, whatever its payment deadline.
  assert.deepEqual(reportWindow(c('Approved'), T + 100n), { open: true });
  assert.deepEqual(reportWindow(c('Paid'), T), { open: true, until: T });
  assert.equal(reportWindow(c('Paid', { stakesSettled: true }), T).open, false, 'stakes released: nothing left to slash');
  // Under investigation: as the state it returns to.
  assert.equal(reportWindow(c('UnderInvestigation', { resumeState: 'Announced' }), T).open, true);
  assert.equal(reportWindow(c('UnderInvestigation', { resumeState: 'Announced' }), T + 1n).open, false);
  assert.equal(reportWindow(c('UnderInvestigation', { resumeState: 'Approved' }), T + 1n).open, true);
  for (const state of ['Filed', 'Reviewed', 'WitnessesDrawn', 'Attested', 'UnderArbitration', 'Rejected', 'FraudConfirmed']) {
    assert.equal(reportWindow(c(state), T - 1n).open, false, state);
  }
});
