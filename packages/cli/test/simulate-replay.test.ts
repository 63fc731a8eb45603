// The engine against the contracts themselves: one simulated year (26 epochs of 14 days) of a 200-member pool is
// replayed on anvil through the SDK — every join, top-up, exit request, approved claim (queued with the pool's claims
// role at the simulated time), settlement, lapse and withdrawal — and every epoch's `EpochSettled` (members counted,
// share, amount collected, dust, what rolled over, the index), the lapses, the exits settled and the pool's token
// balance must equal the engine's EpochRecord to the base unit.
//
// The incidence is raised far above real rates (a flat 50 % a year, ≈ 5 claims per epoch among 200 members, where real
// rates give a few claims a year) with a 14-day waiting period, so that nearly every epoch has claims to share; claims
// are sized (lognormal, median 150 units, σ 1.2) so that some epochs exceed the capacity N·M and roll over, and
// deposits are small enough that members top up or lapse.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { mutualPoolAbi, testStablecoinAbi } from '@lashou/abi';
import { joinPool, processLapses, queuePayment, requestExit, settleEpoch, topUpBalance, withdrawBalance } from '@lashou/sdk';
import { deployLashou, startTestChain, walletFor, type TestChain, type TestWalletClient } from '@lashou/sdk/node';
import { type Address, type Hex, keccak256, maxUint256, parseEventLogs, stringToHex } from 'viem';
import { simulatePool, type PoolAction, type PoolRun } from '../src/simulate/engine.js';
import { flatIncidence } from '../src/simulate/incidence.js';
import { defaultParameters as defaultProtocolParameters } from '../src/simulate/parameters.js';

const DAY = 86_400;
const UNIT = 1_000_000n;
const params = { ...defaultProtocolParameters(6), waitingPeriod: 14 * DAY };

/** What the engine and the chain are compared on, per epoch. */
type EpochFacts = {
  members: bigint;
  share: bigint;
  collected: bigint;
  dust: bigint;
  rolledOver: bigint;
  index: bigint;
  exited: bigint;
  lapsed: bigint;
  poolBalance: bigint;
};

function simulate(): PoolRun {
  return simulatePool(params, {
    members: 200,
    years: 1,
    seed: 2026,
    incidence: flatIncidence(0.5),
    claimSize: { kind: 'lognormal', median: 150n * UNIT, sigma: 1.2 },
    approvalDelay: 7 * DAY,
    behaviour: { deposit: 100n * UNIT, topUpBelow: 20n * UNIT, topUpTo: 100n * UNIT, topUpShare: 0.7, joinRate: 0.5, exitRate: 0.3, claimantLeaves: true },
    recordActions: true,
  });
}

