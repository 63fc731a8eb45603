import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useRuntimeConfig } from '../lib/config';
import { shortHex } from '../lib/format';
import { LanguageSwitch } from './LanguageSwitch';
import { WalletButton } from './WalletButton';

const PUBLIC_LINKS = [
  ['/', 'nav.dashboard'],
  ['/board', 'nav.board'],
  ['/claims', 'nav.claims'],
] as const;
const MEMBER_LINKS = [
  ['/join', 'nav.join'],
  ['/account', 'nav.account'],
  ['/claims/new', 'nav.fileClaim'],
  ['/report', 'nav.report'],
] as const;
const ROLE_LINKS = [
  ['/witness', 'nav.witness'],
  ['/notary', 'nav.notary'],
  ['/operator', 'nav.operator'],
] as const;

export function Layout() {
  const { t } = useTranslation();
  const { deployment, chainName, chainId } = useRuntimeConfig();
  const link = ([to, key]: readonly [string, string]) => (
    <li key={to}>
      <NavLink to={to} end={to === '/' || to === '/claims'}>
        {t(key)}
      </NavLink>
    </li>
  );
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <NavLink to="/" className="brand" aria-label={t('brandLabel')}>
          <span lang="zh-CN">拉手</span> <span className="brand-en">Lashou</span>
        </NavLink>
        <nav aria-label={t('nav.label')}>
          <ul>
            {PUBLIC_LINKS.map(link)}
            {MEMBER_LINKS.map(link)}
            {ROLE_LINKS.map(link)}
          </ul>
        </nav>
        <div className="header-tools">
          <LanguageSwitch />
          <WalletButton />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p aria-busy="true">{t('loading')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <p>{t('footer.tagline')}</p>
        <p>
          {t('footer.network', { name: chainName, id: chainId })} · {t('footer.pool')} <code title={deployment.pool}>{shortHex(deployment.pool)}</code>
        </p>
      </footer>
    </>
  );
}
