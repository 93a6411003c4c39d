// The content of the fifth held-back résumé test set (test/fixtures/resume-corpus-holdout5/, issue #10
// §2): 30 fictional people written as JSON Resume. Names come from a seeded @faker-js/faker in ten
// locales no earlier set uses (de_CH, sk, nl_BE, zu_ZA, az, sr_RS_latin, fr_SN, en_NP, uz_UZ_latin,
// yo_NG); places are real cities with the region people write; everything else (fifteen occupations
// none of the earlier sets uses, employers, bullets, degrees, career stages — students, career changers,
// people back from a break, contractors with several clients, seniors with six jobs — date styles,
// certificates, links, fictional phone numbers) was written here, up front, before anything was rendered.
//
// Written on 2026-11-30 by an engineer who does not tune the parser and never reads its output on this
// set. Nothing here was adjusted after seeing a parse. The JSON Resume each person gets is the truth;
// `presentation` holds the person's own writing habits (date style, the word for "now", title before
// or after employer, skills grouped or flat, how a degree, a school's years and a place are written),
// which every renderer keeps, as one person's CV would.
import { createHash } from 'node:crypto';
import { az, de_CH, en_NP, fr_SN, nl_BE, sk, sr_RS_latin, uz_UZ_latin, yo_NG, zu_ZA } from '@faker-js/faker';
import { drawPerson } from './lib/resume-corpus-people.mjs';

/** One seed per person: the first 32 bits of SHA-256 of `candor/holdout5/<locale>/<n>`. */
function seedFor(locale, index) {
  return createHash('sha256').update(`candor/holdout5/${locale}/${index + 1}`).digest().readUInt32BE(0);
}

const LOCALES = {
  de_CH: { faker: [de_CH], country: 'Switzerland', countryCode: 'CH', native: 'German', second: ['English', 'French', 'Italian'] },
  sk: { faker: [sk], country: 'Slovakia', countryCode: 'SK', native: 'Slovak', second: ['English', 'Czech', 'German'] },
  nl_BE: { faker: [nl_BE], country: 'Belgium', countryCode: 'BE', native: 'Dutch', second: ['English', 'French', 'German'] },
  zu_ZA: { faker: [zu_ZA], country: 'South Africa', countryCode: 'ZA', native: 'isiZulu', second: ['English', 'Afrikaans', 'isiXhosa'] },
  az: { faker: [az], country: 'Azerbaijan', countryCode: 'AZ', native: 'Azerbaijani', second: ['English', 'Russian', 'Turkish'] },
  sr_RS_latin: { faker: [sr_RS_latin], country: 'Serbia', countryCode: 'RS', native: 'Serbian', second: ['English', 'German', 'Russian'] },
  fr_SN: { faker: [fr_SN], country: 'Senegal', countryCode: 'SN', native: 'Wolof', second: ['French', 'English', 'Arabic'] },
  en_NP: { faker: [en_NP], country: 'Nepal', countryCode: 'NP', native: 'Nepali', second: ['English', 'Hindi', 'Maithili'] },
  uz_UZ_latin: { faker: [uz_UZ_latin], country: 'Uzbekistan', countryCode: 'UZ', native: 'Uzbek', second: ['Russian', 'English', 'Tajik'] },
  yo_NG: { faker: [yo_NG], country: 'Nigeria', countryCode: 'NG', native: 'Yoruba', second: ['English', 'Hausa', 'Igbo'] },
};
const LOCALE_ORDER = Object.keys(LOCALES);

const CITIES = {
  de_CH: [['Winterthur', 'Zürich'], ['Lucerne', 'Lucerne'], ['St. Gallen', 'St. Gallen'], ['Lugano', 'Ticino'], ['Biel/Bienne', 'Bern'], ['Thun', 'Bern'], ['Schaffhausen', 'Schaffhausen'], ['Chur', 'Graubünden']],
  sk: [['Košice', 'Košický kraj'], ['Prešov', 'Prešovský kraj'], ['Žilina', 'Žilinský kraj'], ['Nitra', 'Nitriansky kraj'], ['Banská Bystrica', 'Banskobystrický kraj'], ['Trnava', 'Trnavský kraj'], ['Trenčín', 'Trenčiansky kraj'], ['Martin', 'Žilinský kraj']],
  nl_BE: [['Ghent', 'East Flanders'], ['Leuven', 'Flemish Brabant'], ['Mechelen', 'Antwerp'], ['Hasselt', 'Limburg'], ['Kortrijk', 'West Flanders'], ['Ostend', 'West Flanders'], ['Aalst', 'East Flanders'], ['Genk', 'Limburg']],
  zu_ZA: [['Durban', 'KwaZulu-Natal'], ['Empangeni', 'KwaZulu-Natal'], ['Richards Bay', 'KwaZulu-Natal'], ['Newcastle', 'KwaZulu-Natal'], ['Polokwane', 'Limpopo'], ['Mbombela', 'Mpumalanga'], ['Gqeberha', 'Eastern Cape'], ['Bloemfontein', 'Free State']],
  az: [['Ganja', 'Ganja-Dashkasan'], ['Sumgait', 'Absheron'], ['Lankaran', 'Lankaran-Astara'], ['Shaki', 'Shaki-Zaqatala'], ['Mingachevir', 'Central Aran'], ['Quba', 'Guba-Khachmaz'], ['Shirvan', 'Shirvan-Salyan'], ['Nakhchivan', 'Nakhchivan']],
  sr_RS_latin: [['Novi Sad', 'Vojvodina'], ['Niš', 'Nišavski okrug'], ['Kragujevac', 'Šumadija'], ['Subotica', 'Vojvodina'], ['Čačak', 'Moravički okrug'], ['Kraljevo', 'Raški okrug'], ['Zrenjanin', 'Vojvodina'], ['Valjevo', 'Kolubarski okrug']],
  fr_SN: [['Thiès', 'Thiès'], ['Saint-Louis', 'Saint-Louis'], ['Ziguinchor', 'Ziguinchor'], ['Kaolack', 'Kaolack'], ['Mbour', 'Thiès'], ['Touba', 'Diourbel'], ['Rufisque', 'Dakar'], ['Tambacounda', 'Tambacounda']],
  en_NP: [['Pokhara', 'Gandaki'], ['Lalitpur', 'Bagmati'], ['Bharatpur', 'Bagmati'], ['Biratnagar', 'Koshi'], ['Butwal', 'Lumbini'], ['Dharan', 'Koshi'], ['Nepalgunj', 'Lumbini'], ['Hetauda', 'Bagmati']],
  uz_UZ_latin: [['Samarkand', 'Samarqand'], ['Bukhara', 'Buxoro'], ['Namangan', 'Namangan'], ['Andijan', 'Andijon'], ['Fergana', "Farg'ona"], ['Nukus', 'Karakalpakstan'], ['Qarshi', 'Qashqadaryo'], ['Urgench', 'Xorazm']],
  yo_NG: [['Iseyin', 'Oyo'], ['Abeokuta', 'Ogun'], ['Osogbo', 'Osun'], ['Akure', 'Ondo'], ['Ilorin', 'Kwara'], ['Ile-Ife', 'Osun'], ['Ado-Ekiti', 'Ekiti'], ['Ogbomosho', 'Oyo']],
};

