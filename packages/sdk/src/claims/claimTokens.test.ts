import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { claimParametersAbi, mutualPoolAbi } from '@lashou/abi';
import { type Address, type Hex, erc20Abi, keccak256, toHex } from 'viem';
import {
  CLAIM_PARAMETER_NAMES, type ClaimParameterName, acceptWitness, approveClaim, attestClaim, computeNullifier, createIdentity, creditPendingReport, drawWitnesses, fileClaim, getClaim,
  getPendingMoney, joinPool, markClaimPaid, releasePayout, releaseReportRefund, reportFraud, resolveReport, reviewClaim, setNotary, settleEpoch,
  signDiagnosis, stakeWitness, TokenRefusedError, type DeployLashouReturnType,
} from '../index.js';
import { deployLashou, deployStablecoin, startTestChain, type StablecoinKind, type TestChain, type TestStablecoin } from '../node/index.js';

const DAY = 86_400;
const REGION = 4_242;
const operatorSecret = `0x${'cd'.repeat(32)}` as Hex;

/**
 * A claim's whole life through the SDK on each real stablecoin's double (USDC v2.2, USDT, DAI): members join, witnesses
 * stake and a supervisor posts a bond through the token's own approval rules (USDT: no return value, zero first); a
 * claim is filed, reviewed, drawn, attested, approved and paid; on the tokens that can be paused, the payout of a
 * settlement made while paused waits for the patient and a fraud confirmed while paused stands, its money moving
 * once the token does — to the payee only.
 */
