import { type Deployment, claimParametersAbi, claimsManagerAbi, fraudReportsAbi, mutualPoolAbi, prevrandaoSourceAbi, timelockControllerAbi, vrfSourceAbi, witnessRegistryAbi } from '@lashou/abi';
import { type Address, type Hex, getAddress, keccak256, parseAbiItem, toHex, zeroAddress } from 'viem';
import { getLogs, getStorageAt, readContract } from 'viem/actions';
import { toLashouError } from '../errors/contractErrors.js';
import { type LashouClient, transportUrl } from '../internal/client.js';

/** One power in a deployed protocol: a role on an AccessControl contract, or an owner / pending owner. */
export type RoleHolding = {
  /** The contract's name in the deployment (`pool`, `claims`, `timelock`, ...). */
  contract: string;
  address: Address;
  /** The role's name (`DEFAULT_ADMIN_ROLE`, `PROPOSER_ROLE`, ...), or `owner` / `pendingOwner`. */
  role: string;
  /** Who holds it (`0x000…0` for a role open to anyone, as the timelock's EXECUTOR_ROLE). */
  holder: Address;
};

/** Parameters of {@link getRoleCensus}. */
export type GetRoleCensusParameters = {
  deployment: Deployment;
  /** First block to read role events from (default: the deployment's block). */
  fromBlock?: bigint | undefined;
};

/** Every power in the deployment, and those the deployer still holds. */
export type GetRoleCensusReturnType = { holdings: RoleHolding[]; deployerHoldings: RoleHolding[] };

const ROLE_NAMES = [
  'DEFAULT_ADMIN_ROLE', 'GOVERNOR_ROLE', 'CLAIMS_ROLE', 'CREDITOR_ROLE', 'OPERATOR_ROLE', 'REPORTS_ROLE', 'CONSUMER_ROLE',
  'PROPOSER_ROLE', 'CANCELLER_ROLE', 'EXECUTOR_ROLE',
] as const;
const roleId = (name: string): Hex => (name === 'DEFAULT_ADMIN_ROLE' ? `0x${'0'.repeat(64)}` : keccak256(toHex(name)));
const roleGranted = parseAbiItem('event RoleGranted(bytes32 indexed role, address indexed account, address indexed sender)');
const roleRevoked = parseAbiItem('event RoleRevoked(bytes32 indexed role, address indexed account, address indexed sender)');
/** Chainlink's ConfirmedOwnerWithProposal keeps the pending owner in slot 1 (slot 0 is the owner). */
const PENDING_OWNER_SLOT = 1n;

/**
 * Who holds every power in a deployment: replays each contract's `RoleGranted`/`RoleRevoked` events, confirms each
 * holder with `hasRole` at the latest block, and reads the VRF source's Chainlink `owner()` and pending owner. A
 * production deployment leaves nothing with the deployer (`deployerHoldings` empty).
 * @example
 * const { holdings, deployerHoldings } = await getRoleCensus(client, { deployment })
 */
export async function getRoleCensus(client: LashouClient, parameters: GetRoleCensusParameters): Promise<GetRoleCensusReturnType> {
  const { deployment } = parameters;
  const rpcUrl = transportUrl(client);
  const contracts: [string, Address | undefined, readonly unknown[]][] = [
    ['timelock', deployment.timelock, timelockControllerAbi],
    ['pool', deployment.pool, mutualPoolAbi],
    ['registry', deployment.registry, witnessRegistryAbi],
    ['randomness', deployment.randomness, deployment.randomnessKind === 'vrf' ? vrfSourceAbi : prevrandaoSourceAbi],
    ['claimParameters', deployment.claimParameters, claimParametersAbi],
    ['claims', deployment.claims, claimsManagerAbi],
    ['reports', deployment.reports, fraudReportsAbi],
  ];
  const names = new Map(ROLE_NAMES.map((name) => [roleId(name), name]));
  const holdings: RoleHolding[] = [];
  try {
    for (const [contract, address, abi] of contracts) {
      if (!address) continue;
      const fromBlock = parameters.fromBlock ?? BigInt(deployment.blockNumber);
      const [granted, revoked] = await Promise.all([
        getLogs(client, { address, event: roleGranted, fromBlock }),
        getLogs(client, { address, event: roleRevoked, fromBlock }),
      ]);
      const candidates = new Map<string, { role: Hex; account: Address }>();
      for (const log of [...granted, ...revoked]) {
        const role = log.args.role as Hex;
        const account = getAddress(log.args.account as Address);
        candidates.set(`${role}:${account}`, { role, account });
      }
      for (const { role, account } of candidates.values()) {
        const held = await readContract(client, { address, abi: abi as never, functionName: 'hasRole', args: [role, account] } as never);
        if (held) holdings.push({ contract, address, role: names.get(role) ?? role, holder: account });
      }
      if (contract === 'randomness' && deployment.randomnessKind === 'vrf') {
        const owner = (await readContract(client, { address, abi: vrfSourceAbi, functionName: 'owner' })) as Address;
        holdings.push({ contract, address, role: 'owner', holder: getAddress(owner) });
        const slot = await getStorageAt(client, { address, slot: toHex(PENDING_OWNER_SLOT, { size: 32 }) });
        const pending = getAddress(`0x${(slot ?? '0x').slice(-40).padStart(40, '0')}`);
        if (pending !== zeroAddress) holdings.push({ contract, address, role: 'pendingOwner', holder: pending });
      }
    }
  } catch (error) {
    throw toLashouError(error, { rpcUrl });
  }
  const deployer = getAddress(deployment.deployer);
  return { holdings, deployerHoldings: holdings.filter((h) => h.holder === deployer) };
}
