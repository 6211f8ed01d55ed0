package dev.careshop.bootstrap.demo;

import java.util.List;

/**
 * The vocabulary of the demo: names, specializations with their usual reasons and medicines, and a pharmacy's
 * catalog. Fixed lists; {@link DemoPlan} draws from them. Addresses and phone numbers are in ranges reserved for
 * fiction (Ofcom's 07700 900xxx drama numbers, the example.org/.invalid domains), so no real person is reached.
 */
final class DemoDataset {

    private DemoDataset() {
    }

    record Medicine(String name, String dosage, String instructions) {
    }

    record Specialization(String name, List<String> reasons, List<Medicine> medicines) {
    }

    record Doctor(String name, String specialization) {
    }

    record Product(String name, String price, String description) {
    }

    record Category(String name, String description, List<Product> products) {
    }

    record City(String name, String postalCode, String country) {
    }

    static final String GENERAL_PRACTICE = "General Practice";
    static final String PEDIATRICS = "Pediatrics";

    static final List<Specialization> SPECIALIZATIONS = List.of(
            new Specialization(GENERAL_PRACTICE,
                    List.of("Annual check-up", "Persistent cough", "Fever and sore throat", "Back pain", "Blood pressure review",
                            "Fatigue", "Vaccination", "Repeat prescription", "Headaches", "Follow-up on blood tests"),
                    List.of(new Medicine("Amoxicillin 500 mg", "1 capsule 3 times daily", "Take for 7 days, finish the course."),
                            new Medicine("Ibuprofen 400 mg", "1 tablet up to 3 times daily", "Take with food; at most 1200 mg a day."),
                            new Medicine("Paracetamol 500 mg", "2 tablets up to 4 times daily", "At least 4 hours between doses."),
                            new Medicine("Omeprazole 20 mg", "1 capsule daily", "Take before breakfast."),
                            new Medicine("Amlodipine 5 mg", "1 tablet daily", "Same time each day; review in 3 months."))),
            new Specialization("Cardiology",
                    List.of("Chest pain", "Palpitations", "Hypertension follow-up", "ECG review", "Shortness of breath on exertion"),
                    List.of(new Medicine("Atorvastatin 20 mg", "1 tablet daily", "Take in the evening."),
                            new Medicine("Bisoprolol 2.5 mg", "1 tablet daily", "Do not stop suddenly."),
                            new Medicine("Ramipril 5 mg", "1 capsule daily", "Check kidney function in 2 weeks."),
                            new Medicine("Aspirin 75 mg", "1 tablet daily", "Take with food."))),
            new Specialization("Dermatology",
                    List.of("Eczema flare-up", "Acne", "Mole check", "Psoriasis review", "Skin rash"),
                    List.of(new Medicine("Hydrocortisone cream 1%", "Apply thinly twice daily", "At most 7 days on the face."),
                            new Medicine("Emollient cream", "Apply as often as needed", "Use instead of soap."),
                            new Medicine("Adapalene gel 0.1%", "Apply once daily at night", "Avoid strong sunlight."))),
            new Specialization(PEDIATRICS,
                    List.of("Well-child visit", "Ear infection", "Childhood vaccinations", "Fever", "Growth check"),
                    List.of(new Medicine("Paracetamol oral suspension 120 mg/5 ml", "5 ml up to 4 times daily", "Use the syringe provided."),
                            new Medicine("Amoxicillin oral suspension 250 mg/5 ml", "5 ml 3 times daily", "Keep in the fridge; 5 days."),
                            new Medicine("Ibuprofen oral suspension 100 mg/5 ml", "5 ml up to 3 times daily", "Give with food or milk."))),
            new Specialization("Orthopedics",
                    List.of("Knee pain", "Sprained ankle", "Shoulder pain", "Fracture follow-up", "Lower back pain"),
                    List.of(new Medicine("Naproxen 250 mg", "1 tablet twice daily", "Take with food; at most 10 days."),
                            new Medicine("Diclofenac gel 1%", "Apply 3 times daily", "Rub gently into the painful area."))),
            new Specialization("Neurology",
                    List.of("Migraine", "Numbness in the hands", "Dizziness", "Epilepsy review", "Sleep problems"),
                    List.of(new Medicine("Sumatriptan 50 mg", "1 tablet at onset of migraine", "At most 2 tablets in 24 hours."),
                            new Medicine("Propranolol 40 mg", "1 tablet twice daily", "For migraine prevention; review in 8 weeks."))),
            new Specialization("Gynecology",
                    List.of("Routine examination", "Pregnancy check", "Contraception advice", "Menstrual pain"),
                    List.of(new Medicine("Folic acid 400 mcg", "1 tablet daily", "Continue until week 12 of pregnancy."),
                            new Medicine("Mefenamic acid 500 mg", "1 tablet 3 times daily", "During the first days of the period."))),
            new Specialization("Ophthalmology",
                    List.of("Blurred vision", "Eye pressure check", "Red eye", "Diabetic eye screening"),
                    List.of(new Medicine("Chloramphenicol eye drops 0.5%", "1 drop every 2 hours", "Reduce to 4 times daily after 2 days."),
                            new Medicine("Carbomer eye gel", "1 drop 3 times daily", "For dry eyes."))),
            new Specialization("Otolaryngology",
                    List.of("Sinusitis", "Hearing loss", "Tonsillitis", "Tinnitus"),
                    List.of(new Medicine("Mometasone nasal spray", "2 sprays in each nostril daily", "Use for at least 2 weeks."),
                            new Medicine("Phenoxymethylpenicillin 250 mg", "2 tablets 4 times daily", "Take for 10 days."))));

