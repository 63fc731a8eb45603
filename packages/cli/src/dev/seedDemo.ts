import { type Deployment, claimParametersAbi } from '@lashou/abi';
import {
  CLAIM_PARAMETER_NAMES, acceptWitness, approveClaim, attestClaim, computeNullifier, createIdentity, personKey, drawWitnesses, fileClaim, getClaim, getPool,
  joinPoolWithPermit, markClaimPaid, processLapses, reportFraud, requestExit, requestTestTokens, resolveReport, reviewClaim, setNotary, settleEpoch,
  activateWitness, signDiagnosis, stakeWitness, topUpBalance, withdrawBalance, type IdentityInput,
} from '@lashou/sdk';
import { anvilDevKey, demoMemberKey, demoResidentId, demoWitnessKey, deployLashou, walletFor, type TestWalletClient } from '@lashou/sdk/node';
import { type Address, type Hex, keccak256, toHex } from 'viem';

/** Roles of anvil's dev accounts in the demo mutual. */
export const DEV_ROLES = [
  'deployer and operator: OPERATOR_ROLE on claims and reports (reviews, arbitrates, resolves reports); timelock proposer',
  'notary: listed; signs diagnoses (lashou notary sign)',
  'supervisor: reported the fraud on the demo fraud claim (confirmed)',
  'member (patient of the paid claim)',
  'member (the demo exit: asked to leave, then withdrew)',
  'member (the demo lapse: balance fell below the minimum)',
  'member (claimant of the fraud-confirmed claim: expelled)',
  'member (claimant of the approved claim)',
  'member (claimant of the announced claim)',
  'member (claimant of the claim with witnesses drawn)',
] as const;

/** Witnesses of the demo (deterministic keys, four per region). */
export const DEMO_WITNESSES = 12;
export const DEMO_REGIONS = [1, 2, 3] as const;
/** The operator's nullifier key in the demo (public: local chain only). */
export const DEMO_OPERATOR_SECRET = keccak256(toHex('lashou-demo-operator-secret'));

export type SeedProgress = (stage: string, done: number, total: number) => void;

/** One demo claim and the lifecycle stage it was left in. */
export type DemoClaim = { claimId: bigint; stage: string; claimant: Address };

export type SeedResult = Deployment & {
  path: string | undefined; members: number; patient: Hex; exited: Hex; lapsed: Hex;
  demoClaims: DemoClaim[]; witnesses: { address: Address; privateKey: Hex; region: number }[]; fraudReportId: bigint;
};

const UNIT = 1_000_000n;
const DAY = 86_400;

/**
 * Deploys the whole protocol and fills it with a believable history through the real modules: `members`
 * members with varied balances (anvil's dev accounts #3–#9 plus deterministic demo keys), a listed notary,
 * 12 witnesses in 3 regions, claims left in every stage of the lifecycle (filed, reviewed, witnesses drawn,
 * announced, approved, paid, rejected, fraud-confirmed), a settled epoch that paid two claims and lapsed a
 * member, an exit and withdrawal, and a confirmed fraud report. Time moves with evm_increaseTime.
 */
