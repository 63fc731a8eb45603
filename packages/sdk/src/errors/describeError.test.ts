import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { claimsManagerAbi, mutualPoolAbi } from '@lashou/abi';
import { type Address, BaseError, ContractFunctionRevertedError, InsufficientFundsError, UserRejectedRequestError, encodeErrorResult, toHex } from 'viem';
import { formatAmount } from '../amounts/formatAmount.js';
import { parseAmount } from '../amounts/parseAmount.js';
import { createIdentity } from '../identity/createIdentity.js';
import { parseResidentId } from '../identity/residentId.js';
import { recomputeDraw } from '../witnesses/recomputeDraw.js';
import { deployLashou, formatAmount as fmtFromIndex, getPool, joinPool, requestTestTokens } from '../index.js';
import { startTestChain, walletFor, type TestChain } from '../node/index.js';
import { generatePrivateKey } from 'viem/accounts';
import { LashouContractError, contractErrorsAbi, errorExplainers, toLashouError } from './contractErrors.js';
import { errorExplainersZh } from './contractErrors.zh.js';
import { describeError } from './describeError.js';
import { InvalidInputError, LashouError, NoContractCodeError } from './LashouError.js';
import { messagesZh } from './messages.zh.js';

const CJK = /[\u4e00-\u9fff]/;
const zh = { locale: 'zh-CN' };
const en = { locale: 'en' };
const member = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';

/** Sample arguments for an error's ABI inputs (small integers, so enum-valued ones name a real state). */
function sampleArgs(inputs: readonly { type: string }[]): unknown[] {
  return inputs.map(({ type }) => {
    if (type === 'address') return member;
    if (type === 'bool') return true;
    if (type === 'string') return 'Lashou';
    if (type === 'bytes32') return toHex('minimumBalance', { size: 32 }); // readable as text (a parameter name)
    if (/^bytes\d+$/.test(type)) return `0x${'ab'.repeat(Number(type.slice(5)))}`;
    if (type === 'bytes') return '0x';
    if (/^u?int8$/.test(type)) return 1n;
    if (/^u?int/.test(type)) return 1_700_000_000n;
    if (type.endsWith('[]')) return [];
    throw new Error(`no sample for ${type}`);
  });
}

test('every English contract-error explainer has a Chinese twin, and every contract error has both', () => {
  const english = Object.keys(errorExplainers).sort();
  const chinese = Object.keys(errorExplainersZh).sort();
  assert.deepEqual(english.filter((name) => !errorExplainersZh[name]), [], 'add these to errorExplainersZh (errors/contractErrors.zh.ts)');
  assert.deepEqual(chinese, english, 'errorExplainersZh has rows errorExplainers lacks');
  const formatting = { decimals: 6, symbol: 'tUSD' };
  for (const item of contractErrorsAbi) {
    const args = sampleArgs(item.inputs);
    const zhText = errorExplainersZh[item.name]!(args, formatting);
    const enText = errorExplainers[item.name]!(args, formatting);
    assert.match(zhText, CJK, `${item.name}: the Chinese row is not Chinese: ${zhText}`);
    assert.doesNotMatch(zhText, /undefined|NaN|\[object/, `${item.name}: ${zhText}`);
    assert.doesNotMatch(enText, CJK, `${item.name}: the English row has Chinese in it`);
  }
  // Rows that branch on an argument branch the same way in Chinese: six member statuses, six messages.
  const statuses = [0, 1, 2, 3, 4, 5].map((status) => errorExplainersZh.PoolNotMember!([member, status], formatting));
  assert.equal(new Set(statuses.slice(0, 1).concat(statuses.slice(3))).size, 4);
  assert.match(statuses[4]!, /已失效.*充值即可重新加入/);
});

/** Every source file of the SDK except tests. */
function sdkSources(): { path: string; text: string }[] {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) out.push({ path, text: readFileSync(path, 'utf8') });
    }
  };
  walk(root);
  return out;
}

