import type { Hex } from 'viem';
import { formatAmount } from '../amounts/formatAmount.js';
import { AMOUNT_PARAMETERS, CLAIM_PARAMETERS, CLAIM_STATES, MEMBER_STATUS, REPORT_OUTCOMES, REVIEW_REASONS, ROLE_NAMES, type ErrorExplainer, big, bytes32Text, commitmentHolder, parameterName, when } from './contractErrors.js';

// The Chinese (zh-CN) twin of `errorExplainers`: the same facts and the same advice, row for row. A test fails
// when an English row has no Chinese one. Terms follow the project's glossary: 互助 mutual aid, 会员 member,
// 观察期 waiting period, 见证人 witness, 监督人 supervisor, 公示 public announcement, 运营方 operator,
// 公证处 notary, 质押 stake, 罚没 slash. CLI commands, role and parameter names stay as typed.

/** `MemberStatus` in Chinese, by name. */
const MEMBER_STATUS_ZH: Record<(typeof MEMBER_STATUS)[number], string> = {
  None: '未加入', Waiting: '观察期中', Covered: '保障中', ExitRequested: '已申请退出', Lapsed: '已失效', Exited: '已退出',
};

/** `ClaimState` in Chinese, by name. */
export const CLAIM_STATES_ZH: Record<(typeof CLAIM_STATES)[number], string> = {
  None: '不存在', Filed: '已提交', Reviewed: '已审核', WitnessesDrawn: '已抽取见证人', Attested: '已作证', Announced: '公示中',
  Approved: '已批准', Paid: '已支付', Rejected: '已拒绝', UnderArbitration: '仲裁中', UnderInvestigation: '调查中', FraudConfirmed: '已确认欺诈',
};

/** `ReviewReason` in Chinese, by name. */
export const REVIEW_REASONS_ZH: Record<(typeof REVIEW_REASONS)[number], string> = {
  None: '无', WaitingPeriod: '在观察期内', NotCoveredIllness: '疾病不在保障范围内', DocumentsInvalid: '材料无效', DuplicatePerson: '同一人重复申请',
  IdentityMismatch: '身份不符', AmountUnsupported: '金额缺乏依据', Other: '其他', ReviewTimedOut: '审核超时', WitnessesUnavailable: '没有可用的见证人',
  WitnessRejected: '见证人否决', ArbitrationTimedOut: '仲裁超时', FraudConfirmed: '确认欺诈', RunOffEnded: '清盘期已结束',
  PersonExpelled: '此人因欺诈已被除名',
};

/** `ReportOutcome` in Chinese, by name. */
const REPORT_OUTCOMES_ZH: Record<(typeof REPORT_OUTCOMES)[number], string> = {
  Open: '处理中', Confirmed: '已确认', Dismissed: '已驳回', Expired: '已过期', Superseded: '已由其他举报了结',
};

/** What to do next for a claim in each state, in Chinese (the twin of `NEXT_STEP`). */
export const NEXT_STEP_ZH: Record<(typeof CLAIM_STATES)[number], string> = {
  None: '没有这笔理赔：请核对理赔编号（lashou claim list）',
  Filed: '它正在等待运营方审核（lashou operator review）',
  Reviewed: '下一步是抽取见证人（lashou claim advance）',
  WitnessesDrawn: '被抽中的见证人接受并作证（lashou witness accept / attest）；空缺的见证人由 lashou claim advance 补抽',
  Attested: '下一步进入公示',
  Announced: '公示期结束后任何人都可以批准它（lashou claim approve）',
  Approved: '它在每次结算时分期支付（lashou pool settle），直到支付期限；全额付清后，或期限过后（届时未付部分取消），执行 lashou claim mark-paid 结束支付',
  Paid: '它已支付；之后只剩欺诈举报（lashou report file）或释放质押',
  Rejected: '它已结案（被拒绝）',
  UnderArbitration: '有见证人否决了它：由运营方仲裁（lashou operator arbitrate）',
  UnderInvestigation: '它有尚未处理的欺诈举报：由运营方逐一处理（lashou operator resolve-report），过了期限的举报任何人都可以让它过期（lashou report expire）；全部了结后理赔继续',
  FraudConfirmed: '它已结案（确认欺诈）',
};

