/**
 * Context words: short cues ("passport", "계좌", "DOB") that turn an otherwise ambiguous number
 * into a finding, or raise a finding's confidence. The whole text is scanned for all cues in ONE
 * pass; recognizers then ask "is there a cue of kind K just before/after this span?" with a
 * binary search, so context lookups never re-scan the text.
 */
import { LATIN_STREET_CUES, NON_LATIN_STREET_CUES } from './street-words.js';

export type ContextKind =
  | 'rrn'
  | 'frn'
  | 'ssn'
  | 'passport'
  | 'driverLicense'
  /** "licence"/"license"/"DL" alone: software, trade and class licences too, so only when it names the number. */
  | 'licenceWord'
  | 'card'
  | 'bankAccount'
  | 'phone'
  | 'birth'
  | 'address'
  /** Routing/sort codes identify a bank, not a person: they veto a nearby account cue. */
  | 'routing'
  /** Order, tracking, invoice, business-registration numbers: they veto a farther account or phone cue. */
  | 'reference'
  /** Names of identity numbers that carry letters or a strong layout: they only raise confidence. */
  | 'nationalId'
  /** Purely numeric national numbers are reported only next to their own name (see national-id-checks.ts). */
  | 'caSin'
  | 'nlBsn'
  | 'deTaxId'
  | 'inAadhaar'
  | 'jpMyNumber'
  /** Street-type words of languages the street patterns do not read (`street-words.ts`): they anchor an address. */
  | 'streetWord';

