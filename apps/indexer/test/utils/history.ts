import { mutualPoolAbi } from '@lashou/abi';
import { requestTestTokens } from '@lashou/sdk';
import type { TestChain } from '@lashou/sdk/node';
import { type Address, erc20Abi, maxUint256 } from 'viem';

/**
 * Adds a long history to a seeded chain: `rounds` top-ups of 0.01 tUSD by each of `members` dev accounts (covered members of the demo),
 * one transaction per block (anvil mines each), so the indexer has `rounds × members` blocks with events to catch
 * up on. Accounts send in parallel, each its own transactions in sequence (their nonces stay in order).
 */
export async function addHistory(chain: TestChain, options: { pool: Address; token: Address; rounds: number; members?: number[] }): Promise<number> {
  const members = options.members ?? [3, 7, 8, 9];
  let sent = 0;
  await Promise.all(
    members.map(async (i) => {
      const wallet = chain.dev(i);
      await requestTestTokens(wallet, { token: options.token, amount: BigInt(options.rounds) * 10_000n + 1_000_000n });
      await wallet.waitForTransactionReceipt({
        hash: await wallet.writeContract({ address: options.token, abi: erc20Abi, functionName: 'approve', args: [options.pool, maxUint256] }),
      });
      let nonce = await wallet.getTransactionCount({ address: wallet.account.address, blockTag: 'pending' });
      let last: `0x${string}` | undefined;
      for (let r = 0; r < options.rounds; r++) {
        last = await wallet.writeContract({ address: options.pool, abi: mutualPoolAbi, functionName: 'topUp', args: [10_000n, 0], nonce: nonce++, gas: 400_000n });
        sent++;
      }
      if (last) {
        const receipt = await wallet.waitForTransactionReceipt({ hash: last });
        if (receipt.status !== 'success') throw new Error(`the last top-up of dev(${i}) reverted`);
      }
    }),
  );
  return sent;
}
