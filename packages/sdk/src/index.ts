// Errors
export { LashouError, InvalidInputError, AccountRequiredError, RpcUnreachableError, NoContractCodeError, TransactionFailedError, type LashouErrorOptions } from './errors/LashouError.js';
export { LashouContractError, isContractError, type KnownContractErrorName, type KnownContractErrorArgs, toLashouError, errorExplainers, contractErrorsAbi, ROLE_NAMES, type ErrorContext, type ErrorExplainer } from './errors/contractErrors.js';
// Money
export { parseAmount, type ParseAmountParameters, type ParseAmountReturnType } from './amounts/parseAmount.js';
export { formatAmount, type FormatAmountParameters, type FormatAmountReturnType } from './amounts/formatAmount.js';
// Identity and documents
export { parseResidentId, residentIdCheckCharacter, PROVINCE_CODES, type ResidentId } from './identity/residentId.js';
export { IDENTITY_VERSION, DOCUMENT_TYPES, type DocumentType, type IdentityInput, type IdentitySecret, normaliseName, normaliseDocumentNumber, normaliseIdentity, encodeIdentity, computeIdentityCommitment, generateSalt } from './identity/encodeIdentity.js';
export { createIdentity, type CreateIdentityParameters, type CreateIdentityReturnType } from './identity/createIdentity.js';
export { saveIdentity, loadIdentity, SALT_WARNING, type SaveIdentityParameters } from './identity/identityStore.js';
export { hashDocument, type HashDocumentParameters, type HashDocumentReturnType } from './documents/hashDocument.js';
// Clients
export type { LashouClient } from './internal/client.js';
export type { WriteResult } from './internal/write.js';
// Member actions
export { joinPool, type JoinPoolParameters, type JoinPoolReturnType } from './actions/joinPool.js';
export { joinPoolWithPermit, type JoinPoolWithPermitParameters, type JoinPoolWithPermitReturnType } from './actions/joinPoolWithPermit.js';
export { topUpBalance, type TopUpBalanceParameters, type TopUpBalanceReturnType } from './actions/topUpBalance.js';
export { requestExit, type RequestExitParameters, type RequestExitReturnType } from './actions/requestExit.js';
export { withdrawBalance, type WithdrawBalanceParameters, type WithdrawBalanceReturnType } from './actions/withdrawBalance.js';
export { getMember, MEMBER_STATUSES, type MemberStatus, type GetMemberParameters, type GetMemberReturnType } from './actions/getMember.js';
// Anyone
export { settleEpoch, type SettleEpochParameters, type SettleEpochReturnType } from './actions/settleEpoch.js';
export { processLapses, type ProcessLapsesParameters, type ProcessLapsesReturnType } from './actions/processLapses.js';
export { claimPayout, type ClaimPayoutParameters, type ClaimPayoutReturnType } from './actions/claimPayout.js';
export { findPositionHint, type FindPositionHintParameters, type FindPositionHintReturnType } from './actions/findPositionHint.js';
// Modules, admins, readers
export { getPool, type GetPoolParameters, type GetPoolReturnType, type QueuedPayment } from './actions/getPool.js';
export { queuePayment, type QueuePaymentParameters, type QueuePaymentReturnType } from './actions/queuePayment.js';
export { creditMembers, type CreditMembersParameters, type CreditMembersReturnType } from './actions/creditMembers.js';
export { grantPoolRole, type GrantPoolRoleParameters, type GrantPoolRoleReturnType, type PoolRole } from './actions/grantPoolRole.js';
export { deployLashou, type DeployLashouParameters, type DeployLashouReturnType } from './actions/deployLashou.js';
// Token
export { getTokenInfo, type GetTokenInfoParameters, type GetTokenInfoReturnType } from './actions/getTokenInfo.js';
export { getTokenBalance, type GetTokenBalanceParameters, type GetTokenBalanceReturnType } from './actions/getTokenBalance.js';
export { requestTestTokens, type RequestTestTokensParameters, type RequestTestTokensReturnType } from './actions/requestTestTokens.js';
