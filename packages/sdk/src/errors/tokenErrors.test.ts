import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mutualPoolAbi, testStablecoinAbi } from '@lashou/abi';
import { type Address, type Hex, BaseError, ContractFunctionExecutionError, ContractFunctionRevertedError, encodeErrorResult, parseAbi } from 'viem';
import { LashouContractError, toLashouError } from './contractErrors.js';
import { describeError } from './describeError.js';
import { LashouError, TokenRefusedError } from './LashouError.js';
import { classifyTokenReason } from './tokenErrors.js';

const token: Address = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const pool: Address = '0x5FbDB2315678afecb367f032d93F642f64180aa3';
const member: Address = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
const usdc = { token, symbol: 'USDC', decimals: 6, account: member };
const CJK = /[\u4e00-\u9fff]/;

const builtins = parseAbi(['error Error(string)', 'error Panic(uint256)']);
const stringData = (reason: string) => encodeErrorResult({ abi: builtins, errorName: 'Error', args: [reason] });
const panicData = (code: bigint) => encodeErrorResult({ abi: builtins, errorName: 'Panic', args: [code] });

/** As viem throws a reverted simulation: the call (contract, function, args) around the revert. */
function reverted(options: { data?: Hex; message?: string; address?: Address; functionName?: string; args?: readonly unknown[] }) {
  const functionName = options.functionName ?? 'join';
  const abi = mutualPoolAbi as never;
  const cause = new ContractFunctionRevertedError({ abi, data: options.data, functionName, message: options.message });
  return new ContractFunctionExecutionError(cause, { abi, functionName, args: options.args ?? [], contractAddress: options.address ?? pool });
}

test('the reason strings of USDC and DAI are recognised; anything else is passed on', () => {
  const cases: [string, string][] = [
    ['Pausable: paused', 'token.paused'],
    ['Blacklistable: account is blacklisted', 'token.blacklisted'],
    ['ERC20: transfer amount exceeds allowance', 'token.insufficientAllowance'],
    ['ERC20: transfer amount exceeds balance', 'token.insufficientBalance'],
    ['ERC20: insufficient allowance', 'token.insufficientAllowance'],
    ['FiatTokenV2: permit is expired', 'token.permitRefused'],
    ['EIP2612: invalid signature', 'token.permitRefused'],
    ["ECRecover: invalid signature 'v' value", 'token.permitRefused'],
    ['Dai/insufficient-balance', 'token.insufficientBalance'],
    ['Dai/insufficient-allowance', 'token.insufficientAllowance'],
    ['Dai/invalid-permit', 'token.permitRefused'],
    ['Dai/permit-expired', 'token.permitRefused'],
    ['Dai/invalid-nonce', 'token.permitRefused'],
    // Near misses are not mistaken for a pause or a blacklist.
    ['Pausable: caller is not the pauser', 'token.refused'],
    ['Pausable: not paused', 'token.refused'],
    ['Blacklistable: caller is not the blacklister', 'token.refused'],
    ['ERC20: decreased allowance below zero', 'token.refused'],
    ['FiatToken: mint amount exceeds minterAllowance', 'token.refused'],
    ['Something odd happened', 'token.refused'],
  ];
  for (const [reason, code] of cases) assert.equal(classifyTokenReason(reason), code, reason);
});