    static final List<Doctor> DOCTORS = List.of(
            new Doctor("Dr. Helen Carter", GENERAL_PRACTICE),
            new Doctor("Dr. Samuel Okafor", GENERAL_PRACTICE),
            new Doctor("Dr. Maria Lindqvist", GENERAL_PRACTICE),
            new Doctor("Dr. Rajesh Iyer", "Cardiology"),
            new Doctor("Dr. Claire Dubois", "Dermatology"),
            new Doctor("Dr. Tomasz Nowak", PEDIATRICS),
            new Doctor("Dr. Aisha Rahman", PEDIATRICS),
            new Doctor("Dr. Lukas Weber", "Orthopedics"),
            new Doctor("Dr. Sofia Martinez", "Neurology"),
            new Doctor("Dr. Grace Mensah", "Gynecology"),
            new Doctor("Dr. Kenji Watanabe", "Ophthalmology"),
            new Doctor("Dr. Fiona MacLeod", "Otolaryngology"));

    static final List<String> FEMALE_NAMES = List.of("Olivia", "Emma", "Amelia", "Isla", "Ava", "Mia", "Sophie", "Grace",
            "Chloe", "Ella", "Lily", "Hannah", "Zara", "Priya", "Fatima", "Anna", "Eva", "Leah", "Nora", "Ruby", "Maya",
            "Alice", "Freya", "Laura", "Julia", "Ines", "Yuki", "Amara", "Elena", "Clara");

    static final List<String> MALE_NAMES = List.of("Oliver", "George", "Noah", "Arthur", "Leo", "Harry", "Jack", "Oscar",
            "Thomas", "James", "William", "Henry", "Mohammed", "Ali", "Daniel", "Lucas", "Adam", "Samuel", "Isaac",
            "Ethan", "Ravi", "Mateo", "Jonas", "Felix", "David", "Omar", "Ben", "Kwame", "Hugo", "Max");

    static final List<String> NEUTRAL_NAMES = List.of("Alex", "Sam", "Charlie", "Robin", "Jamie", "Kai", "River", "Sky");

