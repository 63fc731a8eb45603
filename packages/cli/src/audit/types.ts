// The shapes shared by the parts of `lashou audit`. The audit is a second, independent implementation of the
// protocol's accounting (docs/audit.md): it reads the chain's logs and views only, and shares no code with the
// indexer.
import type { Address, Hex } from 'viem';

/** Which contract of a deployment a log came from. */
export type AuditContract = 'pool' | 'claims' | 'reports' | 'registry' | 'parameters' | 'source';

/** One decoded log, in chain order (blockNumber, then logIndex). */
export type AuditLog = {
  contract: AuditContract;
  address: Address;
  eventName: string;
  args: Record<string, unknown>;
  blockNumber: bigint;
  logIndex: number;
  transactionIndex: number;
  transactionHash: Hex;
};

/** The deployment as the chain announces it (the wiring and configuration events), never a file's say-so. */
export type Wiring = {
  chainId: number;
  pool: Address;
  claims: Address;
  reports: Address;
  registry: Address;
  parameters: Address;
  token: Address;
  randomnessSource: Address;
  randomness: { kind: 'prevrandao'; delay: bigint } | { kind: 'vrf'; coordinator: Address; requestTimeout: bigint };
  /** The block the audit reads up to (inclusive): every view is read at this block too. */
  toBlock: bigint;
  /** The first block with a log of the deployment. */
  fromBlock: bigint;
};

/** One difference: an item whose recomputed value is not what a source says. */
export type Difference = {
  /** e.g. "member", "epoch", "claim", "report", "witness", "draw", "reserve", "conservation". */
  area: string;
  /** Which one, e.g. the member's address, "epoch 12", "claim 7", "draw 2 of claim 7". */
  item: string;
  /** The field compared, e.g. "balance", "share", "witnesses". */
  field: string;
  /** Where the other value came from. */
  source: 'contract' | 'api' | 'events';
  /** The audit's own recomputation. */
  recomputed: string;
  /** What the source says. */
  reported: string;
};

/** What one part of the audit checked. */
export type Section = {
  area: string;
  /** Items checked (members, epochs, claims, draws, …). */
  items: number;
  /** Individual comparisons made. */
  comparisons: number;
  differences: Difference[];
  /** Facts worth a reader's attention that are not differences (e.g. a draw re-requested after an expiry). */
  notes: string[];
};
