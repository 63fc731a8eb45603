import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { call, indexer, prng, seededChain, type Indexer, type SeededChain } from './utils/harness';

// Fuzzes every REST route with bad (and some good) input from a seeded PRNG: never a 5xx; a bad parameter answers
// 400 with a JSON { error } that names it; a good one never answers 400; unknown /api routes and wrong methods
// answer 404 in JSON. A failing case prints its seed and URL so it can be replayed.

const SEED = Number(process.env.LASHOU_FUZZ_SEED ?? 20_261_128);
const CASES = 500;
const BUDGET_MS = 90_000;

let s: SeededChain;
let ix: Indexer;
let member: string;

// ─────────────────────────── values: valid ones, and every kind of bad one ───────────────────────────

const CLAIM_STATES = ['Filed', 'Reviewed', 'WitnessesDrawn', 'Attested', 'Announced', 'Approved', 'Paid', 'Rejected', 'UnderArbitration', 'UnderInvestigation', 'FraudConfirmed'];

function badValue(r: ReturnType<typeof prng>): string {
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdefABCDEF'[r.int(22)]).join('');
  const digits = (n: number) => Array.from({ length: n }, () => String(r.int(10))).join('');
  const ascii = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + r.int(95))).join('');
  const kinds: (() => string)[] = [
    () => ascii(1 + r.int(30)),
    () => digits(1 + r.int(120)),
    () => `-${digits(1 + r.int(30))}`,
    () => (2n ** 256n + BigInt(r.int(1000))).toString(),
    () => '1'.padEnd(79, '0'),
    () => String(2 ** 31 + r.int(1000)),
    () => String(2 ** 32 + r.int(1000)),
    () => String(2 ** 53 + r.int(1000)),
    () => r.pick(['NaN', 'Infinity', '-Infinity', '1e999', '1e3', '1.5', '0.0001', '-0', '0x10', ' 7', '7 ', '', ' ', 'null', 'undefined', 'true', '[]', '{}']),
    () => r.pick(['名字', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', '🙂🙃', 'مرحبا', '\u202eevil', 'e\u0301', '\u0000', 'ｆｕｌｌ', '٣']),
    () => r.pick(["' OR '1'='1", '1; DROP TABLE member; --', '") or 1=1 --', "1' UNION SELECT * FROM pool --", '$1', '%', '_', '\\', '::int', 'null::text']),
    () => `0x${hex(r.pick([0, 1, 39, 41, 63, 64, 65]))}`,
    () => `0x${hex(38)}zz`,
    () => hex(40),
    () => `0X${hex(40)}`,
    () => `${digits(1 + r.int(25))}:${digits(1 + r.int(14))}:${ascii(1 + r.int(5)).replace(/[^\w:.-]/g, 'x')}`,
    () => `${digits(1 + r.int(5))}:${digits(1 + r.int(5))}`,
    () => `1:2:${'a'.repeat(190 + r.int(30))}`,
    () => `-1:0:x`,
    () => r.pick(CLAIM_STATES).toLowerCase(),
    () => `${r.pick(CLAIM_STATES)},`,
    () => `${r.pick(CLAIM_STATES)},${ascii(5)}`,
    () => 'x'.repeat(2_000 + r.int(3_000)),
  ];
  return r.pick(kinds)();
}

/** Boundary values tried on every parameter of every route (the random cases may miss them). */
const EDGES = [
  '', ' ', '0', '1', '-1', '500', '501', '65535', '65536', String(2 ** 31 - 1), String(2 ** 31), String(2 ** 32 - 1), String(2 ** 32),
  '9'.repeat(38), '9'.repeat(39), '9'.repeat(78), '9'.repeat(79), '-' + '9'.repeat(38), 'NaN', '1.5', '1e3',
  '0x' + '0'.repeat(40), '0x' + 'f'.repeat(39), '0x' + 'F'.repeat(40), '0x' + 'g'.repeat(40),
  '0:0:0', '1:2147483647:x', '1:2147483648:x', '99999999999999999999:9999999999:x', '18446744073709551616:1:x', '1:2:' + 'a'.repeat(200), '1:2:' + 'a'.repeat(201),
  'Paid', 'Paid,Filed', 'paid', 'Paid,', ',', 'None', 'true', 'false', 'TRUE', "' OR 1=1 --", '名字', '\u0000',
];

/** What each parameter accepts: the documented contract, independent of the implementation. */
const isUint = (max: number) => (v: string) => v.trim() !== '' && Number.isInteger(Number(v)) && Number(v) >= 0 && Number(v) <= max;
const ADDRESS = (v: string) => /^0x[0-9a-fA-F]{40}$/.test(v);
const PARAMETERS = {
  limit: (v: string) => isUint(500)(v) && Number(v) >= 1,
  // A log index never exceeds PostgreSQL's integer (it is stored as one).
  memberCursor: (v: string) => /^\d{1,20}:\d{1,10}:[\w:.-]{1,200}$/.test(v) && Number(v.split(':')[1]) <= 2 ** 31 - 1,
  numericCursor: (v: string) => /^\d{1,78}$/.test(v),
  address: ADDRESS,
  claimId: (v: string) => /^\d{1,78}$/.test(v),
  status: (v: string) => v === '' || v.split(',').every((s) => CLAIM_STATES.includes(s)),
  region: (v: string) => v === '' || (/^\d{1,10}$/.test(v) && Number(v) <= 65_535),
  eligible: (v: string) => v === 'true' || v === 'false',
  tier: (v: string) => v === '' || (/^\d{1,10}$/.test(v) && Number(v) <= 7),
  memberStatus: (v: string) => ['', 'active', 'exitRequested', 'lapsed', 'exited'].includes(v),
  witnessCursor: (v: string) => /^0x[0-9a-f]{40}$/.test(v),
  key: (v: string) => /^-?\d{1,38}$/.test(v),
  exclude: (v: string) => v === '' || (/^\d{1,10}$/.test(v) && Number(v) <= 4_294_967_295),
} as const;
type Kind = keyof typeof PARAMETERS;

type Route = {
  path: (values: Record<string, string>) => string;
  /** name in the URL → kind of value; `path:` names go in the path. */
  params: Record<string, Kind>;
  required?: string[];
};

const ROUTES: Route[] = [
  { path: () => '/api/stats', params: {} },
  { path: () => '/api/reserves', params: {} },
  { path: () => '/api/openapi.json', params: {} },
  { path: (v) => `/api/members/${v.address}`, params: { address: 'address', limit: 'limit', cursor: 'memberCursor' }, required: ['address'] },
  { path: () => '/api/claims', params: { status: 'status', claimant: 'address', limit: 'limit', cursor: 'numericCursor' } },
  { path: (v) => `/api/claims/${v.id}`, params: { id: 'claimId' }, required: ['id'] },
  { path: () => '/api/epochs', params: { limit: 'limit', cursor: 'numericCursor' } },
  { path: () => '/api/witnesses', params: { region: 'region', tier: 'tier', eligible: 'eligible', limit: 'limit', cursor: 'witnessCursor' } },
  { path: () => '/api/members', params: { status: 'memberStatus', expelled: 'eligible', limit: 'limit', cursor: 'witnessCursor' } },
  { path: () => '/api/reserve-movements', params: { limit: 'limit', cursor: 'memberCursor' } },
  { path: () => '/api/hints', params: { key: 'key', exclude: 'exclude' }, required: ['key'] },
  { path: () => '/api/waiting', params: { limit: 'limit' } },
];

function goodValue(kind: Kind, r: ReturnType<typeof prng>): string {
  switch (kind) {
    case 'limit':
      return String(1 + r.int(500));
    case 'memberCursor':
      return `${r.int(400)}:${r.int(20)}:${r.pick(['0000000003', '179597805300000000000313370000000000000052000000000000000050000000000000002', 'x:bond'])}`;
    case 'numericCursor':
      return String(r.int(20));
    case 'address':
      return r.pick([member, member.toLowerCase(), '0x000000000000000000000000000000000000dead']);
    case 'claimId':
      return String(r.int(12));
    case 'status':
      return r.pick(CLAIM_STATES);
    case 'region':
      return String(r.int(4));
    case 'eligible':
      return r.pick(['true', 'false']);
    case 'tier':
      return String(r.int(8));
    case 'memberStatus':
      return r.pick(['active', 'exitRequested', 'lapsed', 'exited']);
    case 'witnessCursor':
      return '0x' + '0'.repeat(40);
    case 'key':
      return String(r.int(1_000_000_000));
    case 'exclude':
      return String(r.int(40));
  }
}

/** The request URL; null when a path value would be a dot segment or empty (the URL itself then changes). */
function urlOf(route: Route, values: Record<string, string>, extra: string | null = null): string | null {
  const inPath = (name: string) => route.path.toString().includes(`v.${name}`);
  if (Object.entries(values).some(([name, value]) => inPath(name) && ['', '.', '..'].includes(value.trim()))) return null;
  const query = Object.entries(values)
    .filter(([name]) => !inPath(name))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`);
  if (extra) query.push(extra);
  const encoded = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, encodeURIComponent(v)]));
  return `${route.path(encoded)}${query.length ? `?${query.join('&')}` : ''}`;
}

describe('bad requests', { timeout: 240_000 }, () => {
  before(async () => {
    s = await seededChain(12);
    member = s.seed.patient;
    ix = await indexer({ rpcUrl: s.chain.rpcUrl, deploymentPath: s.deploymentPath });
    await ix.waitForBlock(await s.chain.dev(0).getBlockNumber({ cacheTime: 0 }));
  });
  after(async () => {
    await ix?.stop();
    await s?.stop();
  });

  test(`${CASES} fuzzed requests (seed ${SEED}): no 5xx, bad parameters named in a 400, good ones accepted`, async () => {
    const r = prng(SEED);
    const started = Date.now();
    const failures: string[] = [];
    let bad = 0;
    for (let n = 0; n < CASES; n++) {
      assert.ok(Date.now() - started < BUDGET_MS, `fuzzing took over ${BUDGET_MS} ms (at case ${n})`);
      const route = r.pick(ROUTES);
      const names = Object.keys(route.params);
      const values: Record<string, string> = {};
      for (const name of names) if (route.required?.includes(name) || r.next() < 0.5) values[name] = goodValue(route.params[name]!, r);
      // One parameter made bad (most cases), or an unknown extra one.
      const target = names.length && r.next() < 0.9 ? r.pick(names) : null;
      if (target) values[target] = badValue(r);
      const valid = !target || PARAMETERS[route.params[target]!](values[target]!);
      // Unknown parameters are ignored.
      const extra = !target && r.next() < 0.5 ? `${encodeURIComponent(badValue(r))}=1` : null;
      const url = urlOf(route, values, extra);
      if (url === null) continue;
      const response = await call(ix.url, url);
      const label = `case ${n} (seed ${SEED}) GET ${url.slice(0, 300)} → ${response.status} ${response.text.slice(0, 300)}`;
      if (response.status >= 500) failures.push(`5xx: ${label}`);
      else if (!valid) {
        bad++;
        if (response.status !== 400) failures.push(`bad ${target} not refused: ${label}`);
        else if (typeof response.body?.error !== 'string') failures.push(`400 without a JSON error: ${label}`);
        else if (!response.body.error.includes(target!)) failures.push(`the error does not name ${target}: ${label}`);
      } else if (![200, 404].includes(response.status)) failures.push(`good input refused: ${label}`);
      else if (response.status === 404 && typeof response.body?.error !== 'string') failures.push(`404 without a JSON error: ${label}`);
    }
    console.log(`# ${CASES} cases (${bad} with a bad parameter) in ${Date.now() - started} ms`);
    assert.ok(bad > CASES / 2, 'most cases carry a bad parameter');
    assert.deepEqual(failures, []);
  });

  test(`every boundary value on every parameter of every route (${EDGES.length} values)`, async () => {
    const failures: string[] = [];
    let requests = 0;
    for (const route of ROUTES) {
      const names = Object.keys(route.params);
      for (const target of names) {
        for (const edge of EDGES) {
          const values: Record<string, string> = {};
          for (const name of route.required ?? []) values[name] = goodValue(route.params[name]!, prng(1));
          values[target] = edge;
          const url = urlOf(route, values);
          if (url === null) continue;
          requests++;
          const response = await call(ix.url, url);
          const valid = PARAMETERS[route.params[target]!](edge);
          const label = `GET ${url.slice(0, 200)} → ${response.status} ${response.text.slice(0, 200)}`;
          if (response.status >= 500) failures.push(`5xx: ${label}`);
          else if (!valid && (response.status !== 400 || !String(response.body?.error).includes(target))) failures.push(`bad ${target} not refused by name: ${label}`);
          else if (valid && ![200, 404].includes(response.status)) failures.push(`good ${target} refused: ${label}`);
        }
      }
    }
    console.log(`# ${requests} boundary requests`);
    assert.deepEqual(failures, []);
  });

  test('missing required parameters, unknown routes and wrong methods answer JSON 4xx', async () => {
    const doc = await call(ix.url, '/api/openapi.json');
    assert.equal(doc.status, 200, doc.text.slice(0, 300));
    for (const path of ['/api/stats', '/api/members', '/api/members/{address}', '/api/claims', '/api/claims/{id}', '/api/epochs', '/api/witnesses', '/api/reserves', '/api/reserve-movements', '/api/hints', '/api/waiting']) {
      assert.ok(doc.body.paths[path], `the OpenAPI document describes ${path}`);
    }
    const witnessParams = doc.body.paths['/api/witnesses'].get.parameters.map((p: { name: string }) => p.name);
    assert.ok(witnessParams.includes('region') && witnessParams.includes('tier'), 'region and tier are documented');
    const missing = await call(ix.url, '/api/hints');
    assert.equal(missing.status, 400);
    assert.match(missing.body.error, /key/);
    for (const path of ['/api', '/api/', '/api/nope', '/api/members/', '/api/reserve-movements/1', '/api/claims/1/witnesses', '/api/stats/x', '/api/waiting/1', '/api/%F0%9F%99%82', `/api/${'x'.repeat(5000)}`]) {
      const r = await call(ix.url, path);
      assert.equal(r.status, 404, `GET ${path.slice(0, 60)}: ${r.status} ${r.text.slice(0, 200)}`);
      assert.equal(typeof r.body?.error, 'string', `GET ${path.slice(0, 60)} answers JSON { error }: ${r.text.slice(0, 200)}`);
    }
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      for (const path of ['/api/stats', '/api/claims', `/api/members/${member}`, '/api/hints?key=1', '/api/openapi.json']) {
        const r = await call(ix.url, path, { method, headers: { 'content-type': 'application/json' }, body: '{"x":1}' });
        assert.ok([404, 405].includes(r.status), `${method} ${path}: ${r.status} ${r.text.slice(0, 200)}`);
        assert.equal(typeof r.body?.error, 'string', `${method} ${path} answers JSON { error }`);
      }
    }
  });

  test('GraphQL and SQL-over-HTTP refuse garbage without a 5xx', async () => {
    const sql = (text: string) => `/sql/db?sql=${encodeURIComponent(JSON.stringify({ json: { sql: text, params: [] } }))}`;
    const good = await call(ix.url, sql('select address from member limit 1'));
    assert.equal(good.status, 200, good.text);
    for (const refused of [sql('delete from member'), sql('select * from nope'), sql('selec 1'), '/sql/db?sql=garbage', '/sql/db?sql=%7B%7D', '/sql/db']) {
      const r = await call(ix.url, refused);
      assert.equal(r.status, 400, `${refused}: ${r.status} ${r.text.slice(0, 200)}`);
      assert.match(String(r.body?.error), /sql/, `${refused} names the sql parameter`);
    }
    const cases: [string, RequestInit | undefined][] = [
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: "{ members(where: { address: \"' OR 1=1 --\" }) { items { address } } }" }) }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ members(limit: 100000) { items { address } } }' }) }],
      ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ members(after: "garbage") { items { address } } }' }) }],
      ['/graphql?query=%7B', undefined],
      ['/sql/db?sql=garbage', undefined],
      ['/sql/db', { method: 'POST', body: 'garbage' }],
    ];
    for (const [path, init] of cases) {
      const r = await call(ix.url, path, init);
      assert.ok(r.status < 500, `${init?.method ?? 'GET'} ${path} ${String(init?.body ?? '').slice(0, 80)}: ${r.status} ${r.text.slice(0, 300)}`);
    }
  });
});
