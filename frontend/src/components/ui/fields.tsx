import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Group,
  Input,
  NumberField,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  TextArea,
  TextField,
  type Key,
} from 'react-aria-components';
import { useFieldError } from '../../lib/useFormErrors';

interface TextInputProps {
  name: string;
  label: string;
  type?: 'text' | 'email' | 'password' | 'date' | 'url' | 'tel';
  description?: string;
  autoComplete?: string;
  required?: boolean;
  defaultValue?: string;
  autoFocus?: boolean;
}

export function TextInput({ name, label, type = 'text', description, autoComplete, required, defaultValue, autoFocus }: TextInputProps) {
  const { error, onEdit } = useFieldError(name);
  return (
    <TextField
      isInvalid={error !== undefined}
      onChange={onEdit}
      name={name}
      type={type}
      className="field"
      autoComplete={autoComplete}
      defaultValue={defaultValue}
      autoFocus={autoFocus}
    >
      <Label className="field__label">{label}</Label>
      {description ? <Text slot="description" className="field__description">{description}</Text> : null}
      <FieldError className="field__error">{error}</FieldError>
      <Input className="field__input" aria-required={required || undefined} />
    </TextField>
  );
}

interface TextAreaInputProps {
  name: string;
  label: string;
  description?: string;
  required?: boolean;
  rows?: number;
  defaultValue?: string;
}

export function TextAreaInput({ name, label, description, required, rows = 4, defaultValue }: TextAreaInputProps) {
  const { error, onEdit } = useFieldError(name);
  return (
    <TextField name={name} className="field" isInvalid={error !== undefined} onChange={onEdit} defaultValue={defaultValue}>
      <Label className="field__label">{label}</Label>
      {description ? <Text slot="description" className="field__description">{description}</Text> : null}
      <FieldError className="field__error">{error}</FieldError>
      <TextArea className="field__input field__input--area" rows={rows} aria-required={required || undefined} />
    </TextField>
  );
}

export interface Option {
  id: string;
  label: string;
}

interface SelectInputProps {
  name: string;
  label: string;
  options: readonly Option[];
  defaultSelectedKey?: string;
  selectedKey?: string | null;
  onSelectionChange?: (key: string) => void;
  description?: string;
  className?: string;
  placeholder?: string;
  isDisabled?: boolean;
  children?: ReactNode;
}

export function SelectInput({
  name,
  label,
  options,
  defaultSelectedKey,
  selectedKey,
  onSelectionChange,
  description,
  className,
  placeholder,
  isDisabled,
}: SelectInputProps) {
  const { error, onEdit } = useFieldError(name);
  return (
    <Select
      isInvalid={error !== undefined}
      name={name}
      className={`field ${className ?? ''}`}
      defaultSelectedKey={defaultSelectedKey}
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => {
        onEdit();
        if (key !== null) onSelectionChange?.(String(key));
      }}
      placeholder={placeholder}
      isDisabled={isDisabled}
    >
      <Label className="field__label">{label}</Label>
      {description ? <Text slot="description" className="field__description">{description}</Text> : null}
      <FieldError className="field__error">{error}</FieldError>
      <Button className="field__input select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">▾</span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox__item" textValue={option.label}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}

interface NumberInputProps {
  name: string;
  label: string;
  description?: string;
  minValue?: number;
  maxValue?: number;
  step?: number;
  defaultValue?: number;
  required?: boolean;
  onChange?: (value: number) => void;
}

/** A number with − and + buttons, formatted in the user's locale (5,5 in Dutch). */
export function NumberInput({ name, label, description, minValue, maxValue, step, defaultValue, required, onChange }: NumberInputProps) {
  const { error, onEdit } = useFieldError(name);
  return (
    <NumberField
      name={name}
      className="field"
      isInvalid={error !== undefined}
      minValue={minValue}
      maxValue={maxValue}
      step={step}
      defaultValue={defaultValue}
      onChange={(value) => {
        onEdit();
        onChange?.(value);
      }}
    >
      <Label className="field__label">{label}</Label>
      {description ? <Text slot="description" className="field__description">{description}</Text> : null}
      <FieldError className="field__error">{error}</FieldError>
      <Group className="number-field">
        <Button slot="decrement" className="number-field__step">
          −
        </Button>
        <Input className="field__input number-field__input" aria-required={required || undefined} />
        <Button slot="increment" className="number-field__step">
          +
        </Button>
      </Group>
    </NumberField>
  );
}