// ------------------------------------------------------------------------------------------------
// Occupations: a title ladder (most senior first), labels, employer kind, job descriptions, bullets,
// skill groups, degrees ([studyType, area, joiner]: the page says `${studyType}${joiner}${area}`),
// certificates, summaries, and the title a contractor writes. None of these fifteen is among the
// earlier sets' occupations.

const OCCUPATIONS = {
  optometry: {
    titles: ['Clinical Director', 'Senior Optometrist', 'Optometrist', 'Optical Dispenser', 'Optical Assistant', 'Optometry Intern'],
    contract: 'Locum Optometrist',
    labels: ['Optometrist', 'Contact Lens Optometrist', 'Paediatric Optometrist'],
    employers: 'optician',
    descriptions: ['High-street optician chain with 60 practices.', 'Hospital eye clinic for glaucoma and diabetic eye disease.'],
    bullets: [
      'Carried out 18 full eye examinations a day, including OCT scans and visual fields.',
      'Fitted 400 contact lens patients a year, from soft daily lenses to scleral lenses.',
      'Screened people with diabetes for retinopathy under the national programme.',
      'Ran a myopia control clinic for 120 children.',
      'Referred urgent cases to the hospital eye service the same day.',
      'Trained dispensing staff on frame fitting and varifocal measurements.',
      'Raised the practice’s contact lens retention rate from 70% to 85%.',
      'Co-managed glaucoma patients with two ophthalmologists.',
    ],
    skills: [['Clinical', ['Refraction', 'Contact Lens Fitting', 'OCT Imaging', 'Binocular Vision', 'Glaucoma Screening']], ['Equipment', ['Slit Lamp', 'Humphrey Field Analyzer', 'Topcon Maestro']]],
    degrees: [['BSc', 'Optometry', ' in '], ['MSc', 'Clinical Optometry', ' in '], ['Diploma', 'Optical Dispensing', ' in '], ['Bachelor', 'Optometry and Vision Science', ' of ']],
    certificates: [['Independent Prescribing', 'College of Optometrists'], ['Myopia Management Certificate', 'Brien Holden Vision Institute']],
    summaries: ['Optometrist with {years} years in practice and hospital clinics who explains eyes in plain words.', 'Eye care professional who loves a hard contact lens fit and a clear referral letter.'],
  },
  occupationaltherapy: {
    titles: ['Head Occupational Therapist', 'Senior Occupational Therapist', 'Occupational Therapist', 'Rehabilitation Assistant', 'Therapy Support Worker'],
    contract: 'Locum Occupational Therapist',
    labels: ['Occupational Therapist', 'Hand Therapist', 'Paediatric Occupational Therapist'],
    employers: 'rehab',
    descriptions: ['Inpatient neurorehabilitation ward with 24 beds.', 'Community team helping older people stay at home.'],
    bullets: [
      'Assessed 12 patients a week for discharge home after stroke or brain injury.',
      'Ran home visits and ordered rails, ramps and bathing aids.',
      'Made thermoplastic hand splints for tendon repairs.',
      'Led a falls prevention group for 60 older adults a year.',
      'Wrote sensory diets for children with autism with their teachers.',
      'Cut delayed discharges on the ward by a fifth with early home assessments.',
      'Supervised two occupational therapy students each term.',
      'Trained carers in safe moving and handling.',
    ],
    skills: [['Clinical', ['Cognitive Assessment', 'Splinting', 'Home Adaptations', 'Sensory Integration', 'Falls Prevention']], ['Assessment Tools', ['AMPS', 'COPM', 'Barthel Index']]],
    degrees: [['BSc', 'Occupational Therapy', ' in '], ['MSc', 'Occupational Therapy', ' in '], ['Bachelor', 'Health Sciences', ' of '], ['Postgraduate Certificate', 'Hand Therapy', ' in ']],
    certificates: [['Sensory Integration Practitioner', 'Sensory Integration Education']],
    summaries: ['Occupational therapist with {years} years in hospital and community rehab who gets people home and doing what matters to them.', 'Practical, patient therapist who sees the person before the diagnosis.'],
  },
  trucking: {
    titles: ['Transport Manager', 'Fleet Supervisor', 'Senior HGV Driver', 'HGV Driver', 'Delivery Driver', 'Warehouse Operative'],
    contract: 'Agency HGV Driver',
    labels: ['HGV Class 1 Driver', 'Long-Haul Truck Driver', 'Transport Planner'],
    employers: 'haulage',
    descriptions: ['International haulier running 90 trucks across Europe.', 'Fuel and chemicals tanker fleet.'],
    bullets: [
      'Drove 120,000 km a year on international routes without an accident.',
      'Delivered chilled food to 25 supermarkets a night on time.',
      'Kept tachograph records and driving hours within EU rules.',
      'Carried dangerous goods in tankers under ADR regulations.',
      'Planned routes and loads for 30 drivers with the dispatch team.',
      'Cut fuel use by 8% with eco-driving training for the fleet.',
      'Did daily walk-around checks and reported defects before departure.',
      'Trained new drivers on trailer coupling and load securing.',
    ],
    skills: [['Driving', ['Class C+E Licence', 'ADR Tanker', 'Digital Tachograph', 'Load Securing', 'Eco-Driving']], ['Systems', ['Transics', 'Webfleet', 'Microlise']]],
    degrees: [['Certificate of Professional Competence', 'Road Haulage', ' in '], ['Vocational Certificate', 'Logistics', ' in '], ['Diploma', 'Transport Management', ' in '], ['Secondary School Certificate', undefined, '']],
    certificates: [['ADR Certificate', 'Road Transport Authority'], ['Driver CPC', 'Road Transport Authority']],
    summaries: ['Professional driver with {years} years on the road who delivers on time and keeps the truck spotless.', 'Safe, reliable HGV driver at home on motorways and mountain passes.'],
  },
  forestry: {
    titles: ['District Forester', 'Senior Forester', 'Forester', 'Forest Technician', 'Forestry Worker', 'Forestry Trainee'],
    contract: 'Forestry Consultant',
    labels: ['Forester', 'Forest Ecologist', 'Arborist'],
    employers: 'forest',
    descriptions: ['State forest enterprise managing 40,000 hectares.', 'Urban tree service for the city council.'],
    bullets: [
      'Managed 6,000 hectares of mixed forest under an FSC-certified plan.',
      'Marked 20,000 m³ of timber for harvest each year and supervised contractors.',
      'Planted 150,000 seedlings after storm and bark beetle damage.',
      'Surveyed city trees and wrote risk reports for 8,000 street trees.',
      'Ran forest inventory plots with GPS and laser rangefinders.',
      'Led wildfire prevention patrols and firebreak maintenance.',
      'Guided school groups on forest ecology walks.',
      'Negotiated timber sales with sawmills.',
    ],
    skills: [['Forestry', ['Forest Inventory', 'Silviculture', 'Timber Cruising', 'Tree Risk Assessment', 'Wildfire Prevention']], ['Tools', ['QGIS', 'Field-Map', 'Chainsaw']]],
    degrees: [['BSc', 'Forestry', ' in '], ['MSc', 'Forest Ecology', ' in '], ['Diploma', 'Arboriculture', ' in '], ['Engineer Diploma', 'Forest Engineering', ' in ']],
    certificates: [['Chainsaw Operator Level 2', 'Forestry Training Centre'], ['Certified Arborist', 'International Society of Arboriculture']],
    summaries: ['Forester with {years} years of planning, planting and harvesting who thinks in decades.', 'Forest professional who loves fieldwork, maps and a good stand of oak.'],
  },
  museum: {
    titles: ['Chief Curator', 'Senior Curator', 'Curator', 'Assistant Curator', 'Collections Assistant', 'Museum Intern'],
    contract: 'Freelance Curator',
    labels: ['Curator', 'Collections Manager', 'Exhibition Curator'],
    employers: 'museum',
    descriptions: ['Regional history museum with 80,000 objects.', 'Contemporary art centre with four shows a year.'],
    bullets: [
      'Curated eight exhibitions, two of them touring abroad.',
      'Catalogued 5,000 objects in the collections database with images.',
      'Wrote grant bids that raised 300,000 EUR for a new gallery.',
      'Negotiated loans with 20 lenders and arranged couriers and insurance.',
      'Ran the museum’s oral history project with local families.',
      'Wrote labels, catalogue essays and the audio guide.',
      'Cut the documentation backlog by 40% with volunteers.',
      'Gave public talks and tours to 3,000 visitors a year.',
    ],
    skills: [['Curatorial', ['Exhibition Development', 'Collections Management', 'Provenance Research', 'Object Handling', 'Grant Writing']], ['Systems', ['Axiell Collections', 'TMS', 'Omeka']]],
    degrees: [['MA', 'Museum Studies', ' in '], ['BA', 'Art History', ' in '], ['PhD', 'History', ' in '], ['Bachelor', 'Cultural Heritage', ' of ']],
    certificates: [['Collections Care Certificate', 'ICOM']],
    summaries: ['Curator with {years} years of exhibitions and collections who makes old objects tell new stories.', 'Museum professional who loves archives, good labels and curious visitors.'],
  },
  insurance: {
    titles: ['Head of Claims', 'Claims Manager', 'Senior Claims Adjuster', 'Claims Adjuster', 'Claims Handler', 'Underwriting Assistant'],
    contract: 'Independent Loss Adjuster',
    labels: ['Claims Adjuster', 'Underwriter', 'Loss Adjuster'],
    employers: 'insurer',
    descriptions: ['Motor and home insurer with 1.2 million policies.', 'Commercial property claims team.'],
    bullets: [
      'Handled 150 open motor and property claims at a time.',
      'Inspected storm and fire damage on site and agreed settlements.',
      'Spotted and referred 40 suspected fraud cases a year.',
      'Cut average claim settlement time from 31 to 19 days.',
      'Negotiated repair costs with garages and builders.',
      'Underwrote small business policies within delegated authority.',
      'Wrote the claims team’s flood response playbook.',
      'Coached six new claims handlers.',
    ],
    skills: [['Insurance', ['Claims Handling', 'Loss Adjusting', 'Fraud Detection', 'Underwriting', 'Subrogation']], ['Systems', ['Guidewire ClaimCenter', 'Duck Creek', 'Xactimate']]],
    degrees: [['BA', 'Business Economics', ' in '], ['Bachelor', 'Law', ' of '], ['Diploma', 'Insurance', ' in '], ['MSc', 'Risk Management', ' in ']],
    certificates: [['Diploma in Insurance', 'Chartered Insurance Institute'], ['Certified Loss Adjuster', 'Institute of Loss Adjusters']],
    summaries: ['Claims professional with {years} years in motor and property insurance who settles fairly and fast.', 'Adjuster who is firm on fraud and kind to people who have just lost their home.'],
  },
  hairdressing: {
    titles: ['Salon Owner', 'Salon Manager', 'Senior Stylist', 'Hair Stylist', 'Junior Stylist', 'Salon Apprentice'],
    contract: 'Freelance Hair Stylist',
    labels: ['Hair Stylist', 'Colourist', 'Barber'],
    employers: 'salon',
    descriptions: ['Busy city-centre salon with 12 chairs.', 'Barbershop and grooming studio.'],
    bullets: [
      'Cut and coloured for 35 regular clients a week.',
      'Specialised in balayage and colour corrections.',
      'Grew retail product sales by 30% in a year.',
      'Styled hair for weddings, fashion shoots and two theatre productions.',
      'Trained four apprentices to qualification.',
      'Ran the salon’s booking system and stock orders.',
      'Won second place at the national hairdressing championship.',
      'Kept a rebooking rate above 80%.',
    ],
    skills: [['Hair', ['Balayage', 'Colour Correction', 'Precision Cutting', 'Bridal Styling', 'Barbering']], ['Business', ['Client Retention', 'Fresha', 'Stock Control']]],
    degrees: [['Vocational Certificate', 'Hairdressing', ' in '], ['Master Hairdresser Diploma', undefined, ''], ['Diploma', 'Beauty and Hair Styling', ' in ']],
    certificates: [['Wella Master Colour Expert', 'Wella Professionals']],
    summaries: ['Hair stylist with {years} years behind the chair who listens first and cuts second.', 'Colourist who loves a bold change and a loyal client.'],
  },
  surveying: {
    titles: ['Chief Surveyor', 'Senior Land Surveyor', 'Land Surveyor', 'Survey Technician', 'Survey Assistant', 'Surveying Intern'],
    contract: 'Contract Land Surveyor',
    labels: ['Land Surveyor', 'Geomatics Engineer', 'Cadastral Surveyor'],
    employers: 'survey',
    descriptions: ['Geomatics firm working on roads, rail and land registration.', 'Municipal cadastre office.'],
    bullets: [
      'Set out 14 km of new motorway and two bridges from design models.',
      'Surveyed 300 land parcels for the national cadastre.',
      'Flew drone surveys and produced orthophotos and terrain models.',
      'Ran laser scans of factory buildings for BIM models.',
      'Checked contractors’ as-built surveys against tolerances.',
      'Processed GNSS and total station data in the office.',
      'Trained two survey assistants in field procedures.',
      'Prepared subdivision plans and boundary reports for court.',
    ],
    skills: [['Surveying', ['GNSS Surveying', 'Total Station', 'Laser Scanning', 'Drone Photogrammetry', 'Cadastral Surveys']], ['Software', ['Trimble Business Center', 'AutoCAD Civil 3D', 'Pix4D']]],
    degrees: [['BSc', 'Geodesy', ' in '], ['MSc', 'Geomatics', ' in '], ['Diploma', 'Surveying', ' in '], ['Bachelor of Engineering', 'Geodesy and Cartography', ' in ']],
    certificates: [['Licensed Surveyor', 'Surveyors’ Council'], ['Drone Pilot A2 Certificate', 'Civil Aviation Authority']],
    summaries: ['Land surveyor with {years} years on roads, rail and cadastre who gets it right to the millimetre.', 'Geomatics engineer who is as happy with a total station as with a point cloud.'],
  },
  sound: {
    titles: ['Head of Audio', 'Senior Sound Engineer', 'Sound Engineer', 'Audio Technician', 'Stage Hand', 'Studio Runner'],
    contract: 'Freelance Sound Engineer',
    labels: ['Sound Engineer', 'Live Audio Engineer', 'Recording Engineer'],
    employers: 'audio',
    descriptions: ['Concert hall with 1,800 seats and a recording studio.', 'Broadcaster’s outside broadcast unit.'],
    bullets: [
      'Mixed front of house for 90 concerts a year, from jazz trios to festivals.',
      'Recorded and mixed 12 albums for independent labels.',
      'Ran monitor mixes for touring bands on in-ear systems.',
      'Set up sound for live TV broadcasts and football matches.',
      'Designed the PA system for a new 3,000-seat open-air stage.',
      'Kept the studio’s microphones and consoles in working order.',
      'Cut changeover time between bands by a third with a new stage plan.',
      'Taught audio basics to theatre students.',
    ],
    skills: [['Audio', ['Live Sound Mixing', 'Studio Recording', 'Monitor Engineering', 'PA System Design', 'Broadcast Audio']], ['Tools', ['Pro Tools', 'DiGiCo SD', 'Yamaha CL5', 'Dante']]],
    degrees: [['BA', 'Audio Production', ' in '], ['Diploma', 'Sound Engineering', ' in '], ['BSc', 'Music Technology', ' in '], ['MA', 'Sound Design', ' in ']],
    certificates: [['Dante Level 3', 'Audinate'], ['Avid Certified Operator Pro Tools', 'Avid']],
    summaries: ['Sound engineer with {years} years of live and studio work who keeps calm when the headliner is late.', 'Audio engineer who cares about every microphone and every listener.'],
  },
  brewing: {
    titles: ['Head Brewer', 'Senior Brewer', 'Brewer', 'Assistant Brewer', 'Cellar Operator', 'Brewery Intern'],
    contract: 'Consultant Brewer',
    labels: ['Brewer', 'Brewmaster', 'Quality Brewer'],
    employers: 'brewery',
    descriptions: ['Craft brewery making 20,000 hectolitres a year.', 'Industrial brewery with two canning lines.'],
    bullets: [
      'Brewed 40 batches a month on a 30-hectolitre brewhouse.',
      'Developed 15 new recipes, three of them award winners.',
      'Ran yeast management and cellar fermentations.',
      'Cut water use per hectolitre by 18%.',
      'Ran quality checks: gravity, pH, dissolved oxygen and sensory panels.',
      'Scheduled production with the sales and packaging teams.',
      'Trained cellar staff in cleaning-in-place and hygiene.',
      'Set up a small lab for microbiology testing.',
    ],
    skills: [['Brewing', ['Recipe Development', 'Fermentation Control', 'Yeast Management', 'Sensory Analysis', 'Cleaning in Place']], ['Quality', ['HACCP', 'Microbiology', 'Anton Paar Alex']]],
    degrees: [['BSc', 'Brewing and Distilling', ' in '], ['MSc', 'Food Technology', ' in '], ['Diploma', 'Brewing', ' in '], ['Master Brewer Diploma', undefined, '']],
    certificates: [['Certified Cicerone', 'Cicerone Certification Program'], ['General Certificate in Brewing', 'Institute of Brewing and Distilling']],
    summaries: ['Brewer with {years} years in craft and industrial brewing who loves clean beer and clean floors.', 'Brewer who balances creative recipes with tight quality control.'],
  },
  childcare: {
    titles: ['Nursery Manager', 'Room Leader', 'Early Years Educator', 'Childcare Practitioner', 'Nursery Assistant', 'Childcare Apprentice'],
    contract: 'Supply Early Years Educator',
    labels: ['Early Years Educator', 'Nursery Nurse', 'Childminder'],
    employers: 'nursery',
    descriptions: ['Day nursery for 80 children aged three months to five years.', 'Community kindergarten run by a parents’ association.'],
    bullets: [
      'Led the toddler room of 14 children and three staff.',
      'Planned play-based activities following the early years curriculum.',
      'Kept learning journals and wrote progress reports for parents.',
      'Supported children with additional needs with their families and therapists.',
      'Ran the nursery’s outdoor learning and forest school days.',
      'Kept the nursery rated good in two inspections.',
      'Trained staff in paediatric first aid and safeguarding.',
      'Settled 30 new children a year with home visits.',
    ],
    skills: [['Early Years', ['Child Development', 'Play-Based Learning', 'Safeguarding', 'Special Educational Needs', 'Outdoor Learning']], ['Tools', ['Famly', 'Tapestry']]],
    degrees: [['Diploma', 'Early Childhood Education', ' in '], ['BA', 'Early Childhood Studies', ' in '], ['Vocational Certificate', 'Childcare', ' in '], ['Bachelor', 'Education', ' of ']],
    certificates: [['Paediatric First Aid', 'Red Cross'], ['Forest School Leader Level 3', 'Forest School Association']],
    summaries: ['Early years educator with {years} years in nurseries who believes children learn best through play.', 'Warm, organised childcare professional trusted by children and parents.'],
  },
  landscaping: {
    titles: ['Landscape Contracts Manager', 'Landscape Foreman', 'Senior Landscape Gardener', 'Landscape Gardener', 'Groundskeeper', 'Gardening Apprentice'],
    contract: 'Self-Employed Landscape Gardener',
    labels: ['Landscape Gardener', 'Garden Designer', 'Head Groundskeeper'],
    employers: 'garden',
    descriptions: ['Landscaping firm building private gardens and roof terraces.', 'Public parks department.'],
    bullets: [
      'Built 25 private gardens a year: paving, walls, planting and irrigation.',
      'Looked after 40 hectares of parkland and sports pitches.',
      'Designed planting plans for shade, drought and pollinators.',
      'Installed green roofs on four office buildings.',
      'Led a crew of six and priced jobs from drawings.',
      'Cut water use in the parks by 25% with smart irrigation.',
      'Pruned and felled trees safely with the arborist team.',
      'Ran the composting scheme for the city’s green waste.',
    ],
    skills: [['Landscaping', ['Hard Landscaping', 'Planting Design', 'Irrigation Systems', 'Turf Management', 'Green Roofs']], ['Tools', ['Vectorworks Landmark', 'Mini Excavator', 'Hedge Cutter']]],
    degrees: [['Vocational Certificate', 'Landscape Gardening', ' in '], ['BSc', 'Landscape Architecture', ' in '], ['Diploma', 'Horticulture', ' in '], ['Bachelor', 'Environmental Planning', ' of ']],
    certificates: [['Pesticide Application Licence', 'Plant Health Service']],
    summaries: ['Landscape gardener with {years} years of building and caring for gardens and parks.', 'Hands-on gardener who designs for the seasons and builds to last.'],
  },
  customs: {
    titles: ['Head of Customs Compliance', 'Senior Customs Broker', 'Customs Broker', 'Customs Declarant', 'Freight Forwarding Assistant', 'Customs Trainee'],
    contract: 'Customs Compliance Consultant',
    labels: ['Customs Broker', 'Trade Compliance Specialist', 'Customs Declarant'],
    employers: 'freight',
    descriptions: ['Freight forwarder at the main container port.', 'Trade compliance team of a machinery exporter.'],
    bullets: [
      'Filed 60 import and export declarations a day.',
      'Classified 2,000 products under the Harmonised System.',
      'Cut duty paid by 12% with preferential origin rules.',
      'Set up an authorised economic operator application that was approved first time.',
      'Handled customs inspections and queries at the port and airport.',
      'Checked export controls and sanctions lists for every shipment.',
      'Trained the sales team on Incoterms.',
      'Moved the team to a new electronic declaration system.',
    ],
    skills: [['Customs', ['Tariff Classification', 'Rules of Origin', 'Customs Valuation', 'Export Controls', 'Incoterms']], ['Systems', ['CargoWise', 'SAP GTS', 'Descartes']]],
    degrees: [['BA', 'International Trade', ' in '], ['Diploma', 'Customs Procedures', ' in '], ['MSc', 'Logistics and Supply Chain', ' in '], ['Bachelor', 'Economics', ' of ']],
    certificates: [['Certified Customs Specialist', 'NCBFAA'], ['FIATA Diploma in Freight Forwarding', 'FIATA']],
    summaries: ['Customs broker with {years} years at ports and airports who keeps goods moving and auditors happy.', 'Trade compliance specialist who reads tariff notes for fun.'],
  },
  hvac: {
    titles: ['Service Manager', 'Lead HVAC Engineer', 'HVAC Technician', 'Refrigeration Engineer', 'HVAC Installer', 'HVAC Apprentice'],
    contract: 'Contract HVAC Engineer',
    labels: ['HVAC Technician', 'Refrigeration Engineer', 'Building Services Engineer'],
    employers: 'hvac',
    descriptions: ['Building services contractor for offices and hospitals.', 'Commercial refrigeration for supermarkets.'],
    bullets: [
      'Serviced 300 air-conditioning and heat pump units a year.',
      'Installed VRF systems in three office buildings.',
      'Fixed supermarket refrigeration faults within four hours, day or night.',
      'Commissioned air handling units and balanced ventilation systems.',
      'Handled refrigerants under F-gas rules and kept the logbooks.',
      'Cut a hospital’s cooling energy by 20% by retuning controls.',
      'Read wiring diagrams and replaced failed control boards.',
      'Trained two apprentices in brazing and pressure testing.',
    ],
    skills: [['HVAC', ['Heat Pumps', 'VRF Systems', 'Commercial Refrigeration', 'Ventilation Balancing', 'Building Controls']], ['Tools', ['Testo Smart Probes', 'Trend BMS', 'Brazing']]],
    degrees: [['Vocational Certificate', 'Refrigeration and Air Conditioning', ' in '], ['Technical Diploma', 'Building Services', ' in '], ['BSc', 'Mechanical Engineering', ' in ']],
    certificates: [['F-Gas Category I Certificate', 'City & Guilds'], ['Heat Pump Installer', 'Heat Pump Association']],
    summaries: ['HVAC technician with {years} years of service and installation who fixes it right the first time.', 'Refrigeration engineer who likes a hard fault and a tidy plant room.'],
  },
  zookeeping: {
    titles: ['Curator of Animals', 'Head Keeper', 'Senior Zookeeper', 'Zookeeper', 'Animal Care Assistant', 'Zoo Volunteer'],
    contract: 'Animal Welfare Consultant',
    labels: ['Zookeeper', 'Animal Keeper', 'Wildlife Care Specialist'],
    employers: 'zoo',
    descriptions: ['City zoo with 2,000 animals and a breeding programme.', 'Wildlife rescue and rehabilitation centre.'],
    bullets: [
      'Cared for a section of 40 primates: feeding, cleaning and health checks.',
      'Trained elephants and big cats for voluntary veterinary procedures.',
      'Kept studbook records for two European breeding programmes.',
      'Designed enrichment that cut stereotypic behaviour in the bears.',
      'Hand-reared four orphaned antelope calves.',
      'Gave keeper talks to 500 visitors a day in summer.',
      'Helped move animals between zoos under transport rules.',
      'Rehabilitated and released 150 injured birds a year.',
    ],
    skills: [['Animal Care', ['Animal Husbandry', 'Operant Conditioning', 'Environmental Enrichment', 'Hand-Rearing', 'Animal Restraint']], ['Records', ['ZIMS', 'Studbook Management']]],
    degrees: [['BSc', 'Zoology', ' in '], ['Diploma', 'Animal Management', ' in '], ['MSc', 'Wild Animal Biology', ' in '], ['Vocational Certificate', 'Animal Care', ' in ']],
    certificates: [['Firearms for Dangerous Animal Response', 'Zoo Association'], ['Animal First Aid', 'Animal Care College']],
    summaries: ['Zookeeper with {years} years with primates, big cats and birds who puts welfare first.', 'Animal keeper who loves training, enrichment and early starts.'],
  },
};
const OCCUPATION_ORDER = Object.keys(OCCUPATIONS);

