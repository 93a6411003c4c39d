// The content of the wave 7 held-back analysis set (test/fixtures/analysis/heldback-w7/, issue #12):
// ten fictional people written as JSON Resume, one each of ten occupations that neither the spread and
// ranking corpus (scripts/resume-corpus-content.mjs) nor the later résumé sets (fresh, holdout,
// holdout2) have, with their own employers, bullets, schools, skills, places and phone formats.
// Written in full on 2026-11-30 by an engineer who does not tune the analysis, before anything was
// rendered or scored; the set is frozen by hash (manifest.json) and never tuned on.
// Names come from a seeded faker (seed 9700, which no other set uses); phone numbers use fictional
// ranges: US/CA 555-01xx, UK Ofcom drama numbers (07700 900xxx, 0117 496 0xxx), Australia's ACMA
// drama numbers (0491 570 xxx, 0x 5550 xxxx), Ireland's 020 91x xxxx drama range.
import { buildResumes } from './resume-corpus-content.mjs';

const PROFESSIONS = {
  paramedic: {
    labels: ['Advanced Care Paramedic', 'Primary Care Paramedic'],
    jobs: [
      { position: 'Advanced Care Paramedic', name: 'Alberta Health Services EMS', location: 'Calgary, AB' },
      { position: 'Primary Care Paramedic', name: 'Foothills Regional Ambulance', location: 'Okotoks, AB' },
      { position: 'Emergency Medical Responder', name: 'Bow Valley Search and Rescue', location: 'Canmore, AB' },
      { position: 'Community Paramedic', name: 'Prairie Rose Health Cooperative', location: 'Airdrie, AB' },
    ],
    bullets: [
      'Responded to roughly 1,400 emergency calls a year on a two-person advanced life support unit in a dense urban district.',
      'Managed cardiac arrests with 12-lead ECG interpretation, manual defibrillation and airway control; return of spontaneous circulation in 31% of witnessed arrests.',
      'Triaged and treated 40 casualties at a multi-vehicle highway collision as the first unit on scene, handing over to incident command after 20 minutes.',
      'Ran home visits for frail elderly patients after discharge, cutting repeat 911 calls from the program’s caseload by a quarter.',
      'Taught quarterly airway and trauma refreshers to volunteer firefighters in three rural stations.',
      'Documented every call in the electronic patient care record within the shift and audited peers’ charts for the quality team.',
      'Drove and maintained the ambulance to fleet standards, restocking controlled drugs under the two-signature protocol.',
    ],
    schools: [
      { institution: 'Southern Alberta Institute of Technology', studyType: 'Diploma', area: 'Advanced Care Paramedic' },
      { institution: 'Mount Royal University', studyType: 'Certificate', area: 'Primary Care Paramedic' },
    ],
    skills: [
      { name: 'Clinical', keywords: ['Advanced Life Support', 'Airway Management', '12-Lead ECG', 'Trauma Assessment', 'Triage'] },
      { name: 'Certifications', keywords: ['ACLS', 'PALS', 'PHTLS', 'Class 4 Driver’s Licence'] },
    ],
    summary: 'Paramedic with nine years on urban and rural ambulances. Steady at a chaotic scene, thorough with the paperwork afterwards, and keen on keeping people out of the emergency department in the first place.',
  },
  dentalhygiene: {
    labels: ['Dental Hygienist', 'Oral Health Therapist'],
    jobs: [
      { position: 'Dental Hygienist', name: 'Riverbend Family Dental', location: 'Brisbane, QLD' },
      { position: 'Oral Health Therapist', name: 'Queensland Health School Dental Service', location: 'Ipswich, QLD' },
      { position: 'Dental Hygienist', name: 'Smile Studio Paddington', location: 'Brisbane, QLD' },
      { position: 'Dental Assistant', name: 'Bayside Orthodontics', location: 'Cleveland, QLD' },
    ],
    bullets: [
      'Saw 12 to 14 patients a day for scaling, root planing and periodontal charting in a busy four-chair general practice.',
      'Took and read bitewing and periapical radiographs and flagged suspected caries and bone loss for the dentist’s review.',
      'Ran a fissure-sealant and fluoride-varnish program in 18 state primary schools, reaching about 2,600 children a year.',
      'Brought in a periodontal maintenance recall system in Dentally that lifted recall attendance from 58% to 81%.',
      'Coached patients with diabetes on home care and gum health, working from a care plan shared with their GP.',
      'Kept the sterilisation room audit-ready under the Australian infection control guidelines; zero findings at two inspections.',
    ],
    schools: [
      { institution: 'Griffith University', studyType: 'Bachelor of Oral Health', area: 'Dental Hygiene' },
      { institution: 'TAFE Queensland', studyType: 'Certificate IV', area: 'Dental Assisting' },
    ],
    skills: [
      { name: 'Clinical', keywords: ['Periodontal Charting', 'Scaling and Root Planing', 'Dental Radiography', 'Fluoride Varnish', 'Local Anaesthesia'] },
      { name: 'Practice', keywords: ['Dentally', 'Infection Control', 'Oral Health Education'] },
    ],
    summary: 'Dental hygienist who likes the long game: patients who come back every six months with healthier gums than last time.',
  },
  hvac: {
    labels: ['HVAC Service Technician', 'Lead HVAC/R Technician'],
    jobs: [
      { position: 'Lead HVAC Service Technician', name: 'Desert Air Mechanical', location: 'Phoenix, AZ' },
      { position: 'HVAC/R Technician', name: 'Sonoran Refrigeration Services', location: 'Tempe, AZ' },
      { position: 'Installer', name: 'Copper State Heating & Cooling', location: 'Mesa, AZ' },
      { position: 'Apprentice Technician', name: 'Valley Comfort Systems', location: 'Glendale, AZ' },
    ],
    bullets: [
      'Diagnosed and repaired rooftop packaged units and split systems for about 120 commercial accounts, most calls closed on the first visit.',
      'Recovered and recharged refrigerant on walk-in coolers and ice machines for restaurants, logging every pound under EPA Section 608.',
      'Replaced failed compressors, condenser fan motors and contactors on units up to 25 tons during summer peaks above 110 °F.',
      'Commissioned variable refrigerant flow systems in a new three-storey medical office building with the controls contractor.',
      'Wrote preventive-maintenance checklists the company now uses for every service agreement; callbacks fell by 30%.',
      'Trained two apprentices on brazing, vacuum and superheat/subcool charging until both passed their journeyman exam.',
      'Quoted replacements on the tablet at the customer’s door and closed about $600K of equipment sales in one season.',
    ],
    schools: [
      { institution: 'GateWay Community College', studyType: 'Associate of Applied Science', area: 'HVAC Technology' },
      { institution: 'Arizona Pipe Trades Apprenticeship', studyType: 'Certificate of Completion', area: 'Refrigeration' },
    ],
    skills: [
      { name: 'Systems', keywords: ['Rooftop Units', 'Split Systems', 'VRF', 'Commercial Refrigeration', 'Heat Pumps'] },
      { name: 'Trade', keywords: ['Brazing', 'Refrigerant Recovery', 'Electrical Troubleshooting', 'Building Automation'] },
      { name: 'Licences', keywords: ['EPA 608 Universal', 'NATE Certified'] },
    ],
    summary: 'HVAC/R technician with eleven years on commercial rooftops in the hottest city in the country. I fix it right the first time and explain what I did.',
  },
  vettech: {
    labels: ['Registered Veterinary Nurse', 'Senior Veterinary Nurse'],
    jobs: [
      { position: 'Senior Veterinary Nurse', name: 'Kirkstall Road Veterinary Hospital', location: 'Leeds, UK' },
      { position: 'Registered Veterinary Nurse', name: 'Pennine Equine & Small Animal Practice', location: 'Huddersfield, UK' },
      { position: 'Student Veterinary Nurse', name: 'Aire Valley Vets', location: 'Keighley, UK' },
      { position: 'Animal Care Assistant', name: 'Yorkshire Cat Rescue', location: 'Bradford, UK' },
    ],
    bullets: [
      'Monitored anaesthesia for up to eight procedures a day, from dentals to orthopaedic surgery, recording vitals every five minutes.',
      'Ran nurse clinics for weight management, post-operative checks and puppy socialisation, about 30 appointments a week.',
      'Placed IV catheters, took blood samples and ran in-house haematology and biochemistry on the IDEXX analysers.',
      'Set up the practice’s first cat-friendly ward, with separate cages and pheromone diffusers; it earned ISFM Gold accreditation.',
      'Mentored four student veterinary nurses through their RCVS clinical portfolio; all qualified first time.',
      'Kept controlled drug registers and stock for the hospital pharmacy and cut wastage by reordering from usage data.',
    ],
    schools: [
      { institution: 'Askham Bryan College', studyType: 'Level 3 Diploma', area: 'Veterinary Nursing' },
      { institution: 'Harper Adams University', studyType: 'FdSc', area: 'Veterinary Nursing' },
    ],
    skills: [
      { name: 'Nursing', keywords: ['Anaesthetic Monitoring', 'IV Catheter Placement', 'Laboratory Diagnostics', 'Wound Management', 'Triage'] },
      { name: 'Practice', keywords: ['RxWorks', 'Client Communication', 'Controlled Drug Records'] },
    ],
    summary: 'RCVS-registered veterinary nurse with a soft spot for cats and a firm hand with paperwork.',
  },
  library: {
    labels: ['Public Services Librarian', 'Digital Services Librarian'],
    jobs: [
      { position: 'Digital Services Librarian', name: 'Halifax Public Libraries', location: 'Halifax, NS' },
      { position: 'Reference Librarian', name: 'Dalhousie University Libraries', location: 'Halifax, NS' },
      { position: 'Children’s Librarian', name: 'Cape Breton Regional Library', location: 'Sydney, NS' },
      { position: 'Library Technician', name: 'Nova Scotia Community College', location: 'Truro, NS' },
    ],
    bullets: [
      'Ran the e-resources budget of $380K a year, renegotiating database licences and moving 40% of print periodicals to digital.',
      'Catalogued new acquisitions in MARC 21 and RDA and cleaned up 12,000 legacy records before the move to a new ILS.',
      'Designed information-literacy workshops for first-year students; 1,900 students attended in one academic year.',
      'Started a weekly tech help drop-in for seniors that grew to 60 visits a week and a team of eight volunteers.',
      'Planned the summer reading club across 14 branches, with bilingual English–French programming.',
      'Built the library’s local history collection on Omeka, digitising 3,000 photographs with community donors.',
      'Answered reference questions at the desk, by chat and by e-mail, about 45 a shift at the busiest branch.',
    ],
    schools: [
      { institution: 'Dalhousie University', studyType: 'Master of Information', area: 'Library and Information Studies' },
      { institution: 'Saint Mary’s University', studyType: 'Bachelor of Arts', area: 'History' },
    ],
    skills: [
      { name: 'Library', keywords: ['Cataloguing', 'MARC 21', 'RDA', 'Reference Services', 'Collection Development', 'Information Literacy'] },
      { name: 'Systems', keywords: ['Koha', 'OCLC WorldShare', 'LibGuides', 'Omeka'] },
    ],
    summary: 'Librarian who moves between the reference desk, the catalogue and the community room, and makes the digital collection something people actually use.',
  },
  translation: {
    labels: ['Freelance Translator (German and Spanish into English)', 'Senior Translator and Reviser'],
    jobs: [
      { position: 'Freelance Translator', name: 'Self-employed', location: 'Galway, Ireland' },
      { position: 'Senior Translator and Reviser', name: 'Lingua Atlantica Ltd', location: 'Dublin, Ireland' },
      { position: 'In-house Translator', name: 'Medtrace Devices GmbH', location: 'Munich, Germany' },
      { position: 'Localisation Project Coordinator', name: 'Wordbridge Localisation', location: 'Limerick, Ireland' },
    ],
    bullets: [
      'Translated about 400,000 words a year of medical-device documentation, instructions for use and clinical evaluation reports from German into English.',
      'Revised colleagues’ translations against the ISO 17100 workflow and kept the client’s termbase of 6,000 entries in step.',
      'Localised a banking app and its help centre from Spanish into English in memoQ, working to string-length limits with the developers.',
      'Built translation memories in Trados Studio that lifted leverage on repeat manuals to 55% and cut the client’s costs.',
      'Coordinated 25 freelance linguists across 11 language pairs and met 96% of deadlines on a software release cycle.',
      'Post-edited machine translation for high-volume support articles and wrote the style guide the reviewers follow.',
    ],
    schools: [
      { institution: 'Dublin City University', studyType: 'Master of Arts', area: 'Translation Studies' },
      { institution: 'University of Galway', studyType: 'Bachelor of Arts', area: 'German and Spanish' },
    ],
    skills: [
      { name: 'Translation', keywords: ['Medical Translation', 'Localisation', 'Machine Translation Post-Editing', 'Terminology Management', 'Proofreading'] },
      { name: 'Tools', keywords: ['SDL Trados Studio', 'memoQ', 'Xbench'] },
    ],
    summary: 'German and Spanish to English translator specialising in medical devices and fintech. Native English, obsessive about terminology, and on time.',
  },
  aviation: {
    labels: ['First Officer, Airbus A320', 'Commercial Pilot'],
    jobs: [
      { position: 'First Officer A320', name: 'Indian Ocean Airways', location: 'Perth, WA' },
      { position: 'First Officer Dash 8', name: 'Goldfields Regional Air', location: 'Kalgoorlie, WA' },
      { position: 'Charter Pilot', name: 'Kimberley Air Charter', location: 'Broome, WA' },
      { position: 'Grade 3 Flight Instructor', name: 'Jandakot Flying School', location: 'Jandakot, WA' },
    ],
    bullets: [
      'Flew scheduled domestic and short international sectors as pilot flying and pilot monitoring, about 750 hours a year.',
      'Completed line training and the operator proficiency checks on the A320 with no repeats, including engine failure after take-off and rejected landings.',
      'Flew fly-in fly-out crews to mine sites on gravel and sealed strips under a safety management system audited by the mining clients.',
      'Planned single-pilot charters across the Kimberley in the wet season, working weather, fuel and remote-strip performance.',
      'Taught ab-initio students through their first solo and the recreational licence; 22 students passed their flight tests.',
      'Filed safety reports that led to a revised approach briefing for a night non-precision approach on the regional network.',
    ],
    schools: [
      { institution: 'Edith Cowan University', studyType: 'Bachelor of Aviation', area: 'Professional Pilot' },
      { institution: 'Royal Aero Club of WA', studyType: 'Diploma', area: 'Aviation (Commercial Pilot Licence – Aeroplane)' },
    ],
    skills: [
      { name: 'Flying', keywords: ['Crew Resource Management', 'Instrument Flight Rules', 'Multi-Crew Cooperation', 'Flight Planning', 'Threat and Error Management'] },
      { name: 'Licences and ratings', keywords: ['ATPL (Aeroplane)', 'A320 Type Rating', 'DHC-8 Type Rating', 'Multi-Engine Command Instrument Rating', 'Class 1 Medical'] },
    ],
    summary: 'Airline first officer with 4,100 hours, from red-dirt charter strips to the A320. Calm, procedural, and still learning something every sector.',
  },
  realestate: {
    labels: ['Licensed Real Estate Broker', 'Residential Real Estate Agent'],
    jobs: [
      { position: 'Broker-in-Charge', name: 'Queen City Realty Group', location: 'Charlotte, NC' },
      { position: 'Residential Real Estate Agent', name: 'Piedmont Homes & Land', location: 'Concord, NC' },
      { position: 'Buyer’s Agent', name: 'Lake Norman Property Partners', location: 'Cornelius, NC' },
      { position: 'Leasing Consultant', name: 'Southpark Residential', location: 'Charlotte, NC' },
    ],
    bullets: [
      'Closed 46 residential sales worth $18.7 million in 2023, mostly first-time buyers and relocating families.',
      'Priced listings from comparative market analyses; homes sold at 99% of list price in 17 days on average against a county median of 34.',
      'Supervised eleven agents as broker-in-charge, reviewing every contract and keeping trust-account records ready for the Real Estate Commission.',
      'Grew a sphere of past clients to 900 contacts in the CRM and got 60% of new business from referrals.',
      'Negotiated repair requests and appraisal gaps on multiple-offer deals, keeping 95% of contracts to closing.',
      'Leased a 280-unit apartment community to 96% occupancy within eight months of opening.',
      'Staged and photographed listings and wrote the MLS descriptions; ran open houses most weekends.',
    ],
    schools: [
      { institution: 'University of North Carolina at Charlotte', studyType: 'Bachelor of Science', area: 'Business Administration' },
      { institution: 'Superior School of Real Estate', studyType: 'Certificate', area: 'North Carolina Broker Prelicensing' },
    ],
    skills: [
      { name: 'Real estate', keywords: ['Comparative Market Analysis', 'Contract Negotiation', 'Listing Management', 'Buyer Representation', 'Property Showings'] },
      { name: 'Tools', keywords: ['Canopy MLS', 'Follow Up Boss', 'DocuSign', 'dotloop'] },
    ],
    summary: 'Real estate broker who has helped more than 300 families buy or sell in the Charlotte area. Straight talk on price, and I pick up the phone.',
  },
  security: {
    github: true,
    labels: ['Security Operations Analyst', 'Senior SOC Analyst'],
    jobs: [
      { position: 'Senior SOC Analyst', name: 'Severn Building Society', location: 'Bristol, UK' },
      { position: 'Security Operations Analyst', name: 'Ironbridge Managed Security', location: 'Bristol, UK' },
      { position: 'Cyber Security Apprentice', name: 'South West Police Digital Services', location: 'Portishead, UK' },
      { position: 'IT Service Desk Analyst', name: 'Avonmouth Logistics', location: 'Bristol, UK' },
    ],
    bullets: [
      'Triaged about 150 alerts a shift in Microsoft Sentinel and Splunk, escalating confirmed incidents within the 15-minute service level.',
      'Led the response to a business e-mail compromise: contained the mailbox, reset credentials, traced the forwarding rules and briefed the fraud team.',
      'Wrote 40 detection rules in KQL mapped to MITRE ATT&CK, cutting false positives on the phishing queue by half.',
      'Hunted for lateral movement with CrowdStrike Falcon telemetry after a vendor breach and found two unmanaged hosts.',
      'Ran quarterly vulnerability scans with Nessus and chased remediation with system owners until critical findings were closed within 14 days.',
      'Automated enrichment of IP and hash lookups with Python playbooks, saving analysts about ten minutes per alert.',
      'Supported the ISO 27001 surveillance audit with evidence of incident handling and access reviews.',
    ],
    schools: [
      { institution: 'University of the West of England', studyType: 'BSc (Hons)', area: 'Cyber Security and Digital Forensics' },
      { institution: 'City of Bristol College', studyType: 'Level 3 Extended Diploma', area: 'IT' },
    ],
    skills: [
      { name: 'Security', keywords: ['Incident Response', 'Threat Hunting', 'SIEM', 'Vulnerability Management', 'MITRE ATT&CK', 'Digital Forensics'] },
      { name: 'Tools', keywords: ['Microsoft Sentinel', 'Splunk', 'CrowdStrike Falcon', 'Nessus', 'Wireshark', 'Python'] },
      { name: 'Certifications', keywords: ['CompTIA Security+', 'GCIH'] },
    ],
    summary: 'SOC analyst with six years on the night shift and the day shift. I like the quiet satisfaction of a well-written detection that fires on the right thing.',
  },
  events: {
    labels: ['Senior Event Manager', 'Conference and Events Coordinator'],
    jobs: [
      { position: 'Senior Event Manager', name: 'Southbank Conventions', location: 'Melbourne, VIC' },
      { position: 'Conference and Events Coordinator', name: 'Australian Medical Colleges Council', location: 'Melbourne, VIC' },
      { position: 'Wedding and Functions Coordinator', name: 'Yarra Valley Estate Winery', location: 'Coldstream, VIC' },
      { position: 'Events Assistant', name: 'Melbourne Fringe', location: 'Melbourne, VIC' },
    ],
    bullets: [
      'Delivered a three-day medical congress for 2,200 delegates with 140 speakers, 35 exhibitors and a gala dinner, finishing 4% under budget.',
      'Negotiated venue, catering and AV contracts worth $1.1M a year and cut room-block attrition penalties to zero.',
      'Ran registration and the delegate app on Cvent, with badge printing on site and a 92% satisfaction score.',
      'Planned about 60 weddings a season, from the first tasting to the last shuttle bus, with a team of six casual staff.',
      'Built run sheets and risk plans for outdoor festival stages, working with council permits, security and first aid.',
      'Sourced sponsorship packages that brought in $380K for the annual conference.',
    ],
    schools: [
      { institution: 'William Angliss Institute', studyType: 'Bachelor of Business', area: 'Event Management' },
      { institution: 'RMIT University', studyType: 'Diploma', area: 'Events' },
    ],
    skills: [
      { name: 'Events', keywords: ['Event Planning', 'Venue Sourcing', 'Vendor Management', 'Budget Management', 'Run Sheets', 'Sponsorship'] },
      { name: 'Tools', keywords: ['Cvent', 'Eventbrite', 'Asana'] },
    ],
    summary: 'Event manager who has run congresses, weddings and festival stages. I keep the spreadsheet honest and the day calm.',
  },
};

