package org.w3id.arsenal.bench;

import java.util.List;

/**
 * Sentence templates of the three report styles. A {@code {slot}} is filled by {@link Cast}; the first letter of
 * a filled sentence is capitalised, so a template may start with a slot whose value starts in lower case.
 */
final class Templates {

    private Templates() {}

    // --- KCNA field guidance: long titles and companion lists, production idioms, "he set forth the task".

    static final List<String> KCNA_TITLES = List.of("{leader} Gives Field Guidance to {facility}",
            "{leader} Inspects Munitions Enterprises in {province}", "{leader} Visits {facility}",
            "Respected Comrade {leader} Looks Round Munitions Enterprise",
            "{leader} Calls for Increased Production of {munition}");

    static final List<String> KCNA_LEADS = List.of(
            "{dateline} {leader}, general secretary of the Workers' Party of Korea and president of the State "
                    + "Affairs of the Democratic People's Republic of Korea, gave field guidance to {dfacility} "
                    + "{date}.",
            "{leader} inspected the {facility} in {place} {reldate}, the Korean Central News Agency reported.",
            "{leader} looked round the {facility} {date}, according to KCNA.");

    static final List<String> KCNA_BODY = List.of(
            "He was accompanied by {companions}.",
            "Present there were {companions}.",
            "{leader} first looked round {dfacility}.",
            "{manager}, guided him around {workshop}, {workshop} and {workshop}.",
            "He highly appreciated the fact that the {unit} has more than doubled the monthly output of {munition} "
                    + "since it completed the modernization of its production lines {reldate}.",
            "Noting that the {munition} produced at the {unit} will be delivered to the units of the Korean "
                    + "People's Army in large numbers this year, he set forth the task of building up the capacity "
                    + "for their serial production.",
            "{leader} then went to {dfacility}.",
            "Going round the production processes of the second {unit}, he acquainted himself in detail with the "
                    + "serial production of {munition}.",
            "He stressed the need to further strengthen the independent production of {munition}, and instructed "
                    + "the {organ} to supply the {unit} with materials and equipment on a preferential basis.",
            "{leader} gave field guidance to the {facility} in {place} {date}.",
            "Upon receiving the important tasks, the officials and workers of the {unit} pledged to increase the "
                    + "production of {munition} in a big way.",
            "{leader} learned about the development of the {product} at the {facility}.",
            "He expressed great satisfaction that the {unit} had fulfilled its annual plan for the production of "
                    + "{munition} ahead of schedule.",
            "Saying that {munition} are of great significance in bolstering the war deterrent of the DPRK, he set "
                    + "forth the tasks for expanding their production capacity in a big way.",
            "The {facility} was also visited by {title_official} {reldate}.",
            "{leader} inspected {workshop} of the {facility}, where {munition} are assembled.",
            "Looking round {workshop}, he was briefed by {official}, on the serial production of the {product}.",
            "{leader} said that the {facility} should become a model for the whole munitions industry in "
                    + "introducing automated and unmanned production processes.",
            "He called on the officials of the {organ} to provide the {unit} with the raw materials it needs.",
            "{leader} expressed the expectation and conviction that the workers of the {facility} would carry out "
                    + "without fail the tasks of the national defence development strategy.",
            "The munitions industry has produced a large number of {munition} and {munition} this year, he said.",
            "He went to {dfacility} {reldate} and guided the construction of its new production line on the spot.",
            "At the {facility}, {leader} acquainted himself with the production of the {product} and of {munition}.",
            "{title_official} and {title_official} also accompanied him to the {facility}.",
            "He was warmly welcomed by {manager}, and the officials of the {unit}.");

    // --- Wire news: shipments to Russia, hedged and attributed.

    static final List<String> WIRE_TITLES = List.of("{country} has sent Russia {munition}, officials say",
            "North Korea ships {product} missiles to Russia, Ukraine says",
            "{leader} tours arms plant as ties with Moscow deepen",
            "Russia turns to {country} for {munition} as stocks run low",
            "{demonym} {munition} reach Russian front, {source} says");

    static final List<String> WIRE_LEADS = List.of(
            "{country} has {hedge} sent Russia {number} {munition}, {source} said {reldate}.",
            "North Korea has supplied Russia with {product} ballistic missiles that were fired at {ukr_place}, "
                    + "{attribution}.",
            "{leader} visited the {facility} {reldate}, state media said, as Pyongyang deepens its military ties "
                    + "with Moscow.");

