import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import type { DashboardMap } from '../../../../shared/contracts/dashboard.ts';
import { formatNumberId } from '../../../../shared/rules/format.ts';
import { useI18n } from '../../i18n/index.tsx';

const TILE_URL = import.meta.env.VITE_TILE_URL ?? 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const ATTRIBUTION =
  import.meta.env.VITE_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * Home industries as small dots and each kelurahan as a circle sized by its count, drawn on a canvas (14,000
 * dots stay smooth on a phone). Everything is vector, so with no tile server reachable — or VITE_TILE_URL set
 * empty — the points and circles still show on a plain background.
 */
export default function RegistryMap({ data, linkTo }: { data: DashboardMap; linkTo: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!ref.current || data.areas.length === 0) return;
    const map = L.map(ref.current, { scrollWheelZoom: false, preferCanvas: true });
    if (TILE_URL) L.tileLayer(TILE_URL, { maxZoom: 18, attribution: ATTRIBUTION }).addTo(map);
    const renderer = L.canvas({ padding: 0.2 });
    for (const [lat, lon] of data.points ?? []) {
      L.circleMarker([lat, lon], {
        renderer,
        radius: 1.5,
        stroke: false,
        fillColor: '#1864ab',
        fillOpacity: 0.5,
        interactive: false,
      }).addTo(map);
    }
    const max = Math.max(1, ...data.areas.map((a) => a.hi));
    for (const a of data.areas) {
      const circle = L.circleMarker([a.lat, a.lon], {
        renderer,
        radius: 4 + 16 * Math.sqrt(a.hi / max),
        color: '#862e9c',
        weight: 1.5,
        fillColor: '#be4bdb',
        fillOpacity: 0.35,
      })
        .bindTooltip(`${a.name} (${a.kecamatan}): ${formatNumberId(a.hi)} ${t('col.hi')}`)
        .addTo(map);
      if (linkTo) circle.on('click', () => navigate(`/usaha?kelurahan=${a.code}&homeIndustry=true`));
    }
    const spots = data.points?.length
      ? data.points
      : data.areas.map((a) => [a.lat, a.lon] as [number, number]);
    map.fitBounds(L.latLngBounds(spots).pad(0.05));
    return () => {
      map.remove();
    };
  }, [data, linkTo, navigate, t]);

  return <section ref={ref} className="map-box map-box-tall" aria-label={t('map.registry')} />;
}
