import { readRegister } from '#domain/attendance/take-register';
import { signedInHandler } from '#functions/identity/adapters/signed-in-handler';
import { attendancePorts } from './adapters/attendance-ports';
import { renderRegisterPdf } from './register-pdf/register-pdf';
import { sessionRefOf } from './session-ref';

/** A course session's signed register as a PDF: read through the same rights as on the screen. */
export const handler = signedInHandler(async (event, actor) => {
  const ref = sessionRefOf(event);
  const register = await readRegister(ref, actor, attendancePorts);
  const teachers = await attendancePorts.directory.people(register.session.teacherIds);
  const bytes = await renderRegisterPdf(
    { ...register, teachers: teachers.map((teacher) => `${teacher.firstName} ${teacher.lastName}`) },
    { timeZone: attendancePorts.school.timeZone, printedAt: attendancePorts.clock.now().toISOString() },
  );
  return {
    status: 200,
    file: {
      bytes,
      contentType: 'application/pdf',
      fileName: `feuille-d-appel-${ref.activityId}-${ref.seriesDate}.pdf`,
    },
  };
});