/** A number of seconds, with days when it is at least one (`3196800 秒（37 天）`). */
const seconds = (value: unknown) => {
  const s = big(value);
  if (s < 86_400n) return `${s} 秒`;
  const days = Number(s) / 86_400;
  return `${s} 秒（${Number.isInteger(days) ? days : days.toFixed(2)} 天）`;
};

const label = <T extends string>(names: readonly T[], table: Record<T, string>, value: unknown) => {
  const name = names[Number(value)];
  return name === undefined ? String(value) : table[name];
};

/** The Chinese decoder table: contract error name → explanation, the twin of `errorExplainers`. */
export const errorExplainersZh: Record<string, ErrorExplainer> = {
  // ── MutualPool ──
  PoolAlreadyMember: ([member]) => `${member} 已是本互助池的会员：如需增加余额请充值；如要重新加入，请先退出并提取余额`,
  PoolNotMember: ([member, status]) => {
    const name = MEMBER_STATUS[Number(status)];
    switch (name) {
      case 'None':
        return `${member} 不是本互助池的会员：请先加入（lashou member join）`;
      case 'Waiting':
      case 'Covered':
        return `${member} 是在册会员（${MEMBER_STATUS_ZH[name]}）：请先申请退出（lashou member exit），退出所在周期结算后再提取`;
      case 'ExitRequested':
        return `${member} 已申请退出：在退出所在周期结算之前不能做其他操作；结算后请提取余额（lashou member withdraw）`;
      case 'Lapsed':
        return `${member} 已失效（余额低于最低额）：充值即可重新加入，但需重新经过观察期；也可以提取剩余余额`;
      default:
        return `${member} 已退出并提取了全部余额：如要再次加入，请使用新的身份承诺`;
    }
  },
  PoolCommitmentUsed: ([commitment], { params }) => {
    const holder = commitmentHolder(params);
    if (!holder) {
      return `此人已经是会员：身份承诺 ${commitment} 已加入过本互助池，每人只能加入一次：请继续使用当初加入时的地址（可用 lashou identity verify --file <身份文件> --member <地址> 核对），不要重复加入`;
    }
    const who = `${holder.memberId} 号会员（${holder.yours ? '就是当前地址 ' : ''}${holder.member}）`;
    if (holder.status === 'Exited') {
      return `身份承诺 ${commitment} 已由${who}使用过，该会员已退出：每个身份承诺只能加入一次；如要再次加入，请生成新的身份文件（lashou identity new）并用它加入`;
    }
    return `此人已经是会员：身份承诺 ${commitment} 已作为${who}加入${holder.status ? `，当前状态为${MEMBER_STATUS_ZH[holder.status as keyof typeof MEMBER_STATUS_ZH] ?? holder.status}` : ''}，每人只能加入一次：请继续使用该会员资格（lashou member status ${holder.member}${holder.status === 'Lapsed' ? '；从该地址充值即可重新加入' : ''}），不要重复加入`;
  },
  PoolCommitmentZero: () => '身份承诺为零：请根据你的身份信息计算一个（lashou identity new）',
  PoolBelowMinimumBalance: ([, balance, minimum], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `余额 ${fmt(big(balance))} 低于最低额 ${fmt(big(minimum))}：请至少再充值 ${fmt(big(minimum) - big(balance))}`;
  },
  PoolZeroAmount: () => '金额为零：请输入大于零的金额',
  PoolTransferAmountMismatch: ([expected, received], { decimals, symbol }) =>
    `代币实际转入 ${formatAmount(big(received), { decimals, symbol })}，而不是 ${formatAmount(big(expected), { decimals, symbol })}：收取转账手续费或会自动调整余额的代币不能用于 Lashou 互助池；请使用普通稳定币`,
  PoolExitNotSettled: ([, exitEpoch, next]) =>
    `你的退出在第 ${exitEpoch} 周期结算时生效，而下一个待结算的是第 ${next} 周期：请等第 ${exitEpoch} 周期结束并结算（lashou pool settle）后再提取`,
  PoolEpochNotEnded: ([epoch, endsAt]) => `第 ${epoch} 周期于 ${when(endsAt)} 结束：请在此之后再结算`,
  PoolLapsesPending: () =>
    '结算前必须先将余额低于最低额的会员标记为失效：请反复运行 lashou pool process-lapses，直到没有待处理的会员（SDK 的 settleEpoch 会自动完成）',
  PoolPaymentTooLarge: ([amount], { decimals, symbol }) =>
    `付款 ${formatAmount(big(amount), { decimals, symbol })} 超出互助池 96 位金额的上限：请拆成几笔较小的付款`,
  PoolNothingToClaim: ([recipient]) => `${recipient} 没有可领取的款项：赔付在结算时直接发出；只有转账失败的付款才会留在这里等待领取`,
  PoolInvalidParameter: ([name, value]) => `参数 ${bytes32Text(name)} 不能设为 ${value}：请在允许的范围内取值`,
  PoolGovernanceDelayTooShort: ([delay, required]) =>
    `治理延迟 ${seconds(delay)} 必须长于 ${seconds(required)}，即退出通知期加一个周期再加一天结算缓冲（这样在变更排期时申请退出的会员，能在变更生效前结清退出）：请使用最短延迟更长的时间锁，或缩短退出通知期`,
  PoolInRunOff: () => '本互助池正在清盘，不再接受新会员：请加入其他互助池（清盘不能重复启动）',
  PoolNotInRunOff: () => '本互助池没有在清盘：此操作只能在清盘期间进行，清盘由治理通过时间锁启动（startRunOff）',
  PoolMembersStillCounted: ([members]) =>
    `互助池中仍有 ${members} 名会员在册：只有在册会员全部结清（退出或失效已结算）后，才能把储备金转给后继互助池`,
  PoolPaymentsStillQueued: ([queued], { decimals, symbol }) =>
    `仍有 ${formatAmount(big(queued), { decimals, symbol })} 的付款在排队：储备金要先支付这些款项；请结算完所有周期、没有欠款后再转出储备金（lashou pool settle）`,
  PoolMemberExpelled: ([member]) =>
    `${member} 因欺诈被确认已被除名：不能再加入本互助池，也不能通过充值重新加入；仍可提取其余额（lashou member withdraw）`,
  PoolExitNoticeBelowFloor: ([exitNotice, floor]) =>
    `退出通知期 ${seconds(exitNotice)} 短于理赔的公示期加调查期 ${seconds(floor)}：请至少设为这么长，这样在申请退出时已公示的理赔调查完之前，谁都不能离开`,
  PoolUnknownPayment: ([paymentId, nextPaymentId]) =>
    `付款 ${paymentId} 不存在：付款编号小于 ${nextPaymentId}；请核对编号（理赔的赔付款是其 paymentId，见证人佣金是其后三个）`,
  PoolPaymentNotReduced: ([paymentId, remaining, newRemaining], { decimals, symbol }) =>
    `付款 ${paymentId} 仍欠 ${formatAmount(big(remaining), { decimals, symbol })}：排队中的付款只能调低，不能调高到 ${formatAmount(big(newRemaining), { decimals, symbol })}`,
  PoolZeroAddress: () => '地址为零：请提供真实地址',
  SortedMembersHintTooFar: () => '排序列表的位置提示已过时（期间有会员变动）：请重试，系统会重新计算提示',
  // ── HintHelpers (read-only) ──
  HintHelpersNotAPool: ([pool]) =>
    `${pool} 上没有 Lashou 互助池（没有合约，或合约不响应 memberRecord）：请核对本链上的互助池地址`,
  // ── ClaimsManager ──
  ClaimsWrongState: ([claimId, state]) => {
    const name = CLAIM_STATES[Number(state)];
    return name === undefined
      ? `理赔 ${claimId} 处于状态 ${state}，不能进行此操作：请用 lashou claim status 查看`
      : `理赔 ${claimId} 当前状态为“${CLAIM_STATES_ZH[name]}”，不能进行此操作：${NEXT_STEP_ZH[name]}`;
  },
  ClaimsNotaryNotListed: ([notary]) =>
    `${notary} 不是登记在册的公证处：请由在册公证处签署诊断，或请运营方添加该公证处（lashou operator notary-add）`,
  ClaimsInvalidNotarySignature: ([notary, claimant]) =>
    `公证签名与公证处 ${notary}、申请人 ${claimant}、材料哈希和诊断日期不符：请让公证处对这些内容原样签名（lashou notary sign）`,
  ClaimsNotCovered: ([member, diagnosedAt, coverageStart]) =>
    big(coverageStart) === 0n
      ? `${member} 不在保障中：只有已过观察期的在册会员才能申请理赔`
      : `${member} 在 ${when(diagnosedAt)} 时尚未获得保障（保障自 ${when(coverageStart)} 开始）：观察期内确诊的疾病不能申请理赔`,
  ClaimsDiagnosisInFuture: ([diagnosedAt, nowTime]) =>
    `诊断日期 ${when(diagnosedAt)} 晚于链上当前时间 ${when(nowTime)}：请填写真实的诊断日期`,
  ClaimsOpenClaimExists: ([member, claimId]) =>
    `${member} 已有未结的理赔 ${claimId}：同一时间只能有一笔理赔；请等它支付或结案`,
  ClaimsAmountOutOfRange: ([amount, cap], { decimals, symbol }) =>
    `金额 ${formatAmount(big(amount), { decimals, symbol })} 必须大于零且不超过 ${formatAmount(big(cap), { decimals, symbol })}：请在此范围内申请`,
  ClaimsDocumentUsed: ([documentHash, claimId]) => `材料 ${documentHash} 已被理赔 ${claimId} 使用：每份诊断只能支持一笔理赔`,
  ClaimsInvalidRegion: ([region]) => `地区 ${region} 无效：请提供 1 到 65535 之间的地区代码`,
  ClaimsInvalidReason: ([reason]) =>
    `理由“${label(REVIEW_REASONS, REVIEW_REASONS_ZH, reason)}”不适用于本次审核：批准时理由为 None，拒绝时使用 WaitingPeriod … Other 之一`,
  ClaimsZeroNullifier: () => '防重标识（nullifier）为零：请用运营方密钥根据申请人身份计算（computeNullifier）',
  ClaimsDeadlinePassed: ([claimId, deadline]) =>
    `理赔 ${claimId} 的期限已于 ${when(deadline)} 截止：现在只能按期限到期的流程推进（lashou claim advance）`,
  ClaimsDeadlineNotReached: ([claimId, deadline]) => `理赔 ${claimId} 的期限是 ${when(deadline)}：请等到期限过后`,
  ClaimsRandomnessNotReady: ([claimId, requestId]) =>
    `理赔 ${claimId} 的随机数（请求 ${requestId}）尚未就绪：请等几个区块后运行 lashou claim advance（它会为随机源提交随机数）`,
  ClaimsNotSlotWitness: ([claimId, slot, caller]) =>
    `${caller} 不是理赔 ${claimId} 第 ${slot} 个名额抽中的见证人：请用被抽中见证人的账户发送（lashou claim status 可查看各名额）`,
  ClaimsWrongSlot: ([claimId, slot]) => `理赔 ${claimId} 的第 ${slot} 个名额当前状态不允许此操作：请用 lashou claim status 查看各名额`,
  ClaimsNotFullyPaid: ([claimId]) =>
    `理赔 ${claimId} 尚未全额支付：请先结算其所在周期（lashou pool settle），再标记为已支付；支付期结束后，标记已支付会按已付部分结束这笔理赔（lashou claim status 可查看支付期限）`,
  ClaimsReportsClosed: ([claimId]) =>
    `理赔 ${claimId} 现在不接受欺诈举报：只有在公示期间、已批准期间（标记为已支付之前）以及支付后的举报期内才能举报`,
  ClaimsRunOff: ([diagnosedAt, startedAt, honourUntil]) =>
    `本互助池自 ${when(startedAt)} 起正在清盘：只受理在此之前确诊、并在 ${when(honourUntil)} 之前提交的理赔（本次诊断日期 ${when(diagnosedAt)}）`,
  ClaimsZero: () => '地址或哈希为零：请提供真实的值',
  ClaimsNoPendingCredit: ([claimId]) => `理赔 ${claimId} 没有延后的分配：它的缺席罚没已经分给了会员（只有代币被暂停时才会延后分配）`,
  ClaimsDrawPending: ([claimId, requestId]) =>
    `理赔 ${claimId} 的随机数（请求 ${requestId}）已经可以被知道，而且仍可用于抽取：请先用它抽取见证人（lashou claim advance），再拒绝、替换或推翻；因决定而空出的名额要用决定之后请求的随机数重新抽取`,
  ClaimsAmountAbovePoolCapacity: ([amount, available], { decimals, symbol }) => {
    const fmt = (v: unknown) => formatAmount(big(v), { decimals, symbol });
    return big(available) === 0n
      ? `互助池无法在支付期内支付 ${fmt(amount)}：以现有会员计算，除已排队的付款和见证人佣金外已无余力；请等更多会员加入，或等排队的付款付清`
      : `以现有会员计算，互助池在支付期内最多还能支付 ${fmt(available)}（已扣除排在前面的付款和见证人佣金），不足 ${fmt(amount)}：请最多批准 ${fmt(available)}（lashou operator review --approve --amount），或等更多会员加入`;
  },
  // ── ClaimParameters ──
  ClaimsInvalidParameter: ([parameter, value]) =>
    `理赔参数 ${CLAIM_PARAMETERS[Number(parameter)] ?? parameter} 不能设为 ${value}：请在允许的范围内取值`,
  ClaimsGovernanceDelayTooShort: ([delay, required]) =>
    `治理延迟 ${seconds(delay)} 至少要有 ${seconds(required)}（互助池的退出通知期加一个周期再加一天结算缓冲，即 pool.governanceDelayRequired）：请使用最短延迟更长的时间锁`,
  ClaimsParameterConflict: ([parameter, value, limit], { decimals, symbol }) => {
    const name = parameterName(parameter);
    const amount = (v: unknown) => formatAmount(big(v), { decimals, symbol });
    const shown = AMOUNT_PARAMETERS.includes(name) ? amount(value) : name.endsWith('Window') ? seconds(value) : String(value);
    switch (name) {
      case 'StakeLock':
        return big(value) > big(limit)
          ? `StakeLock ${shown} 超过见证人抽取能承担的最大锁定额 ${amount(limit)}（登记合约的最高质押档）：请不超过这个数`
          : `StakeLock ${shown} 低于佣金 ${amount(limit)}：见证人从一笔理赔得到的佣金不能多于他为此锁定的质押；请先调低佣金`;
      case 'Commission':
        return `Commission ${shown} 高于质押锁定额 ${amount(limit)}：见证人从一笔理赔得到的佣金不能多于他为此锁定的质押；请不超过这个数，或先调高 StakeLock`;
      case 'ClaimCap':
      case 'StakeCoverBps':
        return `${name} 设为 ${shown} 会使最大一笔理赔的每位见证人锁定额 ceil(ClaimCap × StakeCoverBps / 30000) 超过抽取能承担的最大锁定额 ${amount(limit)}：请调低 ClaimCap 或 StakeCoverBps`;
      case 'AnnouncementWindow':
      case 'InvestigationWindow':
        return `${name} 设为 ${shown} 会使公示期加调查期长于互助池的退出通知期 ${seconds(limit)}：请先延长退出通知期，或选更短的期限`;
      case 'PaymentWindow':
        return `PaymentWindow ${shown} 短于一个周期 ${seconds(limit)}：已批准的理赔至少要经过一次结算；请至少设为这么长`;
      default:
        return `理赔参数 ${name} 与其他参数冲突，不能设为 ${shown}（界限 ${limit}）：请先修改相关参数`;
    }
  },
  ClaimsPoolNotInRunOff: () => '本互助池没有在清盘：理赔清盘只能在互助池清盘之后开始',
  ClaimsRunOffAlreadyStarted: ([startedAt]) => `理赔清盘已于 ${when(startedAt)} 开始：无需再操作`,
  // ── FraudReports ──
  ReportsNotOpen: ([reportId, outcome]) =>
    `举报 ${reportId} 的状态已是“${label(REPORT_OUTCOMES, REPORT_OUTCOMES_ZH, outcome)}”：不能再对它做任何操作`,
  ReportsDeadlinePassed: ([reportId, deadline]) =>
    `举报 ${reportId} 的调查期限已于 ${when(deadline)} 截止：现在只能让它过期（保证金会退回）`,
  ReportsDeadlineNotReached: ([reportId, deadline]) => `举报 ${reportId} 的调查持续到 ${when(deadline)}：请在此之后再让它过期`,
  ReportsNotFraudConfirmed: ([claimId]) => `理赔 ${claimId} 未被确认为欺诈：只有确认欺诈的理赔才能登记追回款`,
  ReportsInsufficientFees: ([requested, available], { decimals, symbol }) =>
    `可提取的费用只有 ${formatAmount(big(available), { decimals, symbol })}，不足 ${formatAmount(big(requested), { decimals, symbol })}：最多只能提取这么多`,
  ReportsTransferAmountMismatch: ([expected, received], { decimals, symbol }) =>
    `代币实际转入 ${formatAmount(big(received), { decimals, symbol })}，而不是 ${formatAmount(big(expected), { decimals, symbol })}：请使用普通稳定币`,
  ReportsZero: () => '金额、地址或哈希为零：请提供真实的值（证据材料的哈希）',
  ReportsCommitmentMismatch: ([reportId]) =>
    `证据哈希和盐值与举报 ${reportId} 的承诺不符，或其证据已经公开：请原样提供证据和举报时打印的盐值（lashou report reveal；任何账户都可以发送）`,
  ReportsEvidenceNotRevealed: ([reportId]) =>
    `举报 ${reportId} 的证据尚未公开：只有公开了证据的举报才能确认欺诈；请举报人在举报期限前公开证据（lashou report reveal），否则请驳回`,
  ReportsEvidenceFirstReportedBy: ([reportId, earlierReportId]) =>
    `举报 ${earlierReportId} 比举报 ${reportId} 更早公开了同一份证据：请改为确认举报 ${earlierReportId}（它的举报人最先发现）；举报 ${reportId} 随后会以“已由其他举报了结”关闭并退回保证金`,
  ReportsClaimClosed: ([reportId, claimId]) =>
    `理赔 ${claimId} 已不在调查中（它已通过另一份举报了结）：举报 ${reportId} 现在只能关闭，保证金退回举报人（lashou report expire）`,
  ReportsNothingOwed: ([reporter]) =>
    `没有为 ${reporter} 保留的款项：它的保证金和奖励已在举报处理时付清（只有转账失败或罚没的质押尚未到账的才会留在这里）`,
  ReportsNoPendingCredit: ([reportId]) => `举报 ${reportId} 没有延后的分配：处理结果决定的款项已经分给了会员（只有代币被暂停时才会延后分配）`,
  // ── WitnessRegistry ──
  WitnessStakeTooLow: ([stake, minimum], { decimals, symbol }) =>
    `质押 ${formatAmount(big(stake), { decimals, symbol })} 低于最低额 ${formatAmount(big(minimum), { decimals, symbol })}：请至少质押 ${formatAmount(big(minimum), { decimals, symbol })}`,
  WitnessAlreadyRegistered: ([witness]) => `${witness} 已登记为见证人：如需增加请追加质押`,
  WitnessNotRegistered: ([witness]) => `${witness} 不是已登记的见证人：请先质押（lashou witness stake）`,
  WitnessCooldownActive: ([witness, availableAt]) =>
    big(availableAt) === 0n
      ? `${witness} 尚未申请解除质押：请先申请（lashou witness unstake）`
      : `${witness} 要到 ${when(availableAt)} 之后才能提取：请等到那时`,
  WitnessStakeLocked: ([witness, locked], { decimals, symbol }) =>
    `${witness} 的质押中有 ${formatAmount(big(locked), { decimals, symbol })} 被理赔锁定：请等它们释放`,
  WitnessNotEnoughEligible: ([eligible, needed]) =>
    `除去排除的地址，能承担本次质押锁定额的合格见证人只有 ${eligible} 名，不够 ${needed} 个名额：需要更多见证人质押（lashou witness stake）或提高质押；请稍后再试`,
  WitnessRegionInvalid: ([region]) => `地区 ${region} 无效：请提供 1 到 65535 之间的地区代码`,
  WitnessRegionMismatch: ([witness, registered, given]) =>
    `${witness} 登记在地区 ${registered}，而不是 ${given}：请在地区 ${registered} 追加质押，或解除质押后重新登记`,
  WitnessAmountZero: () => '金额为零：请输入大于零的金额',
  WitnessUnstakePending: ([witness, availableAt]) =>
    `${witness} 正在解除质押（${when(availableAt)} 可提取）：请在此之后提取，或再次质押以取消解除`,
  WitnessUnstakeNotRequested: ([witness]) => `${witness} 尚未申请解除质押：请先申请（lashou witness unstake）`,
  WitnessStakeInsufficient: ([witness, free, requested], { decimals, symbol }) =>
    `${witness} 的可用质押为 ${formatAmount(big(free), { decimals, symbol })}，少于 ${formatAmount(big(requested), { decimals, symbol })}`,
  WitnessDrawCountInvalid: ([count, maximum]) => `不能抽取 ${count} 名见证人（最多 ${maximum} 名）`,
  WitnessTooManyExcluded: ([given, maximum]) => `排除的地址有 ${given} 个，超过上限 ${maximum} 个`,
  WitnessSnapshotNotPast: ([snapshotBlock, currentBlock]) =>
    `快照区块 ${snapshotBlock} 不在过去（当前区块 ${currentBlock}）：请等一个区块后重试`,
  WitnessIndexOutOfRange: ([index, length]) => `索引 ${index} 超出范围（共 ${length} 名见证人）：请给出更小的索引`,
  WitnessInvalidConfiguration: () => '见证人登记合约的配置无效：请提供代币、管理员和大于零的最低质押额',
  WitnessZeroRecipient: () => '罚没没有指定被罚没质押的接收方：这是调用合约的缺陷，请报告',
  WitnessTransferAmountMismatch: ([expected, received], { decimals, symbol }) =>
    `代币实际转入 ${formatAmount(big(received), { decimals, symbol })}，而不是 ${formatAmount(big(expected), { decimals, symbol })}：收取转账手续费或会自动调整余额的代币不能用作见证人质押；请使用普通稳定币`,
  WitnessNotSeasoned: ([witness, seasonedAt]) =>
    `${witness} 的见习期到 ${when(seasonedAt)} 才结束：从那时起才能进入抽取（lashou witness activate，或由任何守护进程代为激活）`,
  WitnessLockTooLarge: ([amount, maxLock], { decimals, symbol }) =>
    `每位见证人 ${formatAmount(big(amount), { decimals, symbol })} 的质押锁定额超过了任何质押档能承担的上限 ${formatAmount(big(maxLock), { decimals, symbol })}：请批准更小的金额，或由治理调低 StakeCoverBps`,
  WitnessTierInvalid: ([tier, tiers]) => `质押档 ${tier} 不存在：质押档为 0 到 ${big(tiers) - 1n}`,
  WitnessTierFull: ([region, tier]) =>
    `${big(region) === 0n ? '全部地区' : `地区 ${region}`}的第 ${tier} 质押档抽取名单已满（2^26 − 1 名见证人）：请质押不同的金额，或在其他地区登记`,
  CheckpointUnorderedInsertion: () => '检查点出现了时间倒退：这是合约缺陷，请报告',
  // ── Randomness sources ──
  RandomnessUnknownRequest: ([requestId]) => `随机数请求 ${requestId} 不存在：请核对该理赔的请求编号`,
  RandomnessNotConsumer: ([caller]) => `${caller} 无权请求随机数：应由随机源的管理员把 CONSUMER_ROLE 授予理赔合约`,
  RandomnessNotYetAvailable: ([requestId, targetBlock, currentBlock]) =>
    `随机数请求 ${requestId} 需要区块 ${targetBlock}（当前 ${currentBlock}）：请再等 ${big(targetBlock) - big(currentBlock)} 个区块`,
  RandomnessExpired: ([requestId, targetBlock]) =>
    `随机数请求 ${requestId} 已过期（区块 ${targetBlock} 已超出最近 256 个区块的范围）：请运行 lashou claim advance 重新请求`,
  RandomnessHeaderMismatch: ([requestId]) =>
    `为请求 ${requestId} 提供的区块头哈希与目标区块的哈希不符：请传入目标区块的原始 RLP 区块头`,
  RandomnessHeaderMalformed: ([field, length]) => `区块头格式错误（字段 ${field} 的长度为 ${length}）：请传入目标区块的 RLP 区块头`,
  RandomnessDelayInvalid: ([delay]) => `随机数延迟 ${delay} 必须在 1 到 256 个区块之间`,
  RandomnessVrfConfigInvalid: () => 'VRF 配置无效：请提供 key hash、订阅、确认数、gas 上限和超时时间',
  OnlyCoordinatorCanFulfill: ([have, want]) => `只有 VRF 协调合约 ${want} 可以提交随机数，${have} 不行`,
  OnlyOwnerOrCoordinator: ([have, owner, coordinator]) =>
    `${have} 既不是所有者 ${owner}，也不是协调合约 ${coordinator}：请用其中之一发送`,
  ZeroAddress: () => '地址为零：请提供真实地址',
  // ── OpenZeppelin access control, guards, casts ──
  AccessControlUnauthorizedAccount: ([account, role]) =>
    `${account} 没有 ${ROLE_NAMES[(role as Hex).toLowerCase() as Hex] ?? role} 权限：请用拥有该权限的账户发送，或请权限管理员（时间锁）授予`,
  AccessControlBadConfirmation: () => '账户只能放弃自己的权限：请用该账户发送',
  ReentrancyGuardReentrantCall: () => '互助池拒绝了重入调用：请从普通账户调用，而不是在另一个互助池调用内部调用',
  SafeCastOverflowedUintDowncast: ([bits]) => `金额超出 ${bits} 位的范围：请使用更小的金额`,
  SafeCastOverflowedIntDowncast: ([bits]) => `金额超出 ${bits} 位的范围：请使用更小的金额`,
  SafeCastOverflowedIntToUint: () => '余额将变为负数：无法再从中扣除',
  SafeCastOverflowedUintToInt: () => '金额过大，超出有符号运算的范围：请使用更小的金额',
  SafeERC20FailedOperation: ([token]) => `代币 ${token} 拒绝了转账：请检查代币合约和你的余额`,
  // ── ERC-20 and permit ──
  ERC20InsufficientBalance: ([sender, balance, needed], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `${sender} 持有 ${fmt(big(balance))}，但需要 ${fmt(big(needed))}：请至少再准备 ${fmt(big(needed) - big(balance))}（测试链上可用 lashou token faucet 领取）`;
  },
  ERC20InsufficientAllowance: ([spender, allowance, needed], { decimals, symbol }) => {
    const fmt = (v: bigint) => formatAmount(v, { decimals, symbol });
    return `${spender} 只能动用你的 ${fmt(big(allowance))}，但需要 ${fmt(big(needed))}：请先授权，或用 permit 签名加入`;
  },
  ERC20InvalidReceiver: ([who]) => `不能把代币发送给 ${who}：请提供真实的收款地址`,
  ERC20InvalidSender: ([who]) => `不能从 ${who} 发送代币：请使用真实账户`,
  ERC20InvalidApprover: ([who]) => `不能从 ${who} 授权：请使用真实账户`,
  ERC20InvalidSpender: ([who]) => `不能授权给 ${who}：请提供真实的被授权地址`,
  ERC2612ExpiredSignature: ([deadline]) => `permit 签名已于 ${when(deadline)} 过期：请重新签名`,
  ERC2612InvalidSigner: ([signer, owner]) => `permit 由 ${signer} 签名，而不是持有人 ${owner}：请用持有人的私钥签名`,
  InvalidAccountNonce: ([account, nonce]) => `${account} 的 permit nonce 是 ${nonce}：请用这个 nonce 重新签名`,
  ECDSAInvalidSignature: () => '签名无效：请重新签名',
  ECDSAInvalidSignatureLength: () => '签名长度不对：请重新签名',
  ECDSAInvalidSignatureS: () => '签名可被篡改（s 值过大）：请用标准签名工具重新签名',
  TestStablecoinFaucetLimit: ([requested, limit], { decimals, symbol }) =>
    `水龙头每次最多发放 ${formatAmount(big(limit), { decimals, symbol })}（本次申请 ${formatAmount(big(requested), { decimals, symbol })}）：请少领一些，需要的话分几次领`,
  TestStablecoinNotATestChain: ([chainId]) =>
    `链 ${chainId} 不是测试链：测试稳定币只能在本地链和测试网上使用；请用 --token <真实稳定币> 部署`,
  InvalidShortString: () => '代币名称不是有效的短字符串：请用更短的名称部署代币',
  StringTooLong: ([text]) => `“${text}”对短字符串来说太长：最多 31 个字节`,
  FailedCall: () => '底层调用失败且没有给出原因：请检查目标合约和发送的金额',
  // ── TimelockController ──
  TimelockInsufficientDelay: ([delay, minDelay]) => `延迟 ${delay} 秒低于时间锁的最短延迟 ${minDelay} 秒：请用更长的延迟排期`,
  TimelockUnexpectedOperationState: ([id]) => `时间锁操作 ${id} 的状态不满足此调用：请确认它已排期且已到可执行时间`,
  TimelockUnexecutedPredecessor: ([id]) => `时间锁的前置操作 ${id} 尚未执行：请先执行它`,
  TimelockUnauthorizedCaller: ([caller]) => `${caller} 不能直接调用时间锁：请通过排期（schedule）和执行（execute）`,
  TimelockInvalidOperationLength: () => '批量操作的各数组长度不一致：每个目标需要对应一个金额和一段调用数据',
};