/** Lower-case; matched case-insensitively as whole words (see ENGLISH_TRIE). */
const ENGLISH_CUES: Readonly<Record<ContextKind, readonly string[]>> = {
  // The abbreviated English names ("Resident reg. no.", "Alien reg. no.", "ARC no.") too: "reg. no" alone is a
  // company or tax register number (a reference cue), which would veto the number a resident's name precedes.
  rrn: [
    'rrn', 'resident registration number', 'resident registration no', 'resident registration', 'resident number', 'jumin',
    'resident reg. no', 'resident reg no', 'resident reg. number', 'resident reg. nr', 'resident regn no',
  ],
  frn: [
    'frn', 'foreigner registration number', 'foreigner registration', 'alien registration number', 'alien registration', 'arc number',
    'foreigner reg. no', 'foreigner reg no', 'alien reg. no', 'alien reg no', 'alien reg. number', 'arc no',
  ],
  ssn: ['ssn', 'ssns', 'social security number', 'social security no', 'social security', 'soc sec'],
  passport: [
    'passport', 'passport no', 'passport number', 'travel document',
    // The same in other languages: de, fr, es, pt, it, nl, sv/no/da, fi, pl, cs/sk, sl/hr/sr, tr, ro, hu, id/ms.
    'reisepass', 'reisepass-nr', 'reisepassnummer', 'passnummer', 'pass-nr', 'passeport', 'numéro de passeport', 'pasaporte',
    'passaporte', 'passaporto', 'paspoort', 'paspoortnummer', 'pass nr', 'passinumero', 'paszport', 'nr paszportu',
    'cestovní pas', 'číslo pasu', 'cestovný pas', 'potni list', 'putovnica', 'pasoš', 'pasaport', 'pasaport no', 'pașaport',
    'útlevél', 'útlevélszám', 'paspor', 'pasport',
    // Croatian genitive ("Broj putovnice"), Latvian ("Pase Nr.", "Pases numurs"), Vietnamese ("Hộ chiếu số", "Số hộ chiếu").
    'putovnice', 'broj putovnice', 'pase nr', 'pases nr', 'pases numurs', 'hộ chiếu', 'hộ chiếu số', 'số hộ chiếu',
    // Finnish "passi (nro)", "passin numero"; Turkish and Romanian numbered forms.
    'passi', 'passi nro', 'passin numero', 'pasaport numarası', 'pașaport nr', 'paşaport nr',
    // Azerbaijani ("Pasport nömrəsi"), Armenian and Nepali transliterated.
    'pasport nömrəsi', 'pasportun nömrəsi',
  ],
  driverLicense: [
    "driver's license", 'drivers license', 'driver license', "driver's licence", 'drivers licence', 'driver licence',
    'driving licence', 'driving license', 'dl no', 'license no', 'license number', 'licence no', 'licence number',
    "driver's license number", "driver's licence number", 'driving licence number', 'driving licence no',
    // Other languages (de, fr, es, pt, it, nl, nordic, pl, cs, tr, ro, hu).
    'führerschein', 'führerscheinnummer', 'führerschein-nr', 'permis de conduire', 'licencia de conducir', 'licencia de conducción',
    'permiso de conducir', 'carnet de conducir', 'carta de condução', 'carteira de motorista', 'cnh', 'patente di guida',
    'rijbewijs', 'rijbewijsnummer', 'körkort', 'körkortsnummer', 'førerkort', 'kørekort', 'ajokortti', 'prawo jazdy', 'řidičský průkaz',
    'ehliyet', 'sürücü belgesi', 'permis de conducere', 'permis auto', 'jogosítvány', 'vezetői engedély',
    // Swiss German, Finnish, Norwegian, Danish, Czech numbered forms.
    'führerausweis', 'führerausweis-nr', 'führerausweisnummer', 'ajokortin numero', 'ajokortin nro', 'førerkortnummer',
    'kørekortnummer', 'řidičský průkaz č', 'číslo řidičského průkazu', 'sürücü belgesi no', 'ehliyet no',
    // Latvian, Croatian/Serbian/Bosnian, Slovak, Indonesian (SIM: Surat Izin Mengemudi; never the bare
    // "SIM", a phone card), Vietnamese (GPLX: giấy phép lái xe).
    'vadītāja apliecība', 'vadītāja apliecības nr', 'vadītāja apliecības numurs', 'vozačka dozvola', 'vozačke dozvole',
    'broj vozačke dozvole', 'vodičský preukaz', 'vodičského preukazu', 'číslo vodičského preukazu', 'no. sim', 'nomor sim',
    'sim no', 'gplx', 'số gplx', 'giấy phép lái xe',
    // Azerbaijani (driver's certificate), Spanish of Latin America (licencia de conducción exists; "pase" in Colombia).
    'sürücülük vəsiqəsi', 'sürücülük vəsiqəsinin nömrəsi', 'licencia de conducción no', 'pase de conducción',
    // Lithuanian (driver's certificate, and its genitive before "Nr."), Swiss Italian, Estonian (juhiluba, genitive juhiloa).
    'vairuotojo pažymėjimas', 'vairuotojo pažymėjimo', 'vairuotojo pažymėjimo nr', 'licenza di condurre', 'licenza di condurre n',
    'juhiluba', 'juhiloa', 'juhiloa number', 'juhiloa nr',
    // Slovene (driving permit, its genitive after "Številka").
    'vozniško dovoljenje', 'vozniškega dovoljenja', 'številka vozniškega dovoljenja',
  ],
  // (And the same word in Spanish, Portuguese, Italian and French: "No. de licencia", "Permis n°".)
  licenceWord: ['dl', 'license', 'licence', 'licencia', 'licença', 'licenza', 'permis'],
  card: [
    'credit card', 'debit card', 'card number', 'card no', 'card', 'cc', 'visa', 'mastercard', 'amex',
    'american express', 'discover', 'jcb', 'diners', 'unionpay', 'maestro',
  ],
  bankAccount: [
    'account', 'account number', 'account no', 'acct', 'a/c', 'bank', 'bank account', 'checking',
    'savings', 'iban', 'wire transfer',
    // Italian, Portuguese, Polish, Swedish, Danish account words.
    'conto corrente', 'numero di conto', 'conta', 'conta corrente', 'número da conta', 'numer konta', 'nr konta', 'rachunek',
    'kontonummer', 'bankkonto', 'konto',
    // Spanish, French, Dutch, Turkish, Romanian, Hungarian, Czech; Mexico's CLABE; cheque accounts.
    'cuenta', 'número de cuenta', 'numero de cuenta', 'cuenta bancaria', 'cuenta de nómina', 'cuenta corriente', 'clabe',
    'clabe interbancaria', 'compte', 'n° de compte', 'numéro de compte', 'compte bancaire', 'rekening', 'rekeningnummer',
    'bankrekening', 'hesap', 'hesap no', 'hesap numarası', 'cont bancar', 'număr de cont', 'számlaszám', 'bankszámla',
    'číslo účtu', 'cheque account', 'current account', 'savings account',
    // Nigeria's account number (NUBAN); Serbian, Croatian and Slovene account words (also TRR, the
    // Slovene current account); Indonesian and Malay.
    'nuban', 'račun', 'broj računa', 'tekući račun', 'žiro račun', 'številka računa', 'trr', 'nomor rekening', 'no. rekening',
  ],
  phone: [
    'phone', 'phone number', 'telephone', 'tel', 'mobile', 'cell', 'cellphone', 'fax', 'contact', 'call', 'whatsapp', 'ph', 'mob',
    // The words people in the other supported countries put before a number (it, pt, pl, sv, da) and Korean "H.P".
    // (Not the Polish abbreviation "kom." alone: "kom" is "come"/"came" in Dutch, Swedish and Danish.)
    'telefono', 'cellulare', 'cellulare n', 'telefone', 'celular', 'contato', 'fone', 'telefon', 'tel. kom', 'komórka',
    'mobil', 'tlf', 'mobilnummer', 'telefonnummer', 'h.p', 'handphone',
    // Latvian, Croatian, Hungarian, Indonesian, Vietnamese and Spanish words before a number.
    'tālrunis', 'tālr', 'mobitel', 'elérhetőség', 'elérhetőségem', 'telefonszám', 'hp', 'telepon', 'nomor hp', 'di động', 'điện thoại',
    'sđt', 'teléfono', 'móvil',
    // Words before a number in more languages (pt, fr, es, is, af) and English phrases that end right before one.
    'telemóvel', 'telemovel', 'tél', 'joignable au', 'contacto', 'sími', 'farsími', 'símanúmer', 'selfoon', 'telefoon',
    'reach me on', 'reach me at', 'reachable on', 'reachable at', 'call me on', 'call me back on', 'office line', 'direct line', 'landline',
  ],
  birth: [
    'dob', 'd.o.b', 'date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on', 'b-day',
    // Field names of forms exported as JSON, YAML or CSV.
    'date_of_birth', 'birth_date', 'dateofbirth',
    // Italian, Portuguese, Polish, Swedish, Danish.
    'data di nascita', 'nato il', 'nata il', 'data de nascimento', 'nascido em', 'nascida em', 'data urodzenia',
    'urodzony', 'urodzona', 'födelsedatum', 'född', 'fødselsdato', 'født',
    // German, French, Spanish, Portuguese, Dutch.
    'geburtsdatum', 'geboren', 'geb', 'geb. datum', 'geb.-dat', 'geb.-datum', 'geburtstag', 'date de naissance', 'date de naiss', 'né', 'née', 'né(e)', 'naissance',
    'fecha de nacimiento', 'fecha de nac', 'f. nacimiento', 'f. nac', 'nacimiento', 'nacido', 'nacida', 'data de nasc',
    'nascimento', 'nascido', 'nascida', 'geboortedatum', 'geb.datum', 'geboortedag',
    // Finnish, Icelandic, Estonian, Latvian, Lithuanian, Czech, Slovak, Slovene, Croatian/Serbian/Bosnian (Latin), Polish.
    'syntymäaika', 'syntymäpäivä', 'syntynyt', 'fæðingardagur', 'sünniaeg', 'sünnikuupäev', 'dzimšanas datums', 'gimimo data',
    'datum narození', 'nar.', 'narozen', 'narozena', 'dátum narodenia', 'narodený', 'narodená', 'datum rojstva', 'rojen', 'rojena',
    'datum rođenja', 'datum rodjenja', 'rođen', 'rođena', 'ur.',
    // Turkish, Romanian, Hungarian, Catalan, Indonesian/Malay, Vietnamese, Albanian.
    'doğum tarihi', 'dogum tarihi', 'doğum', 'd. tarihi', 'd.tarihi', 'data nașterii', 'data nasterii', 'data naşterii', 'născut', 'născută', 'nascut',
    'nascuta', 'születési dátum', 'születési idő', 'született', 'szül.', 'data de naixement', 'tanggal lahir', 'tarikh lahir',
    'ngày sinh', 'datëlindja',
    // Latvian "born" (dzimis/dzimusi, Dzim.), Croatian "Rođen/a", Slovak "narodil(a) sa", Spanish "nací (el)",
    // Indonesian "lahir" and its form fields ("Tempat, tgl. lahir", "TTL": place and date of birth),
    // Vietnamese "sinh ngày", "ngày tháng năm sinh", Hungarian "szül. dátum".
    'dzimis', 'dzimusi', 'dzim.', 'rođen/a', 'rođen(a)', 'narodil', 'narodila', 'narodil sa', 'narodila sa', 'nací', 'naci',
    'lahir', 'tgl. lahir', 'tgl lahir', 'tempat, tgl. lahir', 'tempat, tanggal lahir', 'tempat/tgl. lahir', 'tempat/tanggal lahir', 'ttl',
    'sinh ngày', 'ngày tháng năm sinh', 'szül. dátum', 'szül. idő',
    // Azerbaijani (date of birth, "born"), Spanish "F. de nac.".
    'doğum tarixi', 'təvəllüd', 'anadan olub', 'f. de nac', 'fecha nac',
    // The English abbreviation of "born" before a date ("b. 8th May, 2004"); only a date right after it counts.
    'b.',
    // Estonian "born" (sündinud), Lithuanian "born" (gimęs/gimusi/gimė), the Italian form field "Nascita".
    'sündinud', 'gimęs', 'gimusi', 'gimė', 'nascita',
    // Uzbek Latin (date of birth, both apostrophes), Maltese (born, date of birth), Kazakh Latin.
    "tug'ilgan sana", "tug'ilgan sanasi", 'tugʻilgan sana', 'tugʻilgan sanasi', 'tug‘ilgan sana', 'tug‘ilgan sanasi',
    'imwieled', 'imwielda', 'imwieled/a fi', 'imwieled fi', 'imwielda fi', 'data tat-twelid', "tuǵan kúni",
  ],
  // Address labels of many languages, and phrases that lead into an address (`labelled-address.ts` reads the value
  // after them by its shape): de, fr, es, pt, it, nl, nordic, fi, et, lv, lt, pl, cs/sk, sl/hr, ro, hu, tr, az, uz,
  // kk/ky (Latin), id/ms, vi, sw, mt.
  address: [
    'address', 'addr', 'residence', 'lives at', 'located at', 'mailing address', 'home address', 'postal address',
    'adresse', 'anschrift', 'wohnadresse', 'wohnort', 'domicile', 'domicilio', 'dirección', 'direccion', 'domicilio particular',
    'endereço', 'endereco', 'morada', 'indirizzo', 'residenza', 'adres', 'woonadres', 'adress', 'osoite', 'aadress',
    'adrese', 'adresas', 'adresa', 'naslov', 'bydliště', 'adresă', 'lakcím', 'ikamet', 'ikametgah', 'ünvan', 'manzil',
    'yashash manzili', 'mekenjay', 'alamat', 'địa chỉ', 'anwani', 'venue',
    'moved to', 'relocated to', 'moving to', 'send it to the office at', 'ship to', 'deliver to', 'delivery address',
    'the address for the delivery is', 'bring everything to', 'statement to', 'co-working space', 'send it to',
  ],
  routing: [
    'routing', 'routing number', 'routing no', 'aba', 'rtn', 'sort code', 'swift', 'bic', 'bsb', 'ifsc', 'transit number', 'clearingnummer',
    'reg. nr', 'agência', 'branch code',
  ],
  reference: [
    'order', 'order no', 'tracking', 'tracking number', 'shipment', 'parcel', 'consignment', 'batch', 'invoice', 'ticket', 'serial', 'reference', 'ref', 'part number', 'isbn', 'sku', 'ein', 'tax id', 'vat',
    // Numbers that name themselves: membership, customer, policy, case, booking numbers.
    'order number', 'invoice no', 'invoice number', 'part no', 'membership', 'membership no', 'membership number', 'member no',
    'member number', 'member id', 'customer no', 'customer number', 'client no', 'client number', 'account ref', 'policy no',
    'policy number', 'case no', 'case number', 'claim number', 'booking reference', 'booking ref', 'receipt no', 'voucher',
    // The same in Italian, Portuguese, Polish, Swedish and Danish.
    'ordine', 'numero ordine', 'fattura', 'codice articolo', 'tessera', 'pedido', 'protocolo', 'nota fiscal', 'rastreio',
    'zamówienia', 'faktury', 'przesyłki', 'członkowski', 'ordernummer', 'medlemsnummer', 'fakturanummer', 'artikelnummer',
    'ordrenummer', 'varenummer', 'kundnummer', 'kundenummer',
    // Business and student numbers: Australian ABN/ACN, NZBN and GST, Canadian business number,
    // Polish NIP/REGON, student numbers.
    'abn', 'acn', 'nzbn', 'gst', 'gst no', 'business number', 'company number', 'company no', 'nip', 'regon', 'student number', 'student no', 'student id',
    // Company registers and other named ids: US DUNS and NPI, French SIREN/SIRET/RCS, request and candidate numbers.
    // Italian VAT number (partita IVA) and the Polish "NIP firmy" (the company's NIP).
    'p.iva', 'p. iva', 'partita iva', 'nip firmy',
    'duns', 'npi', 'siren', 'siret', 'rcs', 'request id', 'request number', 'candidate number', 'candidate no', 'candidate id',
    // Company registers and tax numbers: Slovak/Czech IČO, IČ, DIČ, IČ DPH; Latvian registration number;
    // Hungarian company register and tax number; Croatian MBS and OIB; Vietnamese business registration
    // certificate (GCNĐKDN) and tax code (MST); Indonesian NPWP; Greek company AFM (transliterated).
    'ičo', 'ič', 'dič', 'ič dph', 'reģ. nr', 'reģistrācijas nr', 'reģistrācijas numurs', 'cégjegyzékszám', 'adószám', 'mbs', 'oib',
    'gcnđkdn', 'gcnđkdn số', 'mã số thuế', 'mst', 'npwp',
    // Turkish tax number (Vergi No, VKN), Romanian CIF/CUI, Belgian BCE, Austrian GISA number, Philippine BIR certificate.
    'vergi no', 'vergi numarası', 'vkn', 'cif', 'cui', 'bce', 'gisa-zahl', 'bir cor',
    // Video-call meeting ids and their passcodes (Zoom, Teams, Webex: "Meeting ID: 444 5889 9376"), in
    // English and the French, Spanish, German and Portuguese of the calendar invitations.
    // An ORCID iD ("0000-0002-1674-5002") identifies a researcher's publications, never an account or a phone.
    'orcid', 'orcid id',
    'meeting id', 'meeting number', 'meeting no', 'conference id', 'webinar id', 'zoom id', 'passcode', 'access code', 'session id',
    'id de réunion', 'id de la réunion', 'numéro de réunion', 'id de reunión', 'id de la reunión', 'meeting-id', 'besprechungs-id',
    'id da reunião',
    // Numbers a document names as its own (wave 16): a case, a purchase order and its cost centre, an
    // employee or interview id, a tax or company register number (TIN — never the bare word, Vietnamese "thông tin" —, Belgian KBO/BCE enterprise and VAT
    // numbers, Norwegian and Swedish organisation numbers, Azerbaijani VÖEN, Colombian NIT), a receipt.
    'case', 'case id', 'po', 'po no', 'po number', 'purchase order', 'cost centre', 'cost center',
    'employee id', 'employee no', 'employee number', 'staff id', 'staff no', 'interview id', 'application id', 'applicant id',
    'tin no', 'tin number', 'taxpayer id', 'tax reg. no', 'tax registration number', 'reg. no', 'regd. no', 'registration no',
    'kbo', 'kbo-nummer', 'ondernemingsnummer', 'btw-nummer', 'btw nr', 'tva', "n° d’entreprise", "n° d'entreprise",
    "numéro d’entreprise", "numéro d'entreprise", 'org.nr', 'org. nr', 'orgnr', 'organisasjonsnummer', 'organisationsnummer',
    'vöen', 'voen', 'nit', 'receipt', 'receipt number',
    // German and Finnish company tax numbers, the Israeli company number (ח.פ. is in the other table), document,
    // form and scan numbers, requisitions, arXiv ids, invoices in the languages their headings use.
    'steuernummer', 'y-tunnus', 'document no', 'document number', 'form id', 'scan no', 'requisition', 'arxiv',
    'facture', 'faktura', 'rechnung', 'fatura',
  ],
  nationalId: [
    'national insurance', 'national insurance number', 'national insurance no', 'nino', 'ni number', 'ni no',
    'nir', 'insee', 'numéro de sécurité sociale', 'securite sociale',
    'dni', 'nie', 'nif', 'documento nacional de identidad', 'codice fiscale', 'c.f', 'cf',
    'pan', 'pan no', 'pan number', 'pan card', 'permanent account number',
    'resident identity card', 'resident id', 'identity card', 'id card', 'id number', 'id no', 'national id', 'national identity number',
  ],
  caSin: [
    'sin', 'sin number', 'sin no', 'social insurance number', 'social insurance no', 'social insurance', 'numéro d’assurance sociale',
    // The French name with a straight apostrophe. (Not the abbreviation "NAS": a storage box in a CV.)
    "numéro d'assurance sociale", 'no d’assurance sociale',
  ],
  nlBsn: ['bsn', 'burgerservicenummer', 'sofinummer', 'sofi-nummer', 'sofi number'],
  deTaxId: [
    'steuer-id', 'steuerid', 'steuer id', 'steuer-identifikationsnummer', 'steueridentifikationsnummer',
    'steuerliche identifikationsnummer', 'identifikationsnummer', 'idnr', 'tax identification number', 'german tax id',
  ],
  inAadhaar: [
    'aadhaar', 'aadhar', 'aadhaar number', 'aadhaar no', 'aadhaar card', 'uidai', 'uid', 'uid no',
    'aadhar no', 'aadhar number', 'aadhar card', 'aadhaar card no', 'aadhaar card number', 'uid number',
  ],
  jpMyNumber: ['my number', 'mynumber', 'my number card', 'individual number', 'kojin bango'],
  streetWord: LATIN_STREET_CUES,
};

