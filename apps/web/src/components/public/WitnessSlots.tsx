import { useTranslation } from 'react-i18next';
import type { ClaimWitness } from '../../api/schemas';
import { useMoney } from '../../lib/token';
import { Address, FullHash, Time, scrollRegion } from './bits';

/** The attestation of a slot: approved, rejected, or none yet. */
function Attestation({ witness }: { witness: ClaimWitness }) {
  const { t } = useTranslation('claims');
  if (witness.approved === true) return <span className="ok">✓ {t('witness.approved')}</span>;
  if (witness.approved === false) return <span className="bad">✗ {t('witness.rejected')}</span>;
  return <span className="muted">{t('witness.noAttestation')}</span>;
}

/**
 * The claim's witness (见证人) slots: who was drawn, where each stands, their attestation and the hash of their signed
 * visit report. `compact` leaves out stakes and deadlines (the public board).
 */
export function WitnessSlots({ witnesses, caption, compact = false }: { witnesses: ClaimWitness[]; caption: string; compact?: boolean }) {
  const { t } = useTranslation('claims');
  const money = useMoney();
  if (witnesses.length === 0) return <p className="muted">{t('witness.none')}</p>;
  return (
    <div className="table-wrap" {...scrollRegion(caption)}>
      <table data-testid="witness-slots">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('witness.slot')}</th>
            <th scope="col">{t('witness.witness')}</th>
            <th scope="col">{t('witness.status')}</th>
            <th scope="col">{t('witness.attestation')}</th>
            <th scope="col">{t('witness.reportHash')}</th>
            {compact ? null : (
              <>
                <th scope="col" className="num">
                  {t('witness.stakeLocked')}
                </th>
                <th scope="col">{t('witness.deadline')}</th>
              </>
            )}
          </tr>
        </thead>
        <tbody>
          {witnesses.map((w) => (
            <tr key={`${w.slot}-${w.witness}`} data-testid={`witness-slot-${w.slot}`}>
              <th scope="row">{w.slot + 1}</th>
              <td>
                <Address value={w.witness} />
              </td>
              <td data-status={w.status}>{t(`witnessStatus.${w.status}`, { defaultValue: w.status })}</td>
              <td>
                <Attestation witness={w} />
              </td>
              <td>{w.reportHash ? <FullHash value={w.reportHash} /> : <span className="muted">—</span>}</td>
              {compact ? null : (
                <>
                  <td className="num">
                    {money(w.stakeLocked)}
                    {w.slashed > 0n ? (
                      <>
                        <br />
                        <span className="bad">{t('witness.slashed', { amount: money(w.slashed) })}</span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {w.status === 'drawn' ? (
                      <>
                        {t('witness.acceptBy')} <Time seconds={w.acceptDeadline} />
                      </>
                    ) : w.status === 'accepted' ? (
                      <>
                        {t('witness.attestBy')} <Time seconds={w.attestDeadline} />
                      </>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