describe('simulate: one year of a 200-member pool replayed on anvil through the SDK', () => {
  let chain: TestChain;
  before(async () => {
    chain = await startTestChain();
  });
  after(async () => {
    await chain?.stop();
  });

  test('the engine exercises every rule in the replayed year', () => {
    const run = simulate();
    assert.equal(run.epochs.length, 26);
    const withShare = run.epochs.filter((e) => e.share > 0n).length;
    assert.ok(withShare >= 20, `only ${withShare} of 26 epochs charged a share: raise the incidence`);
    assert.ok(run.epochs.some((e) => e.rolledOver > 0n), 'no epoch rolled a payment over');
    assert.ok(run.epochs.some((e) => e.share === params.minimumBalance), 'no share was capped at M');
    assert.ok(run.epochs.some((e) => e.dust > 0n), 'no settlement left dust');
    assert.ok(run.epochs.some((e) => e.fromReserve > 0n), 'the reserve never paid first');
    assert.ok(run.totals.lapsed > 0 && run.totals.toppedUp > 0 && run.totals.exited > 0, `lapsed ${run.totals.lapsed}, topped up ${run.totals.toppedUp}, exited ${run.totals.exited}: each must happen`);
    assert.ok(run.totals.joined > 200, 'nobody joined after the first epoch');
  });

  test('every epoch settles on chain exactly as the engine says (share, count, roll-over, index, balance)', { timeout: 600_000 }, async () => {
    const run = simulate();
    const actions = run.actions ?? [];
    const deployer = chain.dev(0);
    const claims = chain.dev(1);
    const deployment = await deployLashou(deployer, { waitingPeriod: BigInt(params.waitingPeriod), claimsOperator: claims.account.address });
    const { pool, token, hintHelpers } = deployment;
    const genesis = await deployer.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'genesis' });
    // The deployment's rules are the engine's.
    const [epochLength, waitingPeriod, minimumBalance, exitNotice] = await Promise.all([
      deployer.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'epochLength' }),
      deployer.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'waitingPeriod' }),
      deployer.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'minimumBalance' }),
      deployer.readContract({ address: pool, abi: mutualPoolAbi, functionName: 'exitNotice' }),
    ]);
    assert.deepEqual([epochLength, waitingPeriod, minimumBalance, exitNotice], [BigInt(params.epochLength), BigInt(params.waitingPeriod), params.minimumBalance, BigInt(params.exitNotice)]);

    // Members: one fresh key each, with gas, 10,000 tUSD from the faucet and an allowance for the pool.
    const memberCount = 1 + Math.max(...actions.map((a) => ('member' in a ? a.member : -1)));
    const keys: Hex[] = Array.from({ length: memberCount }, (_, i) => keccak256(stringToHex(`lashou-simulate-replay-${i}`)));
    const wallets: TestWalletClient[] = keys.map((key) => walletFor(chain.rpcUrl, key, chain.chain));
    const rpc = (method: string, params: unknown[]) => deployer.request({ method: method as never, params: params as never });
    await Promise.all(wallets.map((w) => rpc('anvil_setBalance', [w.account.address, '0x8ac7230489e80000'])));
    let nonce = await deployer.getTransactionCount({ address: deployer.account.address });
    let lastHash: Hex | undefined;
    for (const w of wallets) {
      lastHash = await deployer.writeContract({ address: token, abi: testStablecoinAbi, functionName: 'faucet', args: [w.account.address, 10_000n * UNIT], nonce: nonce++, gas: 150_000n });
    }
    const approvals: Hex[] = [];
    for (let i = 0; i < wallets.length; i += 25) {
      approvals.push(...(await Promise.all(wallets.slice(i, i + 25).map((w) => w.writeContract({ address: token, abi: testStablecoinAbi, functionName: 'approve', args: [pool, maxUint256], nonce: 0, gas: 100_000n })))));
    }
    for (const hash of [lastHash!, ...approvals]) assert.equal((await deployer.waitForTransactionReceipt({ hash })).status, 'success');

    // Replay, each transaction in a block at the simulated time (those whose time decides an epoch exactly; the
    // settlement's followers — lapses, withdrawals — at the next free second).
    let last = (await deployer.getBlock()).timestamp;
    const at = async (action: PoolAction) => {
      const t = genesis + BigInt(action.time);
      const exact = action.kind !== 'processLapses' && action.kind !== 'withdraw';
      if (t <= last) {
        assert.ok(!exact, `${action.kind} at ${t} cannot be replayed after block time ${last}`);
        last += 1n;
      } else {
        last = t;
      }
      await rpc('evm_setNextBlockTimestamp', [Number(last)]);
    };
    const refreshClock = async () => {
      last = (await deployer.getBlock()).timestamp;
    };

    const chainFacts = new Map<number, EpochFacts>();
    let balanceDue: number | undefined;
    const checkBalance = async () => {
      if (balanceDue === undefined) return;
      const facts = chainFacts.get(balanceDue)!;
      facts.poolBalance = (await deployer.readContract({ address: token, abi: testStablecoinAbi, functionName: 'balanceOf', args: [pool] })) as bigint;
      balanceDue = undefined;
    };
    const started = Date.now();
    let transactions = 0;
    for (const action of actions) {
      if (action.kind !== 'processLapses' && action.kind !== 'withdraw') await checkBalance();
      switch (action.kind) {
        case 'join': {
          await at(action);
          const joined = await joinPool(wallets[action.member]!, { pool, hintHelpers, identityCommitment: keccak256(stringToHex(`replay-identity-${action.member}`)), deposit: action.deposit });
          assert.equal(joined.approvalHash, undefined, 'the allowance was set beforehand, so join is one transaction');
          break;
        }
        case 'topUp':
          await at(action);
          await topUpBalance(wallets[action.member]!, { pool, hintHelpers, amount: action.amount });
          break;
        case 'requestExit':
          await at(action);
          await requestExit(wallets[action.member]!, { pool });
          break;
        case 'queuePayment': {
          await at(action);
          const recipient: Address = action.member >= 0 ? wallets[action.member]!.account.address : deployer.account.address;
          const queued = await queuePayment(claims, { pool, claimId: BigInt(action.claimId), recipient, amount: action.amount });
          assert.equal(Number(queued.epoch), Math.floor(action.time / params.epochLength), `claim ${action.claimId} was queued in another epoch`);
          break;
        }
        case 'settle': {
          // A block at the epoch's end first, so the settlement's simulation runs when the epoch has ended.
          await at(action);
          await rpc('evm_mine', []);
          const settled = await settleEpoch(deployer, { pool });
          transactions += settled.lapseHashes.length;
          await refreshClock();
          const [event] = parseEventLogs({ abi: mutualPoolAbi, logs: settled.receipt.logs, eventName: 'EpochSettled' });
          assert.equal(Number(settled.epoch), action.epoch);
          // Lapses found by the settlement itself belong to the previous epoch's charge (the engine has none there).
          if (settled.lapses.lapsed > 0) {
            const previous = chainFacts.get(action.epoch - 1);
            if (previous) previous.lapsed += BigInt(settled.lapses.lapsed);
            else assert.fail(`${settled.lapses.lapsed} lapses before the first settlement`);
          }
          chainFacts.set(action.epoch, {
            members: settled.members,
            share: settled.share,
            collected: settled.collected,
            dust: settled.reserveAdded,
            rolledOver: settled.carriedOver,
            index: event!.args.index,
            exited: settled.exitsFinalised,
            lapsed: 0n,
            poolBalance: -1n,
          });
          balanceDue = action.epoch;
          break;
        }
        case 'processLapses': {
          await at(action);
          const result = await processLapses(deployer, { pool });
          transactions += result.hashes.length - 1;
          await refreshClock();
          chainFacts.get(action.epoch)!.lapsed += BigInt(result.lapsed);
          break;
        }
        case 'withdraw': {
          await at(action);
          const withdrawn = await withdrawBalance(wallets[action.member]!, { pool });
          assert.equal(withdrawn.amount, action.amount, `member ${action.member} withdrew ${withdrawn.amount}, the engine says ${action.amount}`);
          break;
        }
        case 'credit':
          assert.fail('the replayed run has no credits');
      }
      transactions++;
    }
    await checkBalance();

    const engineFacts = (e: (typeof run.epochs)[number]): EpochFacts => ({
      members: BigInt(e.members), share: e.share, collected: e.collected, dust: e.dust, rolledOver: e.rolledOver, index: e.index,
      exited: BigInt(e.exited), lapsed: BigInt(e.lapsed), poolBalance: e.poolBalance,
    });
    const differences = run.epochs.flatMap((record) => {
      const onChain = chainFacts.get(record.epoch);
      const simulated = engineFacts(record);
      if (!onChain) return [`epoch ${record.epoch}: never settled on chain`];
      return (Object.keys(simulated) as (keyof EpochFacts)[])
        .filter((field) => simulated[field] !== onChain[field])
        .map((field) => `epoch ${record.epoch} ${field}: engine ${simulated[field]}, chain ${onChain[field]}`);
    });
    assert.deepEqual(differences, [], `the engine and the contracts differ:\n${differences.join('\n')}`);
    assert.equal(chainFacts.size, 26);
    console.log(`# replayed ${transactions} transactions (${actions.length} actions, ${memberCount} members) in ${((Date.now() - started) / 1000).toFixed(1)} s; shares ${run.epochs.map((e) => e.share).join(', ')}`);
  });
});
