// What one file of an import asks about démarches: « Rattacher à … » or « Garder à part », and which démarche keeps a séance both sides put in different ones.
import type { ImportPreview } from '../../actions/importFile';
import type { DemarcheId } from '../../domain/types';
import { demarcheChoiceKey } from '../../format/demarcheSettle';
import type { ConflictChoice } from '../../format/settle';
import { useI18n } from '../../i18n';
import { ChoiceGroup } from '../common/ChoiceGroup';

interface Props {
  value: ImportPreview;
  /** The démarche files of another may join; null when the batch holds one démarche at most. */
  target: DemarcheId | null;
  titles: ReadonlyMap<string, string>;
  attached: boolean;
  onAttach: (attached: boolean) => void;
  choices: ReadonlyMap<string, ConflictChoice>;
  choiceKey: (key: string) => string;
  onChoose: (key: string, choice: ConflictChoice) => void;
  /** h2 when the file is the whole import, h4 under a file's own heading. */
  heading: 'h2' | 'h4';
  idPrefix: string;
}

export function DemarcheChoices({ value, target, titles, attached, onAttach, choices, choiceKey, onChoose, heading: H, idPrefix }: Props) {
  const { t } = useI18n();
  const name = (id: string) => titles.get(id) || t('transfer.demarche.untitled');
  const others = value.demarcheIds.filter((d): d is DemarcheId => d !== '' && d !== target);
  // The file's own démarche records that « Rattacher » leaves out.
  const left = value.envelope.data.demarches.filter((d) => d.id !== target).map((d) => name(d.id));
  const list = (names: string[]) => names.join('\u00a0», «\u00a0');
  // Attached, its séances go to the target whatever they are in here: the question would not be heard.
  const moves = attached && value.attachOffer ? [] : value.moves;
  const Item = H === 'h2' ? 'h3' : 'h5';
  return (
    <>
      {value.attachOffer && target && (
        <div class="transfer-demarche">
          <p>{others.length > 0 ? t('transfer.demarche.fileOther', { names: list(others.map(name)) }) : t('transfer.demarche.fileAlone')}</p>
          <ChoiceGroup
            legend={t('transfer.demarche.choice')}
            type="radio"
            name={`${idPrefix}attach`}
            options={[
              { value: 'attach', label: t('transfer.demarche.attach', { target: name(target) }), checked: attached },
              { value: 'apart', label: t('transfer.demarche.apart'), checked: !attached },
            ]}
            onChange={(v) => onAttach(v === 'attach')}
          />
          {attached && left.length > 0 && <p class="hint">{t('transfer.demarche.attachNote', { target: name(target), names: list(left) })}</p>}
        </div>
      )}
      {moves.length > 0 && (
        <section class="transfer-conflicts" aria-labelledby={`${idPrefix}moves-title`}>
          <H id={`${idPrefix}moves-title`}>{t('transfer.move.title', { n: moves.length })}</H>
          <p class="hint">{t('transfer.move.hint')}</p>
          <ol class="conflict-list">
            {moves.map((m) => {
              const key = choiceKey(demarcheChoiceKey(m.sessionId));
              const title = value.sessions.find((s) => s.id === m.sessionId)?.title || t('home.untitled');
              const headingId = `${idPrefix}move-${m.sessionId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
              return (
                <li key={key} class="conflict" aria-labelledby={headingId}>
                  <Item id={headingId}>{t('transfer.move.seance', { title })}</Item>
                  <p>{m.here === '' ? t('transfer.move.text.aloneHere', { file: name(m.file) }) : m.file === '' ? t('transfer.move.text.aloneFile', { here: name(m.here) }) : t('transfer.move.text', { here: name(m.here), file: name(m.file) })}</p>
                  <ChoiceGroup
                    legend={t('transfer.move.choice')}
                    type="radio"
                    name={`${idPrefix}choice-${key}`}
                    options={[
                      { value: 'local', label: m.here === '' ? t('transfer.move.keepNone') : t('transfer.move.keep', { name: name(m.here) }), checked: choices.get(key) !== 'incoming' },
                      { value: 'incoming', label: m.file === '' ? t('transfer.move.takeNone') : t('transfer.move.take', { name: name(m.file) }), checked: choices.get(key) === 'incoming' },
                    ]}
                    onChange={(v) => onChoose(key, v === 'incoming' ? 'incoming' : 'local')}
                  />
                </li>
              );
            })}
          </ol>
        </section>
      )}
    </>
  );
}
