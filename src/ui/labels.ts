// Types only: a value import of schema.ts would pull zod into the popup bundle.
import type { DataType, Recipient, Purpose, Right, CHANGE_NOTICES, RED_FLAGS } from '../core/facts/schema';

/**
 * Human labels for the summary vocabularies of `src/core/facts/schema.ts`. Typed as complete
 * records so adding a vocabulary value without a label fails to compile; a unit test checks the
 * same at run time for the arrays that are not typed unions here (change notices, red flags).
 */

export interface Label {
  /** Short name shown as the item. */
  label: string;
  /** One line a person reads to understand the label (shown under it, or as help text). */
  hint?: string;
}

export const DATA_TYPE_LABELS: Record<DataType, Label> = {
  contact: { label: 'Contact details', hint: 'Name, e-mail, phone number, postal address' },
  financial: { label: 'Payment & financial data', hint: 'Card or bank details, billing information' },
  location: { label: 'Location', hint: 'Where you or your device are' },
  demographic: { label: 'Demographics', hint: 'Age, gender, birthday and similar' },
  computer_information: { label: 'Device & browser details', hint: 'Device model, operating system, browser, settings' },
  device_identifiers: { label: 'Device identifiers', hint: 'IP address, MAC address, IMEI, advertising IDs' },
  cookies_tracking: { label: 'Cookies & tracking', hint: 'Cookies, pixels, web beacons, SDKs' },
  online_activity: { label: 'Online activity', hint: 'Usage, browsing, clicks, logs' },
  user_profile: { label: 'Account & profile', hint: 'Username, password, preferences' },
  health: { label: 'Health data', hint: 'Health, fitness or medical information' },
  social_media: { label: 'Social media data', hint: 'Information from social network accounts' },
  survey: { label: 'Survey & feedback answers' },
  personal_identifier: { label: 'Government IDs', hint: 'Passport, ID card, social security number' },
  audio_video: { label: 'Photos, video & audio', hint: 'Images, recordings, voice' },
  sensor: { label: 'Sensor readings', hint: 'Readings from the device’s sensors' },
  network: { label: 'Network details', hint: 'Wi-Fi name (SSID), router and network data' },
  purchase: { label: 'Purchases', hint: 'Orders and transactions' },
  generic_personal: { label: 'Other personal information', hint: 'Personal data not described more precisely' },
};

export const RECIPIENT_LABELS: Record<Recipient, Label> = {
  affiliates: { label: 'Affiliates', hint: 'Companies of the same group' },
  service_providers: { label: 'Service providers', hint: 'Companies working on their behalf' },
  advertisers: { label: 'Advertisers', hint: 'Ad networks and advertising partners' },
  analytics: { label: 'Analytics providers' },
  payment_processors: { label: 'Payment processors' },
  law_enforcement: { label: 'Authorities & law enforcement', hint: 'When required by law or to protect rights' },
  business_transfer: { label: 'Buyers in a merger or sale', hint: 'If the business or its assets are sold' },
  mapping_location_providers: { label: 'Map & location services' },
  cloud_hosting: { label: 'Cloud & hosting providers' },
  partners: { label: 'Business partners' },
  public: { label: 'The public', hint: 'Made visible to other users or everyone' },
  other_third_parties: { label: 'Other third parties' },
};

export const PURPOSE_LABELS: Record<Purpose, Label> = {
  service_provision: { label: 'Providing the service' },
  improvement_analytics: { label: 'Improvement & analytics' },
  marketing: { label: 'Marketing' },
  advertising: { label: 'Advertising' },
  personalization: { label: 'Personalisation' },
  security_fraud: { label: 'Security & fraud prevention' },
  legal_compliance: { label: 'Legal compliance' },
  communication: { label: 'Communicating with you' },
  research: { label: 'Research' },
  other: { label: 'Other purposes' },
};

