import { formatDateId } from '../../../shared/rules/format.ts';
import type { Database } from '../../db/connection.ts';
import type { Caller } from '../../http/caller.ts';
import { AppError } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { type PdfLine, renderPdf } from '../privacy/pdf.ts';
import { participantOf } from './enrolment.service.ts';
import { certificateNumber } from './programmes.rules.ts';
import { sessionOf } from './programmes.service.ts';

export type CertificateData = {
  number: string;
  participant: string;
  business: string;
  programme: string;
  session: string;
  startDay: string;
  endDay: string;
  place: string;
  organiser: string;
};

const centred = (text: string, size: number, bold = false, space = 0): PdfLine => ({
  text,
  size,
  bold,
  space,
  align: 'center',
});

export function certificatePdf(d: CertificateData): Buffer {
  const days =
    d.startDay === d.endDay
      ? formatDateId(d.startDay)
      : `${formatDateId(d.startDay)} sampai ${formatDateId(d.endDay)}`;
  const lines: PdfLine[] = [
    centred('SERTIFIKAT', 30, true, 90),
    centred(`Nomor: ${d.number}`, 11, false, 6),
    centred('Diberikan kepada', 13, false, 50),
    centred(d.participant, 24, true, 12),
    centred(d.business, 14, false, 4),
    centred('atas partisipasinya sebagai peserta', 13, false, 40),
    centred(d.programme, 18, true, 8),
    centred(d.session, 13, false, 4),
    centred(`${days} di ${d.place}`, 12, false, 6),
    centred(`Diselenggarakan oleh ${d.organiser}`, 12, false, 40),
    centred('Kota Malang', 12, false, 60),
    centred('Penyelenggara', 12, true, 70),
  ];
  return renderPdf(lines, {
    title: `Sertifikat ${d.number} - ${d.participant}`,
    pageLabel: () => `Sertifikat ${d.number} - diterbitkan oleh registri industri rumahan Pilar`,
    frame: true,
  });
}

/** A certificate for a seated participant who attended; the download is written to the audit log. */
export async function participantCertificate(db: Database, id: number, caller: Caller) {
  const p = await participantOf(db, id, caller);
  if (p.status !== 'enrolled' || p.attended !== true) {
    throw new AppError(
      'NOT_ATTENDED',
      'Sertifikat hanya untuk peserta yang tercatat hadir; isi kehadirannya lebih dulu.',
    );
  }
  const s = await sessionOf(db, p.session_id, caller);
  const number = certificateNumber(Number(s.start_day.slice(0, 4)), s.id, p.id);
  await audit(db, caller, 'participant.certificate', {
    entity: 'participant',
    entityId: id,
    purpose: 'certificate of attendance',
    details: { sessionId: s.id, businessId: p.business_id },
  });
  return {
    number,
    pdf: certificatePdf({
      number,
      participant: p.owner_name,
      business: p.business_name,
      programme: s.programme_name,
      session: s.title,
      startDay: s.start_day,
      endDay: s.end_day,
      place: s.place,
      organiser: s.organiser,
    }),
  };
}
