// The content of the third held-back résumé test set (test/fixtures/resume-corpus-holdout3/, issue #10
// §2): 30 fictional people written as JSON Resume. Names and some firm names come from a seeded
// @faker-js/faker in ten locales no earlier set uses (en_GH, en_HK, en_NG, pl, pt_BR, sv, da, fi, nb_NO,
// cs_CZ); places are real cities with the region people write; everything else (fifteen occupations
// none of the earlier sets uses, bullets, job descriptions, degrees with honours or grade lines, seven
// date styles, certificates, links, fictional phone numbers) was written here, up front, before
// anything was rendered.
//
// Written on 2026-11-30 by an engineer who does not tune the parser and never reads its output on this
// set. Nothing here was adjusted after seeing a parse. The JSON Resume each person gets is the truth;
// `presentation` holds the person's own writing habits (date style, the word for "now", title before
// or after employer, skills grouped or flat, how a degree, a school's years and a place are written),
// which every renderer keeps, as one person's CV would.
import { createHash } from 'node:crypto';
import { base, cs_CZ, da, en, en_GH, en_HK, en_NG, Faker, fi, nb_NO, pl, pt_BR, sv } from '@faker-js/faker';

/**
 * One seed per person: the first 32 bits of SHA-256 of `candor/holdout3/<locale>/<n>` (the first
 * held-back set used consecutive seeds, the second FNV-1a of `candor/holdout2/<n>`).
 */
function seedFor(locale, index) {
  return createHash('sha256').update(`candor/holdout3/${locale}/${index + 1}`).digest().readUInt32BE(0);
}

const LOCALES = {
  en_GH: { faker: [en_GH], country: 'Ghana', countryCode: 'GH', native: 'English', second: ['Twi', 'Ga', 'Ewe'] },
  en_HK: { faker: [en_HK], country: 'Hong Kong', countryCode: 'HK', native: 'Cantonese', second: ['English', 'Mandarin'] },
  en_NG: { faker: [en_NG], country: 'Nigeria', countryCode: 'NG', native: 'English', second: ['Yoruba', 'Igbo', 'Hausa'] },
  pl: { faker: [pl], country: 'Poland', countryCode: 'PL', native: 'Polish', second: ['English', 'German'] },
  pt_BR: { faker: [pt_BR], country: 'Brazil', countryCode: 'BR', native: 'Portuguese', second: ['English', 'Spanish'] },
  sv: { faker: [sv], country: 'Sweden', countryCode: 'SE', native: 'Swedish', second: ['English', 'Norwegian'] },
  da: { faker: [da], country: 'Denmark', countryCode: 'DK', native: 'Danish', second: ['English', 'German'] },
  fi: { faker: [fi], country: 'Finland', countryCode: 'FI', native: 'Finnish', second: ['Swedish', 'English'] },
  nb_NO: { faker: [nb_NO], country: 'Norway', countryCode: 'NO', native: 'Norwegian', second: ['English', 'Swedish'] },
  cs_CZ: { faker: [cs_CZ], country: 'Czech Republic', countryCode: 'CZ', native: 'Czech', second: ['Slovak', 'English', 'German'] },
};
const LOCALE_ORDER = Object.keys(LOCALES);

const CITIES = {
  en_GH: [['Accra', 'Greater Accra'], ['Kumasi', 'Ashanti'], ['Tamale', 'Northern Region'], ['Takoradi', 'Western Region'], ['Cape Coast', 'Central Region'], ['Ho', 'Volta'], ['Tema', 'Greater Accra'], ['Sunyani', 'Bono']],
  en_HK: [['Sha Tin', 'New Territories'], ['Tsuen Wan', 'New Territories'], ['Kowloon Tong', 'Kowloon'], ['Kwun Tong', 'Kowloon'], ['Wan Chai', 'Hong Kong Island'], ['Quarry Bay', 'Hong Kong Island'], ['Tuen Mun', 'New Territories'], ['Mong Kok', 'Kowloon']],
  en_NG: [['Lagos', 'Lagos State'], ['Abuja', 'FCT'], ['Ibadan', 'Oyo State'], ['Port Harcourt', 'Rivers State'], ['Enugu', 'Enugu State'], ['Kano', 'Kano State'], ['Benin City', 'Edo State'], ['Abeokuta', 'Ogun State']],
  pl: [['Kraków', 'Małopolskie'], ['Gdańsk', 'Pomorskie'], ['Wrocław', 'Dolnośląskie'], ['Poznań', 'Wielkopolskie'], ['Łódź', 'Łódzkie'], ['Lublin', 'Lubelskie'], ['Katowice', 'Śląskie'], ['Szczecin', 'Zachodniopomorskie']],
  pt_BR: [['Curitiba', 'PR'], ['Belo Horizonte', 'MG'], ['Porto Alegre', 'RS'], ['Recife', 'PE'], ['Salvador', 'BA'], ['Campinas', 'SP'], ['Florianópolis', 'SC'], ['Fortaleza', 'CE']],
  sv: [['Göteborg', 'Västra Götaland'], ['Malmö', 'Skåne'], ['Uppsala', 'Uppsala län'], ['Linköping', 'Östergötland'], ['Umeå', 'Västerbotten'], ['Örebro', 'Örebro län'], ['Västerås', 'Västmanland'], ['Lund', 'Skåne']],
  da: [['Aarhus', 'Midtjylland'], ['Odense', 'Syddanmark'], ['Aalborg', 'Nordjylland'], ['Copenhagen', 'Hovedstaden'], ['Esbjerg', 'Syddanmark'], ['Roskilde', 'Sjælland'], ['Vejle', 'Syddanmark'], ['Randers', 'Midtjylland']],
  fi: [['Tampere', 'Pirkanmaa'], ['Turku', 'Varsinais-Suomi'], ['Oulu', 'Pohjois-Pohjanmaa'], ['Espoo', 'Uusimaa'], ['Jyväskylä', 'Keski-Suomi'], ['Kuopio', 'Pohjois-Savo'], ['Lahti', 'Päijät-Häme'], ['Vaasa', 'Pohjanmaa']],
  nb_NO: [['Bergen', 'Vestland'], ['Trondheim', 'Trøndelag'], ['Stavanger', 'Rogaland'], ['Tromsø', 'Troms'], ['Kristiansand', 'Agder'], ['Bodø', 'Nordland'], ['Drammen', 'Buskerud'], ['Ålesund', 'Møre og Romsdal']],
  cs_CZ: [['Brno', 'Jihomoravský kraj'], ['Ostrava', 'Moravskoslezský kraj'], ['Plzeň', 'Plzeňský kraj'], ['Olomouc', 'Olomoucký kraj'], ['Liberec', 'Liberecký kraj'], ['Hradec Králové', 'Královéhradecký kraj'], ['České Budějovice', 'Jihočeský kraj'], ['Zlín', 'Zlínský kraj']],
};

