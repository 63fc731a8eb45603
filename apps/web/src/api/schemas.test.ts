import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bigintString, claimDetailSchema, claimsPageSchema, drawSetSize, parseClaimId, reservesSchema, revealedEvidence } from './schemas.ts';
import { claimsPath } from './paths.ts';

test('bigintString turns decimal strings into exact bigints', () => {
  assert.equal(bigintString.parse('0'), 0n);
  assert.equal(bigintString.parse('-252820572'), -252_820_572n);
  const big = '115792089237316195423570985008687907853269984665640564039457584007913129639935';
  assert.equal(bigintString.parse(big), 2n ** 256n - 1n);
  assert.equal(bigintString.safeParse('1.5').success, false);
  assert.equal(bigintString.safeParse(12).success, false);
  assert.equal(bigintString.safeParse('').success, false);
});

const claim = {
  claimId: '4',
  claimant: '0x23618E81e3f5cdf7f54c3d65f7fbc0abf5b21e8f',
  notary: '0x70997970c51812dc3a010c7d01b50e0d17dc79c8',
  documentHash: '0x2e28793603fd8629a3d99581e507c15302734433fcc5ecdf9ea3608a7541c8f6',
  diagnosedAt: '1806182643',
  requestedAmount: '40000000',
  approvedAmount: '40000000',
  commission: '5000000',
  stakeLock: '5000000000',
  region: '3',
  nullifier: '0x5fdd',
  state: 'Announced',
  reason: null,
  deadline: '1806873843',
  paymentId: null,
  paidAmount: '0',
  reportWindowEnds: null,
  draws: 1,
  lastDrawId: 'x',
  reports: 0,
  filedAt: '1806269043',
  updatedAt: '1806269043',
  filedBlock: '251',
  transactionHash: '0x6b56519c1f012a299736c29a5fc29a3d28af6eca716f1b27e5c4dfb79bced242',
};

test('a claims page parses, amounts become bigint and addresses lower case', () => {
  const page = claimsPageSchema.parse({ claims: [claim], nextCursor: null });
  const [c] = page.claims;
  assert.equal(c?.requestedAmount, 40_000_000n);
  assert.equal(c?.claimant, '0x23618e81e3f5cdf7f54c3d65f7fbc0abf5b21e8f');
  assert.equal(c?.paymentId, null);
  assert.equal(claimsPageSchema.safeParse({ claims: [{ ...claim, state: 'Lost' }], nextCursor: null }).success, false);
});

test('a claim detail parses with its announcement, draws and timeline', () => {
  const detail = claimDetailSchema.parse({
    ...claim,
    draws: [
      {
        drawNumber: 1,
        requestId: '4',
        seed: '50279364277983389281250046777613417179278196972508704911145551822356269266102',
        region: '3',
        requestedRegion: '3',
        exclude: [claim.claimant],
        count: 3,
        snapshotBlock: '251',
        drawnRegion: '3',
        eligible: '4',
        witnesses: ['0xc320dc1a1a96af8b3c6d63eafa0efa69ab93d09e'],
        randomnessValue: '66241194129788512112314973789904653586007806730226350807629404368084483120200',
        blockNumber: '257',
        timestamp: '1806269043',
        transactionHash: '0x48e3',
        recompute: { registry: '0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9', randomnessKind: 'prevrandao' },
      },
    ],
    reports: [],
    evidence: { diagnosis: claim.documentHash, visitReports: [], reports: [] },
    announcement: { endsAt: '1806873843', secondsLeft: '604800' },
    witnesses: [],
    payments: [],
    timeline: [{ id: 'a', kind: 'ClaimFiled', data: { amount: '40000000' }, blockNumber: '251', logIndex: 0, timestamp: '1806269043', transactionHash: '0x6b56' }],
  });
  assert.equal(detail.announcement?.secondsLeft, 604_800n);
  assert.equal(detail.draws[0]?.seed, 50279364277983389281250046777613417179278196972508704911145551822356269266102n);
  assert.equal(detail.draws[0]?.recompute.registry, '0xdc64a140aa3e981100a9beca4e685f962f0cf6c9');
  assert.equal(detail.timeline[0]?.blockNumber, 251n);
});

