import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/index.tsx';

const TILE_URL = import.meta.env.VITE_TILE_URL || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const ATTRIBUTION =
  import.meta.env.VITE_TILE_ATTRIBUTION ||
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/**
 * A small map of one business. The marker is an SVG circle, not an image icon, so it still shows when no
 * tile server is reachable (offline office networks) and needs no marker PNGs from the bundle.
 */
export default function BusinessMap({ lat, lon, label }: { lat: number; lon: number; label: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!ref.current) return;
    const map = L.map(ref.current, { scrollWheelZoom: false, attributionControl: true }).setView(
      [lat, lon],
      16,
    );
    L.tileLayer(TILE_URL, { maxZoom: 19, attribution: ATTRIBUTION }).addTo(map);
    L.circleMarker([lat, lon], {
      radius: 9,
      color: '#1864ab',
      weight: 3,
      fillColor: '#339af0',
      fillOpacity: 0.9,
    })
      .bindTooltip(label)
      .addTo(map);
    return () => {
      map.remove();
    };
  }, [lat, lon, label]);

  return (
    <figure style={{ margin: 0 }}>
      <div ref={ref} className="map-box" />
      <figcaption style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
        {t('map.coords', { lat: lat.toFixed(5), lon: lon.toFixed(5) })}{' '}
        <a
          href={`https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`}
          target="_blank"
          rel="noreferrer"
        >
          {t('map.open')}
        </a>
      </figcaption>
    </figure>
  );
}