test('Error(string) from a pool call is the token refusing the transfer, in plain words and in Chinese', () => {
  const allowance = toLashouError(reverted({ data: stringData('ERC20: transfer amount exceeds allowance') }), usdc);
  assert.ok(allowance instanceof TokenRefusedError);
  assert.equal(allowance.code, 'token.insufficientAllowance');
  assert.match(allowance.shortMessage, new RegExp(`^the token USDC \\(${token}\\) refused the transfer: "ERC20: transfer amount exceeds allowance" — .*approve at least the amount first`));
  assert.deepEqual({ ...allowance.params }, { token, symbol: 'USDC', action: 'transfer', reason: 'ERC20: transfer amount exceeds allowance', owner: member, spender: pool });
  assert.match(describeError(allowance, { locale: 'zh-CN' }), /^代币 USDC（0x[0-9a-fA-F]{40}）拒绝了这笔转账（“ERC20: transfer amount exceeds allowance”）：互助池还不能/);

  const paused = toLashouError(reverted({ data: stringData('Pausable: paused') }), usdc);
  assert.equal(paused.code, 'token.paused');
  assert.equal(paused.shortMessage, `the token USDC (${token}) is paused by its issuer ("Pausable: paused"): it refuses transfers and approvals until it is unpaused; try again later`);
  assert.match(describeError(paused, { locale: 'zh' }), /已被发行方暂停（“Pausable: paused”）/);

  const blacklisted = toLashouError(reverted({ data: stringData('Blacklistable: account is blacklisted') }), usdc);
  assert.equal(blacklisted.code, 'token.blacklisted');
  assert.match(blacklisted.shortMessage, /blacklists an address of this call \("Blacklistable: account is blacklisted"\)/);

  const dai = toLashouError(reverted({ data: stringData('Dai/insufficient-balance') }), { ...usdc, symbol: 'DAI' });
  assert.equal(dai.code, 'token.insufficientBalance');
  assert.match(dai.shortMessage, /refused the transfer: "Dai\/insufficient-balance" — 0x70997970C51812dc3A010C7d01b50e0d17dc79C8 holds less than the amount: get more DAI first/);
  assert.match(describeError(dai, { locale: 'zh-CN' }), /余额不足/);

  // Unknown strings are passed on verbatim, with the token named, in both languages.
  const odd = toLashouError(reverted({ data: stringData('FiatToken: something new') }), usdc);
  assert.equal(odd.code, 'token.refused');
  assert.equal(odd.shortMessage, `the token USDC (${token}) refused the transfer: "FiatToken: something new"`);
  assert.equal(describeError(odd, { locale: 'zh-CN' }), `代币 USDC（${token}）拒绝了这笔转账（“FiatToken: something new”）`);

  // The token's own function: an approval, a permit.
  const approve = toLashouError(reverted({ data: stringData('Pausable: paused'), address: token, functionName: 'approve' }), usdc);
  assert.equal(approve.params.action, 'approval');
  const permit = toLashouError(reverted({ data: stringData('EIP2612: invalid signature'), address: token, functionName: 'permit' }), usdc);
  assert.equal(permit.code, 'token.permitRefused');
  assert.match(permit.shortMessage, /refused the permit: "EIP2612: invalid signature": sign a new one/);
});

test('without a token, a reason string is the contract refusing the call', () => {
  const error = toLashouError(reverted({ data: stringData('Ownable: caller is not the owner') }));
  assert.ok(!(error instanceof TokenRefusedError) && !(error instanceof LashouContractError));
  assert.equal(error.code, 'contract.reverted');
  assert.equal(error.shortMessage, 'the contract refused the call: "Ownable: caller is not the owner"');
  assert.equal(describeError(error, { locale: 'zh-CN' }), '合约拒绝了此调用：Ownable: caller is not the owner');
});

test('Panic(uint256) says which panic, and for a token that 0x11 usually means a balance or allowance too small', () => {
  const underflow = toLashouError(reverted({ data: panicData(0x11n) }), usdc);
  assert.equal(underflow.code, 'contract.panic');
  assert.match(underflow.shortMessage, /^the call failed with panic 0x11 \(an arithmetic overflow or underflow\) in the token USDC .*when a balance or an allowance is too small: check both$/);
  assert.match(describeError(underflow, { locale: 'zh-CN' }), /panic 0x11（算术上溢或下溢）.*余额或授权额度不足/);
  const division = toLashouError(reverted({ data: panicData(0x12n) }));
  assert.equal(division.shortMessage, 'the call failed with panic 0x12 (a division or modulo by zero) in the contract: this is a bug in the contract, not in your input: report it');
  assert.match(describeError(division, { locale: 'zh-CN' }), /除以零.*这是合约的缺陷/);
});

