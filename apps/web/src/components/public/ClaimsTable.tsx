import { useTranslation } from 'react-i18next';
import type { ClaimsPage } from '../../api/schemas';
import { useMoney } from '../../lib/token';
import { ClaimLink, StateBadge, Time, scrollRegion } from './bits';

/**
 * A short list of claims as a table: number, state, amount (approved, else requested) and one time — when it was
 * filed or last changed. `caption` names the table for screen readers and for its scroll region.
 */
export function ClaimsTable({
  claims,
  caption,
  time,
  testId,
  rowTestId,
}: {
  claims: ClaimsPage['claims'];
  caption: string;
  time: 'filedAt' | 'updatedAt';
  testId: string;
  rowTestId?: (claimId: bigint) => string;
}) {
  const { t } = useTranslation('claims');
  const money = useMoney();
  return (
    <div className="table-wrap" {...scrollRegion(caption)}>
      <table data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('fields.claim')}</th>
            <th scope="col">{t('fields.state')}</th>
            <th scope="col" className="num">
              {t('fields.amount')}
            </th>
            <th scope="col">{t(`fields.${time}`)}</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((c) => (
            <tr key={String(c.claimId)} data-testid={rowTestId?.(c.claimId)}>
              <th scope="row">
                <ClaimLink claimId={c.claimId} />
              </th>
              <td>
                <StateBadge state={c.state} inPart={c.shortfall !== undefined && c.shortfall !== null && c.shortfall > 0n} />
              </td>
              <td className="num">{money(c.approvedAmount ?? c.requestedAmount)}</td>
              <td>
                <Time seconds={c[time]} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
