import { lazy, type ReactNode, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import type { Permission } from '../../shared/contracts/auth.ts';
import { Layout } from './components/Layout.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { LoadingState } from './components/States.tsx';
import { AuthGate } from './features/auth/AuthGate.tsx';
import LoginPage from './features/auth/LoginPage.tsx';
import { RequirePermission } from './features/auth/NotPermittedPage.tsx';
import { useCan } from './features/auth/session.ts';

// Each page is its own chunk: a phone on a slow line loads the dashboard charts or the map only when needed.
const DashboardPage = lazy(() => import('./features/dashboard/DashboardPage.tsx'));
const ReferralsPage = lazy(() => import('./features/referrals/ReferralsPage.tsx'));
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
const UsersPage = lazy(() => import('./features/users/UsersPage.tsx'));
const AuditPage = lazy(() => import('./features/audit/AuditPage.tsx'));
const SubjectRequestsPage = lazy(() => import('./features/privacy/SubjectRequestsPage.tsx'));
const BreachesPage = lazy(() => import('./features/privacy/BreachesPage.tsx'));
const ImportsPage = lazy(() => import('./features/imports/ImportsPage.tsx'));
const ExportsPage = lazy(() => import('./features/exports/ExportsPage.tsx'));
const UploadPage = lazy(() => import('./features/imports/UploadPage.tsx'));
const ImportWizardPage = lazy(() => import('./features/imports/ImportWizardPage.tsx'));
const ReviewsPage = lazy(() => import('./features/reviews/ReviewsPage.tsx'));
const MyWorkPage = lazy(() => import('./features/roadmap/MyWorkPage.tsx'));
const VisitFormPage = lazy(() => import('./features/visits/VisitFormPage.tsx'));
const TemplatesPage = lazy(() => import('./features/roadmap/TemplatesPage.tsx'));
const ReferralDetailPage = lazy(() => import('./features/referrals/ReferralDetailPage.tsx'));
const SatisfactionPublicPage = lazy(() => import('./features/roadmap/SatisfactionPublicPage.tsx'));
const AssessmentPage = lazy(() => import('./features/assessments/AssessmentPage.tsx'));
const RubricPage = lazy(() => import('./features/assessments/RubricPage.tsx'));
const ExhibitionsPage = lazy(() => import('./features/exhibitions/ExhibitionsPage.tsx'));
const ExhibitionPage = lazy(() => import('./features/exhibitions/ExhibitionPage.tsx'));
const ProgrammesPage = lazy(() => import('./features/programmes/ProgrammesPage.tsx'));
const ProgrammePage = lazy(() => import('./features/programmes/ProgrammePage.tsx'));
const SessionPage = lazy(() => import('./features/programmes/SessionPage.tsx'));
const ProgrammeReportsPage = lazy(() => import('./features/programmes/ProgrammeReportsPage.tsx'));

/** The dashboard for roles that read it; partner agencies (mitra) land on their referrals. */
function HomePage() {
  const can = useCan();
  return can('dashboard.read') ? <DashboardPage /> : <ReferralsPage />;
}

const only = (permission: Permission, page: ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export function App() {
  return (
    <Routes>
      <Route path="masuk" element={<LoginPage />} />
      <Route
        path="kepuasan/:token"
        element={
          <Suspense fallback={<LoadingState />}>
            <SatisfactionPublicPage />
          </Suspense>
        }
      />
      <Route
        element={
          <AuthGate>
            <Layout />
          </AuthGate>
        }
      >
        <Route index element={<HomePage />} />
        <Route path="usaha" element={only('registry.read', <BusinessListPage />)} />
        <Route path="usaha/baru" element={only('registry.write', <BusinessCreatePage />)} />
        <Route path="usaha/:id" element={only('registry.read', <BusinessProfilePage />)} />
        <Route path="usaha/:id/ubah" element={only('registry.write', <BusinessEditPage />)} />
        <Route path="usaha/:id/nilai" element={only('assessments.write', <AssessmentPage />)} />
        <Route path="usaha/:id/kunjungan/baru" element={only('roadmap.write', <VisitFormPage />)} />
        <Route path="rubrik" element={only('rubric.manage', <RubricPage />)} />
        <Route path="pelaku" element={only('registry.read', <PeopleListPage />)} />
        <Route path="pelaku/:id" element={only('registry.read', <PersonProfilePage />)} />
        <Route path="pelaku/:id/ubah" element={only('registry.write', <PersonEditPage />)} />
        <Route path="impor" element={only('imports.manage', <ImportsPage />)} />
        <Route path="ekspor" element={only('registry.export', <ExportsPage />)} />
        <Route path="impor/baru" element={only('imports.manage', <UploadPage />)} />
        <Route path="impor/:id" element={only('imports.manage', <ImportWizardPage />)} />
        <Route path="program" element={only('registry.read', <ProgrammesPage />)} />
        <Route path="program/:id" element={only('registry.read', <ProgrammePage />)} />
        <Route path="sesi/:id" element={only('registry.read', <SessionPage />)} />
        <Route path="laporan-program" element={only('dashboard.read', <ProgrammeReportsPage />)} />
        <Route path="pameran" element={only('exhibitions.read', <ExhibitionsPage />)} />
        <Route path="pameran/:id" element={only('exhibitions.read', <ExhibitionPage />)} />
        <Route path="tinjauan" element={only('linkage.review', <ReviewsPage />)} />
        <Route path="pekerjaan" element={only('roadmap.write', <MyWorkPage />)} />
        <Route path="rujukan" element={only('referrals.update', <ReferralsPage />)} />
        <Route path="rujukan/:id" element={only('referrals.update', <ReferralDetailPage />)} />
        <Route path="templat" element={only('roadmap.templates', <TemplatesPage />)} />
        <Route path="wilayah" element={only('areas.read', <AreasPage />)} />
        <Route path="pengguna" element={only('users.manage', <UsersPage />)} />
        <Route path="audit" element={only('audit.read', <AuditPage />)} />
        <Route path="permintaan-data" element={only('privacy.manage', <SubjectRequestsPage />)} />
        <Route path="pelanggaran" element={only('breaches.manage', <BreachesPage />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
