/**
 * Small hand-made pages for the page-reading tests. Written for these tests (not copied from the
 * corpora): a vendor policy with site chrome, and the hard negatives the detector must reject.
 */
import { parseHTML } from 'linkedom';

export function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

const SITE_HEADER = `
  <header class="site-header"><a href="/">Lumen Home</a>
    <nav><ul><li><a href="/cameras">Cameras</a></li><li><a href="/doorbells">Doorbells</a></li><li><a href="/support">Support</a></li></ul></nav>
  </header>`;

const SITE_FOOTER = `
  <footer><ul>
    <li><a href="/terms">Terms of Service</a></li>
    <li><a href="/legal/privacy-policy">Privacy Policy</a></li>
    <li><a href="javascript:void(0)" class="cookie-settings">Cookie Settings</a></li>
  </ul><p>© 2024 Lumen Devices Inc.</p></footer>`;

export const POLICY_SECTIONS: Array<[string, string[]]> = [
  ['Information We Collect', [
    'We collect information you provide to us when you create an account, such as your name, email address, postal address and phone number.',
    'When you set up a camera we collect device identifiers, the Wi-Fi network name and the IP address of your router.',
    'We automatically collect usage information, such as the features you use and the times you open the app.',
  ]],
  ['How We Use Your Information', [
    'We use your personal information to provide and improve our services, to process your orders, and to send you service messages.',
    'We may use your information to personalise your experience and to protect the security of our products.',
  ]],
  ['How We Share Your Information', [
    'We do not sell your personal information. We share personal information with service providers who process it on our behalf, such as cloud hosting and payment processors.',
    'We may disclose information to law enforcement when required by law, or to a buyer in connection with a merger or acquisition.',
  ]],
  ['Cookies and Similar Technologies', [
    'We use cookies and web beacons to remember your preferences and to understand how visitors use our website. You can disable cookies in your browser settings.',
  ]],
  ['Your Rights and Choices', [
    'You may access, correct or delete your personal information at any time from your account settings. You can opt out of marketing emails by clicking unsubscribe.',
    'If you live in the European Economic Area you have the right to object to processing and the right to data portability.',
  ]],
  ['Data Retention', [
    'We retain your personal information for as long as your account is active or as needed to provide you the services, and delete it within 90 days after you close your account.',
  ]],
  ['Security', [
    'We use encryption and access controls to protect your personal information against unauthorized access.',
  ]],
  ["Children's Privacy", [
    'Our services are not directed to children under 13 and we do not knowingly collect personal information from children.',
  ]],
  ['Changes to This Privacy Policy', [
    'We may update this Privacy Policy from time to time. If we make material changes we will notify you by email before they take effect.',
  ]],
  ['Contact Us', [
    'If you have questions about this Privacy Policy, contact us at privacy@lumen.example or write to Lumen Devices Inc., 1 Harbour Street, Springfield.',
  ]],
];

export function policyBody(): string {
  return POLICY_SECTIONS.map(([h, ps]) => `<h2>${h}</h2>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}`).join('\n');
}

/** A vendor's privacy policy page with header, nav, footer, a cookie banner and a script. */
export const VENDOR_POLICY = `<!doctype html><html lang="en"><head><title>Privacy Policy | Lumen</title>
<style>p { color: red }</style><script>window.tracking = "collect personal information";</script></head>
<body>${SITE_HEADER}
<div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button></div>
<main>
  <h1>Lumen Privacy Policy</h1>
  <p>Last updated: 1 March 2024</p>
  <p>This Privacy Policy explains how Lumen Devices Inc. ("Lumen", "we", "us") collects, uses and shares personal information when you use our cameras, doorbells, apps and websites.</p>
  ${policyBody()}
</main>
${SITE_FOOTER}
<div data-fineprint="panel"><p>Fineprint: this page collects your personal information</p></div>
</body></html>`;

