#!/usr/bin/env node
// `npm run bench:gas`: transaction gas of MutualPool's hot paths at pools of 10 to 1,000,000 members, against
// a naive loop-over-members reference, and of the claim lifecycle (fileClaim … resolveReport) on the full
// protocol with 10, 1,000 and 100,000 registered witnesses (suite `claims`: its size axis is witnesses). Runs the Solidity harness in bench/forge under FOUNDRY_PROFILE=bench
// (every call an isolated transaction), checks that method against real anvil receipts, prints a table and
// writes bench/results/gas.json ({ "<operation>": { "<members>": gasUsed | null } }) and gas-run.json (how,
// when, how long, and the figures behind every null). bench/README.md explains the method.
//
// To add an operation: record it in a harness test (`_recordLastCall("name")` right after the transaction)
// and add a line to OPERATIONS below. A new harness contract needs a line in SUITES.
//
// Options: --sizes 10,1000   only these pool sizes (default: all in SUITES); results go to results/.raw/
//          --no-verify       skip the anvil receipt check
//          --strict          exit 1 when a target is missed or forge and anvil disagree (default: report)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foundryBinary } from '../contracts/bin/foundry.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const CONTRACTS = join(BENCH, '..', 'contracts');
const RESULTS = join(BENCH, 'results');
const RAW = join(RESULTS, '.raw');
const BLOCK_GAS_LIMIT = 30_000_000;

/** Operations in gas.json, in table order. `suite` is the harness that records it. */
export const OPERATIONS = [
  { name: 'join', suite: 'pool', what: 'fresh member, mid-list insert with an exact hint (the general case)' },
  { name: 'joinAtTail', suite: 'pool', what: 'fresh member whose key is the highest: hint 0' },
  { name: 'joinWithPermit', suite: 'pool', what: 'fresh member, EIP-2612 permit instead of an approval, mid-list' },
  { name: 'topUp', suite: 'pool', what: 'active member adds 10 units and moves ~1% of the list up, exact hint' },
  { name: 'requestExit', suite: 'pool', what: 'active member asks to leave' },
  { name: 'withdraw', suite: 'pool', what: 'member whose exit epoch is settled takes its balance' },
  { name: 'settleEpoch1', suite: 'pool', what: 'settle an epoch with 1 queued claim, no lapses pending' },
  { name: 'settleEpoch10', suite: 'pool', what: 'settle an epoch with 10 queued claims' },
  { name: 'lapsePerMember', suite: 'pool', what: 'processLapses(batch) ÷ members lapsed (batch: min(N/2, 100))' },
  { name: 'naiveSettleEpoch1', suite: 'naive', what: 'NaivePool: settle 1 claim by looping over members', limit: BLOCK_GAS_LIMIT },
  // Claim lifecycle (suite `claims`): the size axis is the number of registered witnesses, not pool members.
  { name: 'fileClaim', suite: 'claims', what: 'member files a claim with an EIP-712 notary signature (size = registered witnesses)' },
  { name: 'review', suite: 'claims', what: 'operator approves with a nullifier; requests prevrandao randomness (size = witnesses)' },
  { name: 'fulfillRandomness', suite: 'claims', what: 'PrevrandaoSource.fulfill in the target block (size = witnesses)' },
  { name: 'drawWitnesses', suite: 'claims', what: 'draw 3 witnesses from the region snapshot (the tiers that carry the lock) and lock their stakes (size = witnesses)' },
  { name: 'acceptWitness', suite: 'claims', what: 'a drawn witness accepts its slot (size = witnesses)' },
  { name: 'attest', suite: 'claims', what: 'first of three approving attestations: recorded only (size = witnesses)' },
  { name: 'attestLast', suite: 'claims', what: 'third approving attestation: Attested → Announced (size = witnesses)' },
  { name: 'registryDrawAt', suite: 'claims', what: "the registry's drawAt alone (3 from the tiers that carry the lock), as the claims module calls it (size = witnesses)" },
  { name: 'report', suite: 'claims', what: 'FraudReports.reportFraud during the announcement: bond pulled, investigation opened (size = witnesses)' },
  { name: 'revealEvidence', suite: 'claims', what: "FraudReports.revealEvidence: the report's evidence matched against its commitment (size = witnesses)" },
  { name: 'resolveReport', suite: 'claims', what: 'resolveReport(confirmed): 3 stakes slashed, reporter paid, members credited (size = witnesses)' },
  { name: 'stake', suite: 'claims', what: "a new witness's first stake: enters the checkpointed region and global arrays (size = witnesses)" },
];