// ------------------------------------------------------------------------------------------------
// Occupations: a title ladder (most senior first), labels, employer kind, job descriptions (a line
// some people write under a job, before its bullets), bullets, skill groups, degrees ([studyType,
// area, joiner, only-in-locale]: the page says `${studyType}${joiner}${area}`), certificates,
// summaries. None of these fifteen is among the earlier sets' occupations.

const OCCUPATIONS = {
  dental: {
    titles: ['Principal Dentist', 'Associate Dentist', 'General Dental Practitioner', 'Dental Officer', 'Dental Hygienist'],
    labels: ['General Dentist', 'Dental Surgeon', 'Restorative Dentist'],
    employers: 'dental',
    descriptions: ['Mixed public and private practice with six surgeries.', 'Community dental service for children and adults with additional needs.'],
    bullets: [
      'Saw 25 to 30 patients a day across check-ups, fillings, extractions and root canal treatment.',
      'Introduced digital intraoral scanning, cutting crown remakes by a third.',
      'Ran a school fluoride varnish programme reaching 1,400 children a year.',
      'Treated anxious patients under inhalation sedation and kept the sedation audit.',
      'Supervised two dental therapists and four dental nurses.',
      'Placed and restored 60 implants with a referring oral surgeon.',
      'Cleared a 9-month waiting list for dentures by adding Saturday clinics.',
      'Led infection control audits with full compliance at two inspections.',
    ],
    skills: [['Clinical', ['Endodontics', 'Restorative Dentistry', 'Paediatric Dentistry', 'Conscious Sedation', 'Oral Surgery']], ['Software', ['Dentrix', 'Carestream', 'Opus Dental']]],
    degrees: [['Doctor of Dental Surgery', undefined, ''], ['BDS', 'Dental Surgery', ' in '], ['Master of Science', 'Endodontics', ' in '], ['Licentiate', 'Dentistry', ' in ', 'sv']],
    certificates: [['Conscious Sedation Certificate', 'Dental Council'], ['Basic Life Support', 'Resuscitation Council']],
    summaries: ['Dentist with {years} years of general practice who explains treatment plainly and keeps nervous patients coming back.', 'Calm, careful general dentist with a special interest in endodontics.'],
  },
  paramedic: {
    titles: ['Clinical Team Leader', 'Advanced Paramedic', 'Paramedic', 'Emergency Medical Technician', 'Ambulance Care Assistant'],
    labels: ['Registered Paramedic', 'Advanced Paramedic Practitioner', 'Critical Care Paramedic'],
    employers: 'ambulance',
    descriptions: ['Emergency ambulance service covering about 600,000 residents.', 'Rapid response car and helicopter crew.'],
    bullets: [
      'Responded to 8 to 12 emergency calls a shift, from cardiac arrests to road traffic collisions.',
      'Led resuscitation at 40 cardiac arrests with return of circulation in a quarter of them.',
      'Mentored 11 student paramedics through their placements.',
      'Introduced a falls pathway that kept 300 older patients out of hospital in a year.',
      'Worked as a dispatcher in the control room during the winter surge.',
      'Taught first aid and CPR to community volunteers and schools.',
      'Drove blue-light under emergency response driving standards with no incidents.',
      'Completed patient records electronically with a 98% audit score.',
    ],
    skills: [['Clinical', ['Advanced Life Support', 'Trauma Care', 'Triage', 'Airway Management', 'ECG Interpretation']], ['Operational', ['Emergency Driving', 'Incident Command', 'Major Incident Response']]],
    degrees: [['BSc', 'Paramedic Science', ' in '], ['Diploma', 'Emergency Medical Care', ' in '], ['Higher National Diploma', 'Emergency Medical Services', ' in '], ['Bachelor of Health Sciences', 'Emergency Care', ', ']],
    certificates: [['Pre-Hospital Trauma Life Support', 'NAEMT'], ['Advanced Cardiovascular Life Support', 'American Heart Association']],
    summaries: ['Paramedic with {years} years on emergency ambulances, steady under pressure and kind at the kerbside.', 'Front-line clinician who likes hard calls, good handovers and teaching the next crew.'],
  },
  veterinary: {
    titles: ['Clinical Director', 'Senior Veterinary Surgeon', 'Veterinary Surgeon', 'Veterinary Intern', 'Veterinary Nurse'],
    labels: ['Veterinary Surgeon', 'Small Animal Vet', 'Mixed Practice Veterinarian'],
    employers: 'vet',
    descriptions: ['Small animal hospital with a 24-hour emergency service.', 'Mixed practice serving dairy farms and companion animals.'],
    bullets: [
      'Consulted on 20 to 25 small animal cases a day and ran the dental list twice a week.',
      'Performed soft tissue surgery including splenectomies and gastrotomies.',
      'Carried out herd health visits and TB testing for 35 dairy farms.',
      'Set up a nurse-led weight clinic that enrolled 250 pets.',
      'Covered out-of-hours emergencies one night in four.',
      'Introduced a cat-friendly clinic programme with separate waiting areas.',
      'Cut antibiotic use by a fifth through a practice stewardship policy.',
      'Taught clinical skills to final-year veterinary students.',
    ],
    skills: [['Clinical', ['Soft Tissue Surgery', 'Diagnostic Imaging', 'Anaesthesia', 'Herd Health', 'Emergency Medicine']], ['Software', ['VetPro', 'Provet Cloud', 'ezyVet']]],
    degrees: [['Doctor of Veterinary Medicine', undefined, ''], ['BVSc', 'Veterinary Science', ' in '], ['MSc', 'Animal Welfare', ' in '], ['Master', 'Veterinary Medicine', ' of ']],
    certificates: [['Certificate in Advanced Veterinary Practice', 'Veterinary College']],
    summaries: ['Vet with {years} years in small animal and mixed practice who loves surgery and clear conversations with owners.', 'Practical, hands-on veterinarian at home in the consulting room and the farmyard.'],
  },
  translation: {
    titles: ['Head of Language Services', 'Senior Translator', 'Translator and Interpreter', 'Translator', 'Junior Translator'],
    labels: ['Freelance Translator', 'Legal Translator', 'Conference Interpreter'],
    employers: 'agency',
    descriptions: ['Language service provider for law firms and life-science companies.', 'In-house translation team of the regional court.'],
    bullets: [
      'Translated about 4,000 words a day of contracts, court judgments and patents.',
      'Interpreted consecutively at police interviews and court hearings.',
      'Built and kept the term bases for three pharmaceutical clients in memoQ.',
      'Reviewed the work of eight freelance translators against ISO 17100.',
      'Localised a banking app into three languages, including its release notes.',
      'Subtitled 40 hours of documentary film a year.',
      'Cut turnaround for urgent legal jobs to 24 hours with a new intake process.',
      'Trained project managers on machine translation post-editing.',
    ],
    skills: [['Specialisms', ['Legal Translation', 'Medical Translation', 'Consecutive Interpreting', 'Subtitling', 'Post-editing']], ['Tools', ['memoQ', 'SDL Trados Studio', 'Phrase', 'Aegisub']]],
    degrees: [['MA', 'Translation Studies', ' in '], ['Bachelor of Arts', 'Applied Linguistics', ' in '], ['Postgraduate Certificate', 'Conference Interpreting', ' in '], ['Magister', 'English Philology', ' in ', 'pl']],
    certificates: [['Sworn Translator', 'Ministry of Justice'], ['Diploma in Translation', 'Chartered Institute of Linguists']],
    summaries: ['Translator with {years} years of legal and medical work, careful with terminology and deadlines.', 'Translator and interpreter who writes target texts that read as if they were never translated.'],
  },
  aviation: {
    titles: ['Captain', 'Senior First Officer', 'First Officer', 'Second Officer', 'Flight Instructor'],
    labels: ['Airline Pilot', 'First Officer (A320)', 'Commercial Pilot'],
    employers: 'airline',
    descriptions: ['Short-haul operation on the Airbus A320 family.', 'Regional turboprop operation on the ATR 72.'],
    bullets: [
      'Flew around 800 hours a year on short-haul routes across Europe.',
      'Acted as pilot monitoring and pilot flying on four-sector days.',
      'Trained as a line training first officer for new joiners.',
      'Completed recurrent simulator checks with no repeats.',
      'Wrote the station guide for winter operations at two northern airports.',
      'Taught ab initio students on the Cessna 172 and the Diamond DA42.',
      'Took part in a fuel-saving programme that trimmed burn by 3% per sector.',
      'Handled a diversion for a medical emergency with crew and ground teams.',
    ],
    skills: [['Flying', ['Crew Resource Management', 'Instrument Flying', 'Multi-Crew Cooperation', 'Line Training']], ['Type ratings', ['Airbus A320', 'ATR 72', 'Boeing 737']]],
    degrees: [['BSc', 'Aviation', ' in '], ['Integrated ATPL Course', undefined, ''], ['Bachelor of Engineering', 'Aeronautics', ' in '], ['Diploma', 'Air Transport Management', ' in ']],
    certificates: [['ATPL(A)', 'Civil Aviation Authority'], ['Class 1 Medical', 'Civil Aviation Authority']],
    summaries: ['Airline pilot with {years} years of multi-crew flying, safety-minded and good company on a four-sector day.', 'First officer with a flying instructor’s patience and a clean checking record.'],
  },
  library: {
    titles: ['Head of Library Services', 'Senior Librarian', 'Librarian', 'Library Assistant', 'Library Trainee'],
    labels: ['Librarian', 'Academic Librarian', 'Children’s Librarian'],
    employers: 'library',
    descriptions: ['Public library system with nine branches and a mobile library.', 'University library serving 18,000 students.'],
    bullets: [
      'Ran weekly rhyme-time and homework clubs attended by 120 children.',
      'Moved the catalogue from an old system to Koha without closing a branch.',
      'Taught information literacy sessions to 1,500 first-year students a year.',
      'Built the local history digitisation project: 12,000 photographs online.',
      'Managed a collections budget of €180,000 and cut unused subscriptions.',
      'Started a digital help desk for older residents with volunteers.',
      'Wrote the library’s open access policy and guided researchers through it.',
      'Organised an annual book festival with 30 authors.',
    ],
    skills: [['Library', ['Cataloguing', 'Collection Development', 'Information Literacy', 'Reader Development', 'Metadata']], ['Systems', ['Koha', 'Alma', 'MARC 21', 'DSpace']]],
    degrees: [['MLIS', 'Library and Information Science', ' in '], ['Bachelor of Arts', 'Information Studies', ' in '], ['MA', 'Digital Humanities', ' in '], ['Master of Information Science', undefined, '']],
    certificates: [['Chartered Librarian', 'CILIP']],
    summaries: ['Librarian with {years} years of public and academic work who believes a library is a place for everyone.', 'Curious, organised librarian who likes data, books and people in roughly equal measure.'],
  },
  plumbing: {
    titles: ['Plumbing Supervisor', 'Master Plumber', 'Plumber and Gas Fitter', 'Plumber', 'Apprentice Plumber'],
    labels: ['Licensed Plumber', 'Plumber and Gas Fitter', 'Heating Engineer'],
    employers: 'trade',
    descriptions: ['Domestic and light commercial plumbing and heating.', 'Maintenance contract for social housing.'],
    bullets: [
      'Installed bathrooms, kitchens and heating systems in about 60 homes a year.',
      'Fitted and commissioned air-source heat pumps with underfloor heating.',
      'Found and fixed leaks with thermal imaging and acoustic detection.',
      'Serviced gas boilers and carried out safety checks for landlords.',
      'Ran the plumbing package for a 48-flat new build with two apprentices.',
      'Answered emergency call-outs on a one-in-three rota.',
      'Kept van stock and quoted jobs, winning most repeat work by referral.',
      'Replaced lead pipework in 200 older properties.',
    ],
    skills: [['Trade', ['Heating Systems', 'Heat Pumps', 'Leak Detection', 'Pipe Fitting', 'Drainage']], ['Safety', ['Gas Safety', 'Working at Height', 'Confined Spaces']]],
    degrees: [['Vocational Certificate', 'Plumbing and Heating', ' in '], ['Trade Certificate', 'Plumbing', ' – '], ['Journeyman Certificate', 'Plumbing', ' in '], ['Technical Diploma', 'Building Services', ' in ']],
    certificates: [['Gas Safe Registration', 'Gas Safe Register'], ['F-Gas Category I', 'City & Guilds']],
    summaries: ['Plumber with {years} years in homes and small businesses, tidy, on time and straight about prices.', 'Heating engineer who has moved from boilers to heat pumps and enjoys the change.'],
  },
  environmental: {
    titles: ['Principal Environmental Consultant', 'Senior Environmental Consultant', 'Environmental Consultant', 'Environmental Scientist', 'Graduate Environmental Scientist'],
    labels: ['Environmental Consultant', 'Environmental Scientist', 'Sustainability Consultant'],
    employers: 'company',
    descriptions: ['Consultancy of 40 scientists and engineers working for councils and developers.', 'Environmental team within a water utility.'],
    bullets: [
      'Wrote environmental impact assessments for two wind farms and a port extension.',
      'Led contaminated land investigations on 30 former industrial sites.',
      'Sampled groundwater and surface water and interpreted the results.',
      'Built carbon footprints for 12 clients under the GHG Protocol.',
      'Ran ecological walkovers and commissioned bat and bird surveys.',
      'Managed a team of five and project budgets up to €400,000.',
      'Presented findings at public planning hearings.',
      'Set up a GIS database for all site data, replacing 40 spreadsheets.',
    ],
    skills: [['Technical', ['Environmental Impact Assessment', 'Contaminated Land', 'Carbon Accounting', 'Water Quality', 'Ecological Surveys']], ['Software', ['ArcGIS Pro', 'QGIS', 'R']]],
    degrees: [['MSc', 'Environmental Science', ' in '], ['Bachelor of Science', 'Environmental Engineering', ' in '], ['MSc', 'Sustainability Management', ' in '], ['Master of Engineering (Ing.)', 'Environmental Engineering', ' in ', 'cs_CZ']],
    certificates: [['ISO 14001 Lead Auditor', 'IRCA']],
    summaries: ['Environmental consultant with {years} years of fieldwork and reporting for developers and public bodies.', 'Scientist who turns sampling data into clear advice a planning committee can use.'],
  },
  security: {
    titles: ['Security Operations Manager', 'Senior Security Analyst', 'Security Analyst', 'SOC Analyst', 'IT Support Technician'],
    labels: ['Cybersecurity Analyst', 'SOC Analyst', 'Incident Responder'],
    employers: 'company',
    descriptions: ['24/7 security operations centre for banks and insurers.', 'In-house security team of a national retailer.'],
    bullets: [
      'Triaged around 200 alerts a shift in Splunk and escalated true positives.',
      'Led the response to a ransomware attempt, containing it within two hours.',
      'Wrote detection rules that cut false positives by 40%.',
      'Ran phishing simulations for 3,000 staff and halved the click rate.',
      'Hardened Active Directory after an internal penetration test.',
      'Kept the vulnerability management programme and monthly patch reports.',
      'Wrote playbooks for the six most common incident types.',
      'Supported the ISO 27001 certification audit.',
    ],
    skills: [['Security', ['Incident Response', 'Threat Hunting', 'Vulnerability Management', 'Digital Forensics', 'SIEM']], ['Tools', ['Splunk', 'Microsoft Sentinel', 'CrowdStrike Falcon', 'Wireshark', 'Nessus']]],
    degrees: [['BSc', 'Cyber Security', ' in '], ['Master of Science', 'Information Security', ' in '], ['Bachelor of Technology', 'Computer Networks', ' in '], ['Higher National Diploma', 'Computing', ' in ']],
    certificates: [['CompTIA Security+', 'CompTIA'], ['GIAC Certified Incident Handler', 'GIAC']],
    summaries: ['Security analyst with {years} years in a SOC, calm during incidents and tidy in write-ups.', 'Defender who likes building detections as much as hunting through logs.'],
  },
  events: {
    titles: ['Head of Events', 'Senior Event Manager', 'Event Manager', 'Event Coordinator', 'Event Assistant'],
    labels: ['Event Manager', 'Conference Producer', 'Events and Hospitality Manager'],
    employers: 'company',
    descriptions: ['Agency producing conferences, product launches and incentive trips.', 'Events team of a convention centre with 12 halls.'],
    bullets: [
      'Produced 25 conferences a year with 200 to 3,000 delegates.',
      'Managed event budgets up to €1.2M and came in under budget on all of them.',
      'Negotiated venue and hotel contracts in six countries.',
      'Ran the hybrid streaming for a 40-session summit.',
      'Built the supplier list of caterers, AV firms and security companies.',
      'Led a crew of 60 volunteers at a city marathon.',
      'Introduced a registration app that shortened check-in queues to under five minutes.',
      'Wrote risk assessments and worked with police and fire services on crowd safety.',
    ],
    skills: [['Events', ['Event Planning', 'Budget Management', 'Vendor Negotiation', 'Crowd Safety', 'Hybrid Events']], ['Tools', ['Cvent', 'Eventbrite', 'Asana', 'Bizzabo']]],
    degrees: [['BA', 'Event Management', ' in '], ['Bachelor', 'Tourism and Hospitality', ' of '], ['Diploma', 'Hospitality Management', ' in '], ['MSc', 'International Event Management', ' in ']],
    certificates: [['Certified Meeting Professional', 'Events Industry Council']],
    summaries: ['Event manager with {years} years of conferences and launches who stays calm when the keynote’s flight is cancelled.', 'Producer who loves logistics, good suppliers and happy delegates.'],
  },
  realestate: {
    titles: ['Branch Manager', 'Senior Property Consultant', 'Real Estate Agent', 'Lettings Negotiator', 'Sales Trainee'],
    labels: ['Real Estate Agent', 'Property Consultant', 'Lettings Manager'],
    employers: 'realty',
    descriptions: ['Independent agency selling and letting homes across the metro area.', 'Commercial property brokerage.'],
    bullets: [
      'Sold 45 homes a year with an average 97% of asking price.',
      'Built a landlord portfolio of 180 managed properties.',
      'Valued properties and wrote market appraisals for vendors.',
      'Ran open houses and accompanied about 20 viewings a week.',
      'Trained three new negotiators on compliance and anti-money-laundering checks.',
      'Grew the agency’s social media following from 2,000 to 15,000.',
      'Handled tenancy renewals, deposits and disputes.',
      'Closed the branch’s largest sale, a €2.4M waterfront house.',
    ],
    skills: [['Property', ['Property Valuation', 'Lettings Management', 'Negotiation', 'Market Appraisal', 'Tenancy Law']], ['Tools', ['Reapit', 'Salesforce', 'Matterport']]],
    degrees: [['BSc', 'Real Estate Management', ' in '], ['Bachelor of Business Administration', undefined, ''], ['Diploma', 'Property Management', ' in '], ['Tecnólogo', 'Gestão Imobiliária', ' em ', 'pt_BR']],
    certificates: [['Licensed Real Estate Agent', 'Real Estate Council'], ['Propertymark Level 3', 'Propertymark']],
    summaries: ['Property consultant with {years} years of sales and lettings who answers the phone and keeps promises.', 'Agent who knows the neighbourhood street by street.'],
  },
  actuarial: {
    titles: ['Chief Actuary', 'Senior Actuary', 'Actuary', 'Actuarial Analyst', 'Actuarial Trainee'],
    labels: ['Actuary', 'Pricing Actuary', 'Life Actuary'],
    employers: 'insurer',
    descriptions: ['Life and pensions insurer with 1.5 million policyholders.', 'Actuarial consultancy for pension schemes.'],
    bullets: [
      'Priced motor and home insurance products with generalised linear models.',
      'Ran quarterly Solvency II reserving and wrote the actuarial function report.',
      'Built an IFRS 17 model in Python that replaced a spreadsheet suite.',
      'Valued 40 defined-benefit pension schemes each year.',
      'Studied longevity trends and updated the mortality basis.',
      'Presented capital results to the board risk committee.',
      'Mentored four students through their actuarial exams.',
      'Automated claims triangles, saving two days each quarter.',
    ],
    skills: [['Actuarial', ['Pricing', 'Reserving', 'Solvency II', 'IFRS 17', 'Mortality Analysis']], ['Programming', ['R', 'Python', 'SAS', 'Prophet']]],
    degrees: [['BSc', 'Actuarial Science', ' in '], ['MSc', 'Mathematical Finance', ' in '], ['Master of Science', 'Statistics', ' in '], ['Bachelor of Mathematics', undefined, '']],
    certificates: [['Fellow of the Institute and Faculty of Actuaries', 'IFoA'], ['Chartered Enterprise Risk Actuary', 'CERA Global']],
    summaries: ['Actuary with {years} years in life and general insurance who makes models other people can follow.', 'Numbers person who enjoys explaining capital to people who are not actuaries.'],
  },
  planning: {
    titles: ['Planning Manager', 'Principal Planner', 'Senior Urban Planner', 'Urban Planner', 'Planning Assistant'],
    labels: ['Urban Planner', 'Town Planner', 'Transport Planner'],
    employers: 'municipality',
    descriptions: ['City planning department covering zoning, transport and housing.', 'Private planning consultancy for housing developers.'],
    bullets: [
      'Wrote the district plan chapter on housing density and public space.',
      'Assessed 150 planning applications a year and presented them to committee.',
      'Led public consultation on a new tram line with 2,500 responses.',
      'Mapped walking distances to schools and parks in GIS to guide investment.',
      'Negotiated affordable housing contributions worth €6M.',
      'Drafted design codes for two new neighbourhoods.',
      'Ran workshops with residents, schools and businesses.',
      'Reviewed traffic impact studies with the transport team.',
    ],
    skills: [['Planning', ['Land Use Planning', 'Zoning', 'Public Consultation', 'Transport Planning', 'Urban Design']], ['Software', ['ArcGIS', 'AutoCAD', 'SketchUp', 'Adobe InDesign']]],
    degrees: [['Master of Urban Planning', undefined, ''], ['BSc', 'Spatial Planning', ' in '], ['MSc', 'Urban and Regional Planning', ' in '], ['Bachelor of Architecture and Planning', undefined, '']],
    certificates: [['Chartered Town Planner', 'Royal Town Planning Institute']],
    summaries: ['Planner with {years} years in city and private practice who listens to residents and reads the small print.', 'Urban planner interested in walkable streets, good housing and honest consultation.'],
  },
  automotive: {
    titles: ['Workshop Manager', 'Master Technician', 'Senior Vehicle Technician', 'Vehicle Technician', 'Apprentice Mechanic'],
    labels: ['Vehicle Technician', 'EV Technician', 'Diesel Mechanic'],
    employers: 'garage',
    descriptions: ['Franchise dealer workshop with 14 ramps.', 'Independent garage for cars and light vans.'],
    bullets: [
      'Diagnosed and repaired engine, electrical and brake faults on about 8 cars a day.',
      'Serviced and repaired hybrid and battery electric vehicles safely.',
      'Carried out annual roadworthiness inspections.',
      'Kept the workshop’s diagnostic equipment up to date and calibrated.',
      'Trained two apprentices through their qualifications.',
      'Cut comebacks to under 2% with a final road-test checklist.',
      'Rebuilt gearboxes and clutches on commercial vans.',
      'Wrote clear job cards and explained repairs to customers.',
    ],
    skills: [['Technical', ['Engine Diagnostics', 'Electric Vehicles', 'Brake Systems', 'Air Conditioning', 'Wheel Alignment']], ['Equipment', ['Bosch KTS', 'Autel MaxiSys', 'VCDS']]],
    degrees: [['Vocational Certificate', 'Motor Vehicle Mechanics', ' in '], ['Technical Diploma', 'Automotive Technology', ' in '], ['Associate Degree', 'Automotive Engineering', ' in '], ['National Diploma', 'Mechanical Engineering', ' in ']],
    certificates: [['EV Level 3 Hybrid and Electric Vehicle Repair', 'IMI'], ['Refrigerant Handling', 'City & Guilds']],
    summaries: ['Vehicle technician with {years} years in dealer and independent workshops who finds the fault before changing parts.', 'Mechanic who moved into electric vehicles early and enjoys teaching others.'],
  },
  hospitality: {
    titles: ['General Manager', 'Hotel Manager', 'Front Office Manager', 'Guest Relations Supervisor', 'Receptionist'],
    labels: ['Hotel Manager', 'Front Office Manager', 'Hospitality Manager'],
    employers: 'hotel',
    descriptions: ['120-room city hotel with a restaurant and meeting rooms.', 'Boutique hotel group with four properties.'],
    bullets: [
      'Ran a front office team of 18 across three shifts.',
      'Raised the guest review score from 8.1 to 9.0 in a year.',
      'Grew average room rate by 11% with a new revenue strategy.',
      'Moved the hotel to a cloud property management system.',
      'Handled group bookings, VIP arrivals and complaints.',
      'Cut staff turnover by a third with clear rotas and training.',
      'Worked with housekeeping and maintenance to speed up room turnaround.',
      'Opened a new 60-room property, from hiring to first guests.',
    ],
    skills: [['Hospitality', ['Front Office Operations', 'Revenue Management', 'Guest Relations', 'Staff Scheduling', 'Budgeting']], ['Systems', ['Opera PMS', 'Mews', 'Cloudbeds', 'SiteMinder']]],
    degrees: [['BA', 'Hospitality Management', ' in '], ['Bachelor', 'Hotel Management', ' of '], ['Higher National Diploma', 'Hotel and Catering Management', ' in '], ['MSc', 'International Hospitality Management', ' in ']],
    certificates: [['Certified Hotel Administrator', 'AHLEI']],
    summaries: ['Hotel manager with {years} years of front office and operations who knows guests by name.', 'Hospitality manager who likes full houses, good teams and calm mornings.'],
  },
};
const OCCUPATION_ORDER = Object.keys(OCCUPATIONS);

