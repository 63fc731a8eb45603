import type { ReactNode } from 'react';
import { RequireWallet } from './RequireWallet';

/** A member or role page: its title, an introduction, a notice (e.g. what stays private), and the form once a wallet is connected. */
export function FormPage({ title, intro, notice, walletWhy, children }: { title: ReactNode; intro?: ReactNode; notice?: ReactNode; walletWhy: ReactNode; children: ReactNode }) {
  return (
    <section className="form-page">
      <h1>{title}</h1>
      {intro ? <p>{intro}</p> : null}
      {notice ? <p className="notice">{notice}</p> : null}
      <RequireWallet why={walletWhy}>{children}</RequireWallet>
    </section>
  );
}
