import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { keccak256, toBytes } from 'viem';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { requestTestTokens } from '@lashou/sdk';
import { anvilDevKey, deployLashou, startTestChain, type TestChain } from '@lashou/sdk/node';
import { assertJsonSchema, assertOneLineError, lashou } from './helpers.js';

let chain: TestChain;
let pool: `0x${string}`;
let token: `0x${string}`;
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-'));
const deployments = join(dir, 'deployments');
const env = (key?: number) => ({ LASHOU_RPC_URL: chain.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, ...(key === undefined ? {} : { LASHOU_PRIVATE_KEY: anvilDevKey(key) }) });
const address = (key: number) => chain.dev(key).account.address;
const UNIT = 1_000_000n;

before(async () => {
  chain = await startTestChain();
  // A one-day exit notice (the claim windows shortened under it): an exit is settled with the epoch it is asked in.
  ({ pool, token } = await deployLashou(chain.dev(0), {
    claimsOperator: address(1), deploymentsDir: deployments, exitNotice: 86_400n, claimParameters: { AnnouncementWindow: 43_200n, InvestigationWindow: 43_200n },
  }));
  await requestTestTokens(chain.dev(4), { token, amount: 100n * UNIT });
});
after(async () => {
  await chain?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('bad input: one clear line on stderr and a non-zero exit', { concurrency: 4 }, () => {
  test('unknown member', async () => {
    assertOneLineError(await lashou(['member', 'status', '0x0000000000000000000000000000000000000001'], env()), /0x0000000000000000000000000000000000000001 is not a member of pool 0x[0-9a-fA-F]{40}: join with lashou member join/);
  });
  test('malformed address', async () => {
    assertOneLineError(await lashou(['member', 'status', '0x123'], env()), /member "0x123" is not an address: give 0x followed by 40 hex digits/);
  });
  test('missing key', async () => {
    assertOneLineError(await lashou(['member', 'exit', '--yes'], env()), /no signing key: pass --keystore <file> or --account <name>/);
  });
  test('unreachable RPC', async () => {
    assertOneLineError(await lashou(['pool', 'info', '--rpc', 'http://127.0.0.1:1'], env()), /cannot reach the RPC endpoint http:\/\/127\.0\.0\.1:1/);
  });
  test('bad amounts', async () => {
    assertOneLineError(await lashou(['member', 'top-up', '--amount', 'ten', '--yes'], env(4)), /"ten" is not an amount/);
    assertOneLineError(await lashou(['member', 'top-up', '--amount', '1.0000001', '--yes'], env(4)), /has 7 decimals but tUSD has only 6/);
  });
  test('insufficient balance', async () => {
    const out = await lashou(['identity', 'new', '--doc-type', 'passport', '--id', 'CHN:E7000001', '--name', 'Poor Member', '--out', join(dir, 'poor.json')], env());
    assert.equal(out.code, 0, out.stderr);
    assertOneLineError(await lashou(['member', 'join', '--deposit', '50', '--identity', join(dir, 'poor.json'), '--yes'], env(7)), /holds 0\.00 tUSD but 50\.00 tUSD is needed: get at least 50\.00 tUSD more/);
  });
  test('wrong role', async () => {
    assertOneLineError(await lashou(['pool', 'queue-payment', '--claim-id', '1', '--to', address(4), '--amount', '5', '--yes'], env(4)), /does not hold CLAIMS_ROLE/);
  });
  test('spending without --yes on a non-interactive stdin', async () => {
    assertOneLineError(await lashou(['member', 'top-up', '--amount', '5'], env(4)), /stdin is not a terminal, so pass --yes/);
  });
  test('invalid identity numbers', async () => {
    assertOneLineError(await lashou(['identity', 'new', '--id', '110105194912310021', '--name', '张三', '--out', join(dir, 'bad.json')], env()), /fails its check digit/);
    assertOneLineError(await lashou(['identity', 'new', '--id', '１１０１０５１９４９０２３００２', '--name', '张三', '--out', join(dir, 'bad.json')], env()), /18 characters/);
  });
  test('deploy refuses a stablecoin address with no code', async () => {
    assertOneLineError(await lashou(['deploy', '--token', '0x000000000000000000000000000000000000dEaD', '--operator', address(1), '--yes', '--deployments-dir', join(dir, 'elsewhere')], env(0)), /there is no contract at 0x000000000000000000000000000000000000dEaD on chain 31337/);
  });
  test('without the bundle, the TypeScript sources run through tsx (a fresh clone)', async () => {
    const help = await lashou(['--help'], { LASHOU_NO_BUNDLE: '1' });
    assert.equal(help.code, 0, help.stderr);
    assert.match(help.stdout, /Usage: lashou/);
  });
  test('help has examples and exits 0', async () => {
    const help = await lashou(['member', 'join', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Examples:\n {2}\$ lashou/);
  });
});

describe('a member through the CLI', () => {
  const identityFile = join(dir, 'me.json');
  test('identity new writes a 0600 file and prints the commitment', async () => {
    const out = await lashou(['identity', 'new', '--id', '11010519491231002x', '--name', ' 张三 ', '--out', identityFile, '--json'], env());
    assert.equal(out.code, 0, out.stderr);
    assert.match(JSON.parse(out.stdout).commitment, /^0x[0-9a-f]{64}$/);
    assert.equal(statSync(identityFile).mode & 0o777, 0o600);
  });
  test('faucet, join with permit, status', async () => {
    assert.equal((await lashou(['token', 'faucet', '--amount', '500'], env(3))).code, 0);
    const joined = await lashou(['member', 'join', '--deposit', '50', '--identity', identityFile, '--yes', '--json'], env(3));
    assert.equal(joined.code, 0, joined.stderr);
    const join = JSON.parse(joined.stdout);
    assertJsonSchema(join, 6);
    assert.equal(join.memberId, '1');
    assert.equal(join.deposit, '50');
    assert.equal(join.depositBaseUnits, '50000000');
    const status = JSON.parse((await lashou(['member', 'status', address(3), '--json'], env())).stdout);
    assertJsonSchema(status, 6);
    assert.equal(status.status, 'Waiting');
    assert.equal(status.balance, '50');
    assert.equal(status.balanceBaseUnits, String(50n * UNIT));
    assert.equal(status.coverageStart, join.coverageStart);
    const human = await lashou(['member', 'status'], env(3));
    assert.match(human.stdout, /balance\s+50\.00 tUSD/);
    // One date format in human output: the local date and time with the zone, never ISO with a T.
    assert.match(human.stdout, /coverage start\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC/);
  });
  test('join with approve then join (--no-permit); balances and lapses read back', async () => {
    const file = join(dir, 'second.json');
    assert.equal((await lashou(['identity', 'new', '--doc-type', 'passport', '--id', 'HKG:K1234567', '--name', 'Chan Tai Man', '--out', file], env())).code, 0);
    assertOneLineError(await lashou(['member', 'join', '--deposit', '25.5', '--identity', file, '--api', 'not-a-url', '--yes'], env(4)), /API URL "not-a-url" is not an http\(s\) URL/);
    // An API that does not answer costs nothing but a note: the hint comes from the chain instead.
    const joined = await lashou(['member', 'join', '--deposit', '25.5', '--identity', file, '--no-permit', '--api', 'http://127.0.0.1:9', '--yes', '--json'], env(4));
    assert.equal(joined.code, 0, joined.stderr);
    assert.match(joined.stderr, /sorted-list hint from api not used/);
    assert.equal(JSON.parse(joined.stdout).memberId, '2');
    const balance = await lashou(['token', 'balance', address(4)], env());
    assert.match(balance.stdout, /holds 74\.50 tUSD/);
    const lapses = await lashou(['pool', 'process-lapses'], env(5));
    assert.equal(lapses.code, 0, lapses.stderr);
    assert.match(lapses.stdout, /nothing pending/);
  });
  test('document hash streams a file and prints its keccak256', async () => {
    const file = join(dir, 'diagnosis.txt');
    writeFileSync(file, 'notarised diagnosis');
    const out = await lashou(['document', 'hash', file, '--json']);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout).hash, keccak256(toBytes('notarised diagnosis')));
    assertOneLineError(await lashou(['document', 'hash', join(dir, 'missing.pdf')]), /^error: cannot read .*missing\.pdf: there is no such file \(ENOENT\): check the path; a relative path starts in \//);
  });
  test('identity verify matches the on-chain commitment; another member does not', async () => {
    const ok = await lashou(['identity', 'verify', '--file', identityFile, '--member', address(3)], env());
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /matches member #1/);
    assertOneLineError(await lashou(['identity', 'verify', '--file', identityFile, '--member', address(5)], env()), /never joined/);
  });
  test('top-up, exit, early withdraw refused, settle, withdraw', async () => {
    assert.equal((await lashou(['member', 'top-up', '--amount', '20', '--yes'], env(3))).code, 0);
    assert.equal((await lashou(['member', 'exit', '--yes'], env(3))).code, 0);
    assertOneLineError(await lashou(['member', 'withdraw', '--yes'], env(3)), /exit takes effect when epoch 0 is settled/);
    assertOneLineError(await lashou(['pool', 'settle'], env(5)), /epoch 0 ends at/);
    await chain.increaseTime(14 * 86_400);
    const settled = await lashou(['pool', 'settle', '--json'], env(5));
    assert.equal(settled.code, 0, settled.stderr);
    assert.equal(JSON.parse(settled.stdout).members, 2);
    const withdrawn = await lashou(['member', 'withdraw', '--yes', '--json'], env(3));
    assert.equal(withdrawn.code, 0, withdrawn.stderr);
    assert.equal(JSON.parse(withdrawn.stdout).amount, '70');
    assert.equal(JSON.parse(withdrawn.stdout).amountBaseUnits, String(70n * UNIT));
    const info = JSON.parse((await lashou(['pool', 'info', '--json'], env())).stdout);
    assert.equal(info.address, pool);
    assert.equal(info.memberFunds, '25.5', 'only the second member remains');
    assert.equal(info.memberFundsBaseUnits, String(25_500_000n));
  });
  test('an encrypted keystore signs; a wrong password is refused', async () => {
    const keystore = join(dir, 'key.json');
    const made = await lashou(['key', 'new', '--out', keystore, '--json'], { LASHOU_KEYSTORE_PASSWORD: 'correct horse battery' });
    assert.equal(made.code, 0, made.stderr);
    assert.equal(statSync(keystore).mode & 0o777, 0o600);
    const { address: keyAddress } = JSON.parse(made.stdout);
    const shown = await lashou(['key', 'address', '--keystore', keystore, '--json'], { LASHOU_KEYSTORE_PASSWORD: 'correct horse battery' });
    assert.equal(JSON.parse(shown.stdout).address, keyAddress);
    assertOneLineError(await lashou(['key', 'address', '--keystore', keystore], { LASHOU_KEYSTORE_PASSWORD: 'wrong password' }), /wrong password for keystore/);
    assertOneLineError(await lashou(['key', 'address', '--keystore', keystore]), /needs a password: run in a terminal to be asked, or pass --password-file <file>/);
  });
  test('key precedence: --keystore always wins, then LASHOU_PRIVATE_KEY, then LASHOU_KEYSTORE, then the config file', async () => {
    const password = { LASHOU_KEYSTORE_PASSWORD: 'correct horse battery' };
    const keystore = join(dir, 'precedence.json');
    const { address: keyAddress } = JSON.parse((await lashou(['key', 'new', '--out', keystore, '--json'], password)).stdout);
    // A missing --keystore file is an error even with LASHOU_PRIVATE_KEY set: the flag is never silently ignored.
    const missing = join(dir, 'no-such-keystore.json');
    assertOneLineError(
      await lashou(['key', 'address', '--keystore', missing], { LASHOU_PRIVATE_KEY: anvilDevKey(3) }),
      new RegExp(`^error: keystore ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(from --keystore\\) does not exist: check the path, or create one with lashou key new`),
    );
    const shown = async (args: string[], extra: Record<string, string>) => {
      const out = await lashou(['key', 'address', '--json', ...args], extra);
      assert.equal(out.code, 0, out.stderr);
      return JSON.parse(out.stdout) as { address: string; keyFrom: string };
    };
    assert.deepEqual(await shown(['--keystore', keystore], { ...password, LASHOU_PRIVATE_KEY: anvilDevKey(3) }), { address: keyAddress, keyFrom: '--keystore' });
    // The environment: the private key before LASHOU_KEYSTORE, and both before the config file.
    const config = join(dir, 'precedence.config.json');
    writeFileSync(config, JSON.stringify({ keystore: missing }));
    assert.deepEqual(await shown(['--config', config], { LASHOU_PRIVATE_KEY: anvilDevKey(3), LASHOU_KEYSTORE: keystore }), { address: address(3), keyFrom: 'LASHOU_PRIVATE_KEY' });
    assert.deepEqual(await shown(['--config', config], { ...password, LASHOU_KEYSTORE: keystore }), { address: keyAddress, keyFrom: 'LASHOU_KEYSTORE' });
    writeFileSync(config, JSON.stringify({ keystore }));
    assert.deepEqual(await shown(['--config', config], password), { address: keyAddress, keyFrom: 'the config file' });
  });
  test('deploy --test-token writes the address book', async () => {
    const out = await lashou(['deploy', '--test-token', '--operator', address(1), '--yes', '--json', '--deployments-dir', join(dir, 'fresh')], env(0));
    assert.equal(out.code, 0, out.stderr);
    const record = JSON.parse(out.stdout);
    assertJsonSchema(record, 6);
    assert.equal(record.parameters.minimumBalance, '10');
    assert.equal(record.parameters.minimumBalanceBaseUnits, '10000000');
    assert.equal(typeof record.deployedAt, 'number');
    assert.match(record.deployedAtIso, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal(record.chainId, 31337);
    assert.equal(record.testToken, true);
    assert.equal(record.path, join(dir, 'fresh', '31337.json'));
    // On the local chain the deploying key may keep the governance roles, with a warning, and the census says so.
    assert.match(out.stderr, /WARNING: the deploying key 0x[0-9a-fA-F]{40} keeps: the timelock's PROPOSER_ROLE and CANCELLER_ROLE \(name timelockAdmin\)/);
    const kept = (record.census as { role: string; holder: string }[]).filter((h) => h.holder === address(0));
    assert.deepEqual(kept.map((h) => h.role).sort(), ['CANCELLER_ROLE', 'PROPOSER_ROLE']);
  });
});

describe('lashou deploy on a chain that is not local (anvil as Sepolia, chain 11155111)', () => {
  let sepolia: TestChain;
  before(async () => {
    sepolia = await startTestChain({ chainId: 11_155_111 });
  });
  after(async () => {
    await sepolia?.stop();
  });
  const sepoliaEnv = () => ({ LASHOU_RPC_URL: sepolia.rpcUrl, LASHOU_DEPLOYMENTS_DIR: join(dir, 'sepolia'), LASHOU_PRIVATE_KEY: anvilDevKey(0) });

  test('refuses, before sending anything, while the deploying key would keep a power; names what to pass', async () => {
    const me = sepolia.dev(0).account.address;
    const nonce = await sepolia.dev(0).getTransactionCount({ address: me });
    const refused = new RegExp(
      `this deployment would leave powers with the deploying key ${me} on chain 11155111: the timelock's PROPOSER_ROLE and CANCELLER_ROLE \\(name timelockAdmin\\); OPERATOR_ROLE on ClaimsManager and FraudReports \\(name operator\\)\\. Name the multisigs with --operator and --timelock-admin`,
    );
    assertOneLineError(await lashou(['deploy', '--test-token', '--yes'], sepoliaEnv()), refused);
    // Naming one is not enough; naming the deployer itself is no better than naming nobody.
    assertOneLineError(await lashou(['deploy', '--test-token', '--operator', address(1), '--yes'], sepoliaEnv()), /would leave powers with the deploying key .*PROPOSER_ROLE and CANCELLER_ROLE \(name timelockAdmin\)\. Name the multisigs/);
    assertOneLineError(await lashou(['deploy', '--test-token', '--operator', me, '--timelock-admin', address(2), '--yes'], sepoliaEnv()), /OPERATOR_ROLE on ClaimsManager and FraudReports \(name operator\)\. Name the multisigs/);
    assertOneLineError(await lashou(['deploy', '--test-token', '--operator', address(1), '--timelock-admin', address(2), '--keep-admin', '--yes'], sepoliaEnv()), /DEFAULT_ADMIN_ROLE on the pool.*\(renounceAdmin: false\)/);
    assert.equal(await sepolia.dev(0).getTransactionCount({ address: me }), nonce, 'nothing was sent');
  });

  test('with the operator and the timelock admin named it deploys, and the census shows nothing left with the deploying key', async () => {
    const out = await lashou(['deploy', '--test-token', '--operator', address(1), '--timelock-admin', address(2), '--yes'], sepoliaEnv());
    assert.equal(out.code, 0, out.stderr);
    assert.match(out.stdout, /^deployed on chain 11155111 at block \d+/);
    assert.match(out.stdout, new RegExp(`\\n {2}timelock +PROPOSER_ROLE +${address(2)}\\n`));
    assert.match(out.stdout, new RegExp(`\\n {2}claims +OPERATOR_ROLE +${address(1)}\\n`));
    assert.match(out.stdout, /\nthe deploying key holds no power\n/);
    assert.doesNotMatch(out.stdout, /← the deploying key/);
    assert.equal(out.stderr.includes('WARNING'), false);
  });
});
