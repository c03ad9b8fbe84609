import { knownEquipmentTypes } from '#domain/places/place';
import type { Format } from '../shell/i18n/format';
import { SelectField } from './fields';

interface EquipmentFieldProps {
  label: string;
  /** The first choice, which asks for no equipment in particular. */
  anyLabel: string;
  value: string;
  onValue: (value: string) => void;
  format: Format;
}

/** A search's choice of one piece of equipment the place must have, or none in particular. */
export const EquipmentField = ({ label, anyLabel, value, onValue, format }: EquipmentFieldProps) => (
  <SelectField label={label} value={value} onValue={onValue}>
    <option value="">{anyLabel}</option>
    {knownEquipmentTypes.map((type) => (
      <option key={type} value={type}>
        {format.messages.equipment[type]}
      </option>
    ))}
  </SelectField>
);
