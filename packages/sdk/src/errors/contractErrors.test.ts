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

test('the errors of issue 8 say what went wrong and what to do, in token units and days', async () => {
  const { claimsManagerAbi, claimParametersAbi, fraudReportsAbi, witnessRegistryAbi } = await import('@lashou/abi');
  const say = (abi: readonly unknown[], name: string, args: readonly unknown[]) => toLashouError(revert(abi, name, args), tusd).shortMessage;
  assert.equal(
    say(claimsManagerAbi, 'ClaimsAmountAbovePoolCapacity', [500_000_000n, 357_000_000n]),
    "the pool can pay at most 357.00 tUSD more within the payment window with today's members (after the payments queued ahead and the witnesses' commissions), not 500.00 tUSD: approve at most 357.00 tUSD (lashou operator review --approve --amount), or wait until more members join",
  );
  assert.match(say(claimsManagerAbi, 'ClaimsAmountAbovePoolCapacity', [1n, 0n]), /can pay nothing more .*wait until more members join/);
  assert.match(say(claimsManagerAbi, 'ClaimsDrawPending', [4n, 9n]), /^the randomness of claim 4 \(request 9\) can already be known .*draw with it first \(lashou claim advance\)/);
  // A parameter that conflicts with another: the bound is named in its own unit.
  assert.match(say(claimParametersAbi, 'ClaimsParameterConflict', [2, 700_000_000_000n, 640_000_000_000n]), /^StakeLock 700,?000\.00 tUSD is above the largest lock .*640,?000\.00 tUSD/);
  assert.match(say(claimParametersAbi, 'ClaimsParameterConflict', [2, 1_000_000n, 50_000_000n]), /^StakeLock 1\.00 tUSD is below the commission 50\.00 tUSD/);
  assert.match(say(claimParametersAbi, 'ClaimsParameterConflict', [8, 40n * 86_400n, 37n * 86_400n]), /^AnnouncementWindow 3456000 s \(40 days\) would make .*exit notice, 3196800 s \(37 days\)/);
  assert.match(say(claimParametersAbi, 'ClaimsParameterConflict', [15, 3_600n, 1_209_600n]), /^PaymentWindow 3600 s is shorter than one epoch, 1209600 s \(14 days\)/);
  assert.match(say(fraudReportsAbi, 'ReportsEvidenceFirstReportedBy', [5n, 3n]), /^report 3 revealed the same evidence before report 5: confirm report 3 instead/);
  assert.match(say(fraudReportsAbi, 'ReportsEvidenceNotRevealed', [5n]), /lashou report reveal/);
  assert.match(say(fraudReportsAbi, 'ReportsCommitmentMismatch', [5n]), /salt printed when the report was filed/);
  assert.match(say(fraudReportsAbi, 'ReportsClaimClosed', [5n, 2n]), /^claim 2 is no longer under investigation .*lashou report expire/);
  assert.match(say(witnessRegistryAbi, 'WitnessNotSeasoned', [member, 1_700_000_000n]), /seasoning period until 2023-11-14T22:13:20Z/);
  assert.match(say(witnessRegistryAbi, 'WitnessLockTooLarge', [700_000_000_000n, 640_000_000_000n]), /above the largest any stake tier serves, 640,?000\.00 tUSD/);
  assert.equal(say(witnessRegistryAbi, 'WitnessTierInvalid', [8n, 8n]), 'stake tier 8 does not exist: tiers run from 0 to 7');
  assert.match(say(witnessRegistryAbi, 'WitnessTierFull', [0n, 3n]), /tier 3 in all regions is full/);
  assert.match(say(mutualPoolAbi, 'PoolGovernanceDelayTooShort', [1_209_600n, 4_492_800n]), /^governance delay 1209600 s \(14 days\) must exceed 4492800 s \(52 days\), the exit notice plus one epoch plus one day of settlement slack/);
  assert.match(say(mutualPoolAbi, 'PoolExitNoticeBelowFloor', [86_400n, 37n * 86_400n]), /shorter than the claims' announcement plus investigation windows, 3196800 s \(37 days\)/);
  assert.match(say(mutualPoolAbi, 'PoolMemberExpelled', [member]), /expelled after a confirmed fraud: it can never join this pool again/);
  assert.match(say(mutualPoolAbi, 'PoolPaymentNotReduced', [7n, 5_000_000n, 6_000_000n]), /payment 7 still owes 5\.00 tUSD: .*never raised to 6\.00 tUSD/);
  assert.match(say(mutualPoolAbi, 'PoolPaymentsStillQueued', [2_500_000n]), /^2\.50 tUSD of payments are still queued/);
  // The next step of a claim in each state names the new rules.
  assert.match(say(claimsManagerAbi, 'ClaimsWrongState', [7n, 6]), /claim 7 is Approved, .*until its payment deadline; .*what is still unpaid is then cancelled/);
  assert.match(say(claimsManagerAbi, 'ClaimsWrongState', [7n, 10]), /claim 7 is UnderInvestigation, .*fraud reports are open on it: the operator resolves each/);
});

test('gas shortfalls name the coin, the address, roughly how much and how to get it; no raw viem text', async () => {
  const { InsufficientFundsError } = await import('viem');
  const raw = new BaseError('The total cost (gas * gas fee + value) of executing this transaction exceeds the balance of the account.', {
    cause: new InsufficientFundsError({ cause: new BaseError('insufficient funds for gas * price + value: have 1000 want 300000000000000') }),
  });
  const local = toLashouError(raw, { chainId: 31337, account: member, nativeCurrency: { symbol: 'ETH', decimals: 18 } });
  assert.equal(local.code, 'wallet.insufficientFunds');
  assert.equal(
    local.shortMessage,
    `${member} cannot pay for gas: it holds 0.000001 ETH and this transaction needs about 0.0003 ETH; gas is paid in ETH (the native coin of chain 31337), not in the stablecoin: on the local chain run lashou token faucet (it gives ETH for gas too), or send ETH to ${member} from a dev account`,
  );
  const sepolia = toLashouError(raw, { chainId: 11155111, account: member, nativeCurrency: { symbol: 'ETH', decimals: 18 }, gasFunds: { balance: 0n, needed: 2n * 10n ** 15n } });
  assert.match(sepolia.shortMessage, new RegExp(`^${member} cannot pay for gas: it holds 0 ETH and this transaction needs about 0\\.002 ETH; gas is paid in ETH \\(the native coin of chain 11155111\\), not in the stablecoin: send ETH to ${member} \\(from an exchange or another wallet; on a test network from its faucet\\), then retry$`));
  // Without any context it still says which coin pays gas and what to do.
  assert.match(toLashouError(raw).shortMessage, /^the sending account cannot pay for gas: it holds 0\.000001 and this transaction needs about 0\.0003; gas is paid in the chain's native coin, not in the stablecoin: send the native coin/);
});

test('a call to an address without code is a stale address book, with the chain and the fix', async () => {
  const { ContractFunctionExecutionError, ContractFunctionZeroDataError } = await import('viem');
  const raw = new ContractFunctionExecutionError(new ContractFunctionZeroDataError({ functionName: 'token' }), {
    abi: mutualPoolAbi, functionName: 'token', args: [], contractAddress: '0x000000000000000000000000000000000000dEaD',
  });
  const error = toLashouError(raw, { chainId: 31337 });
  assert.equal(error.code, 'contract.noCode');
  assert.match(error.shortMessage, /^there is no contract at 0x000000000000000000000000000000000000dEaD on chain 31337 \(its token\(\) returned nothing\): the address book is stale .*restart the local chain with lashou dev .*lashou deploy.*--deployment <file>/);
});
