import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  CloseButton,
  FileInput,
  Group,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { MAX_VISIT_PHOTO_BYTES, MAX_VISIT_PHOTOS, VisitInput } from '../../../../shared/contracts/visits.ts';
import {
  INTERVENTION_TYPE_KEYS,
  INTERVENTION_TYPES,
  type InterventionType,
  jakartaToday,
  PILLARS,
  type Pillar,
} from '../../../../shared/rules/mentoring.ts';
import { useBusiness } from '../../api/businesses.ts';
import { useBusinessRoadmap } from '../../api/roadmaps.ts';
import { useRecordVisit } from '../../api/visits.ts';
import { serverFieldErrors, zodFieldErrors } from '../../components/form-errors.ts';
import { ErrorState, errorMessage, LoadingState } from '../../components/States.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useLabels } from '../../i18n/labels.ts';

type FollowUp = { title: string; type: string; pillar: string; dueDate: string };
const emptyFollowUp = (): FollowUp => ({ title: '', type: 'kunjungan', pillar: '', dueDate: '' });

/** The phone form of a mentoring visit: date, pillars, findings, optional position, photos, follow-ups. */
export default function VisitFormPage() {
  const { t } = useI18n();
  const names = useLabels();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const business = useBusiness(id);
  // The roadmap query is refreshed by every roadmap write, so a plan made a moment ago counts.
  const roadmap = useBusinessRoadmap(id);
  const record = useRecordVisit(id);
  usePageTitle(t('visit.formTitle'));
  const [date, setDate] = useState(jakartaToday());
  const [topics, setTopics] = useState<string[]>([]);
  const [topicsNote, setTopicsNote] = useState('');
  const [findings, setFindings] = useState('');
  const [position, setPosition] = useState<{ lat: number; lon: number } | null>(null);
  const [locating, setLocating] = useState<'idle' | 'busy' | 'failed'>('idle');
  const [photos, setPhotos] = useState<File[]>([]);
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  if (business.isPending || roadmap.isPending) return <LoadingState />;
  if (business.isError) return <ErrorState page error={business.error} onRetry={() => business.refetch()} />;
  if (roadmap.isError) return <ErrorState page error={roadmap.error} onRetry={() => roadmap.refetch()} />;
  const canFollowUp = roadmap.data.roadmap !== null;

  const locate = () => {
    if (!('geolocation' in navigator)) return setLocating('failed');
    setLocating('busy');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({ lat: p.coords.latitude, lon: p.coords.longitude });
        setLocating('idle');
      },
      () => setLocating('failed'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const setFollowUp = (i: number, patch: Partial<FollowUp>) =>
    setFollowUps((old) => old.map((f, j) => (j === i ? { ...f, ...patch } : f)));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const input = {
      visitDate: date || undefined,
      topics,
      topicsNote: topicsNote.trim() || null,
      findings,
      latitude: position?.lat ?? null,
      longitude: position?.lon ?? null,
      followUps: followUps.map((f) => ({
        title: f.title,
        type: f.type,
        pillar: f.pillar || undefined,
        dueDate: f.dueDate || null,
      })),
    };
    const parsed = VisitInput.safeParse(input);
    const photoErrors: Record<string, string> = {};
    if (photos.length > MAX_VISIT_PHOTOS) photoErrors.photos = t('visit.photos');
    photos.forEach((p, i) => {
      if (p.size > MAX_VISIT_PHOTO_BYTES)
        photoErrors.photos = `Foto ${i + 1} lebih dari 5 MB; kecilkan dulu ukurannya.`;
    });
    if (!parsed.success || Object.keys(photoErrors).length) {
      return setErrors({ ...(parsed.success ? {} : zodFieldErrors(parsed.error)), ...photoErrors });
    }
    setErrors({});
    record.mutate(
      { input: parsed.data as VisitInput, photos },
      {
        onSuccess: () => navigate(`/usaha/${id}#visits-title`, { state: { saved: 'created' } }),
        onError: (err) => {
          const fields = serverFieldErrors(err);
          // Photo issues come as photos.0, photos.1: shown on the one photo field.
          const photo = Object.entries(fields).find(([k]) => k.startsWith('photos'));
          setErrors(photo ? { ...fields, photos: photo[1] } : fields);
        },
      },
    );
  };

  return (
    <Stack gap="md" maw={640}>
      <Anchor component={Link} to={`/usaha/${id}`} fz="sm">
        ← {t('visit.back')}
      </Anchor>
      <div>
        <Title order={1}>{t('visit.formTitle')}</Title>
        <Text style={{ overflowWrap: 'anywhere' }}>{business.data.name}</Text>
      </div>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {record.isError && !Object.keys(errors).length && (
            <Alert color="red" role="alert">
              {errorMessage(record.error, t)}
            </Alert>
          )}
          <TextInput
            type="date"
            label={t('visit.date')}
            required
            value={date}
            max={jakartaToday()}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={errors.visitDate}
          />
          <Checkbox.Group
            label={t('visit.topicsLegend')}
            value={topics}
            onChange={setTopics}
            error={errors.topics}
          >
            <Stack gap={6} mt={4}>
              {PILLARS.map((p) => (
                <Checkbox key={p} value={p} label={names.pillar[p]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <TextInput
            label={t('visit.topicsNote')}
            value={topicsNote}
            onChange={(e) => setTopicsNote(e.currentTarget.value)}
            error={errors.topicsNote}
          />
          <Textarea
            label={t('visit.findings')}
            description={t('visit.findingsHelp')}
            required
            autosize
            minRows={3}
            value={findings}
            onChange={(e) => setFindings(e.currentTarget.value)}
            error={errors.findings}
          />
          <Stack gap={4}>
            <Group gap="xs">
              <Button variant="default" onClick={locate} loading={locating === 'busy'}>
                {t('visit.locate')}
              </Button>
              {position && (
                <Button variant="subtle" onClick={() => setPosition(null)}>
                  {t('visit.locationClear')}
                </Button>
              )}
            </Group>
            <Text fz="sm" role="status">
              {locating === 'busy'
                ? t('visit.locating')
                : position
                  ? t('visit.located', { lat: position.lat.toFixed(5), lon: position.lon.toFixed(5) })
                  : locating === 'failed'
                    ? t('visit.locationFailed')
                    : t('visit.locationOptional')}
            </Text>
            {errors.latitude && (
              <Text fz="sm" c="red.8">
                {errors.latitude}
              </Text>
            )}
          </Stack>
          <FileInput
            label={t('visit.photos')}
            description={t('visit.photosHelp')}
            multiple
            clearable
            clearButtonProps={{ 'aria-label': t('visit.clearPhotos') }}
            accept="image/*"
            capture="environment"
            value={photos}
            onChange={(files) => setPhotos(files ?? [])}
            valueComponent={({ value }) => (
              <Text fz="sm">{t('visit.photosChosen', { n: Array.isArray(value) ? value.length : 1 })}</Text>
            )}
            error={errors.photos}
          />
          <Card withBorder component="fieldset" p="sm" style={{ margin: 0 }}>
            <Text component="legend" fw={600} px={4}>
              {t('visit.followUps')}
            </Text>
            {canFollowUp ? (
              <Stack gap="sm">
                <Text fz="sm">{t('visit.followUpsHelp')}</Text>
                {errors.followUps && (
                  <Text fz="sm" c="red.8" role="alert">
                    {errors.followUps}
                  </Text>
                )}
                {followUps.map((f, i) => (
                  <FollowUpLine
                    // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity before saving
                    key={i}
                    n={i + 1}
                    value={f}
                    errors={errors}
                    onChange={(patch) => setFollowUp(i, patch)}
                    onRemove={() => setFollowUps((old) => old.filter((_, j) => j !== i))}
                  />
                ))}
                {followUps.length < 10 && (
                  <Button variant="light" onClick={() => setFollowUps((old) => [...old, emptyFollowUp()])}>
                    {t('visit.addFollowUp')}
                  </Button>
                )}
              </Stack>
            ) : (
              <Alert color="yellow" variant="light">
                {t('visit.noRoadmap')}
              </Alert>
            )}
          </Card>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={`/usaha/${id}`}>
              {t('action.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('visit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

function FollowUpLine({
  n,
  value: f,
  errors,
  onChange,
  onRemove,
}: {
  n: number;
  value: FollowUp;
  errors: Record<string, string>;
  onChange: (patch: Partial<FollowUp>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const names = useLabels();
  const e = (field: string) => errors[`followUps.${n - 1}.${field}`];
  return (
    <Card withBorder padding="sm" component="section" aria-label={t('visit.followUpTitle', { n })}>
      <Group justify="space-between" mb={4}>
        <Text fw={600}>{t('visit.followUpTitle', { n })}</Text>
        <CloseButton aria-label={t('visit.removeFollowUp', { n })} onClick={onRemove} />
      </Group>
      <Stack gap="xs">
        <TextInput
          label={t('visit.followUpName')}
          required
          value={f.title}
          onChange={(ev) => onChange({ title: ev.currentTarget.value })}
          error={e('title')}
        />
        <Select
          label={t('visit.followUpType')}
          data={INTERVENTION_TYPE_KEYS.map((k) => ({ value: k, label: names.interventionType[k] }))}
          value={f.type}
          onChange={(type) =>
            onChange({
              type: type ?? 'lainnya',
              pillar: type ? INTERVENTION_TYPES[type as InterventionType].pillar : f.pillar,
            })
          }
          allowDeselect={false}
          error={e('type')}
        />
        <Select
          label={t('roadmap.pillar')}
          data={PILLARS.map((p) => ({ value: p, label: names.pillar[p as Pillar] }))}
          value={f.pillar || null}
          onChange={(p) => onChange({ pillar: p ?? '' })}
          error={e('pillar')}
        />
        <TextInput
          type="date"
          label={t('visit.followUpDue')}
          value={f.dueDate}
          onChange={(ev) => onChange({ dueDate: ev.currentTarget.value })}
          error={e('dueDate')}
        />
      </Stack>
    </Card>
  );
}
