// Before the restitution goes out: asks for the next steps (when, by which channel, whom to contact) if none are written.
import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n';

interface Props {
  /** No next steps written: the restitution would end without telling participants what comes next. */
  missing: boolean;
  /** The way to write them: a button to the field on the report screen, the field itself on the print view. */
  children: ComponentChildren;
}

/** Not a barrier: the document can still be printed or exported, but the gap is said where that is done. */
export function NextStepsPrompt({ missing, children }: Props) {
  const { t } = useI18n();
  return (
    <div class="next-steps-prompt warning-note" role="group" aria-labelledby="next-steps-prompt-title">
      <p>
        <strong id="next-steps-prompt-title">{t(missing ? 'reportScreen.nextSteps.missing' : 'reportScreen.nextSteps.written')}</strong>
        {missing && <> {t('reportScreen.nextSteps.ask')}</>}
      </p>
      {children}
    </div>
  );
}
