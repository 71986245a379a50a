import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/t';

/**
 * A destructive action in two steps: the button turns into a question with "confirm" and "cancel".
 * Focus moves to the confirm button, and back to the trigger on cancel or Escape.
 */
export function ConfirmButton(props: { label: string; question: string; confirmLabel: string; onConfirm: () => void | Promise<unknown> }) {
  const [asking, setAsking] = useState(false);
  const wasAsking = useRef(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" ref={trigger} class="danger" onClick={() => setAsking(true)}>
        {props.label}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={props.question} onKeyDown={(event) => event.key === 'Escape' && setAsking(false)}>
      <p>{props.question}</p>
      <button
        type="button"
        ref={confirm}
        class="danger"
        onClick={() => {
          wasAsking.current = false; // the trigger may be gone after the action (a deleted row)
          setAsking(false);
          void props.onConfirm();
        }}
      >
        {props.confirmLabel}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('ui_cancel')}
      </button>
    </div>
  );
}
