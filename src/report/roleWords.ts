// The words an anonymised file puts in place of people's names: role names by their role, another séance's participant « un participant ».
import type { RoleLabels } from '../format/anonymise';
import type { Translate } from '../i18n/core';

export const fileRoleLabels = (t: Translate): RoleLabels => ({
  animateur: t('field.animateur'),
  secretaire: t('field.secretaire'),
  superviseur: t('field.superviseur'),
  pilote: t('field.pilote'),
  participant: t('field.participantElsewhere'),
});