/** Korean, Japanese, Chinese, Greek and Cyrillic cues (see NON_LATIN_TRIE). */
const NON_LATIN_CUES: Readonly<Record<ContextKind, readonly string[]>> = {
  rrn: ['주민등록번호', '주민번호', '주민등록'],
  frn: ['외국인등록번호', '외국인등록증', '외국인등록', '외국인번호'],
  ssn: [],
  passport: [
    '여권번호', '여권',
    // Japanese, Chinese; Greek; Russian, Ukrainian, Bulgarian, Serbian.
    '旅券番号', 'パスポート', '护照', '護照', 'διαβατήριο', 'паспорт', 'пасош',
    // Greek genitive ("Αριθμός διαβατηρίου", "Αρ. διαβατηρίου"); Hebrew ("דרכון", "מספר דרכון").
    'διαβατηρίου', 'αριθμός διαβατηρίου', 'αρ. διαβατηρίου', 'דרכון', 'מספר דרכון',
    // Persian (passport, its number), Arabic (passport number), Armenian (passport, "number of the
    // passport"), Nepali (passport no.).
    'پاسپورت', 'شماره پاسپورت', 'گذرنامه', 'شماره گذرنامه', 'جواز السفر', 'جواز سفر', 'رقم جواز السفر',
    'անձնագիր', 'անձնագրի', 'անձնագրի համար', 'राहदानी', 'राहदानी नं.', 'राहदानी नम्बर',
  ],
  driverLicense: [
    '운전면허번호', '운전면허증', '운전면허', '면허번호', '면허증 번호', '면허증',
    // Greek ("Αρ. άδειας οδήγησης"), Hebrew ("מספר רישיון נהיגה").
    'άδεια οδήγησης', 'άδειας οδήγησης', 'αρ. άδειας οδήγησης', 'רישיון נהיגה', 'רשיון נהיגה', 'מספר רישיון נהיגה',
    '運転免許証', '運転免許', '驾驶证', '駕駛執照', 'δίπλωμα οδήγησης', 'водительское удостоверение', 'посвідчення водія', 'шофьорска книжка',
    // Persian (driving certificate), Arabic (driving licence), Armenian (driver's certificate), Nepali
    // (vehicle driver's permit).
    'گواهینامه رانندگی', 'شماره گواهینامه رانندگی', 'گواهینامه', 'رخصة القيادة', 'رخصة قيادة', 'رقم رخصة القيادة',
    'վարորդական վկայական', 'վարորդական իրավունք', 'सवारी चालक अनुमतिपत्र', 'चालक अनुमतिपत्र', 'सवारी चालक अनुमतिपत्र नं.',
    // Macedonian and Serbian Cyrillic (driving permit), Bulgarian (certificate of driving: "свидетелство за управление на МПС").
    'возачка дозвола', 'возачке дозволе', 'број возачке дозволе', 'свидетелство за управление', 'свидетелство за управление на мпс',
    // Traditional and simplified Chinese "driving licence (number)", Thai (driving permit, "ใบขับขี่"), Georgian (driving certificate).
    '駕照', '駕照號碼', '驾照', '驾照号码', 'ใบอนุญาตขับรถ', 'ใบอนุญาตขับรถเลขที่', 'ใบขับขี่', 'მართვის მოწმობა',
  ],
  licenceWord: [],
  card: ['카드번호', '신용카드', '체크카드', '카드'],
  bankAccount: [
    '계좌번호', '계좌', '입금', '예금주', '은행', '카카오뱅크', '토스뱅크', '케이뱅크', '농협', '신협', '수협', '우체국', '새마을금고',
    '口座番号', '口座', '銀行', '账号', '帐号', '银行账户', '銀行帳戶', 'λογαριασμός', 'αριθμός λογαριασμού', 'счёт', 'счет',
    'номер счета', 'номер счёта', 'рахунок', 'банкова сметка',
    // Traditional Chinese (Taiwan's salary account 薪轉帳戶, Hong Kong's 銀行戶口), Thai (account number,
    // bank), Arabic (account number), Georgian (account), Serbian Cyrillic (account).
    '帳戶', '帐户', '帳號', '薪轉帳戶', '銀行戶口', '戶口', '户口', 'เลขที่บัญชี', 'บัญชีเลขที่', 'บัญชีเงินฝาก', 'ธนาคาร', 'رقم الحساب', 'الحساب', 'ანგარიში',
    'рачун', 'број рачуна',
  ],
  phone: [
    '전화번호', '전화', '휴대폰', '핸드폰', '휴대전화', '연락처', '휴대번호',
    // Greek (mobile, telephone), Ukrainian and Russian (mobile, telephone), Hebrew (mobile, telephone).
    'κινητό', 'τηλέφωνο', 'τηλ.', 'моб.', 'мобільний', 'телефон', 'тел.', 'נייד', 'טלפון',
    // Arabic (telephone, mobile, "to reach me"), Tamil (mobile, telephone), Hindi and Nepali (mobile, phone).
    'هاتف', 'الهاتف', 'نقال', 'جوال', 'للتواصل', 'கைபேசி', 'தொலைபேசி', 'मोबाइल', 'फोन',
  ],
  birth: [
    '생년월일', '출생일', '생일', '출생',
    // Japanese, Chinese; Greek; Russian, Ukrainian, Bulgarian, Serbian (Cyrillic).
    '生年月日', '誕生日', '出生日期', '出生年月日', '出生年月', '生日', '出生',
    'ημερομηνία γέννησης', 'ημ. γέννησης', 'γεννήθηκα', 'γέννηση',
    'дата рождения', 'дата народження', 'дата на раждане', 'датум рођења', 'родился', 'родилась', 'народився', 'народилася',
    'роден', 'родена', 'рођен', 'рођена', 'д.р.',
    // Hebrew: date of birth (also abbreviated), "I was born", "born (m/f)".
    'תאריך לידה', 'ת. לידה', 'ת.לידה', 'נולדתי', 'יליד', 'ילידת',
    // Georgian (date of birth, "was born"), Thai (birthday, day/month/year of birth, "born on"), Arabic
    // (date of birth, "born in"/"born on").
    'დაბადების თარიღი', 'დაბ. თარიღი', 'დაბადების დღე', 'დაიბადა',
    'วันเกิด', 'วัน/เดือน/ปีเกิด', 'วันเดือนปีเกิด', 'เกิดวันที่', 'เกิดเมื่อ', 'เกิด',
    'تاريخ الميلاد', 'تاريخ الولادة', 'مواليد', 'ولد في', 'ولدت في', 'ولد بتاريخ',
    // Persian (date of birth, "born"), Armenian (date of birth, "was born"), Nepali (date of birth).
    'تاریخ تولد', 'متولد', 'ծննդյան ամսաթիվ', 'ծննդյան տարեթիվ', 'ծնվել է', 'ծնված', 'जन्म मिति', 'जन्म मिती',
    // Macedonian (date of birth), Bengali (date of birth, written as one word or two).
    'датум на раѓање', 'জন্মতারিখ', 'জন্ম তারিখ',
    // Kazakh, Uzbek Cyrillic, Mongolian (date of birth), the Russian abbreviation "Д/р"; Urdu and Persian
    // ("birth", date of birth); Khmer (day-month-year of birth, "born on").
    'туған күні', 'туған күні мен жылы', 'туғилган сана', 'туғилган санаси', 'төрсөн огноо', 'төрсөн он сар өдөр', 'д/р',
    'تولد', 'تاریخ پیدائش', 'ថ្ងៃខែឆ្នាំកំណើត', 'កើតនៅ', 'ថ្ងៃកំណើត',
  ],
  // Address labels: Russian/Bulgarian/Serbian/Ukrainian, Kazakh, Mongolian, Uzbek and Tajik Cyrillic, Greek, Georgian,
  // Armenian, Arabic, Persian, Urdu, Hebrew, Hindi/Nepali, Bengali, Khmer, Thai, Lao, Burmese, Amharic, Sinhala, Tamil,
  // Japanese, Chinese; Korean (also 오시는 길, "the way here", and 장소, "venue").
  address: [
    '주소', '거주지', '자택', '오시는 길', '장소',
    'адрес', 'адреса', 'адресу', 'адресата', 'мекенжай', 'мекенжайы', 'хаяг', 'манзил', 'манзили', 'суроға',
    'διεύθυνση', 'δ/νση', 'მისამართი', 'հասցե', 'عنوان', 'العنوان', 'آدرس', 'نشانی', 'پتہ', 'پتا', 'כתובת',
    'पता', 'ठेगाना', 'ঠিকানা', 'អាសយដ្ឋាន', 'ที่อยู่', 'ທີ່ຢູ່', 'လိပ်စာ', 'አድራሻ', 'ලිපිනය', 'முகவரி',
    '住所', '所在地', '地址', '住址', '居住地',
  ],
  routing: [],
  reference: [
    '주문번호', '송장번호', '운송장', '사업자등록번호', '사업자번호', '문서번호', '일련번호', '접수번호', '회원번호', '관리번호',
    // Certificate, student and inquiry numbers; the Ukrainian company code (ЄДРПОУ); the Greek tax number (ΑΦΜ).
    '자격증번호', '학번', '문의번호', 'єдрпоу', 'код єдрпоу', 'αφμ', 'α.φ.μ.',
    // Employee and corporate registration numbers.
    '사번', '법인등록번호', '수험번호',
    // Video-call meeting ids ("화상 회의 ID 561 2714 1886", "회의 번호"); Japanese and Chinese the same.
    '회의 ID', '회의 id', '회의ID', '회의 번호', '회의번호', 'ミーティングID', '会議ID', '會議 ID', '會議ID', '会议ID', '会议号', '會議號碼',
    // Receipt and military service numbers; Arabic commercial register and tax number; Persian company
    // national id and economic code; Nepali registration number.
    '영수증 번호', '영수증번호', '군번', 'ח.פ.', 'ח"פ', 'سجل تجاري', 'السجل التجاري', 'الرقم الضريبي', 'شناسه ملی', 'کد اقتصادی', 'दर्ता नं.',
  ],
  nationalId: ['신분증번호'],
  caSin: [],
  nlBsn: [],
  deTaxId: [],
  inAadhaar: [],
  jpMyNumber: ['마이넘버'],
  streetWord: NON_LATIN_STREET_CUES,
};

