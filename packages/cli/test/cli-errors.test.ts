// Issue 12: failures are one line, `error: <what went wrong>: <what to do>`, never raw viem text; a new key can
// pay gas on the local chain; identity files stay out of the current directory and out of git work trees.
import assert from 'node:assert/strict';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { requestTestTokens } from '@lashou/sdk';
import { anvilDevKey, deployLashou, startTestChain, type TestChain } from '@lashou/sdk/node';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { type CliResult, assertJsonSchema, assertOneLineError, lashou } from './helpers.js';

const DAY = 86_400;
let local: TestChain;
let sepolia: TestChain;
const dir = mkdtempSync(join(tmpdir(), 'lashou-cli-errors-'));
const deployments = join(dir, 'deployments');
const sepoliaDeployments = join(dir, 'sepolia');
const env = (key?: string) => ({ LASHOU_RPC_URL: local.rpcUrl, LASHOU_DEPLOYMENTS_DIR: deployments, ...(key === undefined ? {} : { LASHOU_PRIVATE_KEY: key }) });
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const RAW_VIEM = /total cost|exceeds the balance|insufficient funds for gas|returned no data|Details:|Version: viem/;

/** A one-line error that is not viem's raw text. */
function assertExplained(result: CliResult, pattern: RegExp) {
  assertOneLineError(result, pattern);
  assert.doesNotMatch(result.stderr, RAW_VIEM);
}