/** Where a career changer came from: an earlier occupation (from this set) per new one. */
const CHANGED_FROM = {
  optometry: 'insurance', occupationaltherapy: 'childcare', trucking: 'landscaping', forestry: 'landscaping', museum: 'customs', insurance: 'museum', hairdressing: 'childcare',
  surveying: 'forestry', sound: 'museum', brewing: 'hvac', childcare: 'hairdressing', landscaping: 'trucking', customs: 'trucking', hvac: 'sound', zookeeping: 'childcare',
};

/** Employers by kind: real-sounding local names, written by hand (faker's local company names read oddly). */
function employer(faker, kind, [city], last) {
  const pick = (options) => faker.helpers.arrayElement(options);
  switch (kind) {
    case 'optician': return pick(['Fielmann', 'Specsavers', `${city} Eye Clinic`, `${last} Optik`, `VisionPlus ${city}`]);
    case 'rehab': return pick([`${city} Rehabilitation Centre`, `${city} Cantonal Hospital`, `${last} Therapy Partners`, `${city} Home Care Service`]);
    case 'haulage': return pick(['DSV Road', 'Girteka Logistics', `${last} Transport`, `${city} Haulage`, `TransAlp ${city}`, 'Dachser']);
    case 'forest': return pick([`${city} Forest Enterprise`, `${city} Tree Service`, `${last} Timber`, 'State Forests', `GreenCanopy ${city}`]);
    case 'museum': return pick([`${city} City Museum`, `${city} Art Centre`, `Museum of ${city} History`, `${last} Foundation`, `${city} Heritage Trust`]);
    case 'insurer': return pick(['Allianz', 'Generali', 'AXA', `${city} Mutual Insurance`, `${last} Claims Services`]);
    case 'salon': return pick([`${last} Hair Studio`, `Salon ${last}`, `${city} Barber Co.`, 'Toni & Guy', `Cut & Colour ${city}`]);
    case 'survey': return pick([`${last} Geomatics`, `${city} Cadastre Office`, 'Fugro', `${city} Survey Partners`, `GeoPoint ${city}`]);
    case 'audio': return pick([`${city} Concert Hall`, `${last} Sound Studio`, `${city} Broadcasting`, `StageWorks ${city}`, `${city} Open Air Festival`]);
    case 'brewery': return pick([`${city} Brewing Company`, `${last} Brewery`, 'Heineken', `${city} Craft Beer Works`, 'AB InBev']);
    case 'nursery': return pick([`${city} Day Nursery`, `Little Acorns ${city}`, `${last} Kindergarten`, `${city} Community Kindergarten`]);
    case 'garden': return pick([`${last} Landscapes`, `${city} Parks Department`, `GreenWorks ${city}`, `${last} Garden Design`]);
    case 'freight': return pick(['Kuehne+Nagel', 'DB Schenker', `${last} Customs Brokers`, `${city} Freight Forwarding`, 'Bolloré Logistics']);
    case 'hvac': return pick([`${last} Klimatechnik`, `${city} Building Services`, 'Carrier', `${last} Refrigeration`, `CoolAir ${city}`, 'Daikin']);
    case 'zoo': return pick([`${city} Zoo`, `${city} Wildlife Rescue Centre`, `${last} Safari Park`, `${city} Bird Sanctuary`]);
    default: return `${last} Group`;
  }
}

