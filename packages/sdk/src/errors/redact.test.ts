import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPublicClient, http } from 'viem';
import { getTokenInfo } from '../actions/getTokenInfo.js';
import { toLashouError } from './contractErrors.js';
import { describeError } from './describeError.js';
import { LashouError, RpcUnreachableError } from './LashouError.js';
import { redactSecrets, redactUrl } from './redact.js';

const INFURA_KEY = '9aa3d95b3bc440fa88ea12eaa4456161';
const SECRETS = ['hunter2', 'MYAPIKEY', INFURA_KEY, 'abc123secret', 's3cr3t'];

test('redactUrl drops user info, key-like path segments, everything after /v2/ /v3/ and every query value; keeps scheme, host and port', () => {
  assert.equal(redactUrl('http://user:hunter2@host/v3/MYAPIKEY'), 'http://***@host/v3/***');
  assert.equal(redactUrl(`https://x.infura.io/v3/${INFURA_KEY}`), 'https://x.infura.io/v3/***');
  assert.equal(redactUrl('https://eth-mainnet.g.alchemy.com/v2/abc123secret'), 'https://eth-mainnet.g.alchemy.com/v2/***');
  assert.equal(redactUrl('https://rpc.example.org:8545/rpc?apikey=abc123secret&chain=1'), 'https://rpc.example.org:8545/rpc?apikey=***&chain=***');
  assert.equal(redactUrl(`wss://node.example.com/ws/${INFURA_KEY}/extra#s3cr3t`), 'wss://node.example.com/ws/***/extra');
  assert.equal(redactUrl('https://user@host.example:443/'), 'https://***@host.example:443/');
  // Nothing secret: unchanged.
  assert.equal(redactUrl('http://127.0.0.1:8545'), 'http://127.0.0.1:8545');
  assert.equal(redactUrl('https://sepolia.base.org/'), 'https://sepolia.base.org/');
  // Not a URL at all: nothing of it is shown.
  assert.equal(redactUrl('user:hunter2@host'), '***@host');
  assert.equal(redactUrl('not-a-url'), 'not-a-url');
  assert.equal(redactUrl('host/v3/0123456789abcdef0123'), 'host/v3/***');
});

test('redactSecrets redacts every URL inside a text and leaves the rest', () => {
  const text = `request to http://user:hunter2@host/v3/MYAPIKEY failed; retried https://x.infura.io/v3/${INFURA_KEY}. Also ws://a.example/?token=s3cr3t, done`;
  assert.equal(redactSecrets(text), 'request to http://***@host/v3/*** failed; retried https://x.infura.io/v3/***. Also ws://a.example/?token=***, done');
  assert.equal(redactSecrets('no URL here: 0xabc'), 'no URL here: 0xabc');
});

test('an unreachable RPC is named redacted: in the message, the params, the details and both languages', async () => {
  for (const url of ['http://user:hunter2@127.0.0.1:1/v3/MYAPIKEY', `http://127.0.0.1:1/v3/${INFURA_KEY}`, 'http://127.0.0.1:1/rpc?apikey=abc123secret']) {
    const client = createPublicClient({ transport: http(url, { retryCount: 0, timeout: 5_000 }) });
    const error = await getTokenInfo(client, { token: '0x0000000000000000000000000000000000000001' }).then(
      () => assert.fail('expected a failure'),
      (e: unknown) => e,
    );
    assert.ok(error instanceof LashouError, String(error));
    const shown = [error.message, error.shortMessage, error.details ?? '', JSON.stringify(error.params), describeError(error, { locale: 'en' }), describeError(error, { locale: 'zh-CN' })].join('\n');
    for (const secret of SECRETS) assert.ok(!shown.includes(secret), `${secret} appears in: ${shown}`);
    assert.match(shown, /127\.0\.0\.1:1/, 'the host and port are still named');
  }
  // The connection failure itself, as toLashouError sees it.
  const refused = toLashouError(new Error('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) }), { rpcUrl: 'http://user:hunter2@node.example:8545/v3/MYAPIKEY' });
  assert.ok(refused instanceof RpcUnreachableError);
  assert.equal(refused.shortMessage, 'cannot reach the RPC endpoint http://***@node.example:8545/v3/***: check --rpc / LASHOU_RPC_URL and that the node is running');
  assert.deepEqual(refused.params, { rpcUrl: 'http://***@node.example:8545/v3/***' });
  assert.equal(describeError(refused, { locale: 'zh-CN' }), '无法连接 RPC 节点 http://***@node.example:8545/v3/***：请检查 --rpc / LASHOU_RPC_URL，并确认节点正在运行');
  // Any other failure whose text quotes a URL.
  const other = toLashouError(new Error(`HTTP request failed.\n\nURL: https://x.infura.io/v3/${INFURA_KEY}\nStatus: 401`));
  assert.ok(!`${other.message}${other.shortMessage}${other.details}`.includes(INFURA_KEY));
});
