import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function Notary() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.notary')}</h1>
    </section>
  );
}