test('an empty revert (USDT) and an INVALID opcode are the token refusing without a reason, never "returned no data"', () => {
  for (const raw of [reverted({ data: '0x', message: 'execution reverted' }), reverted({ message: 'EVM error InvalidFEOpcode' })]) {
    const error = toLashouError(raw, { ...usdc, symbol: 'USDT' });
    assert.ok(error instanceof TokenRefusedError, error.message);
    assert.equal(error.code, 'token.noReason');
    assert.match(error.shortMessage, /^the token USDT \(0x[0-9a-fA-F]{40}\) refused the transfer without giving a reason \(tokens such as USDT do so when the balance or the allowance is too small, when the token is paused or an address is blacklisted\)/);
    assert.match(describeError(error, { locale: 'zh-CN' }), /未说明原因就拒绝了这笔转账/);
  }
  // Without a token it is the contract that reverted without a reason.
  const bare = toLashouError(reverted({ data: '0x', message: 'execution reverted', functionName: 'settleEpoch' }));
  assert.equal(bare.code, 'contract.noReason');
  assert.equal(bare.shortMessage, `the contract's settleEpoch() at ${pool} reverted without giving a reason: check the address and the arguments of the call`);
  // A node that gives the reason only in its message (no data) is understood too.
  const inMessage = toLashouError(reverted({ message: 'execution reverted: Dai/insufficient-allowance' }), { ...usdc, symbol: 'DAI' });
  assert.equal(inMessage.code, 'token.insufficientAllowance');
  assert.equal(inMessage.params.reason, 'Dai/insufficient-allowance');
});

test('custom errors of any token: OpenZeppelin 5 by the decoder table, other libraries by name, unknown ones by selector', () => {
  const oz = toLashouError(reverted({ data: encodeErrorResult({ abi: testStablecoinAbi, errorName: 'ERC20InsufficientAllowance', args: [pool, 0n, 5_000_000n] }) }), usdc);
  assert.ok(oz instanceof LashouContractError && oz.errorName === 'ERC20InsufficientAllowance');
  const pause = toLashouError(reverted({ data: encodeErrorResult({ abi: parseAbi(['error EnforcedPause()']), errorName: 'EnforcedPause' }) }), usdc);
  assert.equal(pause.code, 'token.paused');
  const solady = toLashouError(reverted({ data: encodeErrorResult({ abi: parseAbi(['error InsufficientAllowance()']), errorName: 'InsufficientAllowance' }) }), usdc);
  assert.equal(solady.code, 'token.insufficientAllowance');
  const unknownData = encodeErrorResult({ abi: parseAbi(['error AccountFrozen(address account)']), errorName: 'AccountFrozen', args: [member] });
  const unknown = toLashouError(reverted({ data: unknownData }), usdc);
  assert.equal(unknown.code, 'token.customError');
  assert.equal(unknown.params.selector, unknownData.slice(0, 10));
  assert.match(unknown.shortMessage, new RegExp(`refused the transfer with its own error ${unknownData.slice(0, 10)}, which the SDK does not know`));
  assert.match(describeError(unknown, { locale: 'zh-CN' }), CJK);
  // Without a token, an unknown custom error keeps viem's own words (nothing to name).
  const plain = toLashouError(reverted({ data: unknownData }));
  assert.ok(plain instanceof LashouError && !(plain instanceof TokenRefusedError));
  // The revert data deep in a cause chain (as a raw RPC error) is found as well.
  const raw = toLashouError(new BaseError('Execution reverted', { cause: Object.assign(new Error('reverted'), { data: stringData('Pausable: paused') }) }), usdc);
  assert.equal(raw.code, 'token.paused');
});
