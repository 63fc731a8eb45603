import { useTranslation } from 'react-i18next';

/** Placeholder: being built. */
export default function FileClaim() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('nav.fileClaim')}</h1>
    </section>
  );
}
