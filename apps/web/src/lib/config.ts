import { createContext, useContext } from 'react';
import { getAddress, isAddress, isHex, type Address, type Hex } from 'viem';
import * as z from 'zod/mini';

const address = z.pipe(
  z.string().check(z.refine((value) => isAddress(value, { strict: false }), { message: 'not an address (0x followed by 40 hex digits)' })),
  z.transform((value: string) => getAddress(value) as Address),
);
const privateKey = z.pipe(
  z.string().check(z.refine((value) => isHex(value) && value.length === 66, { message: 'not a 32-byte private key' })),
  z.transform((value: string) => value as Hex),
);

/**
 * What the server of the web app publishes at `/lashou.json`. One build of the app serves any deployment;
 * `devAccounts` is only accepted on the local chain (31337), where anvil's keys are public anyway.
 */
export const runtimeConfigSchema = z
  .object({
    chainId: z.number().check(z.int(), z.positive()),
    chainName: z._default(z.string().check(z.minLength(1)), 'Lashou'),
    rpcUrl: z.url(),
    apiUrl: z.url(),
    explorerUrl: z.optional(z.url()),
    deployment: z.object({
      pool: address,
      token: address,
      testToken: z._default(z.boolean(), false),
      claims: address,
      reports: address,
      registry: address,
      randomness: z.optional(address),
      randomnessKind: z.optional(z.enum(['prevrandao', 'vrf'])),
      claimParameters: z.optional(address),
      hintHelpers: z.optional(address),
      timelock: z.optional(address),
    }),
    devAccounts: z.optional(z.array(z.object({ label: z.string().check(z.minLength(1)), address, privateKey }))),
  })
  .check(
    z.refine((config) => !config.devAccounts || config.chainId === 31337, {
      message: 'devAccounts are only allowed on the local chain (chain id 31337)',
      path: ['devAccounts'],
    }),
  );

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/** Fetches and checks `/lashou.json`; the error says which field is wrong. */
export async function loadRuntimeConfig(url = '/lashou.json'): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch (error) {
    throw new Error(`cannot load ${url}: ${(error as Error).message}. Start the app with npm start, or serve lashou.json next to it.`);
  }
  if (!response.ok) throw new Error(`cannot load ${url}: HTTP ${response.status}. Start the app with npm start, or serve lashou.json next to it.`);
  const parsed = runtimeConfigSchema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(`${url} is not a valid Lashou configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

export const RuntimeConfigContext = createContext<RuntimeConfig | null>(null);

/** The runtime configuration (inside the app, always loaded). */
export function useRuntimeConfig(): RuntimeConfig {
  const config = useContext(RuntimeConfigContext);
  if (!config) throw new Error('useRuntimeConfig outside RuntimeConfigContext');
  return config;
}