test('a claim detail of the API since issue 8: stake tiers in draws, sealed reports, the payment schedule and a shortfall', () => {
  const draw = {
    drawNumber: 1, requestId: '4', seed: '5', region: '3', requestedRegion: '3', exclude: [], count: 3, snapshotBlock: '251',
    lockAmount: '5000000000', drawnRegion: '0', firstTier: 0, setSize: '12', witnesses: [], randomnessValue: '6', blockNumber: '257',
    timestamp: '1806269043', transactionHash: '0x48e3', recompute: { registry: '0xDc64a140Aa3E981100a9becA4E685f962f0cF6C9' },
  };
  const report = {
    reportId: '2', reporter: claim.claimant, bond: '100000000', commitment: `0x${'2'.repeat(64)}`, evidenceHash: null, revealedAt: null,
    deadline: '1808274762', outcome: 'Superseded', bondReturned: '100000000', reward: '0', slashed: '0', creditedToMembers: '0', fee: '0',
    filedAt: '1806269043', resolvedAt: '1806269043',
  };
  const detail = claimDetailSchema.parse({
    ...claim,
    state: 'Paid',
    expectedEpochs: '3',
    paymentDeadline: '1822000000',
    shortfall: '20000000',
    openReports: 0,
    draws: [draw],
    reports: [report],
    evidence: { diagnosis: claim.documentHash, visitReports: [], reports: [{ reportId: '2', commitment: report.commitment, evidenceHash: null, revealedAt: null }] },
    announcement: null,
    payment: { approved: '40000000', paid: '20000000', remaining: '0', shortfall: '20000000', paidInPart: true, queuedAhead: '0', perEpochCapacity: '180000000', expectedEpochs: '3', paymentDeadline: '1822000000', secondsLeft: null, commissionsPaid: '0', cancelled: '20000000' },
    witnesses: [],
    payments: [],
    timeline: [],
  });
  assert.equal(drawSetSize(detail.draws[0]!), 12n, 'the union size under its new name');
  assert.equal(detail.draws[0]?.firstTier, 0);
  assert.equal(detail.draws[0]?.lockAmount, 5_000_000_000n);
  assert.equal(detail.reports[0]?.evidenceHash, null, 'a sealed report has no evidence yet');
  assert.equal(revealedEvidence(detail.reports[0]?.evidenceHash), null);
  assert.equal(revealedEvidence(`0x${'0'.repeat(64)}`), null, 'the zero hash is not evidence');
  assert.equal(revealedEvidence(`0x${'ab'.repeat(32)}`), `0x${'ab'.repeat(32)}`);
  assert.equal(detail.payment?.shortfall, 20_000_000n);
  assert.equal(detail.payment?.paymentDeadline, 1_822_000_000n);
  assert.equal(detail.shortfall, 20_000_000n);
  // The API before issue 8 still reads (no schedule, `eligible` for the union size).
  const older = claimDetailSchema.parse({
    ...claim,
    draws: [{ ...draw, lockAmount: undefined, firstTier: undefined, setSize: undefined, eligible: '4' }],
    reports: [{ ...report, commitment: undefined, revealedAt: undefined, evidenceHash: `0x${'ab'.repeat(32)}`, outcome: 'Open' }],
    evidence: { diagnosis: claim.documentHash, visitReports: [], reports: [] },
    announcement: null, witnesses: [], payments: [], timeline: [],
  });
  assert.equal(drawSetSize(older.draws[0]!), 4n);
  assert.equal(older.payment, undefined);
  assert.equal(older.draws[0]?.lockAmount, undefined, 'without the lock the draw is not recomputed here');
});

test('reserves keep a negative difference', () => {
  const r = reservesSchema.parse({
    blockNumber: '275',
    held: '10',
    owed: '11',
    difference: '-1',
    balanced: false,
    contracts: [{ contract: 'MutualPool', address: '0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0', held: '10', owed: '11', parts: { reserve: '1' }, difference: '-1' }],
  });
  assert.equal(r.contracts[0]?.difference, -1n);
  assert.equal(r.contracts[0]?.parts.reserve, 1n);
});

test('parseClaimId accepts decimal ids only', () => {
  assert.equal(parseClaimId('4'), 4n);
  assert.equal(parseClaimId('abc'), null);
  assert.equal(parseClaimId('-1'), null);
  assert.equal(parseClaimId(undefined), null);
});

test('claimsPath builds the API query and leaves empty filters out', () => {
  assert.equal(claimsPath(), '/api/claims');
  assert.equal(claimsPath({ states: ['Announced', 'Paid'], limit: 5 }), '/api/claims?status=Announced%2CPaid&limit=5');
  assert.equal(claimsPath({ claimant: '0xABCDEF0000000000000000000000000000000001', cursor: 8n }), '/api/claims?claimant=0xabcdef0000000000000000000000000000000001&cursor=8');
  assert.equal(claimsPath({ states: [], claimant: '', cursor: null }), '/api/claims');
});