/** Levels people write next to a language. */
const NATIVE_WORDS = ['Native', 'Mother tongue', 'Native speaker', 'First language'];
const FLUENCIES = ['Fluent', 'C1 (advanced)', 'B2 – upper intermediate', 'Conversational', 'Basic', 'Professional working proficiency', 'Elementary (A2)', 'Good'];
const OTHER_LANGUAGES = ['French', 'German', 'Spanish', 'Mandarin', 'Russian', 'Italian', 'Arabic'];

/** Honours or grade lines some people write under a degree (JSON Resume `score`, not scored). */
const SCORES = ['GPA 3.7/4.0', 'First-Class Honours', 'Second Class Honours (Upper Division)', 'Cum laude', 'With distinction', 'Final grade 5/5', 'CGPA 4.21 / 5.00', 'Grade: very good (1.3)'];

/**
 * Date styles, one per person (truth dates are YYYY-MM unless the style writes years only):
 * `monShort` Mar 2019 – Present · `slashNow` 03/2019 – now · `dottedMonth` 03.2019 – 06.2021 ·
 * `fullMonthTo` March 2019 to June 2021 · `isoMonth` 2019-03 – 2021-06 · `yearsOnly` 2019 – 2021 ·
 * `monthYearDash` MAR 2019 — JUN 2021 (upper case, em dash)
 */
