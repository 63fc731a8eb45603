export { startAnvil, findFreePort, type StartAnvilParameters, type StartAnvilReturnType } from './startAnvil.js';
export { ANVIL_MNEMONIC, anvilDevKey, demoMemberKey, demoWitnessKey } from './devAccounts.js';
export { startTestChain, walletFor, localChain, type TestChain, type TestWalletClient } from './testChain.js';
export { countingTransport, type RpcCounter, type RpcRequestRecord } from './countingTransport.js';
