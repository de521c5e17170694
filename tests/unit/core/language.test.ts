import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../src/core/language';

const SAMPLES: Record<string, string> = {
  en: 'We collect information you provide to us when you create an account, and we may share it with service providers who process it on our behalf.',
  de: 'Wir erheben personenbezogene Daten, die Sie uns bei der Registrierung mitteilen, und geben sie nicht ohne Ihre Einwilligung an Dritte weiter.',
  fr: 'Nous collectons les données personnelles que vous nous fournissez lors de la création de votre compte et nous ne les vendons pas à des tiers.',
  es: 'Recopilamos los datos personales que usted nos proporciona cuando crea una cuenta y no los vendemos a terceros sin su consentimiento.',
  it: 'Raccogliamo i dati personali che ci fornisci quando crei un account e non li vendiamo a terzi senza il tuo consenso per nessun motivo.',
  pt: 'Coletamos os dados pessoais que você nos fornece quando cria uma conta e não os vendemos para terceiros sem o seu consentimento.',
  nl: 'Wij verzamelen de persoonsgegevens die u ons geeft wanneer u een account aanmaakt en wij verkopen deze niet aan derden zonder uw toestemming.',
  pl: 'Zbieramy dane osobowe, które podajesz podczas zakładania konta, i nie sprzedajemy ich osobom trzecim bez twojej zgody, jak również nie udostępniamy.',
  ru: 'Мы собираем персональные данные, которые вы предоставляете при создании учетной записи, и не продаем их третьим лицам.',
  zh: '我们收集您在创建账户时提供的个人信息，未经您的同意，我们不会将其出售给第三方。我们重视您的隐私。',
  ja: '当社は、お客様がアカウントを作成する際に提供された個人情報を収集し、お客様の同意なく第三者に販売することはありません。',
  ko: '당사는 귀하가 계정을 만들 때 제공한 개인정보를 수집하며 귀하의 동의 없이 제3자에게 판매하지 않습니다.',
  ar: 'نقوم بجمع البيانات الشخصية التي تقدمها لنا عند إنشاء حساب ولا نبيعها لأطراف ثالثة دون موافقتك.',
  el: 'Συλλέγουμε τα προσωπικά δεδομένα που μας παρέχετε όταν δημιουργείτε λογαριασμό και δεν τα πουλάμε σε τρίτους.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(SAMPLES))('recognises %s', (lang, text) => {
    expect(detectLanguage(`${text} ${text}`)).toBe(lang);
  });

  it("says 'und' when there is too little text or no words", () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('Privacy')).toBe('und');
    expect(detectLanguage('12345 67890 !!! ??? ---')).toBe('und');
    expect(detectLanguage(undefined as unknown as string)).toBe('und');
  });

  it('follows the dominant language of a long document with a few foreign lines', () => {
    const english = SAMPLES.en.repeat(20);
    expect(detectLanguage(`Deutsch | Français | Español\n${english}`)).toBe('en');
    expect(detectLanguage(`${SAMPLES.de.repeat(20)}\nEnglish version available. We care about your privacy.`)).toBe('de');
  });

  it('samples huge input quickly', () => {
    const t0 = performance.now();
    expect(detectLanguage(SAMPLES.en.repeat(100_000))).toBe('en');
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