/**
 * Cues are found by walking a trie of their characters rather than with one regex alternation of
 * all ~150 cues: V8 tries the alternation at every position of the text, which made it one of the
 * most expensive passes of the detector. The walk only starts at word starts (Latin and Greek/Cyrillic
 * scripts) or at any Hangul/kana/Han character that starts a cue, and takes the longest cue there, as the
 * longest-first alternation did.
 */
interface CueNode {
  next: Map<number, CueNode>;
  /** Set when a cue ends at this node. */
  kind: ContextKind | undefined;
}

function cueTrie(table: Readonly<Record<ContextKind, readonly string[]>>, fold: (c: number) => number): CueNode {
  const root: CueNode = { next: new Map(), kind: undefined };
  for (const [kind, cues] of Object.entries(table) as [ContextKind, readonly string[]][]) {
    for (const cue of cues) {
      let node = root;
      for (let i = 0; i < cue.length; i++) {
        const c = fold(cue.charCodeAt(i));
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), kind: undefined }));
        node = child;
      }
      node.kind = kind;
    }
  }
  return root;
}

const RIGHT_SINGLE_QUOTE = 0x2019;
const APOSTROPHE = 0x27;

const CAPITAL_DOTTED_I = 0x130;
/** Azerbaijani ə (its capital Ə, U+018F, folds to it). */
const SMALL_SCHWA = 0x259;
const CAPITAL_SCHWA = 0x18f;