/** Terms of service: legal, long, mentions privacy and cookies, but names itself "these Terms". */
export const TERMS_PAGE = `<!doctype html><html><head><title>Terms of Service | Lumen</title></head><body>${SITE_HEADER}
<main><h1>Terms of Service</h1>
<p>These Terms of Service ("Terms") govern your use of the Lumen apps and devices. By using the services you agree to these Terms. If you do not agree to these Terms, do not use the services.</p>
<h2>Accounts</h2><p>You are responsible for safeguarding your account and for all activities under it. You must be at least 18 years old to accept these Terms.</p>
<h2>Privacy</h2><p>Our Privacy Policy explains how we collect and use your personal information. By using the services you agree that we can use such data in accordance with our Privacy Policy.</p>
<h2>Subscriptions and Payment</h2><p>Subscription fees are billed in advance and are non-refundable except as required by law. We may change prices with 30 days notice.</p>
<h2>Acceptable Use</h2><p>You may not reverse engineer the devices, interfere with the services, or use them to record people without their consent where the law requires it.</p>
<h2>Disclaimer of Warranties</h2><p>THE SERVICES ARE PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND. WE DO NOT WARRANT THAT THE SERVICES WILL BE UNINTERRUPTED OR ERROR FREE.</p>
<h2>Limitation of Liability</h2><p>To the maximum extent permitted by law, Lumen will not be liable for indirect, incidental or consequential damages arising out of these Terms or this agreement.</p>
<h2>Governing Law and Arbitration</h2><p>These Terms are governed by the laws of the State of Delaware. Any dispute arising under these Terms will be resolved by binding arbitration.</p>
<h2>Changes to These Terms</h2><p>We may modify these Terms at any time. Continued use of the services after changes means you accept the modified Terms.</p>
</main>${SITE_FOOTER}</body></html>`;

/** A news article about a company's privacy policy: privacy words, but reported, not a policy. */
export const NEWS_ARTICLE = `<!doctype html><html><head><title>Smart camera maker quietly rewrites its privacy policy - Daily Bugle</title></head><body>${SITE_HEADER}
<article><h1>Smart camera maker quietly rewrites its privacy policy</h1>
<p class="byline">By Jane Porter, Technology Reporter</p>
<p>Lumen, the smart camera maker, changed its privacy policy last week to allow sharing video metadata with advertising partners, the company confirmed on Monday.</p>
<p>"We take the privacy of our customers seriously," a Lumen spokesperson said in an emailed statement. The spokesperson said the change affects only users who opted in.</p>
<p>Privacy advocates were not convinced. "People bought a security camera, not a surveillance device," said Maria Lopez of the Digital Rights Center, who told reporters the update was buried in a long document.</p>
<p>According to the new text, the company may keep recordings for up to a year. Regulators in Europe said they were looking into the change, according to a person familiar with the matter.</p>
<p>Lumen shares rose 2 percent on Tuesday. The company said it would publish a transparency report later this year.</p>
<p>Analysts said the episode shows how little most people read of the terms they accept. "Nobody reads these," one analyst said.</p>
</article>${SITE_FOOTER}</body></html>`;

/** A privacy settings page: toggles and short labels, no policy prose. */
export const SETTINGS_PAGE = `<!doctype html><html><head><title>Privacy settings | Lumen account</title></head><body>${SITE_HEADER}
<main><h1>Privacy settings</h1>
<form>
  <label><input type="checkbox" checked> Share usage statistics</label>
  <label><input type="checkbox"> Personalised ads</label>
  <label><input type="checkbox"> Let friends find me by email</label>
  <label><input type="checkbox" checked> Face recognition</label>
  <label><input type="checkbox"> Share location with partners</label>
  <select><option>Keep recordings 30 days</option><option>Keep recordings 60 days</option></select>
  <button type="submit">Save</button>
</form>
<p>Read our <a href="/legal/privacy-policy">Privacy Policy</a> to learn more.</p>
</main>${SITE_FOOTER}</body></html>`;

