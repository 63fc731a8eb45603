import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function Dashboard() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.dashboard')}</h1>
    </section>
  );
}
