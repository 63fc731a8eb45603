// The address book's shape and its check: pure, safe in browsers. Reading and writing the files lives in
// `@lashou/abi/node` (src/node.ts).
type Hex = `0x${string}`;

/** Where a Lashou deployment lives on one chain: `deployments/<chainId>.json` at the repository root. */
export type Deployment = {
  /** Chain id the contracts live on. */
  chainId: number;
  /** The stablecoin (a TestStablecoin on local and test chains). */
  token: Hex;
  /** Whether `token` is the TestStablecoin deployed with the pool (it has a faucet). */
  testToken: boolean;
  /** The MutualPool. */
  pool: Hex;
  /** The TimelockController that governs the pool. */
  timelock: Hex;
  /** Extra holder of CLAIMS_ROLE (a helper account on local chains; the ClaimsManager always holds it), if any. */
  claimsOperator?: Hex | undefined;
  /** The claims part (absent in records written before it existed). */
  claims?: Hex | undefined;
  /** The FraudReports module. */
  reports?: Hex | undefined;
  /** The WitnessRegistry. */
  registry?: Hex | undefined;
  /** The randomness source of witness draws and its kind. */
  randomness?: Hex | undefined;
  randomnessKind?: 'prevrandao' | 'vrf' | undefined;
  /** The ClaimParameters store. */
  claimParameters?: Hex | undefined;
  /** The WitnessAssignments library linked into the ClaimsManager (records written before the claims libraries). */
  witnessAssignments?: Hex | undefined;
  /** The external libraries linked into the ClaimsManager, by name (ClaimWitnesses, ClaimReviews, ClaimPayouts). */
  libraries?: Record<string, Hex> | undefined;
  /** Holder of the timelock's PROPOSER_ROLE and CANCELLER_ROLE (a multisig in production). */
  governance?: Hex | undefined;
  /** The HintHelpers view contract: computes sorted-list position hints in one call (no roles, no funds; absent in
   *  records written before it existed). */
  hintHelpers?: Hex | undefined;
  /** Holder of OPERATOR_ROLE on ClaimsManager and FraudReports (a multisig in production). */
  operator?: Hex | undefined;
  /** Block in which the pool was deployed (indexers start there). */
  blockNumber: number;
  /** Pool parameters at deployment, in seconds and token units (decimal strings). */
  parameters: {
    epochLength: number;
    waitingPeriod: number;
    minimumBalance: string;
    governanceDelay: number;
    /** The exit notice at deployment, in seconds (absent in records written before it was recorded). */
    exitNotice?: number | undefined;
  };
  /** Who deployed, and when (ISO 8601). */
  deployer: Hex;
  deployedAt: string;
};

const isAddress = (value: unknown): value is Hex => typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value);

/** Checks that `value` is a deployment record, naming the first field that is wrong. */
export function parseDeployment(value: unknown, source = 'deployment'): Deployment {
  const fail = (what: string): never => {
    throw new Error(`${source} is not a Lashou deployment record: ${what}`);
  };
  if (typeof value !== 'object' || value === null) return fail('expected a JSON object');
  const record = value as Record<string, unknown>;
  if (!Number.isSafeInteger(record.chainId) || (record.chainId as number) <= 0) fail('chainId must be a positive integer');
  for (const field of ['token', 'pool', 'timelock', 'deployer'] as const) {
    if (!isAddress(record[field])) fail(`${field} must be a 0x-prefixed 20-byte address`);
  }
  for (const field of ['claimsOperator', 'claims', 'reports', 'registry', 'randomness', 'claimParameters', 'witnessAssignments', 'hintHelpers', 'operator', 'governance'] as const) {
    if (record[field] !== undefined && !isAddress(record[field])) fail(`${field} must be a 0x-prefixed 20-byte address`);
  }
  if (record.libraries !== undefined) {
    if (typeof record.libraries !== 'object' || record.libraries === null) fail('libraries must be an object of addresses');
    for (const [name, address] of Object.entries(record.libraries as Record<string, unknown>)) {
      if (!isAddress(address)) fail(`libraries.${name} must be a 0x-prefixed 20-byte address`);
    }
  }
  if (record.randomnessKind !== undefined && record.randomnessKind !== 'prevrandao' && record.randomnessKind !== 'vrf') fail('randomnessKind must be prevrandao or vrf');
  if (!Number.isSafeInteger(record.blockNumber)) fail('blockNumber must be an integer');
  if (typeof record.testToken !== 'boolean') fail('testToken must be true or false');
  const parameters = record.parameters as Record<string, unknown> | undefined;
  if (
    typeof parameters !== 'object' ||
    parameters === null ||
    !Number.isSafeInteger(parameters.epochLength) ||
    !Number.isSafeInteger(parameters.waitingPeriod) ||
    !Number.isSafeInteger(parameters.governanceDelay) ||
    typeof parameters.minimumBalance !== 'string' ||
    !/^\d+$/.test(parameters.minimumBalance) ||
    (parameters.exitNotice !== undefined && !Number.isSafeInteger(parameters.exitNotice))
  ) {
    fail('parameters must hold epochLength, waitingPeriod, governanceDelay (seconds) and minimumBalance (a decimal string)');
  }
  if (typeof record.deployedAt !== 'string') fail('deployedAt must be an ISO 8601 date');
  return record as unknown as Deployment;
}
