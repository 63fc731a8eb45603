import { formatAmount } from '../amounts/formatAmount.js';
import { roughCoin } from './contractErrors.js';
import type { LashouErrorParams } from './LashouError.js';

/** How amounts are written in a message: the token's decimals and symbol. */
export type MessageFormatting = { decimals: number; symbol: string };

/** Turns an error's `params` into one line of Chinese. */
export type MessageRenderer = (params: LashouErrorParams, formatting: MessageFormatting) => string;

const list = (value: unknown) => (Array.isArray(value) ? value.join('、') : String(value));

/** “代币 USDC（0x…）”: the token as the Chinese messages name it. */
const tokenZh = ({ token, symbol }: LashouErrorParams) =>
  symbol && token ? `代币 ${String(symbol)}（${String(token)}）` : token ? `地址 ${String(token)} 上的代币` : symbol ? `代币 ${String(symbol)}` : '代币';
const ACTIONS_ZH: Record<string, string> = { transfer: '转账', approval: '授权', permit: '许可签名（permit）', call: '调用' };
const actionZh = (action: unknown) => ACTIONS_ZH[String(action)] ?? '调用';
/** The token's own words, verbatim (they are not translated: they are what the token said). */
const saidZh = (reason: unknown) => (reason === undefined ? '' : `（“${String(reason)}”）`);
/** Solidity's panic codes in Chinese. */
const PANIC_ZH: Record<string, string> = {
  '0x00': '编译器通用错误', '0x01': '断言失败', '0x11': '算术上溢或下溢', '0x12': '除以零或对零取模', '0x21': '枚举值越界',
  '0x22': '存储字节数组损坏', '0x31': '从空数组弹出', '0x32': '数组下标越界', '0x41': '分配的内存过多', '0x51': '调用了未初始化的函数指针',
};

/** What a deployment may leave with the deploying key, by the key `deployerPowers` gives it. */
const DEPLOYER_POWERS_ZH: Record<string, string> = {
  timelockAdmin: '时间锁的 PROPOSER_ROLE 和 CANCELLER_ROLE（请指定 timelockAdmin）',
  operator: '理赔合约和举报合约的 OPERATOR_ROLE（请指定 operator）',
  renounceAdmin: '互助池、理赔合约、见证人登记合约和随机源的 DEFAULT_ADMIN_ROLE（renounceAdmin: false）',
  claimsOperator: '互助池的 CLAIMS_ROLE（claimsOperator）',
  creditor: '互助池的 CREDITOR_ROLE（creditor）',
};

/**
 * Chinese (zh-CN) messages of the SDK's own errors, by `code`: the same facts and advice as the English
 * `shortMessage` thrown with that code. Contract errors are in `errorExplainersZh`. A test fails when the SDK
 * throws a code that has no row here.
 */