const PLACES = {
  paramedic: [{ city: 'Calgary', region: 'Alberta', phone: 'ca' }],
  dentalhygiene: [{ city: 'Brisbane', region: 'QLD', phone: 'au' }],
  hvac: [{ city: 'Phoenix', region: 'AZ', phone: 'us' }],
  vettech: [{ city: 'Leeds', region: 'West Yorkshire', phone: 'uk' }],
  library: [{ city: 'Halifax', region: 'Nova Scotia', phone: 'ca' }],
  translation: [{ city: 'Galway', region: 'Ireland', phone: 'ie' }],
  aviation: [{ city: 'Perth', region: 'Western Australia', phone: 'au' }],
  realestate: [{ city: 'Charlotte', region: 'North Carolina', phone: 'us' }],
  security: [{ city: 'Bristol', region: 'UK', phone: 'uk' }],
  events: [{ city: 'Melbourne', region: 'VIC', phone: 'au' }],
};

const PHONES = {
  us: ['(602) 555-0148', '+1 704 555 0163', '704-555-0121'],
  ca: ['+1 403-555-0117', '(902) 555-0184'],
  uk: ['07700 900814', '+44 117 496 0527', '0113 496 0361'],
  au: ['0491 570 156', '+61 7 5550 1842', '(08) 5550 7713', '+61 491 570 110'],
  ie: ['+353 20 912 3456', '020 914 7782'],
};

const LANGUAGE_SETS = [
  [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Professional working proficiency' }],
  [{ language: 'English', fluency: 'Native' }, { language: 'German', fluency: 'C2' }, { language: 'Spanish', fluency: 'C1' }, { language: 'Irish', fluency: 'Conversational' }],
  [{ language: 'Vietnamese', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }],
  [{ language: 'English', fluency: 'Native' }, { language: 'Auslan', fluency: 'Basic' }],
  [{ language: 'Punjabi', fluency: 'Native' }, { language: 'English', fluency: 'Fluent' }, { language: 'Hindi', fluency: 'Intermediate' }],
];

/** The held-back analysis set: one résumé of each of the ten occupations, every one on the test side. */
export function buildAnalysisHeldBackContent(count = 10) {
  return buildResumes({ professions: PROFESSIONS, places: PLACES, phones: PHONES, languageSets: LANGUAGE_SETS, count, seed: 9700, styleOffset: 2 });
}
