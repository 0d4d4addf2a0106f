package org.w3id.arsenal.bench;

import java.util.List;

/**
 * Slot vocabularies for the synthetic corpus. Mostly names the reference vocabulary knows (so the extractor finds
 * entities and relations, as on real reports), mixed with invented ones it does not know (so the unknown-name
 * paths run too). Analysts, reporters and managers are invented.
 */
final class Vocab {

    private Vocab() {}

    /** A person with the title reports give them: appositive ("X, title") and, when usual, preposed ("Title X"). */
    record Official(String name, String title, String preposed) {}

    record Country(String name, String demonym, String capital) {}

    record Analyst(String name, String last, String role) {}

    static final List<String> KCNA_LEADERS = List.of("Kim Jong Un");
    static final List<String> WIRE_LEADERS = List.of("Kim Jong Un", "Kim Jong Un", "Vladimir Putin",
            "Alexander Lukashenko", "Sergei Shoigu");

    static final List<Official> OFFICIALS = List.of(
            new Official("Jo Yong Won", "secretary of the Central Committee of the Workers' Party of Korea",
                    null),
            new Official("Pak Jong Chon", "vice-chairman of the WPK Central Military Commission", null),
            new Official("Ri Pyong Chol",
                    "member of the Presidium of the Political Bureau of the WPK Central Committee", null),
            new Official("Kim Jong Sik", "first vice department director of the WPK Central Committee", null),
            new Official("Jang Chang Ha", "president of the Academy of Defence Science", null),
            new Official("Jo Chun Ryong", "secretary of the WPK Central Committee", null),
            new Official("Hong Yong Chil", "vice department director of the WPK Central Committee", null),
            new Official("Kim Jae Ryong", "department director of the WPK Central Committee", null),
            new Official("No Kwang Chol", "Minister of National Defence", "Defence Minister"),
            new Official("Pak Thae Song", "Premier of the Cabinet", "Premier"),
            new Official("Kim Tok Hun", "secretary of the WPK Central Committee", "Secretary"),
            new Official("Choe Son Hui", "Minister of Foreign Affairs", "Foreign Minister"),
            new Official("Ri Il Hwan", "secretary of the WPK Central Committee", null),
            new Official("Kim Song Nam", "director of the International Department of the WPK Central Committee", null),
            new Official("Yu Jin", "department director of the WPK Central Committee", null),
            new Official("Ri Chang Ho", "chief of the General Staff of the Korean People's Army", "General"),
            new Official("Kim Yong Bok", "vice-chief of the General Staff of the Korean People's Army", "General"));

    /** Invented enterprise managers and engineers, the people who "guide him around". */
    static final List<Official> MANAGERS = List.of(
            new Official("Ri Myong Su", "manager of the enterprise", null),
            new Official("O Su Yong", "chief engineer of the complex", null),
            new Official("Han Kwang Sang", "manager of the factory", null),
            new Official("Kang Chol Jin", "director of the plant", null),
            new Official("Pang Tu Sop", "chief engineer of the enterprise", null),
            new Official("Choe Yong Nam", "manager of the shipyard", null));

    static final List<String> FACILITIES = List.of("Kanggye General Tractor Plant",
            "Huichon Ryonha General Machine Plant", "Sungri Motor Complex", "Ryongsong Machine Complex",
            "Kangson uranium enrichment facility", "Sinpo South Shipyard", "Nampho Shipyard", "Chongjin Shipyard",
            "Yongbyon Nuclear Scientific Research Center", "Sohae Satellite Launching Station",
            "Tonghae Satellite Launching Ground", "Komsomolsk-on-Amur Aircraft Plant", "Alabuga drone factory",
            "Vostochny Cosmodrome",
            // invented: names the gazetteer does not hold
            "February 11 Plant", "Kusong Machine Tool Factory", "Hamhung Missile Component Factory",
            "Unsan Precision Machinery Complex", "Sunchon Ordnance Works", "Manpo Munitions Plant");

    static final List<String> DESCRIBED_FACILITIES = List.of(
            "a munitions enterprise producing shells of 240mm multiple rocket launchers",
            "an enterprise manufacturing new-type tactical guided weapons",
            "a missile assembly plant in {city}",
            "an important munitions factory under the Second Economic Committee",
            "a shipyard building new destroyers in {city}",
            "a drone production complex near {city}",
            "a tank plant in {city}",
            "a factory producing artillery shells in {province}",
            "a machine plant making launching vehicles for ballistic missiles",
            "an enterprise producing self-propelled guns",
            "a small arms factory in {province}");

    static final List<String> PORTS = List.of("Rajin Port", "Port of Rajin", "Rajin", "Vostochny Port",
            "Port of Dunai", "Nakhodka");

    static final List<String> PROVINCES = List.of("Jagang Province", "North Pyongan Province",
            "South Pyongan Province", "North Hamgyong Province", "South Hamgyong Province", "North Hwanghae Province",
            "South Hwanghae Province", "Kangwon Province", "Ryanggang Province");

    static final List<String> CITIES = List.of("Kanggye", "Huichon", "Manpo", "Sinuiju", "Kusong", "Pyongsong",
            "Sunchon", "Tokchon", "Anju", "Hamhung", "Sinpo", "Chongjin", "Kimchaek", "Wonsan", "Hyesan", "Sariwon",
            "Haeju", "Nampo", "Rason", "Kaesong");