export async function seedDemo(rpcUrl: string, options: { members: number; deploymentsDir: string; onProgress: SeedProgress }): Promise<SeedResult> {
  const { members, onProgress } = options;
  if (members < 12) throw new Error('the demo needs at least 12 members');
  const dev = (i: number) => walletFor(rpcUrl, anvilDevKey(i));
  const operator = dev(0);
  const notary = dev(1);
  const supervisor = dev(2);
  onProgress('deploying', 0, 1);
  // Commission 5 units keeps each settled epoch under N × the minimum even for a small demo.
  const deployment = await deployLashou(operator, { deploymentsDir: options.deploymentsDir, claimParameters: { Commission: 5n * UNIT } });
  onProgress('deploying', 1, 1);
  const { pool, token } = deployment;
  const claims = deployment.claims as Address;
  const registry = deployment.registry as Address;
  const reports = deployment.reports as Address;

  const increaseTime = async (seconds: number) => {
    await operator.request({ method: 'evm_increaseTime' as never, params: [seconds] as never });
    await operator.request({ method: 'evm_mine' as never, params: [] as never });
  };
  const mine = (blocks: number) => operator.request({ method: 'anvil_mine' as never, params: [`0x${blocks.toString(16)}`] as never });
  /** Settles every epoch that has ended (lapses are processed on the way). */
  const settleEnded = async () => {
    for (;;) {
      const { epoch } = await getPool(operator, { pool });
      if (epoch.nextToSettle >= epoch.current) return;
      await settleEpoch(operator, { pool });
    }
  };

  const wallets: TestWalletClient[] = [];
  for (let i = 3; i < 10; i++) wallets.push(dev(i));
  for (let i = 0; wallets.length < members; i++) wallets.push(walletFor(rpcUrl, demoMemberKey(i)));
  const [patient, exiting, lapsing, fraudster, approvedClaimant, announcedClaimant, drawnClaimant] = wallets as TestWalletClient[] as [
    TestWalletClient, TestWalletClient, TestWalletClient, TestWalletClient, TestWalletClient, TestWalletClient, TestWalletClient,
  ];
  const [reviewedClaimant, filedClaimant, rejectedClaimant] = wallets.slice(7, 10) as [TestWalletClient, TestWalletClient, TestWalletClient];
  const witnesses = Array.from({ length: DEMO_WITNESSES }, (_, i) => ({ wallet: walletFor(rpcUrl, demoWitnessKey(i)), region: DEMO_REGIONS[i % DEMO_REGIONS.length]! }));
  // Demo members are PRC residents: their person key is their resident ID number (docs/identity.md).
  const identities: IdentityInput[] = wallets.map((_, i) => ({ docType: 'CN_RESIDENT_ID', idNumber: demoResidentId(i), name: `Demo Member ${i}` }));
  const identityOf = (w: TestWalletClient) => identities[wallets.indexOf(w)]!;

  // Generated keys get 10 ETH each straight from anvil.
  await Promise.all([...wallets.slice(7), ...witnesses.map((w) => w.wallet)].map((w) => operator.request({ method: 'anvil_setBalance' as never, params: [w.account.address, toHex(10n ** 19n)] as never })));

  // Varied deposits (20–500 tUSD with cents), joined in ascending order so each insert is at the tail; the
  // lapse demo member deposits just above the minimum.
  let seed = 20_161_128;
  const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed);
  const deposits = wallets.map((w) => (w === lapsing ? 10_500_000n : (20n + BigInt(random() % 480)) * UNIT + BigInt(random() % 100) * 10_000n));
  const order = wallets.map((_, i) => i).sort((a, b) => (deposits[a]! < deposits[b]! ? -1 : deposits[a]! > deposits[b]! ? 1 : 0));

  let funded = 0;
  for (let start = 0; start < wallets.length; start += 16) {
    await Promise.all(wallets.slice(start, start + 16).map(async (w, k) => {
      await requestTestTokens(w, { token, amount: deposits[start + k]! + 200n * UNIT });
      onProgress('funding members', ++funded, wallets.length);
    }));
  }
  let joined = 0;
  for (const i of order) {
    const wallet = wallets[i]!;
    await joinPoolWithPermit(wallet, { pool, identityCommitment: createIdentity(identities[i]!).commitment, deposit: deposits[i]! });
    onProgress('joining', ++joined, wallets.length);
  }
  // A few top-ups move members inside the sorted list (the SDK computes the hints).
  for (const wallet of wallets.slice(10, 14)) await topUpBalance(wallet, { pool, amount: 35n * UNIT });

  // Each witness stakes enough to carry the largest demo claim's lock three times over (the paid claim's, with the
  // fraud claim's and a StakeLock beside it), at least 15 000 tUSD: a lock is max(StakeLock, ceil(amount ×
  // StakeCoverBps / 30 000)), read from the deployment, so a large demo still fills every witness slot.
  const parameter = (name: (typeof CLAIM_PARAMETER_NAMES)[number]) =>
    operator.readContract({ address: deployment.claimParameters as Address, abi: claimParametersAbi, functionName: 'parameter', args: [CLAIM_PARAMETER_NAMES.indexOf(name)] });
  const [stakeLock, stakeCoverBps] = [await parameter('StakeLock'), await parameter('StakeCoverBps')];
  const lockOf = (amount: bigint) => { const cover = (amount * stakeCoverBps + 29_999n) / 30_000n; return cover > stakeLock ? cover : stakeLock; };
  const n = BigInt(wallets.length);
  const paidAmount = 3n * n * UNIT;
  const fraudAmount = 2n * n * UNIT;
  const witnessStake = 3n * lockOf(paidAmount) > 15_000n * UNIT ? 3n * lockOf(paidAmount) : 15_000n * UNIT;
  const FAUCET_LIMIT = 100_000n * UNIT; // TestStablecoin.FAUCET_UNITS per request
  let staked = 0;
  await Promise.all(witnesses.map(async ({ wallet }) => {
    for (let left = witnessStake; left > 0n; left -= left < FAUCET_LIMIT ? left : FAUCET_LIMIT) {
      await requestTestTokens(wallet, { token, amount: left < FAUCET_LIMIT ? left : FAUCET_LIMIT });
    }
  }));
  // One at a time: concurrent stakes on anvil were refused in simulation with CheckpointUnorderedInsertion
  // (the registry checkpoints by block number; see the report on the sdk2 branch).
  for (const { wallet, region } of witnesses) {
    await stakeWitness(wallet, { registry, amount: witnessStake, region });
    onProgress('witnesses staking', ++staked, witnesses.length);
  }
  await setNotary(operator, { claims, notary: notary.account.address, listed: true });
  await requestTestTokens(supervisor, { token, amount: 1_000n * UNIT });
  await requestExit(exiting, { pool });

  // Past the 90-day waiting period: everybody is covered; the exit epoch is settled and the leaver withdraws.
  const STAGES = 9;
  let step = 0;
  const stage = () => onProgress('claims through their lifecycle', ++step, STAGES);
  onProgress('claims through their lifecycle', 0, STAGES);
  await increaseTime(91 * DAY);
  await settleEnded();
  await withdrawBalance(exiting, { pool });
  // The witnesses' 30-day seasoning is over: they enter the draw (the keeper does this on a live mutual).
  for (const { wallet } of witnesses) await activateWitness(operator, { registry, witness: wallet.account.address });
  stage();

  const byAddress = new Map(witnesses.map((w) => [w.wallet.account.address.toLowerCase(), w.wallet]));
  const witnessOf = (address: Address) => byAddress.get(address.toLowerCase()) as TestWalletClient;
  let documents = 0;
  const file = async (claimant: TestWalletClient, amount: bigint, region = 1) => {
    const documentHash = keccak256(toHex(`demo diagnosis ${++documents} of ${claimant.account.address}`));
    const diagnosedAt = (await operator.getBlock({ blockTag: 'latest' })).timestamp - BigInt(DAY);
    const { signature, notary: signer } = await signDiagnosis(notary, { claims, claimant: claimant.account.address, documentHash, diagnosedAt, region });
    return (await fileClaim(claimant, { claims, documentHash, diagnosedAt, amount, region, notary: signer, signature })).claimId;
  };
  const review = (claimant: TestWalletClient, claimId: bigint, amount: bigint) =>
    reviewClaim(operator, { claims, claimId, approve: true, amount, nullifier: computeNullifier({ person: personKey(identityOf(claimant)), operatorSecret: DEMO_OPERATOR_SECRET }) });
  /** Draws until every slot is filled: a drawn witness whose free stake is already locked elsewhere is skipped and
   *  its slot drawn again with fresh randomness, as on a live mutual. */
  const draw = async (claimId: bigint) => {
    for (let attempt = 0; attempt < 10; attempt++) {
      await mine(3);
      await drawWitnesses(operator, { claims, claimId });
      const c = await getClaim(operator, { claims, claimId });
      if (!c.witnesses.some((s) => s.status === 'Empty')) return;
    }
    throw new Error(`the demo could not fill the witness slots of claim ${claimId} in 10 draws`);
  };
  const attestAll = async (claimId: bigint) => {
    const c = await getClaim(operator, { claims, claimId });
    for (const s of c.witnesses) {
      if (s.status !== 'Drawn') continue;
      const w = witnessOf(s.witness);
      await acceptWitness(w, { claims, claimId, slot: s.slot });
      await attestClaim(w, { claims, claimId, slot: s.slot, reportHash: keccak256(toHex(`demo visit report ${claimId}/${s.slot}`)) });
    }
  };

  // Two claims paid at one settlement (the second later proven fraudulent); the charge lapses the thin member.
  const paid = await file(patient, paidAmount);
  const fraud = await file(fraudster, fraudAmount, 2);
  await review(patient, paid, paidAmount);
  await review(fraudster, fraud, fraudAmount);
  await draw(paid);
  await draw(fraud);
  await attestAll(paid);
  await attestAll(fraud);
  stage();
  await increaseTime(7 * DAY + 1);
  await approveClaim(operator, { claims, claimId: paid });
  await approveClaim(operator, { claims, claimId: fraud });
  const { parameters } = await getPool(operator, { pool });
  const { epoch } = await getPool(operator, { pool });
  const epochEnd = Number(parameters.genesis + (epoch.current + 1n) * parameters.epochLength - epoch.now);
  await increaseTime(epochEnd + 1);
  await settleEnded();
  await processLapses(operator, { pool }); // the charge took the thin member below the minimum
  await markClaimPaid(operator, { claims, claimId: paid });
  await markClaimPaid(operator, { claims, claimId: fraud });
  stage();
  const { reportId } = await reportFraud(supervisor, { reports, claimId: fraud, evidenceHash: keccak256(toHex('demo evidence: the patient was seen running a marathon')) });
  await resolveReport(operator, { reports, reportId, confirmed: true });
  stage();

  // One claim approved (queued for the open epoch), then one left in its announcement window.
  const approved = await file(approvedClaimant, 50n * UNIT);
  await review(approvedClaimant, approved, 50n * UNIT);
  await draw(approved);
  await attestAll(approved);
  stage();
  await increaseTime(7 * DAY + 1);
  await approveClaim(operator, { claims, claimId: approved });
  const announced = await file(announcedClaimant, 40n * UNIT, 3);
  await review(announcedClaimant, announced, 40n * UNIT);
  await draw(announced);
  await attestAll(announced);
  stage();

  // Earlier stages: witnesses drawn (awaiting acceptance), reviewed (awaiting randomness), filed, rejected.
  const drawn = await file(drawnClaimant, 30n * UNIT, 2);
  await review(drawnClaimant, drawn, 30n * UNIT);
  await draw(drawn);
  stage();
  const reviewed = await file(reviewedClaimant, 25n * UNIT);
  await review(reviewedClaimant, reviewed, 25n * UNIT);
  stage();
  const filed = await file(filedClaimant, 20n * UNIT);
  const rejected = await file(rejectedClaimant, 15n * UNIT);
  await reviewClaim(operator, { claims, claimId: rejected, approve: false, reason: 'DocumentsInvalid' });
  stage();

  return {
    ...deployment,
    members: wallets.length,
    patient: patient.account.address,
    exited: exiting.account.address,
    lapsed: lapsing.account.address,
    fraudReportId: reportId,
    witnesses: witnesses.map((w) => ({ address: w.wallet.account.address, privateKey: demoWitnessKey(witnesses.indexOf(w)), region: w.region })),
    demoClaims: [
      { claimId: paid, stage: 'Paid', claimant: patient.account.address },
      { claimId: fraud, stage: 'FraudConfirmed', claimant: fraudster.account.address },
      { claimId: approved, stage: 'Approved', claimant: approvedClaimant.account.address },
      { claimId: announced, stage: 'Announced', claimant: announcedClaimant.account.address },
      { claimId: drawn, stage: 'WitnessesDrawn', claimant: drawnClaimant.account.address },
      { claimId: reviewed, stage: 'Reviewed', claimant: reviewedClaimant.account.address },
      { claimId: filed, stage: 'Filed', claimant: filedClaimant.account.address },
      { claimId: rejected, stage: 'Rejected', claimant: rejectedClaimant.account.address },
    ],
  };
}