describe('a claim to payout on each stablecoin double, with its pause', () => {
  let chain: TestChain;
  // 0 deployer, operator and token admin; 1 notary; 2–4 witnesses; 5–9 members; 10 supervisor; 11 a stranger.
  before(async () => {
    chain = await startTestChain({ accounts: 12 });
  });
  after(async () => {
    await chain?.stop();
  });

  for (const kind of ['usdc', 'usdt', 'dai'] as const satisfies readonly StablecoinKind[]) {
    describe(kind, () => {
      let coin: TestStablecoin;
      let d: DeployLashouReturnType;
      let unit: bigint;
      const operator = () => chain.dev(0);
      const member = (i: number) => chain.dev(5 + i);
      const witnesses = () => [2, 3, 4].map((i) => chain.dev(i));
      const supervisor = () => chain.dev(10);
      const stranger = () => chain.dev(11);
      const balanceOf = (who: Address) => operator().readContract({ address: coin.address, abi: erc20Abi, functionName: 'balanceOf', args: [who] });
      const byAddress = (address: Address) => witnesses().find((w) => w.account.address.toLowerCase() === address.toLowerCase())!;
      /** A claim parameter as the deployment holds it (in this token's own base units for amounts). */
      const parameter = (name: ClaimParameterName) =>
        operator().readContract({ address: d.claimParameters as Address, abi: claimParametersAbi, functionName: 'parameter', args: [CLAIM_PARAMETER_NAMES.indexOf(name)] });

      async function announced(i: number, amount: bigint): Promise<bigint> {
        const claims = d.claims as Address;
        const claimant = member(i).account.address;
        const documentHash = keccak256(toHex(`${kind} diagnosis ${i} ${Date.now()}`));
        const diagnosedAt = (await operator().getBlock()).timestamp - BigInt(DAY);
        const { signature, notary } = await signDiagnosis(chain.dev(1), { claims, claimant, documentHash, diagnosedAt, region: REGION });
        const { claimId } = await fileClaim(member(i), { claims, documentHash, diagnosedAt, amount, region: REGION, notary, signature });
        const nullifier = computeNullifier({ person: { kind: 'PASSPORT', number: `GBR:${kind.toUpperCase()}00${i}` }, operatorSecret });
        await reviewClaim(operator(), { claims, claimId, approve: true, amount, nullifier });
        await chain.mine(5);
        await drawWitnesses(operator(), { claims, claimId });
        for (const s of (await getClaim(operator(), { claims, claimId })).witnesses) {
          await acceptWitness(byAddress(s.witness), { claims, claimId, slot: s.slot });
          await attestClaim(byAddress(s.witness), { claims, claimId, slot: s.slot, reportHash: keccak256(toHex(`visit ${claimId} ${s.slot}`)) });
        }
        assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Announced');
        return claimId;
      }

      async function settleAll() {
        const genesis = await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'genesis' });
        const epoch = await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'currentEpoch' });
        await chain.setTime(genesis + (epoch + 1n) * 1_209_600n + 1n);
        while ((await operator().readContract({ address: d.pool, abi: mutualPoolAbi, functionName: 'nextEpochToSettle' })) <= epoch) {
          await settleEpoch(operator(), { pool: d.pool });
        }
      }

      test('members join, witnesses stake and the notary is listed, through the token\'s own rules', async () => {
        coin = await deployStablecoin(operator(), kind);
        unit = 10n ** BigInt(coin.decimals);
        d = await deployLashou(operator(), { token: coin.address, claimParameters: { Commission: 1n * unit }, minRegionWitnesses: 1n, witnessSeasoning: 0n });
        for (let i = 0; i < 5; i++) {
          await coin.mint(member(i).account.address, 1_000n * unit);
          await joinPool(member(i), { pool: d.pool, identityCommitment: createIdentity({ docType: 'PASSPORT', idNumber: `GBR:${kind.toUpperCase()}00${i}`, name: `Member ${i}` }).commitment, deposit: 500n * unit });
        }
        for (const w of witnesses()) {
          await coin.mint(w.account.address, 10_000n * unit);
          await stakeWitness(w, { registry: d.registry as Address, amount: 10_000n * unit, region: REGION });
        }
        await coin.mint(supervisor().account.address, 1_000n * unit);
        await setNotary(operator(), { claims: d.claims as Address, notary: chain.dev(1).account.address, listed: true });
        await chain.increaseTime(91 * DAY);
        assert.equal(await balanceOf(d.registry as Address), 30_000n * unit, 'every stake arrived whole');
      });

      test('a claim is paid; when the token is paused at settlement the payout waits for the patient and goes to the patient only', async () => {
        const claims = d.claims as Address;
        const patient = member(0).account.address;
        const claimId = await announced(0, 20n * unit);
        await chain.increaseTime(7 * DAY + 1);
        await approveClaim(operator(), { claims, claimId });
        const before = await balanceOf(patient);
        if (coin.pause) await coin.pause();
        await settleAll();
        await markClaimPaid(operator(), { claims, claimId });
        assert.equal((await getClaim(operator(), { claims, claimId })).state, 'Paid');
        if (!coin.pause) {
          assert.equal(await balanceOf(patient), before + 20n * unit, 'DAI cannot be paused: the patient is paid at settlement');
          return;
        }
        assert.equal(await balanceOf(patient), before, 'paused: nothing moved');
        const pending = await getPendingMoney(operator(), { pool: d.pool, account: patient });
        assert.equal(pending.account?.unclaimedPayout, 20n * unit);
        await assert.rejects(releasePayout(stranger(), { pool: d.pool, payee: patient }), (e: Error) => e instanceof TokenRefusedError && /paused/.test(e.message));
        await coin.unpause!();
        const released = await releasePayout(stranger(), { pool: d.pool, payee: patient });
        assert.equal(released.amount, 20n * unit);
        assert.equal(await balanceOf(patient), before + 20n * unit, 'the patient, not the caller, is paid');
        // The witnesses' commissions waited too, each for its own witness.
        for (const s of (await getClaim(operator(), { claims, claimId })).witnesses) {
          const witnessBefore = await balanceOf(s.witness);
          assert.equal((await releasePayout(stranger(), { pool: d.pool, payee: s.witness })).amount, 1n * unit);
          assert.equal(await balanceOf(s.witness), witnessBefore + 1n * unit);
        }
      });

      test('a report posted with the token\'s own approval, confirmed while the token is paused: the decision stands, the money follows', async () => {
        const claims = d.claims as Address;
        const reports = d.reports as Address;
        const claimId = await announced(1, 20n * unit);
        const { reportId, bond } = await reportFraud(supervisor(), { reports, claimId, evidenceHash: keccak256(toHex(`${kind} evidence`)) });
        assert.equal(bond, await parameter('ReportBond'));
        assert.equal(bond % unit, 0n, 'a whole number of units in the token\'s own decimals');
        // ReporterRewardBps of the 20-unit claim (whole base units in 6 and 18 decimals; far below the slashed locks).
        const reward = 20n * unit * (await parameter('ReporterRewardBps')) / 10_000n;
        const supervisorBefore = await balanceOf(supervisor().account.address);
        if (coin.pause) await coin.pause();
        const resolved = await resolveReport(operator(), { reports, reportId, confirmed: true });
        assert.equal(resolved.outcome, 'Confirmed');
        assert.equal(resolved.reward, reward);
        const c = await getClaim(operator(), { claims, claimId });
        assert.equal(c.state, 'Rejected', 'fraud confirmed during the announcement: never paid');
        if (coin.pause) {
          const waiting = await getPendingMoney(operator(), { pool: d.pool, claims, reports, registry: d.registry as Address });
          assert.ok(waiting.owedToReports > 0n && waiting.pendingReportCredits > 0n, 'the slashed stake and the members\' credit wait for the token');
          await coin.unpause!();
          await creditPendingReport(stranger(), { reports, reportId });
          await releaseReportRefund(stranger(), { reports, reporter: supervisor().account.address });
        }
        // Bond back plus the reward from the slashed stakes, on every token.
        assert.equal(await balanceOf(supervisor().account.address), supervisorBefore + bond + reward);
        const after = await getPendingMoney(operator(), { pool: d.pool, claims, reports, registry: d.registry as Address });
        assert.equal(after.totalWaiting + after.owedToReports + after.owedToClaims, 0n, 'nothing left waiting');
      });
    });
  }
});