/**
 * Latin-script cues match case-insensitively (ASCII, and the accented capitals of Latin-1 and Latin
 * Extended-A, so "NÉ LE", "DOĞUM TARİHİ" and "FÖDELSEDATUM" too), and "driver’s" with a typographic apostrophe.
 */
function foldEnglish(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  if (c === CAPITAL_DOTTED_I) return 0x69; // Turkish İ → i
  if (c === CAPITAL_SCHWA) return SMALL_SCHWA;
  if (c >= 0x100 && c <= 0x17f) {
    // Latin Extended-A pairs capital and small letters: even capitals in two runs, odd ones in between.
    const evenRun = (c <= 0x137 || c >= 0x14a) && c <= 0x177;
    if (evenRun ? c % 2 === 0 : c >= 0x139 && c <= 0x148 && c % 2 === 1) return c + 1;
    return c;
  }
  if (c === 0x218 || c === 0x21a) return c + 1; // Romanian Ș, Ț (comma below)
  return c === RIGHT_SINGLE_QUOTE ? APOSTROPHE : c;
}

/** Greek, Cyrillic and Armenian capitals to small letters; Hangul, kana and Han have no case. */
function foldNonLatin(c: number): number {
  if ((c >= 0x391 && c <= 0x3a9) || (c >= 0x410 && c <= 0x42f)) return c + 0x20;
  if (c >= 0x531 && c <= 0x556) return c + 0x30; // Armenian
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  if (c === 0x386) return 0x3ac;
  if (c >= 0x388 && c <= 0x38a) return c + 0x25;
  if (c === 0x38c) return 0x3cc;
  if (c === 0x38e || c === 0x38f) return c + 0x3f;
  return c;
}