export const RIGHT_LABELS: Record<Right, Label> = {
  access: { label: 'See your data', hint: 'Ask for a copy of what they hold' },
  correction: { label: 'Correct your data' },
  deletion: { label: 'Delete your data' },
  portability: { label: 'Take your data elsewhere', hint: 'Get it in a machine-readable format' },
  restrict: { label: 'Restrict processing' },
  object: { label: 'Object to processing' },
  withdraw_consent: { label: 'Withdraw consent' },
  opt_out_marketing: { label: 'Opt out of marketing' },
  opt_out_location: { label: 'Turn off location collection' },
  cookie_control: { label: 'Control cookies' },
  account_closure: { label: 'Close your account' },
  complaint_authority: { label: 'Complain to a regulator', hint: 'A data protection authority' },
  automated_decision: { label: 'Contest automated decisions', hint: 'Not be subject to decisions made only by machines' },
};

export type ChangeNotice = (typeof CHANGE_NOTICES)[number];
export const CHANGE_NOTICE_LABELS: Record<ChangeNotice, Label> = {
  none_without_notice: { label: 'May change without telling you', hint: 'Changes can apply without any notice' },
  posted_only: { label: 'Changes are only posted on this page', hint: 'You have to check back yourself' },
  direct_notice_for_material: { label: 'You are told directly about important changes', hint: 'For example by e-mail or in the app' },
  unstated: { label: 'Not mentioned in the policy' },
};

export type RedFlagKind = (typeof RED_FLAGS)[number];
export const RED_FLAG_LABELS: Record<RedFlagKind, Label> = {
  changes_without_notice: { label: 'The policy may change without notice' },
  business_transfer_sale: { label: 'Your data may be sold with the business' },
  fee_for_requests: { label: 'They may charge for your requests' },
  may_refuse_requests: { label: 'They may refuse your requests' },
  backup_retention_after_deletion: { label: 'Copies stay in backups after deletion' },
  consent_by_use: { label: 'Using the service counts as consent' },
  sharing_consent_by_use: { label: 'Using the service counts as consent to sharing' },
  weak_protection_countries: { label: 'Data may go to countries with weaker protection' },
  ad_targeting: { label: 'Your data is used to target ads' },
  data_linked_to_identity: { label: 'Collected data is linked to your identity' },
  no_security_guarantee: { label: 'No guarantee your data is secure' },
  keeps_prior_versions: { label: 'Old versions of your data are kept' },
  disclosure_without_consent: { label: 'Your data may be disclosed without your consent' },
  collection_without_consent: { label: 'Data may be collected without your consent' },
  no_liability_for_breach: { label: 'They accept no liability for data breaches' },
  cookie_consent_by_browsing: { label: 'Browsing the site counts as consent to cookies' },
  changes_posted_only: { label: 'Changes are only posted, you are not told' },
  no_compliance_guarantee: { label: 'They do not promise to follow this policy' },
  vague_retention: { label: 'Data may be kept indefinitely' },
  limited_deletion_right: { label: 'You can ask for deletion only in some cases' },
  limited_correction: { label: 'You may not be able to correct your data' },
  missing_contact_email: { label: 'A contact address is missing from the policy' },
  credit_checks: { label: 'They may run credit checks' },
};

/**
 * The label of a vocabulary value, or a readable form of an unknown one. Facts come from storage
 * and messages: a value added by a newer build must still show as text, never crash the popup.
 */
export function labelOf(table: Record<string, Label>, value: string): Label {
  if (Object.prototype.hasOwnProperty.call(table, value)) return table[value];
  const words = value.replace(/[_-]+/g, ' ').trim();
  return { label: words ? words[0].toUpperCase() + words.slice(1) : value };
}

/** "1 day", "3 years". */
export function formatDuration(d: { value: number; unit: 'day' | 'week' | 'month' | 'year' }): string {
  const n = Number.isInteger(d.value) ? String(d.value) : d.value.toFixed(1);
  return `${n} ${d.unit}${d.value === 1 ? '' : 's'}`;
}