    static final List<String> UKRAINE_PLACES = List.of("Kharkiv", "Zaporizhzhia", "Kyiv", "Odesa", "Dnipro",
            "the Kharkiv region", "Kursk Oblast", "Belgorod");

    static final List<String> PRODUCTS = List.of("KN-23", "KN-24", "Hwasong-11", "KN-25", "Hwasong-12",
            "Hwasong-15", "Hwasong-17", "Hwasong-18", "Hwasong-19", "Pukguksong-3", "Hwasal-2", "Haeil", "Bulsae-4",
            "Saetbyol-4", "Koksan", "Shahed-136", "Iskander",
            // invented designations
            "Chonma-20", "Pyoljji-1-2", "Kumsong-3");

    static final List<String> MUNITIONS = List.of("artillery shells", "152mm shells", "122mm rockets",
            "multiple-launch rocket system shells", "guided shells", "ballistic missiles", "cruise missiles",
            "attack drones", "reconnaissance drones", "anti-tank missiles", "self-propelled howitzers",
            "launching vehicles", "solid-fuel rocket engines", "small arms", "machine guns", "tank engines",
            "CNC machines", "ammunition", "mortar rounds", "warheads");

    static final List<String> MATERIALS = List.of("ammonium perchlorate", "machine tools", "carbon fibre",
            "ball bearings", "aluminium powder", "truck chassis", "microelectronics");

    static final List<Country> SUPPLIERS = List.of(new Country("North Korea", "North Korean", "Pyongyang"),
            new Country("North Korea", "North Korean", "Pyongyang"), new Country("Iran", "Iranian", "Tehran"),
            new Country("Belarus", "Belarusian", "Minsk"), new Country("China", "Chinese", "Beijing"),
            new Country("Syria", "Syrian", "Damascus"), new Country("Myanmar", "Myanmar", "Naypyidaw"));

    static final List<String> SOURCES = List.of("South Korea's National Intelligence Service",
            "the South Korean Joint Chiefs of Staff", "Ukrainian military intelligence",
            "the U.S. State Department", "the UN Panel of Experts", "Conflict Armament Research",
            "the Multilateral Sanctions Monitoring Team", "the Defense Intelligence Agency",
            "the UK Ministry of Defence", "a senior U.S. official");

    static final List<String> ATTRIBUTIONS = List.of("according to {source}", "{source} said",
            "U.S. officials said", "South Korean officials said", "according to people familiar with the matter",
            "Western officials said", "according to a report by {source}", "{source} said in a statement");

    static final List<String> HEDGES = List.of("likely", "probably", "reportedly", "apparently", "allegedly",
            "possibly", "presumably");

    static final List<Analyst> ANALYSTS = List.of(
            new Analyst("Elena Novak", "Novak", "a research fellow at the Royal United Services Institute"),
            new Analyst("Daniel Park", "Park",
                    "a senior analyst at the Center for Strategic and International Studies"),
            new Analyst("Priya Raman", "Raman",
                    "an imagery analyst at the Middlebury Institute of International Studies at Monterey"),
            new Analyst("Jonas Weber", "Weber", "director of the Korea program at the Stimson Center"),
            new Analyst("Sofia Lindqvist", "Lindqvist",
                    "a nonproliferation researcher at the International Institute for Strategic Studies"),
            new Analyst("Min-ji Cho", "Cho", "an analyst at 38 North"),
            new Analyst("Tomas Herrera", "Herrera", "a senior associate at Beyond Parallel"));

    static final List<String> QUOTES = List.of(
            "The berms between the buildings are what you build when you expect something to explode.",
            "This is a production line, not a prototype shop.",
            "You do not pour that much concrete for a warehouse.",
            "The pace of construction tells you this is a priority for Pyongyang.",
            "We see the same pattern at every site that feeds the shipments to Russia.",
            "Nothing here looks temporary.");

    static final List<String> WORKSHOPS = List.of("the shell assembly workshop", "the heat treatment shop",
            "the final assembly shop", "the machining workshop", "the newly built testing ground",
            "the propellant casting shop", "the quality control room", "the welding workshop");

    static final List<String> ORGANS = List.of("Ministry of Munitions Industry", "Second Economic Committee",
            "Munitions Industry Department", "Academy of Defence Science", "Missile General Bureau");

    static final List<String> UNITS = List.of("enterprise", "factory", "plant", "complex");

    static final List<String> REPORTERS = List.of("Anna Keller", "Mark Dalton", "Hye-jin Lee", "Olena Marchenko",
            "James Whitfield", "Sara Okonkwo");

    static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December");

    static final List<String> RELATIVE_DATES = List.of("on {weekday}", "on {weekday}", "last month",
            "earlier this week", "late last year", "this month", "last week", "earlier this month",
            "the previous day", "in {month} last year", "last autumn", "earlier this year");

    static final List<String> NUMBERS = List.of("hundreds of", "thousands of", "several hundred", "dozens of",
            "more than a million", "millions of", "a small number of", "large quantities of");
}