/** Greek and Cyrillic letters: a cue in these scripts must start a word, as a Latin one must. */
function isGreekOrCyrillic(c: number): boolean {
  return c >= 0x370 && c <= 0x52f;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** ASCII letters and the accented letters of Latin-1 and Latin Extended-A/B: one word ("Geburtsdatum", "Né", "Doğum"). */
function isLatinLetter(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === SMALL_SCHWA;
}

/** English cues match whole words only ("tel" must not fire inside "hotel"). */
const ENGLISH_TRIE = cueTrie(ENGLISH_CUES, foldEnglish);
/**
 * Korean cues attach to particles (여권번호는, 계좌로) and Japanese/Chinese text has no spaces, so they
 * match as plain substrings; Greek and Cyrillic ones at word starts.
 */
const NON_LATIN_TRIE = cueTrie(NON_LATIN_CUES, foldNonLatin);

interface CueMatch {
  end: number;
  kind: ContextKind;
}

/**
 * Most words and syllables start no cue. Bitmaps of the cues' first two (folded) ASCII characters
 * and of the non-Latin cues' first characters reject them without walking the trie (every cue has 2+
 * characters).
 */
const ENGLISH_PAIRS = new Uint8Array(128 * 128);
for (const cue of Object.values(ENGLISH_CUES).flat()) {
  const second = foldEnglish(cue.charCodeAt(1));
  if (second < 128) ENGLISH_PAIRS[cue.charCodeAt(0) * 128 + second] = 1;
}
/** Accented (folded) first letters of Latin cues: "číslo pasu", "řidičský průkaz", "útlevél". */
const ACCENTED_FIRST = new Uint8Array(0x250);
for (const cue of Object.values(ENGLISH_CUES).flat()) {
  const first = foldEnglish(cue.charCodeAt(0));
  if (first >= 128 && first < ACCENTED_FIRST.length) ACCENTED_FIRST[first] = 1;
}
const NON_LATIN_FIRST = new Uint8Array(0x10000);
for (const cue of Object.values(NON_LATIN_CUES).flat()) NON_LATIN_FIRST[foldNonLatin(cue.charCodeAt(0))] = 1;

/** Whether a non-Latin cue may start at `i`: its first character starts one, and it starts a Greek/Cyrillic word. */
function mayStartNonLatinCue(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (NON_LATIN_FIRST[foldNonLatin(c)] !== 1) return false;
  return !isGreekOrCyrillic(c) || i === 0 || !isGreekOrCyrillic(text.charCodeAt(i - 1));
}

function mayStartCue(text: string, start: number, english: boolean): boolean {
  if (!english) return mayStartNonLatinCue(text, start);
  const first = foldEnglish(text.charCodeAt(start));
  if (first >= 128) return true; // only letters that start a cue get here (ACCENTED_FIRST)
  const second = foldEnglish(text.charCodeAt(start + 1));
  // A non-ASCII second letter ("födelsedatum", "fødselsdato") is rare enough to walk the trie for.
  return second >= 128 || ENGLISH_PAIRS[first * 128 + second] === 1;
}

/** The longest cue starting at `start`; an English cue must also end at a word boundary. */
function longestCueAt(text: string, start: number, english: boolean): CueMatch | null {
  if (!mayStartCue(text, start, english)) return null;
  let node = english ? ENGLISH_TRIE : NON_LATIN_TRIE;
  let best: CueMatch | null = null;
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const child = node.next.get(english ? foldEnglish(c) : foldNonLatin(c));
    if (!child) break;
    node = child;
    if (node.kind !== undefined && !(english && isLatinLetter(text.charCodeAt(i + 1)))) best = { end: i + 1, kind: node.kind };
  }
  return best;
}