    static final List<String> WIRE_BODY = List.of(
            "{country} has supplied Russia with {number} {munition} since {month}, {attribution}.",
            "North Korea has {hedge} shipped {number} containers of {munition} to Russia from {port}, {attribution}.",
            "{source} said {reldate} that {country} had delivered {munition} to Russian forces.",
            "According to {source}, the shipments left {port} {reldate} and were unloaded at Vostochny Port.",
            "The {product} is {hedge} produced at the {facility} in {place}, {attribution}.",
            "Officials in {capital} deny supplying any weapons to Moscow, but {source} said the deliveries were "
                    + "continuing.",
            "\"We are seeing Russia turn to the only partners still willing to sell it weapons,\" a senior European "
                    + "diplomat said, speaking on condition of anonymity.",
            "Debris recovered in {ukr_place} {hedge} came from a {product}, {attribution}.",
            "{leader} toured the {facility} in {place} {reldate}, state media reported.",
            "{country} is suspected of preparing to send {munition} to Russia, though {source} said no shipment "
                    + "had been confirmed.",
            "In return, Moscow is {hedge} providing {country} with food, fuel and technical help, {attribution}.",
            "Russian Defence Minister Andrei Belousov visited {capital} {reldate} for talks on military cooperation.",
            "Satellite images show rail cars loaded with containers near the {facility} {reldate}, {attribution}.",
            "The Ukrainian military said it had shot down more than {int} {demonym}-made drones since {month}.",
            "{source} estimates that North Korea has sent more than {int} containers of munitions to Russia.",
            "Analysts say the {munition} are {hedge} drawn from old stockpiles rather than new production.",
            "{country} also reportedly handed over {munition} to Russia, though officials in {capital} deny it.",
            "The {product} has a range of about {int} kilometres and can carry a nuclear warhead, {attribution}.",
            "{leader} met Vladimir Putin at the {facility} {date}, and the two leaders inspected its assembly lines.",
            "Officials in Kyiv said {country} had supplied {munition} that were used in strikes on {ukr_place}.",
            "A spokesperson for {source} declined to comment on the reported deliveries.",
            "The shipments violate United Nations Security Council resolutions that ban all arms trade with North "
                    + "Korea, {attribution}.",
            "{country} may also be supplying Russia with {munition}, {attribution}.",
            "Sanctions monitors believe the {munition} were produced at the {facility}.",
            "{demonym} trainers are reportedly helping Russian forces to operate the {product} in occupied parts of "
                    + "Ukraine.");

    // --- Think-tank satellite-imagery analysis: construction, layout, hedged identification, analysts quoted.

    static final List<String> THINK_TANK_TITLES = List.of("New buildings at {facility} point to {munition} production",
            "Satellite imagery shows expansion at {facility}", "Inside the {facility}: what the imagery shows",
            "{province} arms plants grow as exports to Russia rise",
            "Is the {facility} building the {product}?");

    static final List<String> THINK_TANK_LEADS = List.of(
            "Commercial satellite imagery {imagery_date} shows a significant expansion at the {facility} in {place}, "
                    + "where at least {small} new buildings have appeared since {season}.",
            "Imagery {imagery_date} of the {facility} in {place} shows {small} new assembly halls and a rail spur.",
            "Construction at the {facility} has accelerated {reldate}, commercial satellite imagery shows.");

    static final List<String> THINK_TANK_BODY = List.of(
            "The new structures appear to be intended for the production of {munition}, according to {analyst}.",
            "\"{quote}\" {analyst_last} said.",
            "The layout resembles that of known {munition} plants elsewhere, with a long assembly building and "
                    + "covered storage bunkers.",
            "The expansion is consistent with North Korea's push to increase production of the {product}.",
            "{leader} visited the {facility} {date}, state media reported at the time, and called for it to become a "
                    + "model unit.",
            "{title_official} then inspected its new workshops during a tour of {province} {interval}.",
            "The second site showing change is the {facility2}, on the outskirts of {city}.",
            "The complex builds heavy machinery and, according to South Korean officials, {munition}.",
            "Imagery does not show whether production at the new buildings has started.",
            "{analyst}, said the two developments were probably linked.",
            "A new rail spur links the compound to the main line, which could allow {munition} to be moved to "
                    + "{port} for export.",
            "The {facility} probably builds {munition} such as the {product}.",
            "Images from {month} show {small} launchers parked near the main assembly hall of the {facility}.",
            "The site is believed to produce {munition} for the Korean People's Army.",
            "Vehicle activity at the {facility} has increased markedly since {season}, the analysis found.",
            "North Korea has in the past imported {material} from {country}, according to the UN Panel of Experts.",
            "A large new assembly hall has been completed at the {facility2} since {month}.",
            "It is not clear whether the {facility} is linked to the arms shipments to Russia, {analyst_last} said.",
            "Excavation work near the {facility} suggests that an underground hall is under construction.",
            "The imagery, taken on {day_month}, shows rail cars at the loading platform of the {facility}.",
            "Earlier imagery showed {leader} touring the grounds of the {facility} {reldate}.",
            "The {facility} is located in {place}, about {int} kilometres from {city}.",
            "Its output {hedge} includes {munition} and components for {product} launchers.",
            "{official}, was shown at the {facility} during a visit {reldate}, which suggests the plant is part of "
                    + "the missile programme.",
            "Storage bunkers at the {facility2} appear to hold {munition} awaiting shipment.");

    /** Every template of every kind, for checks that all slots are known. */
    static List<List<String>> all() {
        return List.of(KCNA_TITLES, KCNA_LEADS, KCNA_BODY, WIRE_TITLES, WIRE_LEADS, WIRE_BODY, THINK_TANK_TITLES,
                THINK_TANK_LEADS, THINK_TANK_BODY, Vocab.DESCRIBED_FACILITIES, Vocab.ATTRIBUTIONS,
                Vocab.RELATIVE_DATES);
    }
}