export const DATE_STYLES = ['monShort', 'slashNow', 'dottedMonth', 'fullMonthTo', 'isoMonth', 'yearsOnly', 'monthYearDash'];
/** Words for an ongoing job, per date style. */
const PRESENT_WORDS = {
  monShort: ['Present', 'Current'], slashNow: ['now', 'today'], dottedMonth: ['present', 'Present'], fullMonthTo: ['present', 'the present'],
  isoMonth: ['present', 'now'], yearsOnly: ['Present', 'current'], monthYearDash: ['PRESENT', 'NOW'],
};
/**
 * How a school's years are written: `range` 2012 – 2016 · `season` Autumn 2012 – Spring 2016 (truth: the
 * years) · `expected`/`endOnly` 2016 alone · `parenRange` (2012–2016) · `toRange` 2012 to 2016.
 */
const SCHOOL_DATE_STYLES = ['range', 'season', 'endOnly', 'parenRange', 'toRange', 'range'];
/** How a place is written: `cityRegion` Kraków, Małopolskie · `cityCountry` Kraków, Poland · `city` · `cityCode` Kraków, PL. */
const LOCATION_STYLES = ['cityRegion', 'cityCountry', 'city', 'cityCode', 'cityCountry'];

const ascii = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁ]/g, 'l').replace(/[øØ]/g, 'o').replace(/[æÆ]/g, 'ae').replace(/ß/g, 'ss').replace(/[^A-Za-z]/g, '').toLowerCase();

