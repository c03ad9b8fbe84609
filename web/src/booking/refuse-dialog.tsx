import { useId, useState } from 'preact/hooks';
import { Modal } from '../planning/modal';
import { FormAlert } from '../shell/forms/form-alert';
import { TextAreaField } from '../shell/forms/text-area-field';
import type { Format } from '../shell/i18n/format';
import type { BookingRequest } from './booking-types';

interface RefuseDialogProps {
  request: BookingRequest;
  format: Format;
  onRefuse: (reason: string) => void;
  onClose: () => void;
}

/** A refusal says why: the student reads the reason next to their request. */
export const RefuseDialog = ({ request, format, onRefuse, onClose }: RefuseDialogProps) => {
  const words = format.messages.booking.manage;
  const errorId = useId();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = (event: Event) => {
    event.preventDefault();
    if (!reason.trim()) {
      setProblem(words.reasonMissing);
      return;
    }
    onRefuse(reason.trim());
  };
  return (
    <Modal
      title={format.message(words.refuseTitle, { student: request.studentName })}
      closeLabel={words.close}
      onClose={onClose}
    >
      <form class="form" noValidate onSubmit={submit}>
        <p>
          {request.placeName}, {format.day(request.date)}, {format.timeSpan(request.start, request.end)}
        </p>
        <TextAreaField
          label={words.reason}
          maxLength={300}
          value={reason}
          onValue={setReason}
          required
          errorId={problem ? errorId : undefined}
        />
        <FormAlert id={errorId} message={problem} />
        <div class="form__actions">
          <button type="submit" class="button button--danger">
            {words.refuseConfirm}
          </button>
        </div>
      </form>
    </Modal>
  );
};