const SCHOOLS = {
  de_CH: { vocational: ['Berufsschule Winterthur', 'GIBB Bern'], university: ['ETH Zurich', 'University of Bern', 'University of Basel', 'Zurich University of Applied Sciences', 'University of Lucerne'] },
  sk: { vocational: ['Stredná odborná škola Košice', 'SOŠ technická Žilina'], university: ['Comenius University Bratislava', 'Technical University of Košice', 'Slovak University of Technology', 'University of Žilina', 'Pavol Jozef Šafárik University'] },
  nl_BE: { vocational: ['Syntra West', 'VDAB Competence Centre'], university: ['KU Leuven', 'Ghent University', 'University of Antwerp', 'Hasselt University', 'Vrije Universiteit Brussel'] },
  zu_ZA: { vocational: ['Umfolozi TVET College', 'Coastal KZN TVET College'], university: ['University of KwaZulu-Natal', 'Durban University of Technology', 'University of Zululand', 'University of Pretoria', 'Mangosuthu University of Technology'] },
  az: { vocational: ['Baku State Vocational Lyceum', 'Ganja Vocational School'], university: ['Baku State University', 'Azerbaijan Technical University', 'ADA University', 'Ganja State University', 'Azerbaijan State Oil and Industry University'] },
  sr_RS_latin: { vocational: ['Tehnička škola Novi Sad', 'Politehnička škola Kragujevac'], university: ['University of Novi Sad', 'University of Niš', 'University of Kragujevac', 'University of Belgrade', 'Singidunum University'] },
  fr_SN: { vocational: ['Lycée Technique Delafosse', 'ISEP Thiès'], university: ['Université Cheikh Anta Diop', 'Université Gaston Berger', 'Université Assane Seck de Ziguinchor', 'Université Iba Der Thiam de Thiès'] },
  en_NP: { vocational: ['CTEVT Technical School Pokhara', 'Balaju School of Engineering'], university: ['Tribhuvan University', 'Kathmandu University', 'Pokhara University', 'Purbanchal University'] },
  uz_UZ_latin: { vocational: ['Samarkand Technical College', 'Tashkent Vocational College'], university: ['National University of Uzbekistan', 'Samarkand State University', 'Tashkent State Technical University', 'Westminster International University in Tashkent', 'Bukhara State University'] },
  yo_NG: { vocational: ['Federal Polytechnic Ilaro', 'The Polytechnic, Ibadan'], university: ['University of Ibadan', 'Obafemi Awolowo University', 'Federal University of Agriculture, Abeokuta', 'Ladoke Akintola University of Technology', 'University of Ilorin'] },
};

