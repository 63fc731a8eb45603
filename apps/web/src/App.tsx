import { lazy } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { Layout } from './components/Layout';
import { NotFound } from './pages/NotFound';

// Each page is its own chunk, so the dashboard's first load carries only what it needs.
const Dashboard = lazy(() => import('./pages/public/Dashboard'));
const Board = lazy(() => import('./pages/public/Board'));
const Claims = lazy(() => import('./pages/public/Claims'));
const ClaimDetail = lazy(() => import('./pages/public/ClaimDetail'));
const Join = lazy(() => import('./pages/member/Join'));
const Account = lazy(() => import('./pages/member/Account'));
const FileClaim = lazy(() => import('./pages/member/FileClaim'));
const Report = lazy(() => import('./pages/member/Report'));
const Witness = lazy(() => import('./pages/roles/Witness'));
const Notary = lazy(() => import('./pages/roles/Notary'));
const Operator = lazy(() => import('./pages/roles/Operator'));

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <Dashboard /> },
      { path: 'board', element: <Board /> },
      { path: 'claims', element: <Claims /> },
      { path: 'claims/new', element: <FileClaim /> },
      { path: 'claims/:claimId', element: <ClaimDetail /> },
      { path: 'join', element: <Join /> },
      { path: 'account', element: <Account /> },
      { path: 'report', element: <Report /> },
      { path: 'witness', element: <Witness /> },
      { path: 'notary', element: <Notary /> },
      { path: 'operator', element: <Operator /> },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

export function App() {
  return <RouterProvider router={router} />;
}
