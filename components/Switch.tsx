import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

/** An on/off setting: a real checkbox (keyboard and screen readers work), drawn as a switch. */
export function Switch(props: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ComponentChildren;
  setting?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div class="switch" data-setting={props.setting}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={props.checked}
        aria-describedby={props.hint ? hintId : undefined}
        onChange={(event) => props.onChange(event.currentTarget.checked)}
      />
      <label for={id}>{props.label}</label>
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