export function locationText([city, region], localeName, style) {
  const { country, countryCode } = LOCALES[localeName];
  switch (style) {
    case 'cityRegion': return `${city}, ${region}`;
    case 'cityCountry': return `${city}, ${country}`;
    case 'cityCode': return `${city}, ${countryCode}`;
    default: return city;
  }
}

function firmName(faker) {
  for (;;) {
    const name = faker.company.name();
    // A comma or a spaced hyphen inside a firm's name reads as two fields even to a person; rare in life.
    if (!/,| - /.test(name)) return name;
  }
}

/** Public bodies are named in the local language, as people write them. */
const MUNICIPALITY = {
  en_GH: (city) => `${city} Metropolitan Assembly`, en_HK: () => 'Planning Department, HKSAR Government', en_NG: (city) => `${city} Urban Development Board`,
  pl: (city) => `Urząd Miasta ${city}`, pt_BR: (city) => `Prefeitura de ${city}`, sv: (city) => `${city} kommun`, da: (city) => `${city} Kommune`,
  fi: (city) => `${city}n kaupunki`, nb_NO: (city) => `${city} kommune`, cs_CZ: (city) => `Magistrát města ${city}`,
};

/** faker's en_GH names write the Twi/Ga/Ewe open e as a Greek epsilon (U+03B5); people write ɛ (U+025B). */
const openE = (text) => text.replace(/ε/g, 'ɛ');