/** Harness suites and the pool sizes each runs: contract `<contract>_<size>`, test `test_measure`. */
const SUITES = [
  { name: 'pool', contract: 'MutualPoolGas', sizes: [10, 1_000, 10_000, 100_000, 1_000_000] },
  { name: 'naive', contract: 'NaivePoolGas', sizes: [10, 1_000, 10_000, 100_000] },
  { name: 'claims', contract: 'ClaimsGas', sizes: [10, 1_000, 100_000], axis: 'witnesses' },
];
const ALL_SIZES = [10, 1_000, 10_000, 100_000, 1_000_000];
const NOT_RUN = {
  naive: {
    1_000_000: 'not run: the loop exceeds a 30 M block from ~5,300 members on (see 10,000 and 100,000)',
  },
  claims: {
    10_000: 'not run: the claims suite is measured at 10, 1,000 and 100,000 registered witnesses',
    1_000_000: 'not run: the claims suite is measured at 10, 1,000 and 100,000 registered witnesses',
  },
};

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const onlySizes = option('--sizes')?.split(',').map(Number);
const verify = !args.includes('--no-verify');
const strict = args.includes('--strict');

const forge = foundryBinary('forge');
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (line) => console.log(`[${seconds(Date.now() - started).padStart(7)}] ${line}`);

/** Runs forge under the bench profile; resolves with the wall time in ms, rejects with its output on failure. */
function runForge(forgeArgs, label) {
  const t0 = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(forge, forgeArgs, {
      cwd: CONTRACTS,
      env: { ...process.env, FOUNDRY_PROFILE: 'bench', BENCH_RAW_DIR: RAW },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      children.delete(child);
      if (code === 0) resolve(Date.now() - t0);
      else reject(new Error(`forge ${label} failed (exit ${code ?? signal})\n${output}`));
    });
  });
}

/** Forge processes still running, stopped (by their own handle) if the runner is interrupted or fails. */
const children = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

function readRaw(suite, members) {
  return JSON.parse(readFileSync(join(RAW, `${suite}-${members}.json`), 'utf8'));
}

// ───────────────────────────── anvil receipt check ─────────────────────────────