interface CueOccurrences {
  starts: number[];
  ends: number[];
}

/** How far (UTF-16 units) a cue may sit before or after the span it qualifies. */
/** At most this many characters (": ", " #", " no. ") between a cue and the value it names. */
export const NAMED_BY_CUE_GAP = 5;
export const CONTEXT_WINDOW_BEFORE = 48;
export const CONTEXT_WINDOW_AFTER = 24;

/**
 * A form's note between a label and its value: "Licence number (drivers only): T995624", "Pasaporte (for
 * travel) A51348177", "Permis n° (drivers only): …". Letters only, short, right after the cue (and its "no.").
 */
const LABEL_NOTE = /^\.?(?:[ \t]?(?:n[°º]|no|nr)\.?)?[ \t]?\([^()\d\n]{1,24}\)/i;

export class ContextIndex {
  private readonly byKind = new Map<ContextKind, CueOccurrences>();

  constructor(private readonly text: string) {
    // Invariant: whenever `i` reaches an ASCII letter, the character before it is no Latin letter (we
    // only stop after a non-letter, after a cue, or at 0), so `i` is a word start.
    let i = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      const english = isLatinLetter(c);
      if (english && c >= 128 && ACCENTED_FIRST[foldEnglish(c)] !== 1) {
        // A word starting with an accented letter ("État", "Übung") starts no cue unless a cue starts
        // with that letter ("Číslo pasu", "Řidičský průkaz"); skip all of it.
        do i++;
        while (i < text.length && isLatinLetter(text.charCodeAt(i)));
        continue;
      }
      if (!english && NON_LATIN_FIRST[foldNonLatin(c)] !== 1) {
        i++;
        continue;
      }
      const cue = longestCueAt(text, i, english);
      if (cue) {
        this.add(cue.kind, i, cue.end);
        i = cue.end; // cues do not overlap: scanning resumes after this one
      } else if (english) {
        // No Latin cue starts inside a word, so skip the rest of it (accented letters too: "Résumé").
        do i++;
        while (i < text.length && isLatinLetter(text.charCodeAt(i)));
      } else {
        i++; // a Korean, Japanese or Chinese cue may still start at the next character
      }
    }
  }

  private add(kind: ContextKind, start: number, end: number): void {
    let occ = this.byKind.get(kind);
    if (!occ) this.byKind.set(kind, (occ = { starts: [], ends: [] }));
    occ.starts.push(start);
    occ.ends.push(end);
  }

  /** Cue spans of one kind, in text order (used by recognizers that are driven by the cue itself). */
  occurrences(kind: ContextKind): Readonly<CueOccurrences> {
    return this.byKind.get(kind) ?? { starts: [], ends: [] };
  }

  /** True when a cue of `kind` ends within the window before `start` or begins within the window after `end`. */
  has(kind: ContextKind, start: number, end: number): boolean {
    return this.distance(kind, start, end) !== Infinity;
  }

  /**
   * Whether a cue of `kind` ends at most `maxGap` UTF-16 units before `start`: the cue names the
   * value that follows it ("Ticket 267-834-122", "주문번호 2023…"), not merely a neighbour.
   */
  names(kind: ContextKind, start: number, maxGap: number): boolean {
    return this.endBefore(kind, start, maxGap) >= 0;
  }

  /**
   * Where the nearest cue of `kind` ending at most `maxGap` units before `start` ends, else -1 (a form's
   * note right after the cue, `LABEL_NOTE`, is not counted in the gap: "Licence number (drivers only): ").
   */
  endBefore(kind: ContextKind, start: number, maxGap: number = CONTEXT_WINDOW_BEFORE): number {
    const occ = this.byKind.get(kind);
    if (!occ) return -1;
    const before = lastIndexAtMost(occ.ends, start);
    if (before < 0) return -1;
    const cueEnd = occ.ends[before]!;
    return this.gapAfterCue(cueEnd, start) <= maxGap ? cueEnd : -1;
  }

  /** Characters between a cue ending at `cueEnd` and a value at `start`, less a form's note right after the cue. */
  gapAfterCue(cueEnd: number, start: number): number {
    const note = start - cueEnd > 2 && start - cueEnd <= CONTEXT_WINDOW_BEFORE ? LABEL_NOTE.exec(this.text.slice(cueEnd, start)) : null;
    return start - cueEnd - (note ? note[0].length : 0);
  }

  /** The nearest cue of `kind` starting at most `maxGap` units after `end`, else null. */
  cueAfter(kind: ContextKind, end: number, maxGap: number = CONTEXT_WINDOW_AFTER): { start: number; end: number } | null {
    const occ = this.byKind.get(kind);
    if (!occ) return null;
    const after = firstIndexAtLeast(occ.starts, end);
    return after >= 0 && occ.starts[after]! - end <= maxGap ? { start: occ.starts[after]!, end: occ.ends[after]! } : null;
  }

  /** Gap in UTF-16 units between the span and the nearest cue of `kind` inside the window, else Infinity. */
  distance(kind: ContextKind, start: number, end: number): number {
    const occ = this.byKind.get(kind);
    if (!occ) return Infinity;
    let best = Infinity;
    // Last cue ending at or before `start` (ends are sorted because cues of a kind never overlap).
    const before = lastIndexAtMost(occ.ends, start);
    if (before >= 0 && start - occ.ends[before]! <= CONTEXT_WINDOW_BEFORE) best = this.gapAfterCue(occ.ends[before]!, start);
    const after = firstIndexAtLeast(occ.starts, end);
    if (after >= 0 && occ.starts[after]! - end <= CONTEXT_WINDOW_AFTER) best = Math.min(best, occ.starts[after]! - end);
    return best;
  }
}