const employer = (...args) => openE(employerName(...args));

function employerName(faker, kind, [city], localeName) {
  const last = faker.person.lastName();
  const pick = (options) => faker.helpers.arrayElement(options);
  switch (kind) {
    case 'dental': return pick([`${city} Dental Care`, `${last} Dental Clinic`, `Smile Studio ${city}`, `${city} Public Dental Service`]);
    case 'ambulance': return pick([`${city} Ambulance Service`, `${LOCALES[localeName].country} Emergency Medical Services`, `${city} Regional Hospital`, `${last} Medical Rescue`]);
    case 'vet': return pick([`${city} Animal Hospital`, `${last} Veterinary Clinic`, `Vets4Pets ${city}`, `${city} Mixed Veterinary Practice`]);
    case 'agency': return pick([`${last} Language Services`, `LinguaBridge ${city}`, `${city} Regional Court`, firmName(faker)]);
    case 'airline': return pick(localeName === 'en_HK' ? ['Cathay Pacific', 'HK Express', 'Hong Kong Airlines'] : { en_GH: ['Africa World Airlines', 'Passion Air'], en_NG: ['Air Peace', 'Arik Air', 'Ibom Air'], pl: ['LOT Polish Airlines', 'Enter Air'], pt_BR: ['Azul Linhas Aéreas', 'GOL Linhas Aéreas'], sv: ['SAS Scandinavian Airlines', 'BRA Braathens Regional Airlines'], da: ['SAS Scandinavian Airlines', 'Sun-Air of Scandinavia'], fi: ['Finnair', 'Norra'], nb_NO: ['Norwegian Air Shuttle', 'Widerøe'], cs_CZ: ['Smartwings', 'Czech Airlines'] }[localeName].concat([`${city} Flight Academy`]));
    case 'library': return pick([`${city} City Library`, `${city} Public Libraries`, `University of ${city} Library`, `${city} Central Library`]);
    case 'trade': return pick([`${last} Plumbing & Heating`, `${city} Heating Services`, `${last} & Co. Plumbing`, `${city} Housing Maintenance`]);
    case 'realty': return pick([`${last} Real Estate`, `${city} Homes`, `${last} Property Partners`, `Century Estates ${city}`]);
    case 'insurer': return pick([`${last} Life & Pensions`, `${city} Mutual Insurance`, firmName(faker), `${last} Actuarial Consulting`]);
    case 'municipality': return pick([MUNICIPALITY[localeName](city), `${last} Planning Consultants`, `${city} Urban Lab`]);
    case 'garage': return pick([`${last} Motors`, `${city} Auto Centre`, `${last} Garage`, `${city} Toyota`]);
    case 'hotel': return pick([`Hotel ${city} Central`, `The ${last} Hotel`, `Scandic ${city}`, `${city} Harbour Hotel`, `Radisson Blu ${city}`]);
    default: return firmName(faker);
  }
}