/** A shop page with a cookie banner that talks about personal data. */
export const SHOP_WITH_BANNER = `<!doctype html><html><head><title>Lumen Cam 3 – Outdoor security camera</title></head><body>${SITE_HEADER}
<div class="cc-window cookie-consent" role="dialog" aria-label="cookie consent">
  <p>We and our partners use cookies to collect personal data such as your IP address for personalised ads, analytics and to share information with third parties. You can withdraw your consent at any time. See our <a href="/legal/privacy-policy">privacy policy</a>.</p>
  <button>Accept</button><button>Cookie settings</button>
</div>
<main><h1>Lumen Cam 3</h1>
<p>See every corner of your garden in sharp 2K video, day and night. The Lumen Cam 3 runs for six months on one charge and installs in minutes without wires.</p>
<h2>Features</h2><ul><li>2K HDR video with colour night vision</li><li>Two-way talk with noise cancellation</li><li>Weatherproof to IP65</li></ul>
<h2>In the box</h2><p>Camera, mount, screws, charging cable and a quick start guide.</p>
<p>Price: $129.99. Free shipping on orders over $50.</p>
</main>${SITE_FOOTER}</body></html>`;

/** A German privacy policy (Datenschutzerklärung). */
export const GERMAN_POLICY = `<!doctype html><html lang="de"><head><title>Datenschutzerklärung | Lumen</title></head><body>
<main><h1>Datenschutzerklärung</h1>
<p>Wir freuen uns über Ihr Interesse an unserem Unternehmen. Der Schutz Ihrer personenbezogenen Daten ist uns ein besonderes Anliegen. Nachfolgend informieren wir Sie über die Verarbeitung personenbezogener Daten bei der Nutzung unserer Website und unserer Geräte.</p>
<h2>Welche Daten wir erheben</h2><p>Wir erheben personenbezogene Daten, die Sie uns bei der Registrierung mitteilen, zum Beispiel Ihren Namen und Ihre E-Mail-Adresse. Außerdem werden beim Besuch der Website automatisch Daten wie die IP-Adresse erfasst.</p>
<h2>Zwecke der Verarbeitung</h2><p>Wir verarbeiten Ihre personenbezogenen Daten, um unsere Dienste bereitzustellen, die Sicherheit zu gewährleisten und gesetzliche Pflichten zu erfüllen. Die Rechtsgrundlage ist Art. 6 Abs. 1 DSGVO.</p>
<h2>Weitergabe an Dritte</h2><p>Eine Weitergabe Ihrer personenbezogenen Daten an Dritte findet nur statt, wenn Sie eingewilligt haben oder wir gesetzlich dazu verpflichtet sind. Wir verkaufen Ihre Daten nicht.</p>
<h2>Ihre Rechte</h2><p>Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung der Verarbeitung Ihrer Daten sowie das Recht auf Datenübertragbarkeit. Sie können sich bei einer Aufsichtsbehörde für den Datenschutz beschweren.</p>
<h2>Speicherdauer</h2><p>Wir speichern Ihre Daten nur so lange, wie es für die genannten Zwecke erforderlich ist, und löschen sie danach.</p>
<h2>Kontakt</h2><p>Bei Fragen zum Datenschutz wenden Sie sich bitte an datenschutz@lumen.example.</p>
</main></body></html>`;

export const EMPTY_PAGE = '<!doctype html><html><head><title></title></head><body></body></html>';

export const MALFORMED_PAGE = `<html><head><title>Privacy Policy</title><body><div><p>Unclosed paragraph about <b>bold <i>text
<li>stray item<table><tr><td>cell one<td>cell two</table></div></span></section>
</body></html><p>Text after the closing html tag.</p><h2>Late heading</h2><p>Late paragraph.`;