test('every error the SDK throws has a code, and every code has a Chinese message', () => {
  const uncoded: string[] = [];
  const codes = new Set<string>();
  for (const { path, text } of sdkSources()) {
    for (const match of text.matchAll(/new (InvalidInputError|RpcUnreachableError|NoContractCodeError|TransactionFailedError|LashouError)\(/g)) {
      // The constructor's arguments, up to the matching parenthesis.
      let depth = 0;
      let end = match.index + match[0].length - 1;
      for (; end < text.length; end++) {
        if (text[end] === '(') depth++;
        else if (text[end] === ')' && --depth === 0) break;
      }
      const call = text.slice(match.index, end + 1);
      if (!/\bcode:|classifyOther\(/.test(call)) uncoded.push(`${path}: ${call.slice(0, 100)}`);
    }
    for (const match of text.matchAll(/\bcode: '([\w.]+)'/g)) codes.add(match[1]!);
  }
  assert.deepEqual(uncoded, [], 'give these errors a code (and a Chinese message in errors/messages.zh.ts)');
  codes.delete('unknown');
  assert.ok(codes.size > 40, `found only ${codes.size} codes: the scan is broken`);
  assert.deepEqual([...codes].filter((code) => !messagesZh[code]).sort(), [], 'add these codes to messagesZh (errors/messages.zh.ts)');
  assert.deepEqual(Object.keys(messagesZh).filter((code) => !codes.has(code)).sort(), [], 'messagesZh has codes nothing throws');
});

/** The error `fn` throws. */
function thrown(fn: () => unknown): LashouError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof LashouError, `expected a LashouError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected an error');
}

test('a bad resident ID number gives a specific message in both languages', () => {
  const cases = [
    {
      id: '110105194912310021', // the check character of these 17 digits is X
      code: 'residentId.checksum', params: {},
      en: 'resident ID number fails its check digit (the last character does not match the first 17 digits): check for a mistyped digit',
      zh: '居民身份证号码校验码不符（末位与前 17 位不符）：请检查是否有数字输错',
    },
    {
      id: '11010519491231002', // one digit short
      code: 'residentId.length', params: { length: 17 },
      en: 'resident ID number must have 18 characters, this one has 17: check for a missing or extra digit',
      zh: '居民身份证号码应为 18 位，这个号码有 17 位：请检查是否漏输或多输了数字',
    },
    {
      id: '990105194912310021', // 99 is no province
      code: 'residentId.province', params: {},
      en: 'the first two digits of the resident ID number are no province code: check them',
      zh: '居民身份证号码的前两位不是有效的省级行政区代码：请检查前两位',
    },
    {
      id: '110105194902300021', // 30 February
      code: 'residentId.birthDate', params: {},
      en: 'digits 7 to 14 of the resident ID number (the date of birth, YYYYMMDD) are not a real date of birth (it does not exist, or is too early): check them',
      zh: '居民身份证号码的第 7 到 14 位（出生日期，YYYYMMDD）不是真实的出生日期（该日期不存在或过早）：请检查这几位',
    },
    {
      id: '1101051949 231002X', // a space inside
      code: 'residentId.characters', params: {},
      en: 'resident ID number must be 17 digits followed by a digit or X: remove spaces, hyphens and other letters',
      zh: '居民身份证号码应为 17 位数字加 1 位数字或 X：请去掉空格、连字符和其他字母',
    },
  ];
  for (const c of cases) {
    const error = thrown(() => parseResidentId(c.id));
    assert.ok(error instanceof InvalidInputError);
    assert.equal(error.code, c.code);
    assert.deepEqual(error.params, c.params);
    assert.equal(error.shortMessage, c.en, 'the English text is unchanged');
    assert.equal(describeError(error, en), c.en);
    assert.equal(describeError(error, zh), c.zh);
    // The same through createIdentity, and for any Chinese locale tag.
    const viaIdentity = thrown(() => createIdentity({ docType: 'CN_RESIDENT_ID', idNumber: c.id, name: '张三' }));
    assert.equal(describeError(viaIdentity, { locale: 'zh-Hans-CN' }), c.zh);
    assert.equal(describeError(viaIdentity, { locale: 'en-GB' }), c.en);
  }
});

test('amounts, wallets and anything else', () => {
  const decimals = thrown(() => parseAmount('1.2345678', { decimals: 6, symbol: 'tUSD' }));
  assert.equal(decimals.code, 'amount.tooManyDecimals');
  assert.equal(describeError(decimals, { locale: 'zh' }), '金额“1.2345678”有 7 位小数，但 tUSD 最多只有 6 位：请保留 6 位小数');
  assert.equal(describeError(decimals, en), 'amount "1.2345678" has 7 decimals but tUSD has only 6: round it to 6 decimal places');
  assert.equal(describeError(thrown(() => parseAmount('-1', { decimals: 6 })), zh), '金额“-1”是负数：金额必须大于或等于零');
  assert.equal(describeError(thrown(() => parseAmount('0.1234567', { decimals: 6 })), zh), '金额“0.1234567”有 7 位小数，但该代币最多只有 6 位：请保留 6 位小数');
  // A draw with too few witnesses left: both numbers filled in, in either language.
  const a = (i: number) => `0x${(i + 1).toString(16).padStart(40, '0')}` as Address;
  const tooFew = thrown(() => recomputeDraw({ seed: 1n, claimId: 1n, exclude: [a(0)], count: 3, array: [a(0), a(1), a(2)] }));
  assert.equal(describeError(tooFew, zh), '除去排除的地址，只有 2 名合格的见证人，不够 3 个名额：登记合约会拒绝这次抽取');
  assert.equal(describeError(tooFew, en), 'only 2 eligible witnesses outside the exclusions for 3 places: the registry would refuse this draw');
  // Wallet refusals viem reports without a contract error get codes, so they translate too.
  const rejected = new UserRejectedRequestError(new Error('User denied transaction signature.'));
  assert.equal(toLashouError(rejected).code, 'wallet.rejected');
  assert.equal(describeError(rejected, zh), '你在钱包中拒绝了这次请求：如需继续，请重新发起并在钱包中确认');
  assert.equal(describeError(rejected, en), 'User rejected the request.');
  assert.match(describeError(new BaseError('send failed', { cause: new InsufficientFundsError() }), zh), /gas 费/);
  // Anything else falls back to its message, in either language.
  assert.equal(describeError(new Error('disk on fire'), zh), 'disk on fire');
  assert.equal(describeError('plain text', en), 'plain text');
  // What a wallet rejects with is often a plain { code, message } object, not an Error: its message, not [object Object].
  const providerRejection = { code: 4001, message: 'MetaMask Tx Signature: User denied transaction signature.' };
  assert.equal(describeError(providerRejection, en), providerRejection.message);
  assert.equal(describeError(providerRejection, zh), '你在钱包中拒绝了这次请求：如需继续，请重新发起并在钱包中确认');
  assert.equal(describeError({ message: 'provider disconnected' }, zh), 'provider disconnected');
  // Values with no message at all still give a line, never a crash, an empty line or [object Object].
  for (const value of [undefined, null, {}, [], Object.create(null), 42]) {
    const line = describeError(value, en);
    assert.ok(line.trim() !== '' && !/\[object|^(undefined|null)$/.test(line), `${String(typeof value)}: ${JSON.stringify(line)}`);
    assert.equal(describeError(value, zh), line);
  }
  assert.equal(describeError(42, en), '42');
  // A LashouError wrapped by someone else's error is still found.
  const wrapped = new Error('command failed', { cause: thrown(() => parseResidentId('1234')) });
  assert.equal(describeError(wrapped, zh), '居民身份证号码应为 18 位，这个号码有 4 位：请检查是否漏输或多输了数字');
});

test('a contract error carries its name as code and its arguments by name', () => {
  const data = encodeErrorResult({ abi: mutualPoolAbi, errorName: 'PoolBelowMinimumBalance', args: [member, 9_500_000n, 10_000_000n] });
  const error = toLashouError(new ContractFunctionRevertedError({ abi: mutualPoolAbi, data, functionName: 'topUp' }), { decimals: 6, symbol: 'tUSD' });
  assert.ok(error instanceof LashouContractError);
  assert.equal(error.code, 'PoolBelowMinimumBalance');
  assert.deepEqual(error.params, { member, balance: 9_500_000n, minimum: 10_000_000n });
  assert.equal(describeError(error, zh), '余额 9.50 tUSD 低于最低额 10.00 tUSD：请至少再充值 0.50 tUSD');
  // decimals/symbol given to describeError phrase the amounts anew.
  const x = (units: bigint) => formatAmount(units, { decimals: 3, symbol: 'X' });
  assert.equal(describeError(error, { locale: 'en', decimals: 3, symbol: 'X' }), `balance ${x(9_500_000n)} is below the ${x(10_000_000n)} minimum: top up at least ${x(500_000n)} more`);
  assert.equal(describeError(error, { locale: 'zh-TW', decimals: 3, symbol: 'X' }), `余额 ${x(9_500_000n)} 低于最低额 ${x(10_000_000n)}：请至少再充值 ${x(500_000n)}`);
  // A claim in the wrong state names the state and the next step, in Chinese too.
  const wrongState = toLashouError(new ContractFunctionRevertedError({ abi: claimsManagerAbi, data: encodeErrorResult({ abi: claimsManagerAbi, errorName: 'ClaimsWrongState', args: [7n, 1] }), functionName: 'approveClaim' }));
  assert.deepEqual(wrongState.params, { claimId: 7n, state: 1 });
  assert.equal(describeError(wrongState, zh), '理赔 7 当前状态为“已提交”，不能进行此操作：它正在等待运营方审核（lashou operator review）');
  assert.equal(describeError(wrongState, en), 'claim 7 is Filed, which does not allow this: it waits for the operator review (lashou operator review)');
});

describe('describeError on real reverts from anvil', () => {
  let chain: TestChain;
  let pool: Address;
  let token: Address;
  let minimum: bigint;
  const tusd = (units: bigint) => fmtFromIndex(units, { decimals: 6, symbol: 'tUSD' });

  before(async () => {
    chain = await startTestChain();
    const deployment = await deployLashou(chain.dev(0), {});
    ({ pool, token } = deployment);
    minimum = BigInt(deployment.parameters.minimumBalance);
    await requestTestTokens(chain.dev(3), { token, amount: 100_000_000n });
  });
  after(async () => {
    await chain?.stop();
  });

  test('an SDK action that reverts (join below the minimum), in Chinese and English', async () => {
    const identityCommitment = createIdentity({ docType: 'PASSPORT', idNumber: 'CHN:E99000001', name: 'Member' }).commitment;
    const deposit = 1_000_000n;
    const error = await joinPool(chain.dev(3), { pool, identityCommitment, deposit }).then(
      () => assert.fail('joining below the minimum should revert'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof LashouContractError && error.errorName === 'PoolBelowMinimumBalance', String(error));
    assert.equal(describeError(error, zh), `余额 ${tusd(deposit)} 低于最低额 ${tusd(minimum)}：请至少再充值 ${tusd(minimum - deposit)}`);
    assert.equal(describeError(error, en), error.shortMessage);
    assert.equal(error.shortMessage, `balance ${tusd(deposit)} is below the ${tusd(minimum)} minimum: top up at least ${tusd(minimum - deposit)} more`);
  });

  test('a key without gas money: which coin, roughly how much, for which address, and how to get it (issue 12)', async () => {
    const fresh = walletFor(chain.rpcUrl, generatePrivateKey(), chain.chain);
    const who = fresh.account.address;
    const error = await requestTestTokens(fresh, { token, amount: 1_000_000n }).then(() => assert.fail('a key without ETH cannot send'), (e: unknown) => e);
    assert.ok(error instanceof LashouError, String(error));
    assert.equal(error.code, 'wallet.insufficientFunds');
    assert.doesNotMatch(error.shortMessage, /total cost|exceeds the balance/);
    assert.match(
      error.shortMessage,
      new RegExp(`^${who} cannot pay for gas: it holds 0 ETH and this transaction needs about 0\\.\\d+ ETH; gas is paid in ETH \\(the native coin of chain 31337\\), not in the stablecoin: on the local chain run lashou token faucet \\(it gives ETH for gas too\\)`),
    );
    assert.equal(describeError(error, en), error.shortMessage);
    assert.match(describeError(error, zh), new RegExp(`^${who} 无法支付 gas 费：它持有 0 ETH，这笔交易大约需要 0\\.\\d+ ETH；gas 费须用 ETH（链 31337 的原生币）支付，而不是稳定币：在本地链上运行 lashou token faucet`));
  });

  test('an address book whose contracts are not on this chain: "no contract at … on chain …", not "returned no data (0x)"', async () => {
    const dead = '0x000000000000000000000000000000000000dEaD';
    const error = await getPool(chain.dev(0), { pool: dead }).then(() => assert.fail('no pool there'), (e: unknown) => e);
    assert.ok(error instanceof NoContractCodeError, String(error));
    assert.equal(error.code, 'contract.noCode');
    assert.doesNotMatch(error.shortMessage, /returned no data/);
    assert.match(error.shortMessage, new RegExp(`^there is no contract at ${dead} on chain 31337 \\(its \\w+\\(\\) returned nothing\\): the address book is stale .*restart the local chain with lashou dev .*--deployment <file>`));
    assert.match(describeError(error, zh), new RegExp(`^链 31337 上 ${dead} 没有合约.*地址簿已过期`));
  });

  test('a raw viem error (a simulation the SDK never saw) is decoded by the SDK first', async () => {
    const client = chain.dev(4);
    const raw = await client.simulateContract({ address: pool, abi: mutualPoolAbi, functionName: 'topUp', args: [1_000_000n, 0] }).then(
      () => assert.fail('a non-member top-up should revert'),
      (e: unknown) => e,
    );
    assert.ok(raw instanceof BaseError && !(raw instanceof LashouError));
    const who = client.account.address;
    assert.equal(describeError(raw, zh), `${who} 不是本互助池的会员：请先加入（lashou member join）`);
    assert.equal(describeError(raw, { locale: 'en-US' }), `${who} is not a member of this pool: join first (lashou member join)`);
  });
});
