import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../api/schemas';
import { formatTime, shortHex } from '../../lib/format';
import { useMoney } from '../../lib/token';
import { Time, TxHash } from './bits';

type Money = ReturnType<typeof useMoney>;

const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const amount = (money: Money, value: unknown) => (typeof value === 'string' && /^-?\d+$/.test(value) ? money(BigInt(value)) : str(value));
const slotNumber = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(Number(value) + 1) : '');

/** One event of the claim's timeline in words, from the event's arguments (docs/claim-lifecycle.md). */
export function describeEvent(event: TimelineEvent, t: TFunction, money: Money, locale: string): string {
  const d = event.data;
  const state = (name: unknown) => t(`states.${str(name)}`, { defaultValue: str(name) });
  const reason = (name: unknown) => t(`reasons.${str(name)}`, { defaultValue: str(name) });
  const who = (value: unknown) => shortHex(str(value));
  const region = (value: unknown) => (str(value) === '0' ? t('timeline.regionAll') : t('timeline.regionN', { region: str(value) }));
  const creditReason = (name: unknown, reportId: unknown) =>
    t(`waiting.reasons.${str(name)}`, { reportId: str(reportId), defaultValue: str(name) });
  const moduleName = (name: unknown) => t(`waiting.modules.${str(name) || 'other'}`, { defaultValue: t('waiting.modules.other') });
  switch (event.kind) {
    case 'ClaimFiled':
      return t('timeline.ClaimFiled', { amount: amount(money, d.amount), region: str(d.region), notary: who(d.notary) });
    case 'ClaimStateChanged':
      return d.reasonName && d.reasonName !== 'None'
        ? t('timeline.ClaimStateChangedReason', { from: state(d.fromState), to: state(d.toState), reason: reason(d.reasonName) })
        : t('timeline.ClaimStateChanged', { from: state(d.fromState), to: state(d.toState) });
    case 'ClaimReviewed':
      return d.approved ? t('timeline.ClaimReviewedApproved', { amount: amount(money, d.amount) }) : t('timeline.ClaimReviewedRejected', { reason: reason(d.reasonName) });
    case 'DrawRandomnessRequested':
      return str(d.expiredRequestId) && str(d.expiredRequestId) !== '0'
        ? t('timeline.DrawRandomnessRequestedAgain', { requestId: str(d.requestId), expired: str(d.expiredRequestId) })
        : t('timeline.DrawRandomnessRequested', { requestId: str(d.requestId), snapshotBlock: str(d.snapshotBlock) });
    case 'DrawMade':
      return t('timeline.DrawMade', { requestId: str(d.requestId) });
    case 'WitnessesDrawn':
      // The registry's event names the union drawn from `drawnRegion` and its size `setSize` since the stake tiers.
      return t('timeline.WitnessesDrawn', { count: Array.isArray(d.witnesses) ? d.witnesses.length : 0, region: region(d.drawnRegion ?? d.region), eligible: str(d.setSize ?? d.eligible) });
    case 'WitnessAssigned':
      return t('timeline.WitnessAssigned', { witness: who(d.witness), slot: slotNumber(d.slot), amount: amount(money, d.stakeLocked) });
    case 'WitnessAccepted':
    case 'WitnessDeclined':
    case 'WitnessReplaced':
      return t(`timeline.${event.kind}`, { witness: who(d.witness), slot: slotNumber(d.slot) });
    case 'WitnessAttested':
      return t(d.approved ? 'timeline.WitnessAttestedApproved' : 'timeline.WitnessAttestedRejected', { witness: who(d.witness), slot: slotNumber(d.slot) });
    case 'WitnessSkipped':
    case 'WitnessStakeReleased':
      return t(`timeline.${event.kind}`, { witness: who(d.witness) });
    case 'WitnessSlashed':
    case 'StakeSlashed':
      return t(`timeline.${event.kind}`, { witness: who(d.witness), amount: amount(money, d.amount) });
    case 'ClaimApproved':
      return t('timeline.ClaimApproved', { amount: amount(money, d.amount) });
    case 'ClaimPaid':
      return t('timeline.ClaimPaid', { time: typeof d.reportWindowEnds === 'string' ? formatTime(BigInt(d.reportWindowEnds), locale) : '' });
    case 'ClaimPaymentScheduled':
      return t('timeline.ClaimPaymentScheduled', { epochs: str(d.epochs), time: typeof d.paymentDeadline === 'string' ? formatTime(BigInt(d.paymentDeadline), locale) : '' });
    case 'ClaimPaidInPart':
      return t('timeline.ClaimPaidInPart', { paid: amount(money, d.paid), shortfall: amount(money, d.shortfall) });
    case 'PaymentReduced':
      return t('timeline.PaymentReduced', { paymentId: str(d.paymentId), cancelled: amount(money, d.cancelled), remaining: amount(money, d.remaining) });
    case 'EvidenceRevealed':
      return t('timeline.EvidenceRevealed', { reportId: str(d.reportId) });
    case 'FraudReported':
      return t('timeline.FraudReported', { reportId: str(d.reportId), reporter: who(d.reporter), bond: amount(money, d.bond) });
    case 'ReportResolved':
      return t('timeline.ReportResolved', { reportId: str(d.reportId), outcome: t(`outcomes.${str(d.outcomeName)}`, { defaultValue: str(d.outcomeName) }) });
    case 'ClaimArbitrated':
    case 'RecoveryRecorded':
      return t(`timeline.${event.kind}`);
    // Money that waits for the token (paused): the decision stands, the transfer or credit is made later.
    case 'CreditDeferred':
      return t('timeline.CreditDeferred', { amount: amount(money, d.amount), reason: creditReason(d.reasonText ?? d.reason, d.reportId) });
    case 'PendingCreditMade':
      return t('timeline.PendingCreditMade', { amount: amount(money, d.amount), reason: creditReason(d.reason, d.reportId) });
    case 'SlashedStakeOwed':
      return d.witness
        ? t('timeline.SlashedStakeOwed', { amount: amount(money, d.amount), witness: who(d.witness), module: moduleName(d.module) })
        : t('timeline.SlashedStakeOwedNoWitness', { amount: amount(money, d.amount), module: moduleName(d.module) });
    case 'OwedStakePaid':
      return t('timeline.OwedStakePaid', { amount: amount(money, d.amount), module: moduleName(d.module) });
    case 'ReporterPaymentDeferred':
      return t('timeline.ReporterPaymentDeferred', { amount: amount(money, d.amount), reporter: who(d.reporter), reportId: str(d.reportId) });
    default:
      return event.kind;
  }
}

/** Every on-chain step of the claim, in chain order, with its time, block and transaction. */
export function Timeline({ events }: { events: TimelineEvent[] }) {
  const { t, i18n } = useTranslation('claims');
  const money = useMoney();
  return (
    <ol className="timeline" data-testid="claim-timeline" aria-label={t('detail.timelineCaption')}>
      {events.map((event) => (
        <li key={event.id} data-kind={event.kind}>
          <div>{describeEvent(event, t, money, i18n.language)}</div>
          <div className="when">
            <Time seconds={event.timestamp} /> · {t('detail.block', { block: String(event.blockNumber) })} · <TxHash hash={event.transactionHash} />
          </div>
        </li>
      ))}
    </ol>
  );
}