export function deepNest(depth: number, text = 'Deep text at the bottom of many divs.'): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>${text}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** About `targetBytes` of policy-like HTML (many sections). */
export function bigPage(targetBytes: number): string {
  const section = policyBody();
  const parts: string[] = ['<!doctype html><html><head><title>Privacy Policy</title></head><body><main><h1>Privacy Policy</h1>'];
  let size = parts[0].length;
  let i = 0;
  while (size < targetBytes) {
    const chunk = `<section id="s${i++}">${section}</section>\n`;
    parts.push(chunk);
    size += chunk.length;
  }
  parts.push('</main></body></html>');
  return parts.join('');
}

/** A help-centre article about privacy features: how-to steps, not a policy. */
export const HELP_PAGE = `<!doctype html><html><head><title>How do I delete my recordings? – Lumen Help Center</title></head><body>${SITE_HEADER}
<main><h1>How do I delete my recordings?</h1>
<p>You can delete recordings from the Lumen app at any time. Deleted recordings cannot be restored.</p>
<ol><li>Open the Lumen app and tap Library.</li><li>Tap Select, then choose the recordings you want to remove.</li><li>Tap the trash icon and confirm.</li></ol>
<h2>Delete all recordings</h2><p>Go to Settings, then Storage, then tap Delete all recordings. This can take a few minutes for large libraries.</p>
<h2>Still need help?</h2><p>Contact our support team by chat from the app. Learn more in our Privacy Policy.</p>
<p>Was this article helpful? Yes / No</p>
</main>${SITE_FOOTER}</body></html>`;

/**
 * One page, two documents: Terms of Service first, then the company's full privacy statement
 * under its own heading, then a refund policy. Only the privacy statement is a policy.
 */
export const TERMS_THEN_PRIVACY = `<!doctype html><html><head><title>Terms of Service | Lumen</title></head><body>${SITE_HEADER}
<main><h1>Terms of Service</h1>
<p>These Terms of Service ("Terms") govern your use of the Lumen apps and devices. By using the services you agree to these Terms. If you do not agree to these Terms, do not use the services.</p>
<h2>Accounts</h2><p>You are responsible for safeguarding your account and for all activities under it. You must be at least 18 years old to accept these Terms.</p>
<h2>Subscriptions and Payment</h2><p>Subscription fees are billed in advance and are non-refundable except as required by law. We may change prices with 30 days notice under these Terms.</p>
<h2>Limitation of Liability</h2><p>To the maximum extent permitted by law, Lumen will not be liable for indirect, incidental or consequential damages arising out of these Terms or this agreement.</p>
<h2>Governing Law</h2><p>These Terms are governed by the laws of the State of Delaware. Any dispute arising under these Terms will be resolved by binding arbitration.</p>
<h2>Privacy Statement</h2>
<p>This Privacy Statement explains how Lumen handles the personal information of people who use our cameras, apps and website, and the choices you have about it.</p>
<h3>Information we collect</h3><p>We collect the name, email address and postal address you give us when you create an account or place an order, and we automatically collect your IP address, device identifiers and the pages you visit on our website.</p>
<h3>How we use your information</h3><p>We use your personal information to deliver and support your devices, to process payments, to send you service messages and, if you agree, news about our products. We do not sell your personal information.</p>
<h3>Sharing</h3><p>We share your information with service providers that host our cloud, process payments and deliver orders, only as needed for them to work for us, and with authorities when the law requires it.</p>
<h3>Cookies</h3><p>Our website uses cookies and similar technologies to keep you signed in and to measure how the site is used. You can block cookies in your browser settings.</p>
<h3>Your choices</h3><p>You may access, correct or delete your personal information at any time from your account, and you can opt out of marketing emails with the unsubscribe link in each message.</p>
<h3>Contact us</h3><p>If you have questions about this Privacy Statement or our handling of your data, contact us at privacy@lumen.example.</p>
<h2>Refund Policy</h2><p>You may return a device within 30 days of delivery for a full refund. Refunds are issued to the original payment method within 10 business days.</p>
</main>${SITE_FOOTER}</body></html>`;
