import { describe, expect, it } from 'vitest';
import { factsOf, blocks } from './helpers';
import { extractFacts } from '../../../src/core/facts/extract';

describe('collected data types', () => {
  it.each([
    ['We collect your e-mail address and phone number when you register.', 'contact'],
    ['We may collect your precise location (GPS) to show nearby stores.', 'location'],
    ['Our servers automatically record your IP address and device identifiers.', 'device_identifiers'],
    ['We use cookies and web beacons to collect information about your visit.', 'cookies_tracking'],
    ['We collect payment card details when you buy a subscription.', 'financial'],
    ['Wemay collect still images and video recordings captured by the camera.', 'audio_video'],
    ['We collect data from the motion sensors built into the device.', 'sensor'],
    ['We collect the SSID of your router and Wi-Fi network information.', 'network'],
  ])('finds %s → %s', (text, type) => {
    expect(factsOf(text).collected).toContain(type);
  });

  it('reads items of a list introduced by a collection lead-in', () => {
    const f = factsOf('The information we collect may include:', { text: '• date of birth and gender;', kind: 'bullet' }, { text: '• orders for our products;', kind: 'bullet' });
    expect(f.collected).toEqual(expect.arrayContaining(['demographic', 'purchase']));
    expect(f.collected_evidence?.demographic).toEqual([1]);
  });

  it('does not count denied collection', () => {
    const f = factsOf('We do not collect your location.', 'We never collect health information.');
    expect(f.collected).not.toContain('location');
    expect(f.collected).not.toContain('health');
  });

  it('does not take places or services for data', () => {
    const f = factsOf('We collect your order and send it to a franchised location.', 'We share data with vendors who provide credit card processing.');
    expect(f.collected).not.toContain('location');
    expect(f.shared_types).not.toContain('financial');
  });

  it('does not take data the company receives from others for sharing', () => {
    expect(factsOf('We receive your e-mail address from our partners.').shared_types).not.toContain('contact');
  });

  it('does not count types excluded in a parenthesis', () => {
    const f = factsOf('Advertising companies may use information about your visits (not including your name, address, email address or telephone number) to serve ads.');
    expect(f.shared_types).toContain('online_activity');
    expect(f.shared_types).not.toContain('contact');
  });

  it('reports shared types for data disclosed to third parties, not for denials', () => {
    expect(factsOf('We may share your device identifier with our location service provider.').shared_types).toContain('device_identifiers');
    expect(factsOf('We do not share your location with third parties.').shared_types).not.toContain('location');
  });

  it('gives spans inside the block that cover the mention', () => {
    const bs = blocks(['We collect your e-mail address.']);
    const { spans } = extractFacts(bs);
    const s = spans.find((x) => x.field === 'collected' && x.value === 'contact')!;
    expect(bs[0].text.slice(s.start, s.end)).toMatch(/e-mail address/i);
  });
});