    static final List<String> LAST_NAMES = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
            "Wood", "Khan", "Clarke", "Hughes", "Edwards", "Turner", "Murphy", "Novak", "Schmidt", "Rossi", "Garcia",
            "Nguyen", "Kowalski", "Singh", "Ahmed", "Fischer", "Bianchi", "O'Brien", "Campbell", "Kelly", "Moore", "Baker");

    static final List<String> STREETS = List.of("High Street", "Station Road", "Church Lane", "Park Avenue", "Victoria Road",
            "Mill Lane", "Queen Street", "Green Lane", "King's Road", "Orchard Close", "Meadow Way", "Bridge Street");

    static final List<City> CITIES = List.of(
            new City("London", "SW1A 1AA", "GB"), new City("Manchester", "M1 1AE", "GB"),
            new City("Bristol", "BS1 4DJ", "GB"), new City("Leeds", "LS1 4AP", "GB"),
            new City("Edinburgh", "EH1 1YZ", "GB"), new City("Cardiff", "CF10 1EP", "GB"),
            new City("Dublin", "D02 X285", "IE"), new City("Amsterdam", "1012 JS", "NL"),
            new City("Berlin", "10115", "DE"), new City("Lyon", "69002", "FR"));

    static final List<String> ORDER_NOTES = List.of("Please leave the parcel with a neighbour.", "Ring the bell twice.",
            "Deliver after 5 pm, please.", "Gift: no prices on the delivery note.");

    static final List<String> ORDER_TAGS = List.of("repeat", "gift", "express", "first-order", "subscription");

    static final List<Category> CATALOG = List.of(
            new Category("Pain Relief", "Tablets, gels and patches for headaches, muscle and joint pain.", List.of(
                    new Product("Paracetamol 500 mg, 32 tablets", "3.49", "For mild to moderate pain and fever."),
                    new Product("Ibuprofen 200 mg, 24 tablets", "2.99", "Anti-inflammatory pain relief."),
                    new Product("Ibuprofen Gel 5%, 100 g", "6.49", "Topical relief for muscle and joint pain."),
                    new Product("Heat Patches, 4 pack", "7.99", "Up to 8 hours of soothing warmth for back pain."),
                    new Product("Migraine Relief Caplets, 12", "5.79", "Paracetamol and caffeine for migraine attacks."),
                    new Product("Aspirin 300 mg, 32 tablets", "2.49", "Dispersible tablets for pain and fever."))),
            new Category("Cold & Flu", "Relief for colds, coughs, sore throats and blocked noses.", List.of(
                    new Product("Day & Night Cold Relief, 24 capsules", "6.99", "Daytime and night-time capsules."),
                    new Product("Chesty Cough Syrup, 150 ml", "5.49", "Loosens mucus and eases chesty coughs."),
                    new Product("Sore Throat Lozenges, 36", "4.29", "Honey and lemon lozenges with a mild anaesthetic."),
                    new Product("Saline Nasal Spray, 20 ml", "5.99", "Drug-free relief for a blocked nose."),
                    new Product("Menthol Vapour Rub, 100 g", "4.99", "Soothing vapours for easier breathing."),
                    new Product("Hot Lemon Sachets, 10", "4.49", "Hot drink with paracetamol and vitamin C."))),
            new Category("Vitamins & Supplements", "Daily vitamins, minerals and supplements.", List.of(
                    new Product("Vitamin D3 1000 IU, 90 tablets", "8.99", "Supports bones, teeth and the immune system."),
                    new Product("Multivitamin for Adults, 60 tablets", "9.99", "23 vitamins and minerals, one a day."),
                    new Product("Omega-3 Fish Oil, 90 capsules", "12.49", "EPA and DHA for heart health."),
                    new Product("Vitamin C 1000 mg Effervescent, 20", "4.79", "Orange-flavoured effervescent tablets."),
                    new Product("Magnesium 375 mg, 60 tablets", "7.49", "Reduces tiredness and fatigue."),
                    new Product("Iron with Vitamin C, 30 tablets", "5.99", "Gentle iron for everyday energy."))),
            new Category("First Aid", "Plasters, dressings, bandages and antiseptics.", List.of(
                    new Product("Fabric Plasters, 40 assorted", "3.99", "Flexible, breathable plasters."),
                    new Product("Antiseptic Cream, 30 g", "3.49", "Cleans and protects minor cuts and grazes."),
                    new Product("Sterile Gauze Swabs, 10", "2.79", "10 x 10 cm, individually wrapped."),
                    new Product("Elastic Bandage, 7.5 cm", "4.19", "Support for sprains and strains."),
                    new Product("Digital Thermometer", "9.49", "Reads in 10 seconds, with fever alarm."),
                    new Product("First Aid Kit, 42 pieces", "18.99", "For home, car and travel."))),
            new Category("Skin Care", "Moisturisers, sun protection and treatments for sensitive skin.", List.of(
                    new Product("Emollient Cream, 500 g", "8.49", "For very dry skin and eczema."),
                    new Product("Sun Cream SPF 50, 200 ml", "11.99", "Water-resistant, for sensitive skin."),
                    new Product("Hydrocortisone Cream 1%, 15 g", "4.99", "For insect bites and mild eczema."),
                    new Product("Aloe Vera Gel, 200 ml", "6.29", "Cooling after-sun gel."),
                    new Product("Lip Balm SPF 15", "2.99", "Protects and repairs dry lips."))),
            new Category("Digestive Health", "Remedies for indigestion, heartburn and upset stomachs.", List.of(
                    new Product("Antacid Chewable Tablets, 48", "4.59", "Fast relief from heartburn."),
                    new Product("Oral Rehydration Sachets, 6", "5.29", "Replaces salts and fluids after diarrhoea."),
                    new Product("Probiotic Capsules, 30", "14.99", "10 billion live cultures a day."),
                    new Product("Loperamide 2 mg, 12 capsules", "3.29", "For short-term diarrhoea."),
                    new Product("Peppermint Oil Capsules, 20", "6.99", "Eases bloating and stomach cramps."))),
            new Category("Allergy", "Antihistamines, eye drops and nasal sprays for hay fever.", List.of(
                    new Product("Cetirizine 10 mg, 30 tablets", "4.49", "One-a-day, non-drowsy antihistamine."),
                    new Product("Loratadine 10 mg, 30 tablets", "4.29", "Non-drowsy hay fever relief."),
                    new Product("Allergy Eye Drops, 10 ml", "6.79", "Relieves itchy, watery eyes."),
                    new Product("Steroid Nasal Spray, 120 doses", "8.99", "Prevents and treats hay fever symptoms."),
                    new Product("Antihistamine Cream, 25 g", "3.99", "Soothes stings and itchy skin."))),
            new Category("Baby & Child", "Gentle care and medicines for babies and children.", List.of(
                    new Product("Infant Paracetamol Suspension, 100 ml", "4.49", "For babies from 2 months."),
                    new Product("Nappy Rash Cream, 100 g", "4.99", "Soothes and protects delicate skin."),
                    new Product("Baby Saline Drops, 10 ml", "3.79", "Clears blocked noses gently."),
                    new Product("Teething Gel, 15 g", "4.29", "Sugar-free relief for sore gums."),
                    new Product("Children's Multivitamin Gummies, 30", "7.99", "Strawberry-flavoured, from age 3."))));
}