/**
 * Fictional telephone numbers. Of these ten countries none publishes a range for drama that fits every
 * shape here, so every number takes its country's national shape with a made-up `555` middle; they were
 * not checked against live allocations.
 */
function phone(faker, localeName) {
  const d = (count) => faker.string.numeric({ length: count, allowLeadingZeros: true });
  const shapes = {
    de_CH: () => [`+41 79 555 01 ${d(2)}`, `079 555 01 ${d(2)}`, `+41 (0)78 555 0${d(1)} ${d(2)}`],
    sk: () => [`+421 905 555 0${d(2)}`, `0905 555 0${d(2)}`, `+421 911 555 1${d(2)}`],
    nl_BE: () => [`+32 470 55 50 ${d(2)}`, `0470 55 50 ${d(2)}`, `+32 (0)485 55 51 ${d(2)}`],
    zu_ZA: () => [`+27 82 555 01${d(2)}`, `082 555 01${d(2)}`, `(+27) 71 555 0${d(3)}`],
    az: () => [`+994 50 555 01 ${d(2)}`, `050 555 01 ${d(2)}`, `+994 (55) 555-01-${d(2)}`],
    sr_RS_latin: () => [`+381 64 555 01${d(2)}`, `064/555-01${d(2)}`, `+381 63 555 0${d(3)}`],
    fr_SN: () => [`+221 77 555 01 ${d(2)}`, `77 555 01 ${d(2)}`, `(+221) 76 555 0${d(1)} ${d(2)}`],
    en_NP: () => [`+977 984-5550${d(3)}`, `9845550${d(3)}`, `+977 980 555 0${d(3)}`],
    uz_UZ_latin: () => [`+998 90 555 01 ${d(2)}`, `+998 (93) 555-01-${d(2)}`, `90 555 01 ${d(2)}`],
    yo_NG: () => [`+234 803 555 0${d(3)}`, `0803 555 0${d(3)}`, `+234 (0)805 555 0${d(3)}`],
  };
  return faker.helpers.arrayElement(shapes[localeName]());
}