const SCHOOLS = {
  en_GH: { vocational: ['Accra Technical University', 'Kumasi Technical University'], university: ['University of Ghana', 'Kwame Nkrumah University of Science and Technology', 'University of Cape Coast', 'Ashesi University'] },
  en_HK: { vocational: ['Hong Kong Institute of Vocational Education', 'Vocational Training Council'], university: ['The University of Hong Kong', 'The Chinese University of Hong Kong', 'Hong Kong Polytechnic University', 'City University of Hong Kong'] },
  en_NG: { vocational: ['Yaba College of Technology', 'Federal Polytechnic Nekede'], university: ['University of Lagos', 'University of Ibadan', 'Obafemi Awolowo University', 'University of Nigeria, Nsukka', 'Covenant University'] },
  pl: { vocational: ['Zespół Szkół Technicznych', 'Centrum Kształcenia Zawodowego'], university: ['Jagiellonian University', 'University of Warsaw', 'Gdańsk University of Technology', 'Poznań University of Technology', 'University of Wrocław'] },
  pt_BR: { vocational: ['SENAI', 'SENAC'], university: ['Universidade de São Paulo', 'Universidade Federal do Paraná', 'Universidade Federal de Minas Gerais', 'Universidade Federal do Rio Grande do Sul', 'UNICAMP'] },
  sv: { vocational: ['Hermods', 'Yrkeshögskolan Göteborg'], university: ['Lund University', 'Uppsala University', 'Chalmers University of Technology', 'Linköping University', 'Umeå University'] },
  da: { vocational: ['TEC Technical Education Copenhagen', 'Aarhus Tech'], university: ['Aarhus University', 'University of Copenhagen', 'Technical University of Denmark', 'Aalborg University', 'University of Southern Denmark'] },
  fi: { vocational: ['Tampere Vocational College Tredu', 'Omnia'], university: ['University of Helsinki', 'Tampere University', 'Aalto University', 'University of Turku', 'University of Oulu'] },
  nb_NO: { vocational: ['Bergen tekniske fagskole', 'Fagskolen Innlandet'], university: ['University of Oslo', 'University of Bergen', 'NTNU', 'UiT The Arctic University of Norway', 'Oslo Metropolitan University'] },
  cs_CZ: { vocational: ['Střední průmyslová škola Brno', 'SOU Ostrava'], university: ['Charles University', 'Masaryk University', 'Czech Technical University in Prague', 'Brno University of Technology', 'Palacký University Olomouc'] },
};
const isVocational = (studyType) => /Certificate|Diploma|Associate|ATPL/.test(studyType) && !/Postgraduate/.test(studyType);
const isPostgraduate = (studyType) => /^(M|Ph|Doctor|Post|Licentiate|Magister)/.test(studyType) && !/^Master Plumber/.test(studyType);

/**
 * Fictional telephone numbers. None of these ten countries' regulators publishes a range for drama
 * (as the US 555-01xx or Ireland's 020 91x do), so every number takes its country's national shape
 * with a fixed made-up `555` middle; they were not checked against live allocations.
 */
function phone(faker, localeName) {
  const d = (count) => faker.string.numeric({ length: count, allowLeadingZeros: true });
  const shapes = {
    en_GH: () => [`+233 24 555 01${d(2)}`, `024 555 01${d(2)}`, `(+233) 20 555 01${d(2)}`],
    en_HK: () => [`+852 5550 01${d(2)}`, `5550 01${d(2)}`, `(852) 9555 01${d(2)}`],
    en_NG: () => [`+234 803 555 01${d(2)}`, `0803 555 01${d(2)}`, `+234 (0) 809 555 01${d(2)}`],
    pl: () => [`+48 601 555 0${d(2)}`, `601-555-0${d(2)}`, `+48 12 555 0${d(1)} ${d(2)}`],
    pt_BR: () => [`+55 41 95550-01${d(2)}`, `(31) 95550-01${d(2)}`, `+55 (51) 9 5550 01${d(2)}`],
    sv: () => [`+46 70-555 01 ${d(2)}`, `070-555 01 ${d(2)}`, `+46 (0)31 555 01 ${d(2)}`],
    da: () => [`+45 55 50 01 ${d(2)}`, `55 50 01 ${d(2)}`, `+45 5550 01${d(2)}`],
    fi: () => [`+358 40 555 01${d(2)}`, `040 555 01${d(2)}`, `+358 (0)50 555 01${d(2)}`],
    nb_NO: () => [`+47 455 50 1${d(2)}`, `455 50 1${d(2)}`, `+47 4555 01${d(2)}`],
    cs_CZ: () => [`+420 601 555 0${d(2)}`, `601 555 0${d(2)}`, `+420 602 555 0${d(2)}`],
  };
  return faker.helpers.arrayElement(shapes[localeName]());
}

/** Lists a résumé leaves out when empty (work, education, skills and languages are always written). */
const OPTIONAL_LISTS = new Set(['profiles', 'certificates']);
/** Drops the keys a person leaves out (undefined, or an empty optional list), keeping the order of the rest. */
const withoutEmpty = (record) => Object.fromEntries(Object.entries(record).filter(([key, value]) => value !== undefined && !(OPTIONAL_LISTS.has(key) && value.length === 0)));

const monthDate = (monthIndex, yearsOnly) => (yearsOnly ? String(Math.floor(monthIndex / 12)) : `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`);

function workHistory(faker, occupationName, occupation, home, cities, localeName, presentation) {
  const yearsOnly = presentation.dateStyle === 'yearsOnly';
  const jobCount = faker.helpers.weightedArrayElement([{ value: 1, weight: 1 }, { value: 2, weight: 3 }, { value: 3, weight: 4 }, { value: 4, weight: 3 }, { value: 5, weight: 1 }]);
  const firstTitle = faker.number.int({ min: 0, max: occupation.titles.length - jobCount });
  const bulletPool = faker.helpers.shuffle([...occupation.bullets]);
  const ongoing = faker.datatype.boolean(0.65);
  let end = 2026 * 12 + faker.number.int({ min: 0, max: 9 });
  const work = [];
  for (let job = 0; job < jobCount; job++) {
    const start = end - faker.number.int({ min: 7, max: 50 });
    const place = job === 0 || faker.datatype.boolean(0.55) ? home : faker.helpers.arrayElement(cities);
    const remoteAllowed = occupationName === 'translation' || occupationName === 'security' || occupationName === 'actuarial';
    const where = remoteAllowed ? faker.helpers.weightedArrayElement([{ value: 'Remote', weight: 1 }, { value: 'place', weight: 4 }]) : (faker.datatype.boolean(0.12) ? undefined : 'place');
    const location = where === 'place' ? locationText(place, localeName, presentation.locationStyle) : where;
    const bulletCount = faker.helpers.weightedArrayElement([{ value: 0, weight: 1 }, { value: 1, weight: 2 }, { value: 2, weight: 4 }, { value: 3, weight: 4 }, { value: 4, weight: 2 }]);
    const description = faker.datatype.boolean(0.3) ? faker.helpers.arrayElement(occupation.descriptions) : undefined;
    work.push({
      name: employer(faker, occupation.employers, place, localeName),
      position: occupation.titles[firstTitle + job],
      ...(location ? { location } : {}),
      startDate: monthDate(start, yearsOnly),
      ...(job === 0 && ongoing ? {} : { endDate: monthDate(end, yearsOnly) }),
      ...(description ? { summary: description } : {}),
      highlights: bulletPool.splice(0, Math.min(bulletCount, bulletPool.length)),
    });
    end = start - faker.number.int({ min: 0, max: 6 });
  }
  return { work, earliest: Math.floor(end / 12) };
}

