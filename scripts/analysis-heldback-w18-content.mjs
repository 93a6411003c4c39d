// The content of the wave 18 held-back analysis set (test/fixtures/analysis/heldback-w18/, issue #12):
// sixteen fictional people, twelve written in English and four in Korean, each of an occupation that no
// earlier analysis set or résumé corpus has (public corpus, fresh, holdout 1–13, the Korean corpus,
// heldback-w7 … heldback-w17): saddler, cooper, chocolatier (once a bank clerk), gunsmith, riding
// instructor, ice rink technician, bridge inspector, pyrotechnician (once an electrician), medical
// illustrator, amusement ride technician (back after caring for a parent), cardiac telemetry technician
// (once a hospital unit clerk), lock keeper; 한복 침선 기술자, 청소년지도사, 두부 공장 생산 반장, 골프장 캐디.
// Fields are spread on purpose, all far from software (a saddlery workshop, a cooperage, a chocolate shop, a
// gunsmith's bench, a riding school, a municipal ice arena, state bridge inspection, fireworks displays, a
// medical publisher's art studio, a seaside theme park, a hospital telemetry unit, a canal lock, a hanbok
// atelier, a youth centre, a tofu plant, a golf club). Seniorities run from a medical illustrator three years
// out of school to a master saddler of twenty-three years; leads (the saddler's workshop, the bridge
// inspection team leader, the riding school's head instructor, the 두부 공장 생산 반장, the 한복 atelier's
// 실장) and individual contributors; three career changers (chocolatier, pyrotechnician, telemetry
// technician) and one return to work (the ride technician).
// Written in full on 2026-12-01 by an engineer who does not tune the analysis, before anything was rendered
// or scored; the set is frozen by hash (manifest.json) and never tuned on. Names and employers are invented
// by hand (schools, certifying bodies, unions and products are real); phone numbers use fictional ranges
// (US and Canada 555-01xx, Ofcom drama 01632 960xxx, 0113 496 0xxx and 020 7946 0xxx, Australia 0491 570 xxx;
// the Korean ones are made up); e-mail at example.com / example.kr. The English text keeps to characters
// pdflatex typesets (no degree signs, no mathematical symbols, no ampersands or per cent signs). The English
// renderer prints no certificates section, so each English person names their credentials among their skills too.

