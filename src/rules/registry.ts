import type { Rule } from './types';
import { collectionRules } from './families/collection';
import { sharingRules } from './families/sharing';
import { choiceRules } from './families/choice';
import { accessRules } from './families/access';
import { retentionRules } from './families/retention';
import { securityRules } from './families/security';
import { changeRules } from './families/change';
import { dntRules } from './families/dnt';
import { audienceRules } from './families/audiences';
import { headingRules } from './families/headings';

/** Every rule the classifier runs, in a stable order. The registry test checks each is documented and proven. */
export const RULES: readonly Rule[] = [
  ...collectionRules,
  ...sharingRules,
  ...choiceRules,
  ...accessRules,
  ...retentionRules,
  ...securityRules,
  ...changeRules,
  ...dntRules,
  ...audienceRules,
  ...headingRules,
];
