import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { isAddress } from 'viem';
import { useClaims } from '../../api/hooks';
import { CLAIM_STATES, isClaimState, type ClaimState } from '../../api/schemas';
import { Address, ClaimLink, LoadState, StateBadge, Time, scrollRegion } from '../../components/public/bits';
import { useMoney } from '../../lib/token';

const PAGE_SIZE = 20;

/** The filters as the URL carries them (`?state=Announced&claimant=0x…&cursor=12`), so a filtered view can be shared. */
function useFilters() {
  const [params, setParams] = useSearchParams();
  const stateParam = params.get('state') ?? '';
  const states = stateParam.split(',').filter(isClaimState);
  const claimant = (params.get('claimant') ?? '').trim();
  const cursorParam = params.get('cursor') ?? '';
  const cursor = /^\d{1,78}$/.test(cursorParam) ? cursorParam : null;
  return { params, setParams, states, claimant, claimantValid: claimant === '' || isAddress(claimant, { strict: false }), cursor };
}

/** A link to the same filters at another page; the pages already seen ride along in history state for "Newer". */
function pageSearch(params: URLSearchParams, cursor: string | null) {
  const next = new URLSearchParams(params);
  if (cursor) next.set('cursor', cursor);
  else next.delete('cursor');
  const search = next.toString();
  return search ? `?${search}` : '';
}

export default function Claims() {
  const { t } = useTranslation('claims');
  const money = useMoney();
  const location = useLocation();
  const { params, setParams, states, claimant, claimantValid, cursor } = useFilters();
  const stack = ((location.state as { pages?: string[] } | null)?.pages ?? []).filter((c) => typeof c === 'string');
  const { data, isLoading, error } = useClaims(claimantValid ? { states, claimant: claimant || null, cursor, limit: PAGE_SIZE } : null);

  const stateId = useId();
  const claimantId = useId();
  const [draftClaimant, setDraftClaimant] = useState(claimant);
  const [draftState, setDraftState] = useState<ClaimState | ''>(states[0] ?? '');
  const [touched, setTouched] = useState(false);
  // The URL is the truth: a link (a claimant in the table, back/forward) resets the form to it.
  const firstState = states[0] ?? '';
  useEffect(() => {
    setDraftClaimant(claimant);
    setDraftState(firstState);
    setTouched(false);
  }, [claimant, firstState]);
  const draftValid = draftClaimant.trim() === '' || isAddress(draftClaimant.trim(), { strict: false });
  const showInvalid = (touched && !draftValid) || (!touched && !claimantValid);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!draftValid) return;
    const next = new URLSearchParams(params);
    next.delete('cursor');
    if (draftState) next.set('state', draftState);
    else next.delete('state');
    if (draftClaimant.trim()) next.set('claimant', draftClaimant.trim());
    else next.delete('claimant');
    setParams(next);
  };
  const clear = () => {
    setDraftClaimant('');
    setDraftState('');
    setTouched(false);
    const next = new URLSearchParams(params);
    for (const name of ['state', 'claimant', 'cursor']) next.delete(name);
    setParams(next);
  };
  const filtered = states.length > 0 || claimant !== '' || cursor !== null;

  const previous = stack.length > 0 ? stack[stack.length - 1] : undefined;
  return (
    <section aria-labelledby="claims-title">
      <h1 id="claims-title">{t('title')}</h1>
      <p className="lead">{t('intro')}</p>

      <form className="filters" onSubmit={apply} role="search" aria-label={t('filters.title')} data-testid="claims-filters">
        <div className="field">
          <label htmlFor={stateId}>{t('filters.state')}</label>
          <select id={stateId} value={draftState} onChange={(e) => setDraftState(e.target.value as ClaimState | '')} data-testid="filter-state">
            <option value="">{t('filters.allStates')}</option>
            {CLAIM_STATES.filter((s) => s !== 'Attested').map((s) => (
              <option key={s} value={s}>
                {t(`states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={claimantId}>{t('filters.claimant')}</label>
          <input
            id={claimantId}
            value={draftClaimant}
            onChange={(e) => setDraftClaimant(e.target.value)}
            onBlur={() => setTouched(true)}
            placeholder="0x…"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={showInvalid || undefined}
            aria-describedby={`${claimantId}-hint${showInvalid ? ` ${claimantId}-error` : ''}`}
            data-testid="filter-claimant"
          />
          <span className="hint" id={`${claimantId}-hint`}>
            {t('filters.claimantHint')}
          </span>
          {showInvalid ? (
            <span className="error" id={`${claimantId}-error`} role="alert">
              {t('filters.claimantInvalid')}
            </span>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit" data-testid="filter-apply">
            {t('filters.apply')}
          </button>
          {filtered ? (
            <button type="button" className="secondary" onClick={clear} data-testid="filter-clear">
              {t('filters.clear')}
            </button>
          ) : null}
        </div>
      </form>

      <LoadState isLoading={isLoading} error={error} testId="claims" />
      {data ? (
        <>
          <p className="muted" aria-live="polite" data-testid="claims-count">
            {t('list.count', { count: data.claims.length })}
          </p>
          {data.claims.length === 0 ? (
            <p className="notice" data-testid="claims-empty">
              {t('list.none')}
            </p>
          ) : (
            <div className="table-wrap" {...scrollRegion(t('list.caption'))}>
              <table data-testid="claims-table">
                <caption className="visually-hidden">{t('list.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('fields.claim')}</th>
                    <th scope="col">{t('fields.state')}</th>
                    <th scope="col" className="num">
                      {t('fields.amount')}
                    </th>
                    <th scope="col">{t('fields.claimant')}</th>
                    <th scope="col">{t('fields.region')}</th>
                    <th scope="col">{t('fields.filedAt')}</th>
                    <th scope="col">{t('fields.updatedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.claims.map((c) => (
                    <tr key={String(c.claimId)} data-testid={`claim-row-${c.claimId}`}>
                      <th scope="row">
                        <ClaimLink claimId={c.claimId} />
                      </th>
                      <td>
                        <StateBadge state={c.state} />
                        {c.reason && c.state === 'Rejected' ? <div className="muted small">{t(`reasons.${c.reason}`, { defaultValue: c.reason })}</div> : null}
                      </td>
                      <td className="num">{money(c.approvedAmount ?? c.requestedAmount)}</td>
                      <td>
                        <Link to={`/claims?claimant=${c.claimant}`} title={t('filters.claimant')}>
                          <Address value={c.claimant} />
                        </Link>
                      </td>
                      <td>{String(c.region)}</td>
                      <td>
                        <Time seconds={c.filedAt} />
                      </td>
                      <td>
                        <Time seconds={c.updatedAt} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {cursor || data.nextCursor !== null ? (
          <nav aria-label={t('list.pagination')}>
            <ul className="pager">
              {cursor ? (
                <li>
                  <Link className="button-link secondary" to={{ search: pageSearch(params, null) }} data-testid="page-first">
                    {t('list.first')}
                  </Link>
                </li>
              ) : null}
              {cursor && previous !== undefined && previous !== '' ? (
                <li>
                  <Link
                    className="button-link secondary"
                    to={{ search: pageSearch(params, previous) }}
                    state={{ pages: stack.slice(0, -1) }}
                    data-testid="page-previous"
                  >
                    {t('list.previous')}
                  </Link>
                </li>
              ) : null}
              {data.nextCursor !== null ? (
                <li>
                  <Link
                    className="button-link secondary"
                    to={{ search: pageSearch(params, String(data.nextCursor)) }}
                    state={{ pages: [...stack, cursor ?? ''] }}
                    data-testid="page-next"
                  >
                    {t('list.next')}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