const ANVIL_KEYS = {
  deployer: '0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80',
  alice: '0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d',
  bob: '0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a',
  carol: '0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6',
  dave: '0x47e179ec197488593b187f80a00eb0da91f1b9d0b13f8733639f19c30a34926a',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function cast(castArgs) {
  const result = spawnSync(foundryBinary('cast'), castArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cast ${castArgs.slice(0, 2).join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

function artifact(file, name) {
  const json = JSON.parse(readFileSync(join(CONTRACTS, 'out-bench', file, `${name}.json`), 'utf8'));
  return json.bytecode.object;
}

/**
 * Where a transaction's gas goes, from anvil's opcode trace (debug_traceTransaction): intrinsic and calldata,
 * then execution by contract and by kind (storage by access type, external calls, logs, the rest), and the
 * refund. Each step's cost is the gas it takes until the next step at the same depth, so a CALL's cost
 * includes everything its callee spends; callee steps are then counted under the callee instead.
 */
async function gasBreakdown(rpc, receipt, names) {
  const tx = JSON.parse(cast(['tx', '--json', '--rpc-url', rpc, receipt.transactionHash]));
  const input = Buffer.from(tx.input.slice(2), 'hex');
  const zeros = input.filter((b) => b === 0).length;
  const calldata = zeros * 4 + (input.length - zeros) * 16;
  const response = await fetch(rpc, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'debug_traceTransaction', params: [receipt.transactionHash, { enableMemory: false, disableStack: false, disableStorage: true }] }),
  });
  const { result } = await response.json();
  const logs = result.structLogs;
  const parts = {};
  const add = (key, gas) => (parts[key] = (parts[key] ?? 0) + gas);
  const frames = [String(receipt.to).toLowerCase()];
  for (let i = 0; i < logs.length; i++) {
    const step = logs[i];
    let next = i + 1;
    while (next < logs.length && logs[next].depth > step.depth) next++;
    const cost = next < logs.length && logs[next].depth === step.depth ? step.gas - logs[next].gas : step.gasCost;
    const where = names[frames[step.depth - 1]] ?? frames[step.depth - 1];
    const op = step.op;
    if (['CALL', 'STATICCALL', 'DELEGATECALL'].includes(op)) {
      const target = '0x' + BigInt(step.stack.at(-2)).toString(16).padStart(40, '0');
      frames[step.depth] = target;
      // The call's own cost (access, stipend, return) without what the callee spends.
      let inner = 0;
      if (logs[i + 1]?.depth === step.depth + 1) inner = logs[i + 1].gas - (logs[next - 1]?.gas ?? 0) + (logs[next - 1]?.gasCost ?? 0);
      add(`${where}: calls out (access + overhead)`, cost - inner);
    } else if (op === 'SSTORE') {
      // EIP-2200/2929 prices tell the kind of write: 20,000 (+2,100 cold) for a slot's first value, 2,900
      // (+2,100) for changing a stored value, 100 for a slot already written in this transaction.
      const kind = cost >= 20_000 ? 'new slot (0 → x)' : cost >= 2_900 ? 'update (x → y)' : 'rewrite in same tx';
      add(`${where}: SSTORE ${kind}`, cost);
    } else if (op === 'SLOAD') add(`${where}: SLOAD ${cost >= 2_100 ? 'cold' : 'warm'}`, cost);
    else if (op.startsWith('LOG')) add(`${where}: events`, cost);
    else if (op === 'TSTORE' || op === 'TLOAD') add(`${where}: transient (reentrancy guard)`, cost);
    else add(`${where}: other execution`, cost);
  }
  const gasUsed = Number(receipt.gasUsed);
  const executed = Object.values(parts).reduce((a, b) => a + b, 0);
  return {
    gasUsed,
    intrinsic: 21_000,
    calldata,
    ...Object.fromEntries(Object.entries(parts).sort((a, b) => b[1] - a[1])),
    'refund (subtracted)': 21_000 + calldata + executed - gasUsed,
  };
}

/** Replays AnvilParityBench's transactions on anvil and compares each receipt with forge's figure. */
async function verifyOnAnvil() {
  const forgeFigures = readRaw('parity', 3);
  const port = await freePort();
  const rpc = `http://127.0.0.1:${port}`;
  const anvil = spawn(foundryBinary('anvil'), ['--port', String(port), '--hardfork', 'cancun', '--steps-tracing', '--silent'], {
    stdio: 'ignore',
  });
  try {
    for (let i = 0; ; i++) {
      try {
        cast(['chain-id', '--rpc-url', rpc]);
        break;
      } catch (error) {
        if (i > 100) throw error;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const send = (key, to, ...rest) => {
      const receipt = JSON.parse(cast(['send', '--json', '--rpc-url', rpc, '--private-key', ANVIL_KEYS[key], to, ...rest]));
      if (Number(receipt.status) !== 1) throw new Error(`anvil transaction ${rest[0]} reverted`);
      return receipt;
    };
    const addr = Object.fromEntries(
      Object.entries(ANVIL_KEYS).map(([who, key]) => [who, cast(['wallet', 'address', '--private-key', key])]),
    );
    const patient = '0x000000000000000000000000000000000000bEEF';
    const usd = send('deployer', '--create', artifact('TestStablecoin.sol', 'TestStablecoin'),
      'constructor(string,string,uint8)', 'Test USD', 'tUSD', '6').contractAddress;
    const pool = send('deployer', '--create', artifact('MutualPool.sol', 'MutualPool'),
      'constructor(address,uint256,uint256,uint256,uint256,address,address)', usd, '1209600', '7776000', '10000000', '604800',
      '0x000000000000000000000000000000000000dEaD', addr.deployer).contractAddress;
    send('deployer', pool, 'grantRole(bytes32,address)', cast(['keccak', 'CLAIMS_ROLE']), addr.deployer);
    for (const who of [addr.alice, addr.bob, addr.carol, addr.dave]) send('deployer', usd, 'faucet(address,uint256)', who, '1000000000');
    send('deployer', usd, 'faucet(address,uint256)', patient, '1000000');
    const max = '115792089237316195423570985008687907853269984665640564039457584007913129639935';
    send('alice', usd, 'approve(address,uint256)', pool, max);
    send('bob', usd, 'approve(address,uint256)', pool, max);
    send('dave', usd, 'approve(address,uint256)', pool, max);

    const { permitV, permitR, permitS } = forgeFigures.notes;
    const steps = [
      ['01_joinFirst', () => send('alice', pool, 'join(bytes32,uint256,uint32)', cast(['keccak', 'alice']), '100000000', '0')],
      ['02_join', () => send('bob', pool, 'join(bytes32,uint256,uint32)', cast(['keccak', 'bob']), '200000000', '0')],
      ['03_joinWithPermit', () => send('carol', pool, 'joinWithPermit(bytes32,uint256,uint32,uint256,uint8,bytes32,bytes32)',
        cast(['keccak', 'carol']), '150000000', '1', '4000000000', String(permitV), permitR, permitS)],
      ['04_topUp', () => send('alice', pool, 'topUp(uint256,uint32)', '10000000', '0')],
      ['05_requestExit', () => send('bob', pool, 'requestExit()')],
      ['06_settleEpoch', () => {
        send('deployer', pool, 'queuePayment(uint256,address,uint256)', '1', patient, '3000000');
        cast(['rpc', '--rpc-url', rpc, 'evm_increaseTime', '1209600']);
        return send('deployer', pool, 'settleEpoch()');
      }],
      ['07_withdraw', () => send('bob', pool, 'withdraw()')],
      ['08_joinMidList', () => send('dave', pool, 'join(bytes32,uint256,uint32)', cast(['keccak', 'dave']), '120000000', '1')],
    ];
    const receipts = {};
    const rows = steps.map(([name, run]) => {
      const receipt = run();
      receipts[name] = receipt;
      const anvilGas = Number(receipt.gasUsed);
      const forgeGas = forgeFigures.gas[name];
      return { step: name, forge: forgeGas, anvil: anvilGas, difference: forgeGas - anvilGas };
    });
    const breakdown = {
      joinMidList: await gasBreakdown(rpc, receipts['08_joinMidList'], { [pool.toLowerCase()]: 'pool', [usd.toLowerCase()]: 'token' }),
    };
    return { hardfork: 'cancun', rows, breakdown };
  } finally {
    anvil.kill('SIGTERM');
  }
}

// ───────────────────────────────────── main ─────────────────────────────────────

const fmt = (n) => (n == null ? '—' : Math.round(n).toLocaleString('en-US'));

async function main() {
  rmSync(RAW, { recursive: true, force: true });
  mkdirSync(RAW, { recursive: true });
  log('compiling the bench harness (FOUNDRY_PROFILE=bench)…');
  await runForge(['build'], 'build');

  const plan = [];
  for (const suite of SUITES) {
    for (const size of suite.sizes) if (!onlySizes || onlySizes.includes(size)) plan.push({ suite, size });
  }
  plan.sort((a, b) => a.size - b.size || SUITES.indexOf(a.suite) - SUITES.indexOf(b.suite));
  if (verify) plan.push({ suite: { name: 'parity' }, size: 3 });

  // Building a pool runs on one core. The largest one (minutes) runs in the background while the others
  // run one after another, so the whole bench takes about as long as the largest pool alone.
  const runs = [];
  const runOne = async ({ suite, size }, label) => {
    const contract = suite.name === 'parity' ? 'AnvilParityBench' : `${suite.contract}_${size}`;
    const axis = suite.axis ?? 'members';
    log(`${label} ${suite.name} @ ${size.toLocaleString('en-US')} ${axis} (${contract})…`);
    const ms = await runForge(['test', '--match-contract', `^${contract}$`], contract);
    const raw = readRaw(suite.name, size);
    runs.push({ suite: suite.name, members: size, axis, wallMs: ms, harnessMs: raw.ms, notes: raw.notes ?? {} });
    const built = raw.notes?.setupMs == null ? '' : ` (building the ${suite.axis === 'witnesses' ? 'witness registry' : 'pool'}: ${seconds(raw.notes.setupMs)})`;
    log(`    ${suite.name} @ ${size.toLocaleString('en-US')} ${axis}: done in ${seconds(ms)}${built}`);
  };
  const largestAt = plan.findIndex((item) => item.size >= 1_000_000);
  const largest = largestAt === -1 ? undefined : plan.splice(largestAt, 1)[0];
  let background;
  let ticker;
  if (largest) {
    background = runOne(largest, '(background)');
    background.catch(() => {}); // awaited below; avoid an unhandled rejection while the others run
    const since = Date.now();
    ticker = setInterval(() => log(`    … still building the ${largest.size.toLocaleString('en-US')}-member pool (${seconds(Date.now() - since)})`), 30_000);
  }
  try {
    for (const [i, item] of plan.entries()) await runOne(item, `(${i + 1}/${plan.length})`);
    if (background) await background;
  } finally {
    clearInterval(ticker);
  }

  // gas.json: every operation × every size, null where not run or above the block gas limit.
  const gas = {};
  const aboveLimit = {};
  for (const op of OPERATIONS) {
    gas[op.name] = {};
    for (const size of ALL_SIZES) {
      let value = null;
      try {
        value = readRaw(op.suite, size).gas[op.name] ?? null;
      } catch {
        // not run at this size
      }
      if (value != null && op.limit && value > op.limit) {
        aboveLimit[op.name] = { ...aboveLimit[op.name], [size]: value };
        value = null;
      }
      gas[op.name][size] = value;
    }
  }

  let parity;
  if (verify) {
    log('replaying the parity scenario on anvil (cast send) to check forge figures against receipts…');
    parity = await verifyOnAnvil();
  }

  // Targets of the issue.
  const settle = gas.settleEpoch1;
  const naiveRaw = (size) => gas.naiveSettleEpoch1[size] ?? aboveLimit.naiveSettleEpoch1?.[size] ?? null;
  const joins = ALL_SIZES.map((s) => gas.join[s]).filter((v) => v != null);
  const targets = [
    {
      target: 'settleEpoch1 at 100,000 members ≤ 1.05 × at 10',
      value: settle[100_000] != null && settle[10] ? settle[100_000] / settle[10] : null,
      show: (v) => `ratio ${v.toFixed(4)}`,
      met: (v) => v <= 1.05,
    },
    {
      target: 'drawWitnesses at 100,000 registered witnesses ≤ 1.1 × at 10',
      value: gas.drawWitnesses[100_000] != null && gas.drawWitnesses[10] ? gas.drawWitnesses[100_000] / gas.drawWitnesses[10] : null,
      show: (v) => `ratio ${v.toFixed(4)}`,
      met: (v) => v <= 1.1,
    },
    {
      target: 'drawWitnesses ≤ 400,000 gas (10 and 100,000 witnesses)',
      value: gas.drawWitnesses[100_000] != null && gas.drawWitnesses[10] != null ? Math.max(gas.drawWitnesses[10], gas.drawWitnesses[100_000]) : null,
      show: (v) => `max ${fmt(v)}`,
      met: (v) => v <= 400_000,
    },
    {
      target: 'join ≤ 140,000 gas (every size)',
      value: joins.length ? Math.max(...joins) : null,
      show: (v) => `max ${fmt(v)}`,
      met: (v) => v <= 140_000,
    },
    {
      target: 'naiveSettleEpoch1 / settleEpoch1 at 10,000 ≥ 100, or naive cannot run',
      value: settle[10_000] != null && naiveRaw(10_000) != null ? naiveRaw(10_000) / settle[10_000] : null,
      show: (v) => `ratio ${v.toFixed(0)}${gas.naiveSettleEpoch1[10_000] == null ? ' (and naive exceeds a 30 M block)' : ''}`,
      met: (v) => v >= 100 || gas.naiveSettleEpoch1[10_000] == null,
    },
  ].map((t) => ({ target: t.target, result: t.value == null ? 'not measured' : t.show(t.value), met: t.value == null ? null : t.met(t.value) }));

  // Largest pool the naive loop can settle in one block, from its linear cost between 1,000 and 10,000.
  let naiveMaxMembers = null;
  if (naiveRaw(1_000) != null && naiveRaw(10_000) != null) {
    const perMember = (naiveRaw(10_000) - naiveRaw(1_000)) / 9_000;
    naiveMaxMembers = Math.floor(1_000 + (BLOCK_GAS_LIMIT - naiveRaw(1_000)) / perMember);
  }

  // Table.
  const sizes = ALL_SIZES;
  const head = ['operation'.padEnd(20), ...sizes.map((s) => s.toLocaleString('en-US').padStart(13))].join(' ');
  console.log(`\nTransaction gas (receipt gasUsed: 21,000 intrinsic + calldata + execution), by pool size`);
  console.log(`(claim lifecycle, from fileClaim on: by registered witnesses; the pool has 30 members)\n`);
  console.log(head);
  console.log('─'.repeat(head.length));
  for (const op of OPERATIONS) {
    const cells = sizes.map((s) => {
      const over = aboveLimit[op.name]?.[s];
      return (over ? `>30M (${(over / 1e6).toFixed(1)}M)` : fmt(gas[op.name][s])).padStart(13);
    });
    console.log([op.name.padEnd(20), ...cells].join(' '));
  }
  console.log('\nTargets');
  for (const t of targets) console.log(`  ${t.met == null ? '?' : t.met ? '✓' : '✗'} ${t.target}: ${t.result}`);
  if (naiveMaxMembers) console.log(`  (the naive loop fits a 30 M block up to ~${naiveMaxMembers.toLocaleString('en-US')} members)`);
  if (parity) {
    console.log(`\nMethod check: forge isolated gasTotalUsed vs anvil receipt gasUsed (hardfork ${parity.hardfork})`);
    for (const r of parity.rows) {
      console.log(`  ${r.step.padEnd(20)} forge ${fmt(r.forge).padStart(8)}  anvil ${fmt(r.anvil).padStart(8)}  diff ${r.difference}`);
    }
    for (const [name, parts] of Object.entries(parity.breakdown)) {
      console.log(`\nWhere the gas of ${name} goes (anvil opcode trace; a 4-member pool, same code path at any size)`);
      for (const [part, gasPart] of Object.entries(parts)) console.log(`  ${part.padEnd(44)} ${fmt(gasPart).padStart(8)}`);
    }
  }

  const totalMs = Date.now() - started;
  // A partial run (--sizes) must not replace the committed results of a full one.
  const outDir = onlySizes ? RAW : RESULTS;
  writeFileSync(join(outDir, 'gas.json'), `${JSON.stringify(gas, null, 2)}\n`);
  const notRun = {};
  for (const suite of SUITES) {
    for (const size of ALL_SIZES) {
      const ran = runs.some((r) => r.suite === suite.name && r.members === size);
      if (!ran) notRun[suite.name] = { ...notRun[suite.name], [size]: NOT_RUN[suite.name]?.[size] ?? 'not run (--sizes, or not in the suite)' };
    }
  }
  const forgeVersion = spawnSync(forge, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: BENCH, encoding: 'utf8' }).stdout.trim();
  const runReport = {
    generatedAt: new Date().toISOString(),
    commit,
    forge: forgeVersion,
    method: 'forge test --isolate (FOUNDRY_PROFILE=bench): vm.lastCallGas().gasTotalUsed of each call = one transaction',
    totalSeconds: Math.round(totalMs / 1000),
    operations: Object.fromEntries(OPERATIONS.map((op) => [op.name, op.what])),
    targets,
    aboveBlockGasLimit: aboveLimit,
    naiveMaxMembersIn30M: naiveMaxMembers,
    notRun,
    runs,
    anvilCheck: parity ?? 'skipped (--no-verify)',
  };
  writeFileSync(join(outDir, 'gas-run.json'), `${JSON.stringify(runReport, null, 2)}\n`);
  const shown = onlySizes ? 'bench/results/.raw/ (partial run: the committed results are left alone)' : 'bench/results/';
  log(`wrote gas.json and gas-run.json to ${shown}; whole run ${seconds(totalMs)}`);
  const missed = targets.filter((t) => t.met === false).length;
  const mismatched = parity?.rows.filter((r) => r.difference !== 0).length ?? 0;
  if (mismatched) console.error(`method check: ${mismatched} transaction(s) differ between forge and anvil`);
  if (strict && (missed || mismatched)) process.exit(1);
}

main().catch((error) => {
  for (const child of children) child.kill('SIGTERM');
  console.error(error.message);
  process.exit(1);
});