/** Levels people write next to a language. */
const NATIVE_WORDS = ['Native', 'Mother tongue', 'Native language', 'Bilingual'];
const FLUENCIES = ['Fluent', 'C1', 'B2', 'Advanced', 'Intermediate', 'Basic', 'Full professional proficiency', 'Limited working proficiency', 'A2'];
const OTHER_LANGUAGES = ['French', 'German', 'Spanish', 'Italian', 'Russian', 'Dutch', 'Japanese'];

/** Honours or grade lines some people write under a degree (JSON Resume `score`, not scored). */
const SCORES = ['GPA 3.7/4.0', 'Distinction', 'Grade 5.5/6', 'First Class Honours', 'Cum laude', 'Final grade 9.1/10', 'Second Class Upper', 'With merit'];

/**
 * Date styles, one per person (truth dates are YYYY-MM unless the style writes years only):
 * `monShort` Mar 2019 – Present · `fullMonth` March 2019 – June 2021 · `slash` 03/2019 – 06/2021 ·
 * `dotMonthYear` 03.2019 – 06.2021 · `yearsOnly` 2019 – 2021 · `monDot` Mar. 2019 – Jun. 2021 ·
 * `isoMonth` 2019-03 – 2021-06
 */
export const DATE_STYLES = ['monShort', 'fullMonth', 'slash', 'dotMonthYear', 'yearsOnly', 'monDot', 'isoMonth'];
/** Words for an ongoing job, per date style. */
const PRESENT_WORDS = {
  monShort: ['Present', 'Now'], fullMonth: ['Present', 'to date'], slash: ['Present', 'now'], dotMonthYear: ['today', 'Present'],
  yearsOnly: ['Present', 'to date'], monDot: ['Now', 'Present'], isoMonth: ['present', 'Current'],
};
/** How a school's years are written: `range` 2012 – 2016 · `slashRange` 2012/2016 · `endOnly` 2016 alone · `classOf` Class of 2016 · `hyphen` 2012-2016. */
const SCHOOL_DATE_STYLES = ['range', 'slashRange', 'endOnly', 'range', 'classOf', 'hyphen'];
/** How a place is written: `cityRegion` Braga, Minho · `cityCountry` Braga, Portugal · `city` · `cityCode` Braga, PT. */
const LOCATION_STYLES = ['cityCountry', 'cityRegion', 'city', 'cityCode', 'cityCountry'];

