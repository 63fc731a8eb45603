// The main entry is browser-safe: nothing here (or below it) imports node:*. Files, processes and local chains
// (saveIdentity, loadIdentity, hashDocument, deployLashou with deploymentsDir, startAnvil, ...) are in
// `@lashou/sdk/node`; a test bundles this file for the browser to keep it so.
// Errors
export { LashouError, InvalidInputError, AccountRequiredError, RpcUnreachableError, NoContractCodeError, TransactionFailedError, TokenRefusedError, type LashouErrorOptions, type LashouErrorParams } from './errors/LashouError.js';
export { classifyTokenReason, tokenErrorsAbi, PANIC_REASONS, type TokenAction, type TokenRefusalCode, type TokenRefusalParams } from './errors/tokenErrors.js';
export { CLAIM_STATES, REVIEW_REASONS, REPORT_OUTCOMES, CLAIM_PARAMETERS } from './errors/contractErrors.js';
export { LashouContractError, isContractError, type KnownContractErrorName, type KnownContractErrorArgs, toLashouError, errorExplainers, contractErrorsAbi, ROLE_NAMES, type ErrorContext, type ErrorExplainer } from './errors/contractErrors.js';
export { type ErrorExplainerContext } from './errors/contractErrors.js';
export { errorExplainersZh, CLAIM_STATES_ZH, REVIEW_REASONS_ZH } from './errors/contractErrors.zh.js';
export { messagesZh, type MessageRenderer, type MessageFormatting } from './errors/messages.zh.js';
export { describeError, type DescribeErrorOptions, type DescribeErrorReturnType } from './errors/describeError.js';
export { redactUrl, redactSecrets } from './errors/redact.js';
// Money
export { parseAmount, type ParseAmountParameters, type ParseAmountReturnType } from './amounts/parseAmount.js';
export { formatAmount, type FormatAmountParameters, type FormatAmountReturnType } from './amounts/formatAmount.js';
export { formatTimestamp, isoTimestamp, setTimestampFormat, type TimestampFormat } from './amounts/formatTimestamp.js';
// Identity and documents
export { parseResidentId, residentIdCheckCharacter, PROVINCE_CODES, type ResidentId } from './identity/residentId.js';
export { IDENTITY_VERSION, DOCUMENT_TYPES, type DocumentType, type IdentityInput, type IdentitySecret, normaliseName, normaliseDocumentNumber, normaliseIdentity, encodeIdentity, computeIdentityCommitment, generateSalt } from './identity/encodeIdentity.js';
export { createIdentity, type CreateIdentityParameters, type CreateIdentityReturnType } from './identity/createIdentity.js';
export { personKey, normalisePersonKey, type PersonKey, type PersonKeyOptions } from './identity/personKey.js';
export { isWellFormedText } from './identity/wellFormed.js';
export { SALT_WARNING } from './identity/saltWarning.js';
export { hashBytes, type HashBytesReturnType } from './documents/hashBytes.js';
export { hashBlob, type HashBlobParameters, type HashBlobReturnType } from './documents/hashBlob.js';
// Clients
export type { LashouClient } from './internal/client.js';
export type { WriteResult } from './internal/write.js';
// Member actions
export { getRoleCensus, type GetRoleCensusParameters, type GetRoleCensusReturnType, type RoleHolding } from './actions/getRoleCensus.js';
export { joinPool, type JoinPoolParameters, type JoinPoolReturnType } from './actions/joinPool.js';
export { joinPoolWithPermit, type JoinPoolWithPermitParameters, type JoinPoolWithPermitReturnType } from './actions/joinPoolWithPermit.js';
export { topUpBalance, type TopUpBalanceParameters, type TopUpBalanceReturnType } from './actions/topUpBalance.js';
export { requestExit, type RequestExitParameters, type RequestExitReturnType } from './actions/requestExit.js';
export { withdrawBalance, type WithdrawBalanceParameters, type WithdrawBalanceReturnType } from './actions/withdrawBalance.js';
export { getMember, MEMBER_STATUSES, type MemberStatus, type GetMemberParameters, type GetMemberReturnType } from './actions/getMember.js';
export { findCommitmentHolder, type CommitmentHolder } from './actions/findCommitmentHolder.js';
// Anyone
export { settleEpoch, type SettleEpochParameters, type SettleEpochReturnType } from './actions/settleEpoch.js';
export { processLapses, type ProcessLapsesParameters, type ProcessLapsesReturnType } from './actions/processLapses.js';
export { releasePayout, type ReleasePayoutParameters, type ReleasePayoutReturnType } from './actions/releasePayout.js';
export { getPendingMoney, type GetPendingMoneyParameters, type GetPendingMoneyReturnType } from './actions/getPendingMoney.js';
export { payOwedStake, type PayOwedStakeParameters, type PayOwedStakeReturnType } from './witnesses/payOwedStake.js';
export { findPositionHint, type FindPositionHintParameters, type FindPositionHintReturnType, type HintFallback } from './actions/findPositionHint.js';
// Modules, admins, readers
export { getPool, type GetPoolParameters, type GetPoolReturnType, type QueuedPayment } from './actions/getPool.js';
export { queuePayment, type QueuePaymentParameters, type QueuePaymentReturnType } from './actions/queuePayment.js';
export { creditMembers, type CreditMembersParameters, type CreditMembersReturnType } from './actions/creditMembers.js';
export { grantPoolRole, type GrantPoolRoleParameters, type GrantPoolRoleReturnType, type PoolRole } from './actions/grantPoolRole.js';
export { deployLashou, deployerPowers, type DeployerPower, linkBytecode, defaultClaimParameters, CLAIM_PARAMETER_NAMES, SETTLEMENT_SLACK, type ClaimParameterName, type DeployLashouParameters, type DeployLashouReturnType } from './actions/deployLashou.js';
// Claims: claimant, notary, operator, anyone
export { fileClaim, type FileClaimParameters, type FileClaimReturnType } from './claims/fileClaim.js';
export { signDiagnosis, diagnosisDomain, diagnosisTypes, type SignDiagnosisParameters, type SignDiagnosisReturnType } from './claims/signDiagnosis.js';
export {
  DIAGNOSIS_ATTESTATION_KIND, DIAGNOSIS_ATTESTATION_VERSION, createDiagnosisAttestation, readDiagnosisAttestation, verifyDiagnosisAttestation,
  type DiagnosisAttestation, type DiagnosisAttestationProblem,
} from './claims/diagnosisAttestation.js';
export { computeNullifier, NULLIFIER_VERSION, type ComputeNullifierParameters, type ComputeNullifierReturnType } from './claims/computeNullifier.js';
export { checkRetiredNullifiers, type CheckRetiredNullifiersParameters, type CheckRetiredNullifiersReturnType, type RetiredOperatorSecret } from './claims/checkRetiredNullifiers.js';
export { reviewClaim, REJECTION_REASONS, type RejectionReason, type ReviewClaimParameters, type ReviewClaimReturnType } from './claims/reviewClaim.js';
export { arbitrateClaim, type ArbitrateClaimParameters, type ArbitrateClaimReturnType } from './claims/arbitrateClaim.js';
export { setNotary, type SetNotaryParameters, type SetNotaryReturnType } from './claims/setNotary.js';
export { acceptWitness, type AcceptWitnessParameters, type AcceptWitnessReturnType } from './claims/acceptWitness.js';
export { declineWitness, type DeclineWitnessParameters, type DeclineWitnessReturnType } from './claims/declineWitness.js';
export { attestClaim, type AttestClaimParameters, type AttestClaimReturnType } from './claims/attestClaim.js';
export { drawWitnesses, type DrawWitnessesParameters, type DrawWitnessesReturnType } from './claims/drawWitnesses.js';
export { fulfilRandomness, getBlockHeaderRlp, type FulfilRandomnessParameters, type FulfilRandomnessReturnType } from './claims/fulfilRandomness.js';
export { replaceWitness, type ReplaceWitnessParameters, type ReplaceWitnessReturnType } from './claims/replaceWitness.js';
export { approveClaim, type ApproveClaimParameters, type ApproveClaimReturnType } from './claims/approveClaim.js';
export { markClaimPaid, type MarkClaimPaidParameters, type MarkClaimPaidReturnType } from './claims/markClaimPaid.js';
export { releaseStakes, type ReleaseStakesParameters, type ReleaseStakesReturnType } from './claims/releaseStakes.js';
export { expireClaim, type ExpireClaimParameters, type ExpireClaimReturnType } from './claims/expireClaim.js';
export { creditPendingNoShow, type CreditPendingNoShowParameters, type CreditPendingNoShowReturnType } from './claims/creditPendingNoShow.js';
export { advanceClaim, type AdvanceClaimParameters, type AdvanceClaimReturnType } from './claims/advanceClaim.js';
export { getClaim, SLOT_STATUSES, type ClaimState, type ReviewReason, type SlotStatus, type WitnessSlotView, type GetClaimParameters, type GetClaimReturnType } from './claims/getClaim.js';
export { getClaimPayment, type GetClaimPaymentParameters, type GetClaimPaymentReturnType, type ClaimPaymentLine } from './claims/getClaimPayment.js';
export { listClaims, type ListClaimsParameters, type ListClaimsReturnType } from './claims/listClaims.js';
export { getClaimCount, type GetClaimCountParameters } from './claims/getClaimCount.js';
export { getClaimantCommitment, type GetClaimantCommitmentParameters, type GetClaimantCommitmentReturnType } from './claims/getClaimantCommitment.js';
// Witnesses
export { stakeWitness, type StakeWitnessParameters, type StakeWitnessReturnType } from './witnesses/stakeWitness.js';
export { requestUnstake, type RequestUnstakeParameters, type RequestUnstakeReturnType } from './witnesses/requestUnstake.js';
export { activateWitness, type ActivateWitnessParameters, type ActivateWitnessReturnType } from './witnesses/activateWitness.js';
export { withdrawStake, type WithdrawStakeParameters, type WithdrawStakeReturnType } from './witnesses/withdrawStake.js';
export { getWitness, stakeTier, WITNESS_TIERS, type GetWitnessParameters, type GetWitnessReturnType } from './witnesses/getWitness.js';
export { getWitnessAssignments, type GetWitnessAssignmentsParameters, type GetWitnessAssignmentsReturnType, type WitnessAssignment, type WitnessTodo } from './witnesses/getWitnessAssignments.js';
// Witness draws: recompute and verify (docs/witness-draw.md)
export { drawSeed, type DrawSeedParameters, type DrawSeedReturnType } from './witnesses/drawSeed.js';
export { recomputeDraw, type RecomputeDrawParameters, type RecomputeDrawReturnType } from './witnesses/recomputeDraw.js';
export { lockTier, drawUnion } from './witnesses/drawCore.js';
export { applyDrawFallback, countAvailable, type ApplyDrawFallbackParameters, type ApplyDrawFallbackReturnType } from './witnesses/applyDrawFallback.js';
export { verifyDraw, type VerifyDrawParameters, type VerifyDrawReturnType, type VerifyDrawCheck, type VerifyDrawCheckName } from './witnesses/verifyDraw.js';
export { getDrawInputs, type GetDrawInputsParameters, type GetDrawInputsReturnType } from './witnesses/getDrawInputs.js';
// Fraud reports: supervisor, operator
export { reportFraud, reportCommitment, revealEvidence, type ReportFraudParameters, type ReportFraudReturnType, type RevealEvidenceParameters } from './reports/reportFraud.js';
export { resolveReport, type ResolveReportParameters, type ResolveReportReturnType } from './reports/resolveReport.js';
export { recordRecovery, type RecordRecoveryParameters, type RecordRecoveryReturnType } from './reports/recordRecovery.js';
export { withdrawOperatorFees, type WithdrawOperatorFeesParameters, type WithdrawOperatorFeesReturnType } from './reports/withdrawOperatorFees.js';
export { getReport, type GetReportParameters, type GetReportReturnType } from './reports/getReport.js';
export { expireReport, type ExpireReportParameters, type ExpireReportReturnType } from './reports/expireReport.js';
export { releaseReportRefund, type ReleaseReportRefundParameters, type ReleaseReportRefundReturnType } from './reports/releaseReportRefund.js';
export { creditPendingReport, type CreditPendingReportParameters, type CreditPendingReportReturnType } from './reports/creditPendingReport.js';
export { getReportBond, getReportRefund, type GetReportBondParameters, type GetReportRefundParameters } from './reports/getReportBond.js';
export { listClaimReports, type ListClaimReportsParameters } from './reports/listClaimReports.js';
// Token
export { getTokenInfo, type GetTokenInfoParameters, type GetTokenInfoReturnType } from './actions/getTokenInfo.js';
export { getTokenBalance, type GetTokenBalanceParameters, type GetTokenBalanceReturnType } from './actions/getTokenBalance.js';
export { requestTestTokens, type RequestTestTokensParameters, type RequestTestTokensReturnType } from './actions/requestTestTokens.js';
export { getPermitSupport, resolvePermitSupport, permitDomainSeparator, type GetPermitSupportParameters, type GetPermitSupportReturnType, type PermitKind, type PermitDomain, type PermitDomainSource, type PermitProbe } from './tokens/getPermitSupport.js';
export { approveToken, type ApproveTokenParameters, type ApproveTokenReturnType } from './tokens/approveToken.js';
export { erc20Abi, permitProbeAbi, eip2612PermitAbi, allowPermitAbi, EIP2612_PERMIT_TYPEHASH, ALLOW_PERMIT_TYPEHASH } from './tokens/tokenAbis.js';
// Keeper: every permissionless step, as soon as it is allowed
export { nextClaimStep, type ClaimStepKind, type ClaimWaitingFor, type ClaimRandomnessView, type NextClaimStepParameters, type NextClaimStepReturnType } from './keeper/nextClaimStep.js';
export {
  findKeeperSteps, createKeeperScanMemo, KEEPER_STEP_GROUPS, DEFERRED_STEP_KINDS, type DeferredStepKind, type KeeperStep, type KeeperStepGroup, type KeeperStepKind, type KeeperWaitingFor, type KeeperDeployment, type KeeperScanMemo,
  type FindKeeperStepsParameters, type FindKeeperStepsReturnType,
} from './keeper/findKeeperSteps.js';
export { takeKeeperStep, DEFAULT_KEEPER_MAX_GAS, DEFAULT_KEEPER_LAPSE_STEPS, type TakeKeeperStepParameters, type TakeKeeperStepReturnType } from './keeper/takeKeeperStep.js';
export { getKeeperSpending, type GetKeeperSpendingParameters, type GetKeeperSpendingReturnType } from './keeper/getKeeperSpending.js';
export { createKeeper, type CreateKeeperParameters, type Keeper, type KeeperLogEntry, type KeeperMetrics, type KeeperStepMetric, type KeeperTickResult } from './keeper/createKeeper.js';
export { formatKeeperLog } from './keeper/formatKeeperLog.js';
export { getClaimRandomness, type GetClaimRandomnessParameters } from './keeper/getClaimRandomness.js';
export { getClaimStepContext, type GetClaimStepContextParameters, type GetClaimStepContextReturnType } from './keeper/getClaimStepContext.js';
