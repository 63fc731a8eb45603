declare module '@lashou/contracts/bin/foundry.mjs' {
  /** Absolute path of a Foundry binary shipped in `@foundry-rs/<tool>-<platform>`. */
  export function foundryBinary(tool: 'forge' | 'anvil' | 'cast'): string;
}
