import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './components/Layout.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';

// Each page is its own chunk: a phone on a slow line loads the dashboard charts or the map only when needed.
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage.tsx'));
const BusinessListPage = lazy(() => import('./features/businesses/BusinessListPage.tsx'));
const BusinessProfilePage = lazy(() => import('./features/businesses/BusinessProfilePage.tsx'));
const BusinessCreatePage = lazy(() =>
  import('./features/businesses/BusinessFormPage.tsx').then((m) => ({ default: m.BusinessCreatePage })),
);
const BusinessEditPage = lazy(() =>
  import('./features/businesses/BusinessFormPage.tsx').then((m) => ({ default: m.BusinessEditPage })),
);
const PeopleListPage = lazy(() => import('./features/people/PeopleListPage.tsx'));
const PersonProfilePage = lazy(() => import('./features/people/PersonProfilePage.tsx'));
const PersonEditPage = lazy(() => import('./features/people/PersonEditPage.tsx'));
const AreasPage = lazy(() => import('./features/areas/AreasPage.tsx'));

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<DashboardPage />} />
        <Route path="usaha" element={<BusinessListPage />} />
        <Route path="usaha/baru" element={<BusinessCreatePage />} />
        <Route path="usaha/:id" element={<BusinessProfilePage />} />
        <Route path="usaha/:id/ubah" element={<BusinessEditPage />} />
        <Route path="pelaku" element={<PeopleListPage />} />
        <Route path="pelaku/:id" element={<PersonProfilePage />} />
        <Route path="pelaku/:id/ubah" element={<PersonEditPage />} />
        <Route path="wilayah" element={<AreasPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
