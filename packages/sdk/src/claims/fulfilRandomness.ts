import { claimsManagerAbi, prevrandaoSourceAbi } from '@lashou/abi';
import { type Account, type Address, type Hex, keccak256, toHex, toRlp } from 'viem';
import { getBlockNumber, readContract } from 'viem/actions';
import { InvalidInputError } from '../errors/LashouError.js';
import type { LashouClient } from '../internal/client.js';
import { sendContractWrite, type WriteResult } from '../internal/write.js';
import { poolOf, read } from './internal.js';

/** Header fields in RLP order (London … Prague); absent trailing fields are left out, as the node hashes them. */
const HEADER_FIELDS = [
  'parentHash', 'sha3Uncles', 'miner', 'stateRoot', 'transactionsRoot', 'receiptsRoot', 'logsBloom', 'difficulty', 'number',
  'gasLimit', 'gasUsed', 'timestamp', 'extraData', 'mixHash', 'nonce', 'baseFeePerGas', 'withdrawalsRoot', 'blobGasUsed',
  'excessBlobGas', 'parentBeaconBlockRoot', 'requestsHash',
] as const;
const QUANTITIES = new Set(['difficulty', 'number', 'gasLimit', 'gasUsed', 'timestamp', 'baseFeePerGas', 'blobGasUsed', 'excessBlobGas']);

/**
 * The RLP-encoded header of block `blockNumber`, checked to hash to the block's hash (what
 * `PrevrandaoSource.fulfill` needs to read a past block's prevrandao).
 * @example
 * const header = await getBlockHeaderRlp(client, { blockNumber: 120n })
 */
export async function getBlockHeaderRlp(client: LashouClient, parameters: { blockNumber: bigint }): Promise<Hex> {
  const block = await read(client, () =>
    client.request({ method: 'eth_getBlockByNumber', params: [toHex(parameters.blockNumber), false] } as never) as Promise<Record<string, Hex | undefined> | null>,
  );
  if (!block) throw new InvalidInputError(`block ${parameters.blockNumber} does not exist yet`, { code: 'randomness.blockMissing', params: { blockNumber: parameters.blockNumber } });
  const fields: Hex[] = [];
  for (const name of HEADER_FIELDS) {
    const value = block[name];
    if (value === undefined || value === null) break;
    fields.push(QUANTITIES.has(name) ? (BigInt(value) === 0n ? '0x' : toHex(BigInt(value))) : value);
  }
  const header = toRlp(fields);
  if (keccak256(header) !== block.hash) {
    throw new InvalidInputError(`could not rebuild the header of block ${parameters.blockNumber} (its hash differs): this node returns header fields the SDK does not know`, { code: 'randomness.headerRebuild', params: { blockNumber: parameters.blockNumber } });
  }
  return header;
}

/** Parameters of {@link fulfilRandomness}. */
export type FulfilRandomnessParameters = { claims: Address; claimId: bigint; account?: Account | Address | undefined };
/** Whether a fulfil was needed and sent. */
export type FulfilRandomnessReturnType = { fulfilled: boolean; result: WriteResult | undefined; requestId: bigint };

/**
 * Fulfils the prevrandao randomness a claim waits for (anyone may): once the target block is mined, reads its
 * header and hands it to the source. Does nothing when the claim waits for none or it is already there (a VRF
 * source fulfils itself).
 * @example
 * await fulfilRandomness(anyClient, { claims, claimId })
 */
export async function fulfilRandomness(client: LashouClient, parameters: FulfilRandomnessParameters): Promise<FulfilRandomnessReturnType> {
  const { claims, claimId } = parameters;
  const [claim, source] = await read(client, () =>
    Promise.all([
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'claim', args: [claimId] }),
      readContract(client, { address: claims, abi: claimsManagerAbi, functionName: 'randomnessSource' }),
    ]),
  );
  const requestId = claim.randomnessRequest;
  if (requestId === 0n) return { fulfilled: false, result: undefined, requestId };
  const [ready] = await read(client, () => readContract(client, { address: source, abi: prevrandaoSourceAbi, functionName: 'randomness', args: [requestId] }));
  if (ready) return { fulfilled: false, result: undefined, requestId };
  const target = await read(client, () => readContract(client, { address: source, abi: prevrandaoSourceAbi, functionName: 'targetBlock', args: [requestId] }));
  const current = await read(client, () => getBlockNumber(client, { cacheTime: 0 }));
  // The transaction lands in a later block than `current`, so the target must be mined already.
  const header = target <= current ? await getBlockHeaderRlp(client, { blockNumber: target }) : '0x';
  const pool = await poolOf(client, claims);
  const result = await sendContractWrite(client, { address: source, abi: prevrandaoSourceAbi, functionName: 'fulfill', args: [requestId, header], account: parameters.account, pool });
  return { fulfilled: true, result, requestId };
}
