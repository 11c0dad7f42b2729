import { FieldError, Input, Label, TextField } from 'react-aria-components';
import { useFieldError } from '../../lib/useFormErrors';

interface Props {
  /** Form field names of the day and the time; errors on `errorName` (the API field) show below. */
  dayName: string;
  timeName: string;
  errorName: string;
  dayLabel: string;
  timeLabel: string;
  defaultDay?: string;
  defaultTime?: string;
}

/** A day and a time of day in the browser's own pickers (the API gets one instant). */
export function DateTimeFields({ dayName, timeName, errorName, dayLabel, timeLabel, defaultDay, defaultTime }: Props) {
  const day = useFieldError(dayName);
  const time = useFieldError(timeName);
  const server = useFieldError(errorName);
  const dayError = day.error ?? server.error;
  return (
    <div className="form__row">
      <TextField
        name={dayName}
        className="field"
        defaultValue={defaultDay}
        isInvalid={dayError !== undefined}
        onChange={() => {
          day.onEdit();
          server.onEdit();
        }}
      >
        <Label className="field__label">{dayLabel}</Label>
        <FieldError className="field__error">{dayError}</FieldError>
        <Input type="date" className="field__input" aria-required />
      </TextField>
      <TextField
        name={timeName}
        className="field"
        defaultValue={defaultTime}
        isInvalid={time.error !== undefined}
        onChange={time.onEdit}
      >
        <Label className="field__label">{timeLabel}</Label>
        <FieldError className="field__error">{time.error}</FieldError>
        <Input type="time" className="field__input" aria-required />
      </TextField>
    </div>
  );
}
