import { createContext, useContext } from 'react';
import { getAddress, isAddress, isHex, type Address, type Hex } from 'viem';
import { z } from 'zod';

const address = z
  .string()
  .refine((value) => isAddress(value, { strict: false }), { message: 'not an address (0x followed by 40 hex digits)' })
  .transform((value) => getAddress(value) as Address);
const privateKey = z.string().refine((value) => isHex(value) && value.length === 66, { message: 'not a 32-byte private key' }).transform((v) => v as Hex);

/**
 * What the server of the web app publishes at `/lashou.json`. One build of the app serves any deployment;
 * `devAccounts` is only accepted on the local chain (31337), where anvil's keys are public anyway.
 */
export const runtimeConfigSchema = z
  .object({
    chainId: z.number().int().positive(),
    chainName: z.string().min(1).default('Lashou'),
    rpcUrl: z.url(),
    apiUrl: z.url(),
    explorerUrl: z.url().optional(),
    deployment: z.object({
      pool: address,
      token: address,
      testToken: z.boolean().default(false),
      claims: address,
      reports: address,
      registry: address,
      randomness: address.optional(),
      randomnessKind: z.enum(['prevrandao', 'vrf']).optional(),
      claimParameters: address.optional(),
      hintHelpers: address.optional(),
      timelock: address.optional(),
    }),
    devAccounts: z
      .array(z.object({ label: z.string().min(1), address, privateKey }))
      .optional(),
  })
  .refine((config) => !config.devAccounts || config.chainId === 31337, {
    message: 'devAccounts are only allowed on the local chain (chain id 31337)',
    path: ['devAccounts'],
  });

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