export const messagesZh: Record<string, MessageRenderer> = {
  'account.required': () => '没有可用于签名的账户：请传入 `account`，或在创建钱包客户端时指定账户',
  // Resident ID numbers (GB 11643-1999)
  'residentId.length': ({ length }) => `居民身份证号码应为 18 位，这个号码有 ${length} 位：请检查是否漏输或多输了数字`,
  'residentId.characters': () => '居民身份证号码应为 17 位数字加 1 位数字或 X：请去掉空格、连字符和其他字母',
  'residentId.province': () => '居民身份证号码的前两位不是有效的省级行政区代码：请检查前两位',
  'residentId.birthDate': () => '居民身份证号码的第 7 到 14 位（出生日期，YYYYMMDD）不是真实的出生日期（该日期不存在或过早）：请检查这几位',
  'residentId.birthDateFuture': () => '居民身份证号码的第 7 到 14 位（出生日期，YYYYMMDD）是未来的日期：请检查这几位',
  'residentId.checksum': () => '居民身份证号码校验码不符（末位与前 17 位不符）：请检查是否有数字输错',
  // Identity
  'name.empty': () => '姓名为空：请按证件上的写法填写姓名',
  'name.controlCharacters': () => '姓名中含有控制字符（制表符、换行）：请按证件上的写法写在一行内',
  'name.illFormed': () => '姓名中含有无效的 Unicode（孤立的代理项）：请重新输入或粘贴证件上的姓名',
  'idNumber.illFormed': ({ field }) => `${field === 'passport number' ? '护照号码' : field === 'resident ID number' ? '居民身份证号码' : '证件号码'}中含有无效的 Unicode（孤立的代理项）：请重新输入`,
  'name.tooLong': ({ maximum }) => `姓名超过 ${maximum} 个字符：请检查输入`,
  'passport.format': () => '护照号码应写成 签发国:号码，例如 CHN:E12345678（签发国为 ISO 3166 三位字母代码，号码为 5–20 位字母或数字）',
  'identity.documentType': ({ docType, allowed }) => `未知的证件类型 ${docType}：请使用 ${list(allowed)} 之一`,
  'identity.salt': () => '盐值必须是 32 字节（0x 后跟 64 位十六进制数字）',
  'identityCommitment.format': () => '身份承诺必须是 32 字节（0x 后跟 64 位十六进制数字）',
  'nullifier.generation': () => '运营方密钥的代数必须是从 1 开始的整数（第一个密钥为 1，第一次轮换后为 2，依此类推）',
  'personKey.residentIdRequired': () => '中国（CHN）签发的护照属于中华人民共和国公民，其个人唯一标识是居民身份证号码：请提供公证材料中的居民身份证号码',
  'personKey.residentIdMismatch': () => '提供的居民身份证号码与身份文件中的不同：请核对公证材料上的号码',
  'personKey.kind': ({ kind }) => `未知的个人唯一标识类型 ${kind}：请使用 CN_RESIDENT_ID 或 PASSPORT`,
  'nullifier.operatorSecret': () => '运营方密钥至少需要 32 字节的十六进制数（0x 后跟 64 位或更多十六进制数字）',
  // Amounts and funds
  'amount.empty': () => '金额为空：请输入数字，例如 12.50',
  'amount.negative': ({ value }) => `金额“${value}”是负数：金额必须大于或等于零`,
  'amount.format': ({ value }) => `“${value}”不是金额：请写数字，可带小数点，例如 12.50（不要正负号、逗号或科学计数法）`,
  'amount.tooManyDecimals': ({ value, given, decimals, symbol }) =>
    `金额“${value}”有 ${given} 位小数，但${symbol ? ` ${symbol} ` : '该代币'}最多只有 ${decimals} 位：请保留 ${decimals} 位小数`,
  'amount.notPositive': () => '金额必须大于零',
  'funds.insufficientBalance': ({ owner, balance, needed, decimals, symbol }, formatting) => {
    const fmt = (v: unknown) =>
      formatAmount(BigInt(v as bigint), { decimals: (decimals as number | undefined) ?? formatting.decimals, symbol: (symbol as string | undefined) ?? formatting.symbol });
    return `${owner} 持有 ${fmt(balance)}，但需要 ${fmt(needed)}：请至少再准备 ${fmt(BigInt(needed as bigint) - BigInt(balance as bigint))}（测试链上可用 lashou token faucet 领取）`;
  },
  'stake.notPositive': () => '质押金额必须大于零',
  'permit.unsupported': ({ token }) =>
    `无法用许可签名（permit）加入：代币 ${token} 没有 SDK 可以安全签名的许可（没有 permit，或其 DOMAIN_SEPARATOR 与 SDK 能构造的任何域都不符，签了也会被拒绝）：请改用先授权再加入（joinPool；lashou member join 不加 --permit）`,
  'credit.reasonTooLong': () => '原因必须在 32 字节以内：请使用简短的标签，例如 RECOVERY',
  // Money kept for an address goes to that address only (releasePayout, releaseReportRefund, withdrawOperatorFees)
  'recipient.fixed': ({ action }) =>
    action === 'withdrawOperatorFees'
      ? 'withdrawOperatorFees 不接受 `to`：调查费只付给提取它的运营方本人的地址，请从那里再转出'
      : `${action} 不接受 \`to\`：这笔款项只付给它的收款人本人（欠某个地址的钱绝不会转给另一个地址，否则可能帮人绕过代币的黑名单）；请用 ${action === 'releaseReportRefund' ? '`reporter`' : '`payee`'} 指定收款人，代币允许转账后收款人即可收到`,
  'stake.nothingOwed': ({ module }) => `见证人登记合约没有欠 ${module} 的款项：被罚没的质押只在代币无法转账时暂存在那里，这笔已经发出`,
  // Addresses, hashes, ids
  'address.invalid': ({ name, value }) => `${name} ${value} 不是地址：请输入 0x 加 40 位十六进制数字`,
  'hash.format': ({ name, value }) => `${name} 必须是 32 字节的哈希（0x 后跟 64 位十六进制数字），收到的是 ${value}`,
  'hash.zero': ({ name }) => `${name} 为零：请提供材料的哈希（lashou document hash）`,
  'region.invalid': ({ region }) => `地区 ${region} 无效：请提供 1 到 65535 之间的地区代码`,
  'hint.exclude': ({ exclude, maximum }) => `exclude ${exclude} 不是会员编号（0 到 ${maximum}）`,
  'hint.samples': ({ samples }) => `samples ${samples} 必须是大于或等于 0 的整数`,
  // Claims
  'claim.amountNotPositive': () => '理赔金额必须大于零',
  'claim.signatureFormat': () => '公证签名必须是 65 字节（0x 后跟 130 位十六进制数字）',
  'claim.notFound': ({ claimId, count }) => `没有理赔 ${claimId}：理赔编号从 1 到 ${count}（lashou claim list）`,
  'claim.idInvalid': ({ claimId }) => `理赔编号 ${claimId} 无效：理赔编号从 1 开始`,
  'review.amountNotPositive': () => '批准的金额必须大于零',
  'review.reason': ({ reason, allowed }) => `理由 ${reason} 不是拒绝理由：请使用 ${list(allowed)} 之一`,
  'diagnosis.date': () => '诊断日期必须是大于零的 Unix 时间',
  'diagnosis.chainId': ({ chainId }) => `链 ID ${chainId} 必须是正整数（理赔合约所在的链，例如 1 或 31337）`,
  'claim.region': ({ region }) => `地区 ${region} 必须是 1 到 65535 之间的整数（患者所在的粗略地区代码）`,
  'randomness.blockMissing': ({ blockNumber }) => `区块 ${blockNumber} 还不存在`,
  'randomness.headerRebuild': ({ blockNumber }) => `无法重建区块 ${blockNumber} 的区块头（哈希不一致）：这个节点返回了 SDK 不认识的区块头字段`,
  'draw.countInvalid': ({ count, maximum }) => `不能抽取 ${count} 名见证人：人数必须在 1 到 ${maximum} 之间`,
  'draw.tooManyExcluded': ({ given, maximum }) => `排除的地址有 ${given} 个，超过上限 ${maximum} 个`,
  'draw.notEnoughEligible': ({ available, count }) => `除去排除的地址，只有 ${available} 名合格的见证人，不够 ${count} 个名额：登记合约会拒绝这次抽取`,
  'draw.lockTooLarge': ({ lockAmount, maxLock }) => `每位见证人 ${lockAmount} 的锁定额超过了抽取能承担的上限 ${maxLock}：登记合约会拒绝这次抽取`,
  'draw.logsMissing': ({ claimId, drawNumber, transactionHash, requestId }) =>
    `理赔 ${claimId} 的第 ${drawNumber} 次抽取（交易 ${transactionHash}）缺少登记合约的事件或随机数 ${requestId}：请从更早的 fromBlock 开始查找`,
  // Fraud reports
  'report.notFound': ({ reportId, count }) => `没有举报 ${reportId}：举报编号从 1 到 ${count}`,
  'report.idInvalid': ({ reportId }) => `举报编号 ${reportId} 无效：举报编号从 1 开始`,
  'report.revealFailed': ({ reportId, salt, evidenceHash, deadline, reason }) =>
    `举报 ${reportId} 已提交，但证据没有公开（${reason}）：请在 ${deadline} 之前用盐值 ${salt} 公开证据（lashou report reveal ${reportId} --evidence-hash ${evidenceHash} --salt ${salt}，或 revealEvidence）`,
  'recovery.amountNotPositive': () => '追回金额必须大于零',
  // Transactions, deployment, the node
  'transaction.noEvent': ({ hash, event, contract, expected }) =>
    contract
      ? `交易 ${hash} 没有产生 ${event} 事件：${contract} 是 ${expected === 'MutualPool' ? 'Lashou 互助池' : expected} 吗？`
      : `交易 ${hash} 没有产生 ${event} 事件`,
  'transaction.reverted': ({ hash, functionName }) => `交易 ${hash}（${functionName}）已上链但执行失败：请重试，期间链上状态发生了变化`,
  'deploy.unlinkedLibrary': () => '字节码中仍有未链接的库占位符：请重新生成 @lashou/abi',
  'deploy.governanceDelay': ({ governanceDelay, required }) =>
    `治理延迟 ${governanceDelay} 秒至少要有 ${required} 秒（退出通知期加一个周期、一天结算缓冲再加 1 秒），这样在变更排期时申请退出的会员能在变更生效前结清退出`,
  'deploy.deployerPowers': ({ chainId, powers }) =>
    `这次部署会在链 ${chainId} 上把权限留给部署用的私钥：${list((Array.isArray(powers) ? powers : [powers]).map((p) => DEPLOYER_POWERS_ZH[String(p)] ?? String(p)))}。请指定多签地址（timelockAdmin、operator），或传入 allowDeployerPowers 明确接受`,
  'deploy.reverted': ({ contract, hash }) => `${contract} 的部署交易 ${hash} 执行失败`,
  'token.noCode': ({ token, chainId }) => `链 ${chainId} 上的 ${token} 没有合约：请核对这条链上稳定币的地址`,
  'token.notErc20': ({ token, chainId }) => `链 ${chainId} 上的 ${token} 不响应 name/symbol/decimals：它不是 ERC-20 稳定币`,
  'rpc.unreachable': ({ rpcUrl }) => `无法连接 RPC 节点${rpcUrl ? ` ${rpcUrl}` : ''}：请检查 --rpc / LASHOU_RPC_URL，并确认节点正在运行`,
  'anvil.exited': ({ port, output }) => `anvil 在端口 ${port} 响应之前就退出了：${output || '没有输出'}`,
  'anvil.timeout': ({ rpcUrl, timeoutMs }) => `anvil 在 ${timeoutMs} 毫秒内没有在 ${rpcUrl} 响应`,
  'anvil.resumeTime': ({ statePath }) => `anvil 已重新载入 ${statePath}，但无法把时钟设为从最后保存的区块继续：请用 --fresh 重新开始，或检查该状态文件`,
  // Wallets
  'wallet.rejected': () => '你在钱包中拒绝了这次请求：如需继续，请重新发起并在钱包中确认',
  'wallet.insufficientFunds': ({ address, symbol, decimals, balance, needed, chainId }) => {
    const coin = typeof symbol === 'string' ? symbol : '原生币';
    const amount = (v: unknown) => `${roughCoin(BigInt(v as bigint), typeof decimals === 'number' ? decimals : 18)}${typeof symbol === 'string' ? ` ${symbol}` : ''}`;
    const who = typeof address === 'string' ? address : '发送交易的账户';
    const holds = balance !== undefined ? `它持有 ${amount(balance)}` : `它的${coin}不足`;
    const needs = needed !== undefined ? `，这笔交易大约需要 ${amount(needed)}` : '';
    const what = typeof symbol === 'string' ? ` ${symbol}（链 ${chainId ?? '?'} 的原生币）` : '链的原生币';
    const remedy = chainId === 31337
      ? `在本地链上运行 lashou token faucet（它也会发放用于 gas 的 ${coin}），或从开发账户向 ${who} 转一些 ${coin}`
      : `请向 ${who} 转入 ${coin}（从交易所或其他钱包；测试网可用该网络的水龙头），然后重试`;
    return `${who} 无法支付 gas 费：${holds}${needs}；gas 费须用${what}支付，而不是稳定币：${remedy}`;
  },
  'wallet.chainMismatch': ({ currentChainId, expectedChainId }) =>
    `钱包当前连接的链（${currentChainId ?? '?'}）与交易的目标链（${expectedChainId ?? '?'}）不同：请在钱包中切换到目标链`,
  'contract.reverted': ({ reason }) => `合约拒绝了此调用：${reason}`,
  'contract.panic': ({ panic, token, symbol }) =>
    `调用因 panic ${panic}（${PANIC_ZH[String(panic)] ?? '未知的 panic'}）失败，发生在${token || symbol ? `${tokenZh({ token, symbol })}或调用它的合约` : '合约'}中：${
      (token || symbol) && panic === '0x11' ? '用检查算术编写的代币在余额或授权额度不足时会这样失败：请检查两者' : '这是合约的缺陷，不是你的输入有误：请报告'
    }`,
  'contract.noReason': ({ contract, functionName }) =>
    `${contract ? `${contract} 上的` : ''}合约${functionName ? `的 ${functionName}()` : ''}未说明原因就拒绝了调用：请检查调用的地址和参数`,
  // Tokens' own refusals (USDC and DAI say why in English, USDT says nothing)
  'token.insufficientAllowance': (p) =>
    `${tokenZh(p)}拒绝了这笔${actionZh(p.action)}${saidZh(p.reason)}：互助池还不能从 ${p.owner ?? '发送方'} 取走这么多 ${p.symbol ?? '代币'}：请先授权至少该金额（joinPool、topUpBalance 和 creditMembers 会自动授权），或用许可签名（permit）加入`,
  'token.insufficientBalance': (p) => `${tokenZh(p)}拒绝了这笔${actionZh(p.action)}${saidZh(p.reason)}：${p.owner ?? '发送方'} 的余额不足：请先准备更多 ${p.symbol ?? '代币'}`,
  'token.paused': (p) => `${tokenZh(p)}已被发行方暂停${saidZh(p.reason)}：恢复之前它拒绝一切转账和授权：请稍后再试`,
  'token.blacklisted': (p) =>
    p.address
      ? `${tokenZh(p)}把 ${p.address} 列入了黑名单${saidZh(p.reason)}：发行方禁止该地址的一切转入和转出：请使用未被封禁的地址`
      : `${tokenZh(p)}把这次调用涉及的一个地址（发送方、互助池或收款方）列入了黑名单${saidZh(p.reason)}：发行方禁止它的一切转入和转出：请使用未被封禁的地址`,
  'token.permitRefused': (p) => `${tokenZh(p)}拒绝了许可签名（permit）${saidZh(p.reason)}：请重新签名（它可能已过期，或其 nonce 已被使用），或改用授权（approve）`,
  'token.refused': (p) => `${tokenZh(p)}拒绝了这笔${actionZh(p.action)}${saidZh(p.reason)}`,
  'token.noReason': (p) =>
    `${tokenZh(p)}未说明原因就拒绝了这笔${actionZh(p.action)}（USDT 等代币在余额或授权额度不足、代币被暂停或地址被列入黑名单时会这样）：请逐项检查`,
  'token.customError': (p) => `${tokenZh(p)}以它自己的错误 ${p.selector} 拒绝了这笔${actionZh(p.action)}，SDK 不认识这个错误：请在该代币的 ABI 中查找这个选择器`,
  'contract.noCode': ({ address, chainId, functionName }) =>
    `${chainId === undefined ? '这条链' : `链 ${chainId} `}上${address ? ` ${address} ` : '被调用的地址'}没有合约${functionName ? `（它的 ${functionName}() 没有返回任何数据）` : ''}：地址簿已过期——它是为另一条链或本地链之前的一次运行写的：请用 lashou dev 重启本地链（它会重新部署并重写 deployments/<chainId>.json），或用 lashou deploy 部署，或用 --deployment <文件> 指定为这条链写的地址簿`,
  // Documents and identity files
  'document.notBlob': ({ given }) => `hashBlob 需要 Blob 或 File，而不是 ${given}：请传入用户选择的文件`,
  'document.notBytes': ({ given }) => `hashBytes 需要 Uint8Array，而不是 ${given}：请传入材料的字节（文件请用 hashBlob）`,
  'document.notAFile': ({ path }) => `${path} 不是文件：请提供材料文件的路径`,
  'document.unreadable': ({ path, reason }) => `无法读取 ${path}：${reason}`,
  'identityFile.exists': ({ path }) => `${path} 已存在，其中可能有你需要的盐值：请换一个文件名`,
  'identityFile.symlink': ({ path }) => `${path} 是符号链接：身份文件只会写入新建的普通文件：请换一个文件名`,
  'identityFile.notAFile': ({ path }) => `${path} 不是普通文件：请换一个文件名`,
  'identityFile.missing': ({ path }) => `身份文件 ${path} 不存在：请用 lashou identity new 创建`,
  'identityFile.json': ({ path }) => `身份文件 ${path} 不是有效的 JSON：请从备份中恢复`,
  'identityFile.version': ({ path, version, expected }) => `身份文件 ${path} 的版本是 ${version}，应为 ${expected}`,
  'identityFile.fields': ({ path }) => `身份文件 ${path} 缺少 docType、idNumber、name 或 salt：请从备份中恢复`,
  'identityFile.inconsistent': ({ path }) => `身份文件 ${path} 前后不一致：其中的身份承诺与内容不符`,
  // Keeper
  'keeper.groupUnknown': ({ group, groups }) => `未知的守护步骤类别「${group}」：可用 ${list(groups)}`,
  'keeper.gasAboveLimit': ({ step, gas, maxGas }) => `${step} 需要 ${gas} gas，超过守护进程每笔调用 ${maxGas} 的上限：若属正常，请调高 --max-gas`,
  'keeper.stepIncomplete': ({ step, what }) => `步骤 ${step} 缺少${what}：这是守护进程的内部错误，请报告`,
  'keeper.stepTaken': ({ witness }) => `见证人 ${witness} 已在抽取名单中：无需激活`,
};
