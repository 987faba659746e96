// Under a follow-up form: why the whole fiche refused it, or what was just stored.
import type { Refusal } from '../../actions/plan';
import { useI18n } from '../../i18n';
import { refusalText } from './words';

export function FormNotes({ refused, done }: { refused: Refusal | null; done: string }) {
  const { t } = useI18n();
  return (
    <>
      {refused && (
        <p class="error-text" role="alert">
          {refusalText(t, refused)}
        </p>
      )}
      <p class="success-text" role="status">
        {done}
      </p>
    </>
  );
}
