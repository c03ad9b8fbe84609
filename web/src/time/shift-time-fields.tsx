/** A shift's start, end and break, as both the planning form and the entry of hours worked ask for them. */
export const ShiftTimeFields = ({
  id,
  words,
  start,
  end,
  breakMinutes,
  setStart,
  setEnd,
  setBreakMinutes,
}: {
  id: string;
  words: { start: string; end: string; breakMinutes: string };
  start: string;
  end: string;
  breakMinutes: string;
  setStart: (value: string) => void;
  setEnd: (value: string) => void;
  setBreakMinutes: (value: string) => void;
}) => (
  <>
    <div class="field">
      <label for={`${id}-start`}>{words.start}</label>
      <input
        id={`${id}-start`}
        type="time"
        required
        value={start}
        onInput={(event) => setStart(event.currentTarget.value)}
      />
    </div>
    <div class="field">
      <label for={`${id}-end`}>{words.end}</label>
      <input
        id={`${id}-end`}
        type="time"
        required
        value={end}
        onInput={(event) => setEnd(event.currentTarget.value)}
      />
    </div>
    <div class="field">
      <label for={`${id}-break`}>{words.breakMinutes}</label>
      <input
        id={`${id}-break`}
        type="number"
        min={0}
        max={240}
        step={5}
        inputMode="numeric"
        value={breakMinutes}
        onInput={(event) => setBreakMinutes(event.currentTarget.value)}
      />
    </div>
  </>
);