/** English résumés: rendered by scripts/build-resume-corpus.mjs (`style`: dateStyle, headerStyle, linkScheme, bulletGlyph). */
export const ENGLISH_PEOPLE = [
  {
    id: '01-saddlery-gwenprosser',
    style: { dateStyle: 'monthName', headerStyle: 'titleThenEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Gwen Prosser',
        label: 'Master Saddler and Saddle Fitter',
        email: 'gwen.prosser.saddlery@example.com',
        phone: '01632 960418',
        summary: 'Saddler for twenty-three years. I make and repair saddles, bridles and harness by hand, fit saddles to horse and rider on yard visits across the Marches, and run a workshop of three.',
        location: { city: 'Hereford', region: 'Herefordshire' },
      },
      work: [
        {
          name: 'Prosser Saddlery', position: 'Owner and Master Saddler', location: 'Hereford', startDate: '2011-04',
          highlights: [
            'Make bespoke general purpose and dressage saddles on wooden and spring trees; hand stitch panels and flock them with pure wool.',
            'Fit and refit saddles on yard visits, take wither tracings and advise owners as the horse changes shape.',
            'Repair and restitch bridles, girths, rugs and driving harness; make show bridles to order.',
            'Run the workshop and a van round; took on and trained two apprentices through the Society of Master Saddlers scheme.',
          ],
        },
        {
          name: 'Ledbury Harness Works', position: 'Bench Saddler', location: 'Ledbury', startDate: '2003-09', endDate: '2011-03',
          highlights: ['Cut, skived and stitched bridlework and harness for a trade supplier; restuffed and repaired saddles.'],
        },
      ],
      education: [{ institution: 'Capel Manor College', studyType: 'Diploma', area: 'Saddlery', startDate: '2001-09', endDate: '2003-06' }],
      skills: [
        { name: 'Saddlery', keywords: ['Saddle Making', 'Saddle Fitting', 'Hand Stitching', 'Flocking', 'Bridle Making', 'Harness Repair', 'Leather Cutting and Skiving'] },
        { name: 'Business', keywords: ['Customer Visits', 'Pricing and Quotes', 'Apprentice Training'] },
        { name: 'Qualifications', keywords: ['Society of Master Saddlers Qualified Saddle Fitter', 'Master Saddler'] },
      ],
      certificates: [{ name: 'Qualified Saddle Fitter', issuer: 'Society of Master Saddlers', date: '2009-05' }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Welsh', fluency: 'Conversational' }],
    },
  },
  {
    id: '02-cooperage-lamarwhitfield',
    style: { dateStyle: 'slashMonth', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Lamar Whitfield',
        label: 'Journeyman Cooper',
        email: 'lamar.whitfield.cooper@example.com',
        phone: '(502) 555-0177',
        summary: 'Cooper for eight years, four as a journeyman. I raise, fire and head new bourbon barrels and repair used ones for the rickhouses. Quick, careful, and I know a leaker before it leaves the line.',
        location: { city: 'Lebanon', region: 'KY' },
      },
      work: [
        {
          name: 'Rolling Fork Cooperage Co.', position: 'Journeyman Cooper', location: 'Lebanon, KY', startDate: '2022-05',
          highlights: [
            'Raise barrels from jointed American white oak staves, set the truss hoops and bend them over the fire.',
            'Char barrels to the distiller\'s level (number 3 and number 4) and toast heads; run the char booth safely.',
            'Croze, fit heads, drive hoops and pressure test every barrel; find and fix leaks with flags and plugs.',
            'Hit 90 to 110 barrels a shift on the raising line; show apprentices how to raise and head.',
          ],
        },
        {
          name: 'Rolling Fork Cooperage Co.', position: 'Apprentice Cooper', location: 'Lebanon, KY', startDate: '2018-08', endDate: '2022-04',
          highlights: ['Four-year apprenticeship: stave jointing, listing, barrel repair and the hoop line.'],
        },
      ],
      education: [{ institution: 'Marion County High School', studyType: 'High School Diploma', area: 'General Studies', startDate: '2014-08', endDate: '2018-05' }],
      skills: [
        { name: 'Cooperage', keywords: ['Barrel Raising', 'Barrel Charring', 'Head Toasting', 'Crozing', 'Barrel Repair', 'Leak Testing', 'Stave Jointing'] },
        { name: 'Shop', keywords: ['Forklift', 'Hand Tools', 'Lean Production', 'Apprentice Training'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '03-chocolatier-elodiemarchetti',
    style: { dateStyle: 'isoMonth', headerStyle: 'pipeOneLine', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Elodie Marchetti',
        label: 'Chocolatier',
        email: 'elodie.marchetti@example.com',
        phone: '0491 570 284',
        summary: 'Chocolatier for six years, after eight years as a bank clerk. I temper by hand and by machine, make ganaches, pralines and moulded pieces for a shop that sells 900 kilos at Easter, and I like a clean batch sheet as much as a shiny shell.',
        location: { city: 'Fitzroy', region: 'VIC, Australia' },
      },
      work: [
        {
          name: 'Brunswick Street Chocolate', position: 'Chocolatier', location: 'Melbourne', startDate: '2020-10',
          highlights: [
            'Temper couverture on marble and in the Selmi machines; mould bonbons, bars and Easter eggs.',
            'Make and cut ganaches and pralines on the guitar cutter; enrobe and decorate with transfer sheets.',
            'Develop the seasonal range with the owner and cost each recipe.',
            'Keep the food safety plan: allergen labels, temperature logs, batch records and cleaning schedules.',
          ],
        },
        {
          name: 'Le Petit Cacao', position: 'Chocolate Shop Assistant and Trainee', location: 'Melbourne', startDate: '2019-03', endDate: '2020-09',
          highlights: ['Packed, served and learned to temper and hand dip under the head chocolatier.'],
        },
        {
          name: 'Yarra Community Bank', position: 'Customer Service Officer', location: 'Melbourne', startDate: '2011-02', endDate: '2019-02',
          highlights: ['Teller and accounts work at a busy branch.'],
        },
      ],
      education: [
        { institution: 'William Angliss Institute', studyType: 'Certificate IV', area: 'Patisserie', startDate: '2018-02', endDate: '2019-06' },
        { institution: 'Callebaut Chocolate Academy', studyType: 'Short Course', area: 'Pralines and Bonbons', startDate: '2021-05', endDate: '2021-05' },
      ],
      skills: [
        { name: 'Chocolate', keywords: ['Tempering', 'Ganache', 'Pralines', 'Bonbon Moulding', 'Enrobing', 'Hand Dipping', 'Decorating with Transfer Sheets'] },
        { name: 'Kitchen', keywords: ['Recipe Costing', 'Batch Records', 'Allergen Management', 'Food Safety Supervisor'] },
        { name: 'Shop', keywords: ['Customer Service', 'Cash Handling'] },
      ],
      certificates: [{ name: 'Food Safety Supervisor', issuer: 'Victorian Department of Health', date: '2021-02' }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Italian', fluency: 'Conversational' }],
    },
  },
  {
    id: '04-gunsmithing-travisholt',
    style: { dateStyle: 'year', headerStyle: 'datesFirst', linkScheme: false, bulletGlyph: '–' },
    resume: {
      basics: {
        name: 'Travis Holt',
        label: 'Gunsmith',
        email: 'travis.holt.gunsmith@example.com',
        phone: '(406) 555-0193',
        summary: 'Gunsmith for ten years at a busy sporting goods store\'s service bench. I clean, repair and accurize rifles, shotguns and handguns, mount and bore sight optics, and keep the bound book straight.',
        location: { city: 'Bozeman', region: 'MT' },
      },
      work: [
        {
          name: 'Gallatin Outfitters', position: 'Gunsmith', location: 'Bozeman, MT', startDate: '2016-03',
          highlights: [
            'Diagnose and repair bolt-action rifles, shotguns and pistols; replace springs, pins, extractors and firing pins.',
            'Bed actions, float barrels, adjust triggers and cut and crown barrels for accuracy.',
            'Mount scopes, bore sight rifles and fit recoil pads; shorten stocks to the customer.',
            'Log every firearm in and out in the acquisition and disposition book under the store\'s FFL.',
          ],
        },
        {
          name: 'Holt Hardware', position: 'Sales Associate', location: 'Belgrade, MT', startDate: '2012-06', endDate: '2016-02',
          highlights: ['Sold hardware and sporting goods; helped at the gun counter.'],
        },
      ],
      education: [{ institution: 'Montana State University Billings', studyType: 'Certificate', area: 'Gunsmithing', startDate: '2014-08', endDate: '2016-05' }],
      skills: [
        { name: 'Gunsmithing', keywords: ['Firearm Repair', 'Action Bedding', 'Barrel Crowning', 'Trigger Work', 'Scope Mounting', 'Bore Sighting', 'Recoil Pad Fitting'] },
        { name: 'Shop', keywords: ['Lathe', 'Mill', 'Bound Book Records', 'Customer Service'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '05-ridinginstruction-harrietcollins',
    style: { dateStyle: 'fullMonthName', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Harriet Collins',
        label: 'Head Riding Instructor, BHS Stage 4 Coach',
        email: 'harriet.collins.riding@example.com',
        phone: '01632 960552',
        summary: 'Riding instructor for twelve years, head instructor for five at a British Horse Society approved riding school with 24 horses. I teach beginners to BHS exam candidates, plan the horses\' work and run the yard team.',
        location: { city: 'Malvern', region: 'Worcestershire' },
      },
      work: [
        {
          name: 'Hollybush Equestrian Centre', position: 'Head Riding Instructor', location: 'Malvern', startDate: '2021-01',
          highlights: [
            'Teach private, group and lead-rein lessons in the arena and out hacking, from first ride to Stage 3.',
            'Coach flatwork and show jumping for riding club members and competition riders.',
            'Plan the horses\' weekly work, turnout and feed with the yard manager; match riders to horses.',
            'Lead four grooms and two working pupils; run the yard\'s risk assessments and accident book.',
          ],
        },
        {
          name: 'Hollybush Equestrian Centre', position: 'Riding Instructor', location: 'Malvern', startDate: '2014-09', endDate: '2020-12',
          highlights: ['Taught riding school and Pony Club lessons; mucked out, groomed and tacked up.'],
        },
      ],
      education: [{ institution: 'Hartpury College', studyType: 'Extended Diploma', area: 'Equine Management', startDate: '2012-09', endDate: '2014-06' }],
      skills: [
        { name: 'Coaching', keywords: ['Riding Lessons', 'Flatwork', 'Show Jumping', 'Hacking', 'Lead-rein Lessons'] },
        { name: 'Horse care', keywords: ['Yard Management', 'Horse Care', 'Feeding and Turnout', 'Tacking Up'] },
        { name: 'Qualifications', keywords: ['BHS Stage 4 Senior Coach', 'Equine First Aid', 'Safeguarding Level 2', 'First Aid at Work'] },
      ],
      certificates: [{ name: 'BHS Stage 4 Senior Coach in Complete Horsemanship', issuer: 'British Horse Society', date: '2020-07' }],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '06-icerink-kevinlachance',
    style: { dateStyle: 'monthName', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Kevin Lachance',
        label: 'Arena Ice Technician',
        email: 'kevin.lachance.ice@example.com',
        phone: '(705) 555-0162',
        summary: 'Ice technician for five years at a twin-pad municipal arena. I make and keep the ice, drive the resurfacer between every session and look after the refrigeration plant on my shift.',
        location: { city: 'Sudbury', region: 'ON, Canada' },
      },
      work: [
        {
          name: 'City of Greater Sudbury, Countryside Arena', position: 'Arena Ice Technician', location: 'Sudbury, ON', startDate: '2021-09',
          highlights: [
            'Resurface both pads between sessions with the Zamboni and the Olympia; edge and shave the ice.',
            'Build the ice each August: flood, paint lines and logos, seal; take it out in spring.',
            'Check the ammonia plant every two hours: brine temperatures, compressor pressures and oil; log readings.',
            'Sharpen skates at the counter, set up nets, boards and glass, and clean the dressing rooms.',
          ],
        },
        {
          name: 'Big Nickel Lanes', position: 'Maintenance Attendant', location: 'Sudbury, ON', startDate: '2018-05', endDate: '2021-08',
          highlights: ['Looked after pinsetters and general building upkeep.'],
        },
      ],
      education: [{ institution: 'Cambrian College', studyType: 'Certificate', area: 'Ice Rink Operations (Refrigeration Operator)', startDate: '2021-01', endDate: '2021-04' }],
      skills: [
        { name: 'Ice', keywords: ['Ice Resurfacing', 'Ice Making', 'Ice Edging', 'Line Painting', 'Skate Sharpening'] },
        { name: 'Plant', keywords: ['Ammonia Refrigeration Plant Checks', 'Compressor Logs', 'Building Maintenance'] },
        { name: 'Tickets', keywords: ['ORFA Ice Technician Level 1', 'Refrigeration Operator Certificate', 'WHMIS'] },
      ],
      certificates: [{ name: 'Refrigeration Operator Certificate', issuer: 'TSSA', date: '2021-05' }],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'French', fluency: 'Fluent' }],
    },
  },
  {
    id: '07-bridgeinspection-rosalindortega',
    style: { dateStyle: 'slashMonth', headerStyle: 'titleThenEmployer', linkScheme: true, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Rosalind Ortega',
        label: 'Bridge Inspection Team Leader',
        email: 'rosalind.ortega@example.com',
        phone: '(505) 555-0136',
        summary: 'Bridge inspector for fifteen years, team leader for nine. I lead routine, in-depth and fracture critical inspections of state and local bridges, write the reports and condition ratings, and train new inspectors.',
        location: { city: 'Albuquerque', region: 'NM' },
      },
      work: [
        {
          name: 'Mesa Structures Engineering', position: 'Bridge Inspection Team Leader', location: 'Albuquerque, NM', startDate: '2017-03',
          highlights: [
            'Lead NBIS routine and fracture critical inspections of 150 to 200 bridges a year for NMDOT and counties.',
            'Rate deck, superstructure and substructure condition and code element data in AASHTOWare BrM.',
            'Inspect from snooper trucks, man lifts and by rope; plan lane closures and traffic control with the crew.',
            'Write inspection reports with photos and repair recommendations; flag critical findings to the owner the same day.',
          ],
        },
        {
          name: 'Rio Grande Testing Services', position: 'Bridge Inspector', location: 'Albuquerque, NM', startDate: '2011-06', endDate: '2017-02',
          highlights: ['Inspected culverts and bridges, sounded decks, measured section loss and scour.'],
        },
      ],
      education: [{ institution: 'University of New Mexico', studyType: 'BS', area: 'Civil Engineering Technology', startDate: '2007-08', endDate: '2011-05' }],
      skills: [
        { name: 'Inspection', keywords: ['NBIS Bridge Inspection', 'Fracture Critical Inspection', 'Condition Rating', 'Element Level Inspection', 'Scour Assessment', 'Deck Sounding'] },
        { name: 'Tools', keywords: ['AASHTOWare BrM', 'Snooper Truck', 'Ultrasonic Thickness Gauge', 'Report Writing'] },
        { name: 'Certifications', keywords: ['NHI FHWA-NHI-130055 Safety Inspection of In-Service Bridges', 'Fracture Critical Inspection Techniques', 'SPRAT Level 1'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Spanish', fluency: 'Fluent' }],
    },
  },
  {
    id: '08-pyrotechnics-liamgallagher',
    style: { dateStyle: 'year', headerStyle: 'titleAtEmployer', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Liam Gallagher',
        label: 'Pyrotechnician (Licensed Shotfirer)',
        email: 'liam.gallagher.pyro@example.com',
        phone: '0491 570 319',
        summary: 'Pyrotechnician for four years after ten as an electrician. I rig, wire and fire fireworks displays from backyard weddings to New Year\'s Eve on the river, and I fire shows from a computer firing system.',
        location: { city: 'Brisbane', region: 'QLD, Australia' },
      },
      work: [
        {
          name: 'Starburst Displays', position: 'Pyrotechnician', location: 'Brisbane', startDate: '2022-07',
          highlights: [
            'Rig mortar racks, cakes and set pieces on land and on barges; wire e-matches to the firing modules.',
            'Fire shows on FireOne and Cobra firing systems, scripted to music; stand by as crew chief on smaller shows.',
            'Keep safety distances, fall-out zones and the exclusion zone with the venue and emergency services.',
            'Sweep the site for debris and misfires and make misfired product safe.',
          ],
        },
        {
          name: 'Coulson Electrical', position: 'Electrician', location: 'Brisbane', startDate: '2012-01', endDate: '2022-06',
          highlights: ['Domestic and commercial wiring, switchboards and fault finding.'],
        },
      ],
      education: [{ institution: 'TAFE Queensland', studyType: 'Certificate III', area: 'Electrotechnology Electrician', startDate: '2008-02', endDate: '2011-12' }],
      skills: [
        { name: 'Pyrotechnics', keywords: ['Fireworks Displays', 'Rigging Mortar Racks', 'E-match Wiring', 'FireOne', 'Cobra Firing Systems', 'Show Scripting', 'Misfire Handling'] },
        { name: 'Electrical', keywords: ['Electrical Wiring', 'Fault Finding', 'Testing and Tagging'] },
        { name: 'Licences', keywords: ['Queensland Fireworks Contractor Licence (Shotfirer)', 'Electrical Licence', 'Open Driver Licence', 'Boat Licence'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '09-medicalillustration-naomichen',
    style: { dateStyle: 'isoMonth', headerStyle: 'datesFirst', linkScheme: true, bulletGlyph: '▪' },
    resume: {
      basics: {
        name: 'Naomi Chen',
        label: 'Medical Illustrator, CMI',
        email: 'naomi.chen.art@example.com',
        phone: '(410) 555-0158',
        summary: 'Medical illustrator three years out of graduate school. I draw surgical procedures and anatomy for textbooks and patient education, in pencil and ink first and then digitally, and I build simple 3D models for figures.',
        location: { city: 'Baltimore', region: 'MD' },
      },
      work: [
        {
          name: 'Harbor Medical Media', position: 'Medical Illustrator', location: 'Baltimore, MD', startDate: '2023-08',
          highlights: [
            'Illustrate anatomy and surgical steps for textbooks and journal figures, working from surgeons\' notes and operating room sketches.',
            'Draw patient education handouts and posters in plain language with the health literacy editor.',
            'Render in Adobe Photoshop and Illustrator; model organs in ZBrush and Maya for figure reference.',
            'Manage revisions with authors and editors and deliver files to print and web specifications.',
          ],
        },
        {
          name: 'Johns Hopkins Department of Art as Applied to Medicine', position: 'Graduate Assistant', location: 'Baltimore, MD', startDate: '2021-09', endDate: '2023-05',
          highlights: ['Cadaver dissection drawings and a thesis animation on inner ear anatomy.'],
        },
      ],
      education: [
        { institution: 'Johns Hopkins University', studyType: 'MA', area: 'Medical and Biological Illustration', startDate: '2021-08', endDate: '2023-05' },
        { institution: 'University of Maryland', studyType: 'BS', area: 'Biology, minor in Studio Art', startDate: '2017-08', endDate: '2021-05' },
      ],
      skills: [
        { name: 'Illustration', keywords: ['Medical Illustration', 'Surgical Illustration', 'Anatomical Drawing', 'Pen and Ink', 'Patient Education Materials'] },
        { name: 'Software', keywords: ['Adobe Photoshop', 'Adobe Illustrator', 'ZBrush', 'Autodesk Maya', 'InDesign'] },
        { name: 'Certification', keywords: ['Certified Medical Illustrator (CMI)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Mandarin', fluency: 'Conversational' }],
    },
  },
  {
    id: '10-ridemaintenance-jasonpike',
    style: { dateStyle: 'fullMonthName', headerStyle: 'employerThenTitle', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Jason Pike',
        label: 'Ride Maintenance Technician',
        email: 'jason.pike.rides@example.com',
        phone: '01632 960773',
        summary: 'Ride technician with nine years on roller coasters and flat rides at a seaside theme park, back at work this year after two years caring for my father. Mechanical by trade, happy on electrical faults too.',
        location: { city: 'Great Yarmouth', region: 'Norfolk' },
      },
      work: [
        {
          name: 'Broadland Pleasure Beach', position: 'Ride Maintenance Technician', location: 'Great Yarmouth', startDate: '2026-03',
          highlights: [
            'Carry out daily pre-opening checks on the rides: restraints, wheels, brakes, sensors and test runs.',
            'Find and fix hydraulic, pneumatic and mechanical faults during opening hours with the ride operators.',
            'Winter overhaul: strip and rebuild coaster trains, change wheels and bearings, NDT the axles with the inspection body.',
          ],
        },
        {
          name: 'Career break', position: 'Full-time carer for my father', location: 'Norfolk', startDate: '2024-01', endDate: '2026-02',
          highlights: ['Looked after my father at home after his stroke.'],
        },
        {
          name: 'Broadland Pleasure Beach', position: 'Ride Technician', location: 'Great Yarmouth', startDate: '2015-02', endDate: '2023-12',
          highlights: ['Maintained the wooden coaster, the log flume and twelve flat rides; kept the maintenance records for ADIPS inspections.'],
        },
      ],
      education: [{ institution: 'East Coast College', studyType: 'NVQ Level 3', area: 'Mechanical Engineering Maintenance', startDate: '2012-09', endDate: '2014-07' }],
      skills: [
        { name: 'Rides', keywords: ['Ride Maintenance', 'Pre-opening Checks', 'Roller Coaster Overhaul', 'Wheel and Bearing Changes', 'ADIPS Inspection Records'] },
        { name: 'Engineering', keywords: ['Hydraulics', 'Pneumatics', 'Mechanical Fault Finding', 'Electrical Fault Finding', 'Welding (MIG)'] },
        { name: 'Tickets', keywords: ['IPAF 3a 3b', 'Working at Height', 'CSCS Card'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
  {
    id: '11-telemetry-monicaadeyemi',
    style: { dateStyle: 'monthName', headerStyle: 'pipeOneLine', linkScheme: false, bulletGlyph: '-' },
    resume: {
      basics: {
        name: 'Monica Adeyemi',
        label: 'Cardiac Monitor Technician, CCT',
        email: 'monica.adeyemi@example.com',
        phone: '(713) 555-0187',
        summary: 'Telemetry monitor technician for six years, after four years as the unit clerk on the same cardiac floor. I watch up to 48 patients\' rhythms at a time, measure strips and call the nurse the moment something changes.',
        location: { city: 'Houston', region: 'TX' },
      },
      work: [
        {
          name: 'Bayou City Methodist Hospital', position: 'Cardiac Monitor Technician', location: 'Houston, TX', startDate: '2020-11',
          highlights: [
            'Monitor cardiac rhythms of up to 48 telemetry patients on Philips IntelliVue central stations.',
            'Identify arrhythmias, measure PR, QRS and QT intervals and post strips to the chart every four hours.',
            'Call nurses and rapid response for lethal rhythms, pauses and leads off; document every call.',
            'Hook up patients for 12-lead ECGs and change telemetry batteries and leads.',
          ],
        },
        {
          name: 'Bayou City Methodist Hospital', position: 'Health Unit Coordinator', location: 'Houston, TX', startDate: '2016-09', endDate: '2020-10',
          highlights: ['Entered orders, answered call lights and kept the census on the cardiac floor.'],
        },
      ],
      education: [{ institution: 'Houston Community College', studyType: 'Certificate', area: 'EKG Technician', startDate: '2019-08', endDate: '2020-05' }],
      skills: [
        { name: 'Monitoring', keywords: ['Cardiac Monitoring', 'Arrhythmia Recognition', 'Rhythm Strip Interpretation', '12-lead ECG', 'Philips IntelliVue'] },
        { name: 'Hospital', keywords: ['Epic', 'Medical Terminology', 'HIPAA'] },
        { name: 'Certifications', keywords: ['CCT (CCI)', 'BLS (AHA)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }, { language: 'Yoruba', fluency: 'Fluent' }],
    },
  },
  {
    id: '12-lockkeeping-owenhartley',
    style: { dateStyle: 'year', headerStyle: 'oneLineComma', linkScheme: false, bulletGlyph: '•' },
    resume: {
      basics: {
        name: 'Owen Hartley',
        label: 'Lock Keeper',
        email: 'owen.hartley.locks@example.com',
        phone: '0113 496 0592',
        summary: 'Lock keeper for seven years on the Leeds and Liverpool Canal, at the Bingley Five Rise. I see boats safely up and down the staircase, keep water levels right and look after the towpath and the lock gear.',
        location: { city: 'Bingley', region: 'West Yorkshire' },
      },
      work: [
        {
          name: 'Pennine Waterways Trust', position: 'Lock Keeper', location: 'Bingley', startDate: '2019-04',
          highlights: [
            'Work boats through a five-rise staircase lock: set the chambers, advise skippers and keep the passage log.',
            'Manage water levels on the pound, open and close the bywashes and report low water.',
            'Grease paddle gear, clear rubbish from gates and cut back the lockside; report defects to the engineers.',
            'Lead the volunteer lock keepers on my shift and talk to walkers, boaters and school groups.',
          ],
        },
        {
          name: 'Airedale Boat Hire', position: 'Boatyard Hand', location: 'Skipton', startDate: '2016-03', endDate: '2019-03',
          highlights: ['Cleaned, fuelled and pumped out hire boats and showed hirers how to work a lock.'],
        },
      ],
      education: [{ institution: 'Bingley Grammar School', studyType: 'GCSEs', area: 'Nine GCSEs including English and Maths', startDate: '2011-09', endDate: '2016-06' }],
      skills: [
        { name: 'Waterways', keywords: ['Lock Operation', 'Water Level Management', 'Boat Handling', 'Passage Logs', 'Towpath Maintenance'] },
        { name: 'People', keywords: ['Customer Service', 'Volunteer Supervision', 'Public Engagement'] },
        { name: 'Tickets', keywords: ['RYA Inland Waters Helmsman Certificate', 'First Aid at Work', 'Brushcutter (NPTC)'] },
      ],
      languages: [{ language: 'English', fluency: 'Native' }],
    },
  },
];

/** Korean résumés: rendered by scripts/build-korean-resume-corpus.mjs (`style`: locationText, dateStyle, ongoingWord, nameStyle, headerStyle). */
export const KOREAN_PEOPLE = [
  {
    id: '13-hanbok-leemisun',
    style: { locationText: '서울특별시 종로구 익선동', dateStyle: 'dot', ongoingWord: '현재', nameStyle: 'withLatin', headerStyle: 'employerThenTitle' },
    resume: {
      basics: {
        name: '이미선',
        label: '한복 침선 기술자 (한복기능사)',
        email: 'misun.lee@example.kr',
        phone: '010-3318-5527',
        summary: '한복을 지은 지 19년, 종로 한복집에서 실장으로 11년째 일하고 있습니다. 치수 재기부터 마름질, 손바느질, 재봉, 동정 달기까지 혼자서 한 벌을 완성합니다. 혼례복과 돌복, 생활한복 주문을 주로 받습니다.',
        location: { city: '종로구', region: '서울특별시' },
      },
      work: [
        {
          name: '익선한복', position: '실장 (침선 기술자)', location: '서울 종로', startDate: '2015-03',
          highlights: [
            '고객 치수를 재고 저고리·치마·바지·두루마기를 마름질합니다.',
            '손바느질과 재봉으로 혼례복, 돌복, 생활한복을 짓고 동정과 고름을 답니다.',
            '원단과 부자재를 고르고 주문 일정과 가봉을 관리합니다.',
            '수선 접수와 견습생 2명 교육을 맡고 있습니다.',
          ],
        },
        {
          name: '광장시장 한복 주단', position: '바느질 보조', location: '서울 종로', startDate: '2007-04', endDate: '2015-02',
          highlights: ['마름질 보조, 재봉, 다림질과 수선을 했습니다.'],
        },
      ],
      education: [{ institution: '서울예술직업전문학교', studyType: '수료', area: '한복과', startDate: '2006-03', endDate: '2007-02' }],
      skills: [
        { name: '한복', keywords: ['치수 측정', '마름질', '손바느질', '재봉', '동정 달기', '가봉', '한복 수선'] },
        { name: '운영', keywords: ['주문 상담', '원단 선택', '견습생 교육'] },
      ],
      certificates: [{ name: '한복기능사', issuer: '한국산업인력공단', date: '2009-06' }],
      languages: [{ language: '일본어', fluency: '기초' }],
    },
  },
  {
    id: '14-youthwork-parkjunho',
    style: { locationText: '경기도 안산시 단원구 고잔동', dateStyle: 'korean', ongoingWord: '재직중', nameStyle: 'plain', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '박준호',
        label: '청소년지도사 2급',
        email: 'junho.park@example.kr',
        phone: '010-7260-4193',
        summary: '청소년수련관에서 6년째 청소년 프로그램을 기획하고 운영하는 청소년지도사입니다. 동아리와 청소년운영위원회를 맡고 있고, 방과후 아카데미와 지역 연계 봉사활동도 진행합니다.',
        location: { city: '안산시', region: '경기도' },
      },
      work: [
        {
          name: '안산시 단원청소년수련관', position: '청소년지도사 (주임)', location: '경기 안산', startDate: '2020-03',
          highlights: [
            '중·고등학생 대상 진로 체험, 캠프, 문화 프로그램을 기획하고 운영합니다.',
            '청소년운영위원회와 동아리 12개를 지도하고 회의를 진행합니다.',
            '방과후 아카데미 저녁 급식과 학습 지원을 맡고, 보호자 상담을 합니다.',
            '프로그램 예산 집행과 결과 보고서를 작성하고 e나라도움에 정산합니다.',
          ],
        },
        {
          name: '안산YMCA', position: '청소년 활동 강사', location: '경기 안산', startDate: '2018-03', endDate: '2020-02',
          highlights: ['주말 체험 활동과 여름 캠프를 진행했습니다.'],
        },
      ],
      education: [{ institution: '한신대학교', studyType: '학사', area: '청소년학과', startDate: '2012-03', endDate: '2018-02' }],
      skills: [
        { name: '지도', keywords: ['프로그램 기획', '청소년 상담', '동아리 지도', '캠프 운영', '진로 체험'] },
        { name: '행정', keywords: ['예산 집행', '결과 보고서', 'e나라도움', '한글(HWP)'] },
      ],
      certificates: [
        { name: '청소년지도사 2급', issuer: '여성가족부', date: '2018-01' },
        { name: '1종 보통 운전면허', issuer: '경찰청', date: '2014-07' },
        { name: '응급처치 강사', issuer: '대한적십자사', date: '2021-09' },
      ],
      languages: [{ language: '영어', fluency: '중급' }],
    },
  },
  {
    id: '15-tofumaking-choisangwoo',
    style: { locationText: '강원특별자치도 강릉시 초당동', dateStyle: 'dash', ongoingWord: '현재', nameStyle: 'spaced', headerStyle: 'pipeOneLine' },
    resume: {
      basics: {
        name: '최상우',
        label: '두부 공장 생산 반장',
        email: 'sangwoo.choi@example.kr',
        phone: '010-9415-2270',
        summary: '두부 공장 생산직 12년, 반장 5년입니다. 콩 불림부터 마쇄, 끓임, 응고, 성형, 포장까지 라인을 맡고 있고, 해썹 기록과 위생 점검을 챙깁니다.',
        location: { city: '강릉시', region: '강원특별자치도' },
      },
      work: [
        {
          name: '초당순두부식품', position: '생산 반장', location: '강원 강릉', startDate: '2021-01',
          highlights: [
            '하루 두부 1만 모 생산 라인에서 콩 불림, 마쇄, 가열, 간수 응고, 성형, 포장 공정을 관리합니다.',
            '생산 인원 8명의 근무표를 짜고 작업을 배분합니다.',
            '해썹(HACCP) 중요관리점 온도 기록과 세척·소독 일지를 작성합니다.',
            '원료 콩 입고 검수와 재고를 관리합니다.',
          ],
        },
        {
          name: '초당순두부식품', position: '생산직', location: '강원 강릉', startDate: '2014-03', endDate: '2020-12',
          highlights: ['응고·성형 공정과 포장기, 세척 작업을 했습니다.'],
        },
      ],
      education: [{ institution: '강릉중앙고등학교', studyType: '졸업', area: '인문계', startDate: '2008-03', endDate: '2011-02' }],
      skills: [
        { name: '생산', keywords: ['두부 제조', '응고·성형', '포장기 운전', '생산 일정 관리'] },
        { name: '위생', keywords: ['HACCP 기록', '세척·소독', '입고 검수', '재고 관리'] },
      ],
      certificates: [
        { name: '지게차운전기능사', issuer: '한국산업인력공단', date: '2016-10' },
        { name: '식품위생교육 이수', issuer: '한국식품산업협회', date: '2025-03' },
      ],
      languages: [{ language: '영어', fluency: '기초' }],
    },
  },
  {
    id: '16-caddie-hanyujin',
    style: { locationText: '경기도 용인시 처인구 원삼면', dateStyle: 'dotSpaced', ongoingWord: 'open', nameStyle: 'withLatin', headerStyle: 'titleLineBelow' },
    resume: {
      basics: {
        name: '한유진',
        label: '골프장 캐디',
        email: 'yujin.han@example.kr',
        phone: '010-5582-0347',
        summary: '회원제 골프장에서 7년째 일하고 있는 캐디입니다. 전동카트 운전과 거리·그린 라이 안내, 클럽 관리를 하고, 신입 캐디 교육도 맡고 있습니다.',
        location: { city: '용인시', region: '경기도' },
      },
      work: [
        {
          name: '용인레이크사이드CC', position: '캐디 (선임)', location: '경기 용인', startDate: '2019-04',
          highlights: [
            '한 팀 4명의 라운드를 진행하며 거리 안내, 그린 라이 읽기, 클럽 선택을 돕습니다.',
            '전동카트를 운전하고 코스 안전과 진행 속도를 관리합니다.',
            '디봇과 벙커를 정리하고 볼 마크를 수리합니다.',
            '신입 캐디 현장 교육과 캐디 마스터 업무 보조를 합니다.',
          ],
        },
        {
          name: '수원 스카이 골프연습장', position: '프런트 직원', location: '경기 수원', startDate: '2017-03', endDate: '2019-03',
          highlights: ['타석 배정, 회원 접수와 계산을 했습니다.'],
        },
      ],
      education: [{ institution: '경기대학교', studyType: '전문학사', area: '골프산업과', startDate: '2015-03', endDate: '2017-02' }],
      skills: [
        { name: '캐디', keywords: ['라운드 진행', '거리 안내', '그린 라이 읽기', '전동카트 운전', '클럽 관리', '코스 정리'] },
        { name: '서비스', keywords: ['고객 응대', '신입 교육', '예약 접수'] },
      ],
      certificates: [
        { name: '2종 보통 운전면허', issuer: '경찰청', date: '2015-08' },
        { name: '심폐소생술(CPR) 교육 이수', issuer: '대한심폐소생협회', date: '2024-05' },
      ],
      languages: [{ language: '영어', fluency: '초급' }, { language: '일본어', fluency: '기초' }],
    },
  },
];