/**
 * Career stages, one per person, in a fixed rotation: how many jobs, whether the first (latest) is the
 * most junior title, a break between jobs, an earlier career in another occupation.
 */
const STAGES = ['student', 'mid', 'contractor', 'senior', 'changer', 'early', 'gap', 'mid', 'returner', 'contractor'];

const ascii = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/ı/g, 'i').replace(/[əƏ]/g, 'e').replace(/[^A-Za-z]/g, '').toLowerCase();

export function locationText([city, region], localeName, style) {
  const { country, countryCode } = LOCALES[localeName];
  switch (style) {
    case 'cityRegion': return city === region ? `${city}, ${country}` : `${city}, ${region}`;
    case 'cityCountry': return `${city}, ${country}`;
    case 'cityCode': return `${city}, ${countryCode}`;
    default: return city;
  }
}

/** What this set draws its people from (scripts/lib/resume-corpus-people.mjs). */
const SET = {
  occupations: OCCUPATIONS, changedFrom: CHANGED_FROM, schools: SCHOOLS, scores: SCORES, employer, locationText,
  locales: LOCALES, localeOrder: LOCALE_ORDER, cities: CITIES, occupationOrder: OCCUPATION_ORDER, stages: STAGES, dateStyles: DATE_STYLES, presentWords: PRESENT_WORDS,
  schoolDateStyles: SCHOOL_DATE_STYLES, locationStyles: LOCATION_STYLES, nativeWords: NATIVE_WORDS, fluencies: FLUENCIES, otherLanguages: OTHER_LANGUAGES,
  seedFor, phone, ascii,
  nameOf: (first, last) => `${first} ${last}`,
  linksOf(faker, { occupationName, stage, f, l }) {
    const extraProfiles = [];
    if (occupationName === 'hairdressing') extraProfiles.push({ network: 'Instagram', username: `${f}.${l}.hair`, url: `https://www.instagram.com/${f}.${l}.hair` });
    if (occupationName === 'sound' && faker.datatype.boolean()) extraProfiles.push({ network: 'SoundCloud', username: `${f}-${l}`, url: `https://soundcloud.com/${f}-${l}` });
    if (occupationName === 'museum' && faker.datatype.boolean()) extraProfiles.push({ network: 'Academia.edu', username: `${f}${l}`, url: `https://independent.academia.edu/${f}${l}` });
    // Hair stylists and contractors sell their own work: they all have a site.
    const url = occupationName === 'hairdressing' || stage === 'contractor' || faker.datatype.boolean(0.15) ? `https://${f}${l}.example.com` : undefined;
    return { extraProfiles, url };
  },
  localeTag: (localeName) => localeName.split('_').slice(0, 2).join('').toLowerCase(),
};

/** The 30 people of the fifth held-back set, in a fixed order. */
export function buildHoldout5Content(count = 30) {
  return Array.from({ length: count }, (_, index) => drawPerson(SET, index));
}
