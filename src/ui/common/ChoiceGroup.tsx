// A fieldset of large radio buttons or checkboxes, each a full-width touch target.
interface Option {
  value: string;
  label: string;
  checked: boolean;
}

interface Props {
  legend: string;
  type: 'radio' | 'checkbox';
  name: string;
  options: readonly Option[];
  onChange: (value: string, checked: boolean) => void;
  class?: string;
}

export function ChoiceGroup({ legend, type, name, options, onChange, class: cls }: Props) {
  return (
    <fieldset class={`choices ${cls ?? ''}`}>
      <legend>{legend}</legend>
      <div class="choice-list">
        {options.map((o) => (
          <label key={o.value} class={`choice ${o.checked ? 'is-checked' : ''}`}>
            <input type={type} name={name} value={o.value} checked={o.checked} onChange={(e) => onChange(o.value, e.currentTarget.checked)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