/** At most this many characters of plain words between a cue and the number it names across a clause. */
const CLAUSE_GAP = 28;

/**
 * Only letters and single spaces (no digit, no punctuation, no line break) between a cue and the number:
 * "The reference number you gave me was 868 399 172" names the number as a reference.
 */
export function namedAcrossClause(text: string, cueEnd: number, start: number): boolean {
  return start - cueEnd <= CLAUSE_GAP && /^(?: [\p{L}]+)* $/u.test(text.slice(cueEnd, start));
}

/** How far after a cue a value it names may start ("Bank account (UOB): 851-…", "Passport: K92…"). */
const NAMED_VALUE_AFTER_CUE = 16;

/**
 * Whether the only cue of `kind` near a value is one after it that names a value of its own: "Gegevens:
 * 445532312⏎Salary account IBAN: NL52…" or "Account number 9572320464⏎Passport: 76CN58657" — the
 * next line's label is about the next line's number, not this one.
 */
export function onlyCueAfterNamesAnother(text: string, context: ContextIndex, kind: ContextKind, start: number, end: number): boolean {
  if (context.endBefore(kind, start) >= 0) return false;
  const after = context.cueAfter(kind, end);
  return after !== null && /\d/.test(text.slice(after.end, after.end + NAMED_VALUE_AFTER_CUE));
}

/**
 * "Tél.⏎697403885⏎Identity document: 189-413-156", "savings a/c 5375253994, Tunapuna branch⏎Queries: payroll
 * 868-692-6442": a cue ending at `cueEnd` named the number of its own line or the next; a number on a later
 * line, with that one between, is not about it.
 */
export function cueNamedAnEarlierLine(text: string, cueEnd: number, start: number): boolean {
  const between = text.slice(cueEnd, start);
  const lastBreak = between.lastIndexOf('\n');
  return lastBreak >= 0 && /\d{5}/.test(between.slice(0, lastBreak));
}

/**
 * Like `context.distance`, but a cue after the value that names a value of its own (", branch code
 * 051001", "⏎Driver's license no. X0740997") does not count: it is the next field's label. For the value's
 * own kind (`ownKind`), neither does a cue before it that named an earlier line's number (`cueNamedAnEarlierLine`);
 * for a competing kind, neither does a cue that opens the next line's label (`opensLabelOfNextLine`: it names
 * nothing on this line, though a bare number without a word of its own may still borrow it, "GSM: 040386840⏎
 * Emergency contact: …").
 */
export function labelDistance(text: string, context: ContextIndex, kind: ContextKind, start: number, end: number, ownKind = false): number {
  const cueEnd = context.endBefore(kind, start);
  const before = cueEnd >= 0 && !(ownKind && cueNamedAnEarlierLine(text, cueEnd, start)) ? start - cueEnd : Infinity;
  const after = context.cueAfter(kind, end);
  if (after === null || /\d/.test(text.slice(after.end, after.end + NAMED_VALUE_AFTER_CUE)) || (!ownKind && opensLabelOfNextLine(text, end, after))) return before;
  return Math.min(before, after.start - end);
}

/**
 * "Cuenta monetaria: 6770574423⏎Contacto de emergencia: Fernando Brito": a cue on the next line, a few words at
 * most into it, that is a label there (a colon, tab or dash after a few words) names that line's value, whatever it is.
 */
const NEXT_LINE_LABEL = /^[\p{L} .'’()/]{0,24}(?::|\t|[–—-] )/u;
/** The next line, up to a cue that a few words at most precede ("⏎Emergency contact"). */
const NEXT_LINE_HEAD = /^[^\S\n]*\n[\p{L} .'’]{0,24}$/u;
function opensLabelOfNextLine(text: string, end: number, cue: { start: number; end: number }): boolean {
  return NEXT_LINE_HEAD.test(text.slice(end, cue.start)) && NEXT_LINE_LABEL.test(text.slice(cue.end, cue.end + 32));
}

function lastIndexAtMost(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function firstIndexAtLeast(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! >= value) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found;
}
