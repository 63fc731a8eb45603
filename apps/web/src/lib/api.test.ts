import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import * as zm from 'zod/mini';
import { ApiError, apiGet } from './api.ts';

async function withServer(handler: (url: string) => [number, unknown], run: (base: string) => Promise<void>) {
  const server = createServer((req, res) => {
    const [status, body] = handler(req.url ?? '/');
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.close();
  }
}

test('apiGet checks and transforms the answer with a classic or a mini zod schema', async () => {
  await withServer(
    () => [200, { memberFunds: '31020019955', members: 58 }],
    async (base) => {
      const classic = z.object({ memberFunds: z.string().transform(BigInt), members: z.number() });
      const stats = await apiGet(base, '/api/stats', classic);
      assert.equal(stats.memberFunds, 31_020_019_955n);
      const mini = zm.object({ memberFunds: zm.pipe(zm.string(), zm.transform((v: string) => BigInt(v))) });
      assert.equal((await apiGet(base, '/api/stats', mini)).memberFunds, 31_020_019_955n);
      await assert.rejects(apiGet(base, '/api/stats', z.object({ memberFunds: z.number() })), (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.match(error.message, /unexpected answer from \/api\/stats: memberFunds:/);
        return true;
      });
    },
  );
});

test('apiGet turns an error status into an ApiError with the API’s own message', async () => {
  await withServer(
    () => [400, { error: 'address must be 0x followed by 40 hex digits' }],
    async (base) => {
      await assert.rejects(apiGet(base, '/api/members/0x12'), (error: unknown) => {
        assert.ok(error instanceof ApiError);
        assert.equal(error.status, 400);
        assert.equal(error.message, 'address must be 0x followed by 40 hex digits');
        return true;
      });
    },
  );
  await assert.rejects(apiGet('http://127.0.0.1:9', '/api/stats'), /the API at http:\/\/127\.0\.0\.1:9 does not answer/);
});
