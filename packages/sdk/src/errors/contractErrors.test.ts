import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BaseError, ContractFunctionRevertedError, encodeErrorResult, keccak256, toHex, type Hex } from 'viem';
import { mutualPoolAbi, testStablecoinAbi } from '@lashou/abi';
import { LashouContractError, contractErrorsAbi, errorExplainers, isContractError, toLashouError } from './contractErrors.js';
import { LashouError, RpcUnreachableError } from './LashouError.js';

const tusd = { decimals: 6, symbol: 'tUSD' };
const member = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

function revert(abi: readonly unknown[], errorName: string, args: readonly unknown[]) {
  const data = encodeErrorResult({ abi: abi as never, errorName, args } as never) as Hex;
  // As viem throws it from a simulation: the revert data sits deep in the cause chain.
  return new BaseError('Execution reverted', { cause: Object.assign(new Error('reverted'), { data }) });
}

test('every custom error of the generated contracts has an explanation row', () => {
  const missing = contractErrorsAbi.map((e) => e.name).filter((name) => !errorExplainers[name]);
  assert.deepEqual(missing, [], `add rows to errorExplainers for ${missing.join(', ')}`);
});

test('pool errors decode into messages that say what to do, in token units', () => {
  const below = toLashouError(revert(mutualPoolAbi, 'PoolBelowMinimumBalance', [member, 9_500_000n, 10_000_000n]), tusd);
  assert.ok(below instanceof LashouContractError);
  assert.equal(below.errorName, 'PoolBelowMinimumBalance');
  assert.ok(isContractError(below, 'PoolBelowMinimumBalance'));
  const [, balance, minimum] = below.args; // typed: [address, bigint, bigint]
  assert.equal(minimum - balance, 500_000n);
  assert.equal(isContractError(below, 'PoolZeroAmount'), false);
  assert.equal(below.shortMessage, 'balance 9.50 tUSD is below the 10.00 tUSD minimum: top up at least 0.50 tUSD more');
  assert.match(toLashouError(revert(mutualPoolAbi, 'PoolNotMember', [member, 0]), tusd).shortMessage, /is not a member of this pool: join first/);
  assert.match(toLashouError(revert(mutualPoolAbi, 'PoolNotMember', [member, 4]), tusd).shortMessage, /has lapsed .*top up to rejoin/);
  assert.match(toLashouError(revert(mutualPoolAbi, 'PoolLapsesPending', []), tusd).shortMessage, /process-lapses/);
  assert.match(toLashouError(revert(mutualPoolAbi, 'SortedMembersHintTooFar', [3, 5n]), tusd).shortMessage, /retry/);
  assert.match(
    toLashouError(revert(mutualPoolAbi, 'AccessControlUnauthorizedAccount', [member, keccak256(toHex('CREDITOR_ROLE'))]), tusd).shortMessage,
    /does not hold CREDITOR_ROLE/,
  );
});

test('token errors decode with amounts and a remedy', () => {
  const error = toLashouError(revert(testStablecoinAbi, 'ERC20InsufficientBalance', [member, 5_000_000n, 20_000_000n]), tusd);
  assert.equal(error.shortMessage, `${member} holds 5.00 tUSD but 20.00 tUSD is needed: get at least 15.00 tUSD more (lashou token faucet on test chains)`);
  assert.match(toLashouError(revert(testStablecoinAbi, 'ERC20InsufficientAllowance', [member, 0n, 1n]), tusd).shortMessage, /approve it first, or join with a permit/);
  assert.match(toLashouError(revert(testStablecoinAbi, 'ERC2612ExpiredSignature', [1_700_000_000n]), tusd).shortMessage, /expired at 2023-11-14T22:13:20Z: sign a new one/);
});

test('viem ContractFunctionRevertedError, unknown errors and connection failures', () => {
  const data = encodeErrorResult({ abi: mutualPoolAbi, errorName: 'PoolZeroAmount' });
  const viemError = new ContractFunctionRevertedError({ abi: mutualPoolAbi, data, functionName: 'topUp' });
  assert.equal(toLashouError(viemError).shortMessage, 'the amount is zero: give a positive amount');
  const unknown = toLashouError(new BaseError('something odd'));
  assert.ok(unknown instanceof LashouError && !(unknown instanceof LashouContractError));
  assert.equal(unknown.shortMessage, 'something odd');
  const refused = toLashouError(new Error('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }), { rpcUrl: 'http://127.0.0.1:1' });
  assert.ok(refused instanceof RpcUnreachableError);
  assert.match(refused.shortMessage, /cannot reach the RPC endpoint http:\/\/127\.0\.0\.1:1/);
});

test('claims, witness, report and randomness errors name the state and the next step', async () => {
  const { claimsManagerAbi, witnessRegistryAbi, fraudReportsAbi, prevrandaoSourceAbi } = await import('@lashou/abi');
  assert.equal(
    toLashouError(revert(claimsManagerAbi, 'ClaimsWrongState', [7n, 1]), tusd).shortMessage,
    'claim 7 is Filed, which does not allow this: it waits for the operator review (lashou operator review)',
  );
  assert.match(toLashouError(revert(claimsManagerAbi, 'ClaimsWrongState', [99n, 0]), tusd).shortMessage, /no such claim/);
  assert.match(
    toLashouError(revert(claimsManagerAbi, 'ClaimsAmountOutOfRange', [0n, 100_000_000_000n]), tusd).shortMessage,
    /at most 100,?000\.00 tUSD/,
  );
  assert.match(toLashouError(revert(witnessRegistryAbi, 'WitnessStakeTooLow', [1_000_000n, 5_000_000_000n]), tusd).shortMessage, /below the 5,?000\.00 tUSD minimum/);
  assert.match(toLashouError(revert(fraudReportsAbi, 'ReportsNotOpen', [3n, 1]), tusd).shortMessage, /already Confirmed/);
  assert.match(toLashouError(revert(prevrandaoSourceAbi, 'RandomnessNotYetAvailable', [1n, 12n, 10n]), tusd).shortMessage, /wait 2 more block/);
  assert.match(
    toLashouError(revert(claimsManagerAbi, 'AccessControlUnauthorizedAccount', [member, keccak256(toHex('OPERATOR_ROLE'))]), tusd).shortMessage,
    /does not hold OPERATOR_ROLE/,
  );
});