function educationHistory(faker, occupation, localeName, presentation, lastWorkYear) {
  const local = occupation.degrees.filter((degree) => degree[3] === undefined || degree[3] === localeName);
  const chosen = faker.helpers.shuffle(local).slice(0, faker.helpers.weightedArrayElement([{ value: 1, weight: 3 }, { value: 2, weight: 2 }]));
  chosen.sort((a, b) => Number(isPostgraduate(b[0])) - Number(isPostgraduate(a[0])));
  const endOnly = presentation.schoolDateStyle === 'endOnly';
  let graduation = lastWorkYear - faker.number.int({ min: 0, max: 1 });
  const education = [];
  const degreePhrases = [];
  for (const [studyType, area, joiner] of chosen) {
    const length = /^Doctor/.test(studyType) ? faker.number.int({ min: 4, max: 6 }) : isPostgraduate(studyType) ? faker.number.int({ min: 1, max: 2 }) : isVocational(studyType) ? faker.number.int({ min: 1, max: 3 }) : faker.number.int({ min: 3, max: 4 });
    const pool = SCHOOLS[localeName];
    const score = faker.datatype.boolean(0.35) ? faker.helpers.arrayElement(SCORES) : undefined;
    education.push({
      institution: faker.helpers.arrayElement(isVocational(studyType) ? pool.vocational : pool.university),
      ...(area ? { area } : {}),
      studyType,
      ...(endOnly ? {} : { startDate: String(graduation - length) }),
      endDate: String(graduation),
      ...(score ? { score } : {}),
    });
    degreePhrases.push(area ? `${studyType}${joiner}${area}` : studyType);
    graduation -= length + faker.number.int({ min: 0, max: 2 });
  }
  return { education, degreePhrases };
}

function buildPerson(index) {
  const localeName = LOCALE_ORDER[(index * 3) % LOCALE_ORDER.length];
  const locale = LOCALES[localeName];
  const faker = new Faker({ locale: [...locale.faker, en, base] });
  faker.seed(seedFor(localeName, index));
  // Two people per occupation: index and index + 15 are five locales apart.
  const occupationName = OCCUPATION_ORDER[index % OCCUPATION_ORDER.length];
  const occupation = OCCUPATIONS[occupationName];

  const sex = faker.helpers.arrayElement(['female', 'male']);
  const first = faker.person.firstName(sex);
  const last = faker.person.lastName(sex);
  const name = openE(`${first} ${last}`);
  const cities = CITIES[localeName];
  const home = faker.helpers.arrayElement(cities);
  const dateStyle = DATE_STYLES[(index * 4 + 1) % DATE_STYLES.length];
  const presentation = {
    locale: localeName,
    dateStyle,
    presentWord: faker.helpers.arrayElement(PRESENT_WORDS[dateStyle]),
    schoolDateStyle: SCHOOL_DATE_STYLES[(index * 5 + 2) % SCHOOL_DATE_STYLES.length],
    locationStyle: LOCATION_STYLES[(index + Math.floor(index / 10)) % LOCATION_STYLES.length],
    country: locale.country,
    /** Employer before title (else title before employer), in the renderers that let a person choose. */
    employerFirst: faker.datatype.boolean(0.45),
    /** One flat list of skills instead of named groups. */
    flatSkills: faker.datatype.boolean(0.4),
  };

  const { work, earliest } = workHistory(faker, occupationName, occupation, home, cities, localeName, presentation);
  const { education, degreePhrases } = educationHistory(faker, occupation, localeName, presentation, earliest);

  // Certificates (printed in their own section; JSON Resume `certificates`, not scored).
  const certificates = occupation.certificates.length > 0 && faker.datatype.boolean(0.5)
    ? faker.helpers.arrayElements(occupation.certificates, { min: 1, max: occupation.certificates.length }).map(([certificate, issuer]) => ({ name: certificate, issuer, date: String(faker.number.int({ min: 2014, max: 2025 })) }))
    : [];
  const skills = occupation.skills.map(([group, keywords]) => ({ name: group, keywords: faker.helpers.arrayElements(keywords, { min: Math.min(2, keywords.length), max: keywords.length }) }));

  // Languages: 0–4, the locale's own first.
  const languageCount = faker.helpers.weightedArrayElement([{ value: 0, weight: 1 }, { value: 1, weight: 1 }, { value: 2, weight: 3 }, { value: 3, weight: 3 }, { value: 4, weight: 1 }]);
  const languages = [];
  if (languageCount > 0) languages.push({ language: locale.native, fluency: faker.helpers.arrayElement(NATIVE_WORDS) });
  const others = [...faker.helpers.shuffle(locale.second), ...faker.helpers.shuffle(OTHER_LANGUAGES)].filter((language, i, all) => language !== locale.native && all.indexOf(language) === i);
  for (const other of others.slice(0, Math.max(0, languageCount - 1))) languages.push({ language: other, fluency: faker.helpers.arrayElement(FLUENCIES) });

  // Contact and links: example.com/.org/.net mailboxes only.
  const [f, l] = [ascii(first), ascii(last)];
  const email = faker.helpers.arrayElement([`${f}.${l}@example.com`, `${f[0]}${l}@example.org`, `${l}.${f}@example.net`, `${f}${l}${faker.number.int({ min: 10, max: 99 })}@example.com`, `mail@${f}${l}.example.org`]);
  const profiles = [];
  if (faker.datatype.boolean(0.6)) {
    const username = `${f}-${l}-${faker.string.alphanumeric({ length: 4, casing: 'lower' })}`;
    profiles.push({ network: 'LinkedIn', username, url: `https://www.linkedin.com/in/${username}` });
  }
  if (occupationName === 'security') profiles.push({ network: 'GitHub', username: `${f}${l[0]}`, url: `https://github.com/${f}${l[0]}` });
  if (occupationName === 'translation' && faker.datatype.boolean()) profiles.push({ network: 'ProZ', username: `${f}${l}`, url: `https://www.proz.com/profile/${faker.number.int({ min: 100000, max: 999999 })}` });
  if (occupationName === 'planning' || occupationName === 'events') profiles.push({ network: 'Portfolio', username: `${f}${l}`, url: `https://${f}${l}.example.net/portfolio` });
  const url = faker.datatype.boolean(0.2) ? `https://${f}${l}.example.com` : undefined;

  const years = 2026 - Number(work.at(-1).startDate.slice(0, 4));
  const summary = faker.datatype.boolean(0.75) ? faker.helpers.arrayElement(occupation.summaries).replace('{years}', String(years)) : undefined;
  const label = faker.datatype.boolean(0.8) ? faker.helpers.arrayElement(occupation.labels) : undefined;

  const resume = withoutEmpty({
    basics: withoutEmpty({
      name, label, email, phone: phone(faker, localeName), url, summary,
      location: { city: home[0], region: home[1], countryCode: locale.countryCode },
      profiles,
    }),
    work,
    education,
    skills,
    languages,
    certificates,
  });
  const id = `${String(index + 1).padStart(2, '0')}-${occupationName}-${localeName.replace('_', '').toLowerCase()}-${f}${l}`;
  return { id, resume, presentation: { ...presentation, degreePhrases } };
}

/** The 30 people of the third held-back set, in a fixed order. */
export function buildHoldout3Content(count = 30) {
  return Array.from({ length: count }, (_, index) => buildPerson(index));
}