before(async () => {
  [local, sepolia] = await Promise.all([startTestChain(), startTestChain({ chainId: 11_155_111 })]);
  await Promise.all([
    deployLashou(local.dev(0), { deploymentsDir: deployments, exitNotice: BigInt(DAY), claimParameters: { AnnouncementWindow: 43_200n, InvestigationWindow: 43_200n } }),
    deployLashou(sepolia.dev(0), { deploymentsDir: sepoliaDeployments, timelockAdmin: sepolia.dev(5).account.address, operator: sepolia.dev(6).account.address }),
  ]);
});
after(async () => {
  await Promise.all([local?.stop(), sepolia?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

describe('a new key and gas', () => {
  test('on the local chain, token faucet gives a fresh key ETH for gas too (and says so); then member join works', async () => {
    const key = generatePrivateKey();
    const me = privateKeyToAccount(key).address;
    assert.equal(await local.dev(0).getBalance({ address: me }), 0n);
    const faucet = await lashou(['token', 'faucet', '--amount', '100', '--yes'], env(key));
    assert.equal(faucet.code, 0, faucet.stderr);
    assert.match(faucet.stdout, /^minted 100\.00 tUSD to 0x/);
    assert.match(faucet.stdout, new RegExp(`\\ngave ${me} 10 ETH for gas \\(it held 0 ETH; local chain only\\)\\n`));
    assert.ok((await local.dev(0).getBalance({ address: me })) > 9n * 10n ** 18n);
    const identity = join(dir, 'fresh.identity.json');
    assert.equal((await lashou(['identity', 'new', '--doc-type', 'passport', '--id', 'CHN:E7100001', '--name', 'Fresh Key', '--out', identity], env())).code, 0);
    const joined = await lashou(['member', 'join', '--deposit', '50', '--identity', identity, '--yes', '--json'], env(key));
    assert.equal(joined.code, 0, joined.stderr);
    assert.equal(JSON.parse(joined.stdout).member, me);
    // With --json the gas top-up is in the document; a key with enough ETH gets none.
    const again = await lashou(['token', 'faucet', '--amount', '1', '--yes', '--json'], env(key));
    assert.equal(again.code, 0, again.stderr);
    assert.deepEqual(JSON.parse(again.stdout).gasTopUps, []);
    const other = generatePrivateKey();
    const toOther = JSON.parse((await lashou(['token', 'faucet', '--amount', '1', '--to', privateKeyToAccount(other).address, '--yes', '--json'], env(key))).stdout);
    assertJsonSchema(toOther, 6);
    assert.deepEqual(toOther.gasTopUps, [{ address: privateKeyToAccount(other).address, before: '0', after: '10', symbol: 'ETH' }], 'the receiver gets gas money too');
  });

  test('on another chain a key without ETH is told which coin is missing, roughly how much, for which address, and how to get it', async () => {
    const key = generatePrivateKey();
    const me = privateKeyToAccount(key).address;
    assertExplained(
      await lashou(['token', 'faucet', '--amount', '100', '--yes'], { LASHOU_RPC_URL: sepolia.rpcUrl, LASHOU_DEPLOYMENTS_DIR: sepoliaDeployments, LASHOU_PRIVATE_KEY: key }),
      new RegExp(
        `^error: ${me} cannot pay for gas: it holds 0 ETH and this transaction needs about 0\\.\\d+ ETH; gas is paid in ETH \\(the native coin of chain 11155111\\), not in the stablecoin: send ETH to ${me} \\(from an exchange or another wallet; on a test network from its faucet\\), then retry$`,
      ),
    );
  });

  test('on the local chain a command other than the faucet names the faucet as the way to get gas', async () => {
    const key = generatePrivateKey();
    const me = privateKeyToAccount(key).address;
    await local.increaseTime(15 * DAY); // epoch 0 has ended: anyone may settle it
    assertExplained(
      await lashou(['pool', 'settle'], env(key)),
      new RegExp(`^error: ${me} cannot pay for gas: it holds 0 ETH and this transaction needs about 0\\.\\d+ ETH; gas is paid in ETH \\(the native coin of chain 31337\\), not in the stablecoin: on the local chain run lashou token faucet \\(it gives ETH for gas too\\)`),
    );
  });
});

describe('address books', () => {
  test('a deployment file left from an earlier chain: no contract at <pool> on chain 31337, the book is stale, and how to fix it', async () => {
    const restarted = await startTestChain(); // a fresh anvil: nothing deployed, the same chain id
    try {
      const stale = join(dir, 'stale');
      mkdirSync(stale);
      copyFileSync(join(deployments, '31337.json'), join(stale, '31337.json'));
      const pool = (JSON.parse((await lashou(['pool', 'info', '--json'], env())).stdout) as { address: string }).address;
      const expected = (file: string) =>
        new RegExp(`^error: there is no contract at ${pool} \\(the pool of ${escape(file)}\\) on chain 31337: the address book is stale .*: restart lashou dev \\(it deploys again and rewrites ${escape(file)}\\), or deploy with lashou deploy --test-token, or pass --deployment <file>`);
      const onRestarted = { LASHOU_RPC_URL: restarted.rpcUrl, LASHOU_DEPLOYMENTS_DIR: stale };
      assertExplained(await lashou(['pool', 'info'], onRestarted), expected(join(stale, '31337.json')));
      assertExplained(await lashou(['member', 'status', local.dev(3).account.address], onRestarted), expected(join(stale, '31337.json')));
      assertExplained(await lashou(['token', 'faucet', '--yes'], { ...onRestarted, LASHOU_PRIVATE_KEY: anvilDevKey(3) }), expected(join(stale, '31337.json')));
      assertExplained(await lashou(['pool', 'info', '--deployment', join(stale, '31337.json')], { LASHOU_RPC_URL: restarted.rpcUrl }), expected(join(stale, '31337.json')));
    } finally {
      await restarted.stop();
    }
  });

  test('no deployment file for the chain: how to get one', async () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    assertExplained(
      await lashou(['pool', 'info'], { LASHOU_RPC_URL: local.rpcUrl, LASHOU_DEPLOYMENTS_DIR: empty }),
      new RegExp(`^error: no Lashou deployment for chain 31337: ${escape(join(empty, '31337.json'))} does not exist: start the local chain with lashou dev \\(npm start; it deploys and writes .*\\), or deploy to this chain with lashou deploy --test-token; or pass --deployment <file>$`),
    );
    assertExplained(
      await lashou(['pool', 'info'], { LASHOU_RPC_URL: sepolia.rpcUrl, LASHOU_DEPLOYMENTS_DIR: empty }),
      /^error: no Lashou deployment for chain 11155111: .* does not exist: deploy with lashou deploy \(it writes .*\), or get the record from whoever deployed and pass --deployment <file>/,
    );
    assertExplained(
      await lashou(['pool', 'info', '--deployment', join(empty, 'nope.json')], { LASHOU_RPC_URL: local.rpcUrl }),
      /^error: deployment file .*nope\.json \(from --deployment\) does not exist: check the path, or leave it out to use .*31337\.json$/,
    );
  });
});

describe('documents that cannot be read', () => {
  test('a missing file, a directory, a file without read permission: one line each, with what to do', async () => {
    assertExplained(await lashou(['document', 'hash', join(dir, 'missing.pdf')]), new RegExp(`^error: cannot read ${escape(join(dir, 'missing.pdf'))}: there is no such file \\(ENOENT\\): check the path`));
    assertExplained(await lashou(['document', 'hash', dir]), new RegExp(`^error: ${escape(dir)} is a directory, not a document: give the path of one file`));
    // Unreadable: a world-traversable folder with a file only its owner (root, or this user) may read.
    const shared = join(tmpdir(), `lashou-unreadable-${process.pid}`);
    mkdirSync(shared, { recursive: true });
    chmodSync(shared, 0o755);
    const secret = join(shared, 'secret.pdf');
    writeFileSync(secret, 'private');
    try {
      const asRoot = process.getuid?.() === 0;
      chmodSync(secret, asRoot ? 0o600 : 0o000);
      const result = asRoot ? await lashou(['document', 'hash', secret], { HOME: tmpdir() }, { uid: 65534 }) /* as another user: root, who runs the tests here, reads any file */ : await lashou(['document', 'hash', secret]);
      assertExplained(result, new RegExp(`^error: cannot read ${escape(secret)}: permission denied \\(EACCES\\): make it readable \\(chmod u\\+r ${escape(secret)}\\) or run lashou as the user who owns it$`));
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });
});

describe('one person joins once', () => {
  test('joining with a commitment that already joined names the member who holds it, and suggests no new salt', async () => {
    const identity = join(dir, 'once.identity.json');
    assert.equal((await lashou(['identity', 'new', '--doc-type', 'passport', '--id', 'CHN:E7200001', '--name', 'Joins Once', '--out', identity], env())).code, 0);
    const token = (JSON.parse((await lashou(['pool', 'info', '--json'], env())).stdout) as { token: { address: `0x${string}` } }).token.address;
    for (const i of [4, 5]) await requestTestTokens(local.dev(i), { token, amount: 100_000_000n });
    const first = await lashou(['member', 'join', '--deposit', '20', '--identity', identity, '--yes', '--json'], env(anvilDevKey(4)));
    assert.equal(first.code, 0, first.stderr);
    const memberId = JSON.parse(first.stdout).memberId as string;
    const holder = local.dev(4).account.address;
    for (const permit of [[], ['--no-permit']]) {
      const again = await lashou(['member', 'join', '--deposit', '20', '--identity', identity, '--yes', ...permit], env(anvilDevKey(5)));
      assertExplained(
        again,
        new RegExp(`^error: this person is already a member: identity commitment 0x[0-9a-f]{64} joined as member #${memberId} \\(${holder}\\), now Waiting, and one person joins once: keep using that membership \\(lashou member status ${holder}\\) instead of joining again$`),
      );
      assert.doesNotMatch(again.stderr, /salt/);
    }
    // From the same address: "this very address".
    assertExplained(await lashou(['member', 'join', '--deposit', '20', '--identity', identity, '--yes'], env(anvilDevKey(4))), new RegExp(`joined as member #${memberId} \\(this very address, ${holder}\\)`));
  });
});

describe('identity new keeps the file private', () => {
  const person = ['--doc-type', 'passport', '--id', 'CHN:E7300001', '--name', 'Private Person'];

  test('by default it writes to the per-user data folder (0700, file 0600), never over a file, and says where', async () => {
    const home = join(dir, 'home');
    mkdirSync(home);
    const first = await lashou(['identity', 'new', ...person], { HOME: home, XDG_DATA_HOME: undefined });
    assert.equal(first.code, 0, first.stderr);
    const folder = join(home, '.local', 'share', 'lashou', 'identities');
    const [file] = readdirSync(folder);
    assert.match(file!, /^\d{4}-\d\d-\d\d-[0-9a-f]{12}\.identity\.json$/);
    assert.match(first.stdout, new RegExp(`^wrote ${escape(join(folder, file!))} \\(mode 0600\\)\\n`));
    assert.equal(statSync(folder).mode & 0o777, 0o700);
    assert.equal(statSync(join(folder, file!)).mode & 0o777, 0o600);
    assert.equal(existsSync('identity.json'), false, 'nothing in the current directory');
    // A second identity is a second file: none is ever overwritten.
    assert.equal((await lashou(['identity', 'new', ...person], { HOME: home, XDG_DATA_HOME: undefined })).code, 0);
    assert.equal(readdirSync(folder).length, 2);
    // XDG_DATA_HOME moves it; --json says where.
    const xdg = join(dir, 'xdg');
    const viaXdg = await lashou(['identity', 'new', ...person, '--json'], { HOME: home, XDG_DATA_HOME: xdg });
    assert.equal(viaXdg.code, 0, viaXdg.stderr);
    const { path } = JSON.parse(viaXdg.stdout) as { path: string };
    assert.ok(path.startsWith(join(xdg, 'lashou', 'identities')), path);
    assert.equal(statSync(path).mode & 0o777, 0o600);
    // member join and friends still take a path.
    const verified = await lashou(['identity', 'verify', '--file', path]);
    assert.equal(verified.code, 0, verified.stderr);
  });

  test('it refuses to write inside a git work tree unless --force, and says why and what to do instead', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'sub'));
    const target = join(repo, 'sub', 'me.identity.json');
    assertExplained(
      await lashou(['identity', 'new', ...person, '--out', target], { HOME: join(dir, 'home') }),
      new RegExp(
        `^error: refusing to write the identity file ${escape(target)} inside the git work tree ${escape(repo)}: it holds your ID number and the secret salt, so git status would show it and it could be committed and published by mistake: leave out --out to keep it in .*lashou/identities, or choose a path outside any repository; --force writes it there anyway$`,
      ),
    );
    assert.equal(existsSync(target), false);
    // The default folder inside a work tree (a home directory kept in git) is refused too.
    assertExplained(await lashou(['identity', 'new', ...person], { HOME: repo, XDG_DATA_HOME: undefined }), /refusing to write the identity file .* inside the git work tree .*: set XDG_DATA_HOME to a folder outside any repository/);
    const forced = await lashou(['identity', 'new', ...person, '--out', target, '--force'], { HOME: join(dir, 'home') });
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal(statSync(target).mode & 0o777, 0o600);
    // A folder that does not exist is one line too.
    assertExplained(await lashou(['identity', 'new', ...person, '--out', join(dir, 'nowhere', 'me.json')]), /^error: cannot write .*nowhere\/me\.json: the folder .*nowhere does not exist: create it first/);
  });
});
