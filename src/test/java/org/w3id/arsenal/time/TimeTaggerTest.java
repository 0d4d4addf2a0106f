package org.w3id.arsenal.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One expression per text: (anchor, text, expected span, expected ISO value, relation, relative).
 * "-" stands for an unknown anchor or an empty value.
 */
class TimeTaggerTest {

    static List<TimeMention> find(String text, String anchor) {
        return TimeTagger.english().find(text, anchor.equals("-") ? Optional.empty() : Optional.of(DateValue.parse(anchor)));
    }

    static String iso(TimeMention m) {
        return m.value().map(DateValue::iso).orElse("-");
    }

    private static void check(String anchor, String text, String span, String iso, TimeRelation rel, boolean relative) {
        List<TimeMention> found = find(text, anchor);
        assertEquals(1, found.size(), () -> "mentions in '" + text + "': " + found);
        TimeMention m = found.get(0);
        assertEquals(span, m.text(), "span");
        assertEquals(span, text.substring(m.begin(), m.end()), "offsets");
        assertEquals(iso, iso(m), "value");
        assertEquals(rel, m.relation(), "relation");
        assertEquals(relative, m.relative(), "relative");
    }

    @Test
    void severalMentionsLeftToRight() {
        List<TimeMention> found = find("Tested in 2022 and 2023, and again on 3 May 2024.", "-");
        assertEquals(List.of("in 2022", "2023", "on 3 May 2024"), found.stream().map(TimeMention::text).toList());
        assertEquals(List.of("2022", "2023", "2024-05-03"), found.stream().map(TimeTaggerTest::iso).toList());
    }

    @Test
    void noBreakSpacesAndDashVariants() {
        List<TimeMention> found = find("on August\u00a03, 2023 and 3\u20135 May 2024", "-");
        assertEquals(List.of("2023-08-03", "2024-05-03/2024-05-05"), found.stream().map(TimeTaggerTest::iso).toList());
    }

    @Test
    void emptyTextAndTextWithoutDates() {
        assertEquals(List.of(), find("", "2024-02-14"));
        assertEquals(List.of(), find("Kim toured the plant.", "2024-02-14"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            -          | Kim visited on August 3, 2023.               | on August 3, 2023        | 2023-08-03 | AT | false
            -          | Kim visited on 3 August 2023.                | on 3 August 2023         | 2023-08-03 | AT | false
            -          | Kim visited on Aug. 3, 2023.                 | on Aug. 3, 2023          | 2023-08-03 | AT | false
            -          | Kim visited on Sept. 3rd, 2023.              | on Sept. 3rd, 2023       | 2023-09-03 | AT | false
            -          | Kim visited on Sep 3 2023.                   | on Sep 3 2023            | 2023-09-03 | AT | false
            -          | Kim visited on the 3rd of September 2023.    | 3rd of September 2023    | 2023-09-03 | AT | false
            -          | The report is dated 2023-08-03.              | 2023-08-03               | 2023-08-03 | AT | false
            -          | content="2024-08-02T10:15:00+09:00"          | 2024-08-02               | 2024-08-02 | AT | false
            -          | Kim toured Kanggye in August 2023.           | in August 2023           | 2023-08    | AT | false
            -          | Kim toured Kanggye in AUGUST 2023.           | in AUGUST 2023           | 2023-08    | AT | false
            -          | It was built in 2023.                        | in 2023                  | 2023       | AT | false
            -          | It opened in mid-2023.                       | in mid-2023              | 2023       | AT | false
            -          | It opened early 2023.                        | early 2023               | 2023       | AT | false
            -          | It opened in late 2023.                      | in late 2023             | 2023       | AT | false
            -          | It opened by the end of 2023.                | by the end of 2023       | 2023       | UNTIL | false
            -          | It opened in the first half of 2023.         | in the first half of 2023 | 2023      | AT | false
            -          | It opened in the summer of 2023.             | in the summer of 2023    | 2023       | AT | false
            -          | It opened in the third quarter of 2023.      | in the third quarter of 2023 | 2023  | AT | false
            -          | It opened in early August 2023.              | in early August 2023     | 2023-08    | AT | false
            -          | It was designed in the 1990s.                | in the 1990s             | -          | AT | false
            -          | It was a 1950s Soviet design.                | 1950s                    | -          | AT | false
            -          | The war of 1950-53 ended.                    | 1950-53                  | 1950/1953  | AT | false
            -          | Kim toured from August 3 to 5, 2023.         | from August 3 to 5, 2023 | 2023-08-03/2023-08-05 | AT | false
            -          | Kim toured August 3-5, 2023.                 | August 3-5, 2023         | 2023-08-03/2023-08-05 | AT | false
            -          | Kim toured 3-5 August 2023.                  | 3-5 August 2023          | 2023-08-03/2023-08-05 | AT | false
            -          | Kim toured between August 3 and 5, 2023.     | between August 3 and 5, 2023 | 2023-08-03/2023-08-05 | AT | false
            -          | Kim toured from March 28 to April 2, 2023.   | from March 28 to April 2, 2023 | 2023-03-28/2023-04-02 | AT | false
            -          | Kim toured from December 28 to January 2, 2024. | from December 28 to January 2, 2024 | 2023-12-28/2024-01-02 | AT | false
            -          | It ran from 2022 to 2023.                    | from 2022 to 2023        | 2022/2023  | AT | false
            -          | It ran from 2020 until 2022.                 | from 2020 until 2022     | 2020/2022  | AT | false
            -          | It ran between 2022 and 2023.                | between 2022 and 2023    | 2022/2023  | AT | false
            -          | The 2022-23 season ended.                    | 2022-23                  | 2022/2023  | AT | false
            -          | It ran between March and May 2024.           | between March and May 2024 | 2024-03/2024-05 | AT | false
            -          | It ran from December 2022 to March 2023.     | from December 2022 to March 2023 | 2022-12/2023-03 | AT | false
            -          | Kim visited on Wednesday, August 2, 2023.    | on Wednesday, August 2, 2023 | 2023-08-02 | AT | false
            -          | Chase covered the 2022 conflict.             | 2022                     | 2022       | AT | false
            -          | It has been produced since 2019.             | since 2019               | 2019       | SINCE | false
            -          | Output doubled from 2022 onwards.            | from 2022 onwards        | 2022       | SINCE | false
            2023-08    | a factory from August 3 to 5 to learn        | from August 3 to 5       | 2023-08-03/2023-08-05 | AT | true
            2023-08    | his field guidance to the factory on November 9 last year. | on November 9 last year | 2022-11-09 | AT | true
            2024-02-10 | Kim visited on August 3.                     | on August 3              | 2023-08-03 | AT | true
            2024-02-10 | Kim visited on 3 August.                     | on 3 August              | 2023-08-03 | AT | true
            2024-02-10 | Kim visited on November 9.                   | on November 9            | 2023-11-09 | AT | true
            2024-02-10 | Kim visited on February 9.                   | on February 9            | 2024-02-09 | AT | true
            2024-02-10 | Kim visited on February 10.                  | on February 10           | 2024-02-10 | AT | true
            2024-02-10 | Kim visited November 9.                      | November 9               | 2023-11-09 | AT | true
            2024-02-10 | Kim visited in August.                       | in August                | 2023-08    | AT | true
            2024-02-10 | Kim visited in January.                      | in January               | 2024-01    | AT | true
            2024-02    | Kim visited in February.                     | in February              | 2024-02    | AT | true
            2024       | Kim visited on November 9.                   | on November 9            | 2024-11-09 | AT | true
            -          | Kim visited on November 9.                   | on November 9            | -          | AT | true
            2024-02-10 | Kim visited November 9 last year.            | November 9 last year     | 2023-11-09 | AT | true
            2024-02-10 | Kim visited in March this year.              | in March this year       | 2024-03    | AT | true
            2024-02-10 | Kim visited in August last year.             | in August last year      | 2023-08    | AT | true
            2024-02-10 | Kim visited last March.                      | last March               | 2023-03    | AT | true
            2024-05    | Kim visited last March.                      | last March               | 2024-03    | AT | true
            2024       | Kim visited last March.                      | last March               | -          | AT | true
            2024-04-02 | He toured from 12 to 14 February this year.  | from 12 to 14 February this year | 2024-02-12/2024-02-14 | AT | true
            2024-01-10 | He gave guidance on January 8 and 9.         | on January 8 and 9       | 2024-01-08/2024-01-09 | AT | true
            2023-12-20 | He toured from December 28 to January 2.     | from December 28 to January 2 | 2022-12-28/2023-01-02 | AT | true
            2024-02-14 | State media said on Wednesday.               | on Wednesday             | 2024-02-14 | AT | true
            2024-02-15 | State media said on Wednesday.               | on Wednesday             | 2024-02-14 | AT | true
            2024-02-13 | State media said Wednesday.                  | Wednesday                | 2024-02-07 | AT | true
            2024-08-02 | Kim inspected the enterprise on Thursday.    | on Thursday              | 2024-08-01 | AT | true
            2024-02      | State media said on Wednesday.             | on Wednesday             | -          | AT | true
            -          | State media said on Wednesday.               | on Wednesday             | -          | AT | true
            2023-09-17 | Kim toured a factory on Friday that builds jets. | on Friday        | 2023-09-15 | AT | true
            2023-09-17 | On Saturday, Kim was shown hypersonic missiles. | On Saturday       | 2023-09-16 | AT | true
            2024-09-17 | KCNA said Kim visited the site on Thursday.  | on Thursday              | 2024-09-12 | AT | true
            2024-02-14 | He left yesterday.                           | yesterday                | 2024-02-13 | AT | true
            2024-02-14 | He leaves today.                             | today                    | 2024-02-14 | AT | true
            2024-02-14 | He visited the day before yesterday.         | the day before yesterday | 2024-02-12 | AT | true
            2024-02-14 | He visited on Monday last week.              | on Monday last week      | 2024-02-05 | AT | true
            2024-02-14 | He visited on Monday this week.              | on Monday this week      | 2024-02-12 | AT | true
            2024-02-14 | He visited last Wednesday.                   | last Wednesday           | 2024-02-07 | AT | true
            2024-02-14 | He visited on Tuesday and Wednesday.         | on Tuesday and Wednesday | 2024-02-13/2024-02-14 | AT | true
            2024-08-02 | Earlier this week, Kim also visited a plant. | Earlier this week        | 2024-07-29/2024-08-01 | AT | true
            2024-07-29 | Earlier this week, Kim also visited a plant. | Earlier this week        | 2024-07-29 | AT | true
            2024-02-14 | He will return later this week.              | later this week          | 2024-02-15/2024-02-18 | AT | true
            2024-02-14 | He visited last week.                        | last week                | 2024-02-05/2024-02-11 | AT | true
            2024-02-14 | He visited this week.                        | this week                | 2024-02-12/2024-02-18 | AT | true
            2024-02-14 | He returns next week.                        | next week                | 2024-02-19/2024-02-25 | AT | true
            2024-02-14 | He visited three days ago.                   | three days ago           | 2024-02-11 | AT | true
            2024-02-14 | He visited 3 days ago.                       | 3 days ago               | 2024-02-11 | AT | true
            2024-02-14 | He visited two weeks ago.                    | two weeks ago            | 2024-01-29/2024-02-04 | AT | true
            2024       | He visited three days ago.                   | three days ago           | -          | AT | true
            2024-02-14 | He visited last month.                       | last month               | 2024-01    | AT | true
            2024-01    | He visited last month.                       | last month               | 2023-12    | AT | true
            2024-02    | He visited this month.                       | this month               | 2024-02    | AT | true
            2024-02    | He visited earlier this month.               | earlier this month       | 2024-02    | AT | true
            2024-02    | He visited a month ago.                      | a month ago              | 2024-01    | AT | true
            2024-06    | Lukashenko toured the plant last month.      | last month               | 2024-05    | AT | true
            2024-06    | It has shipped munitions since last September. | since last September   | 2023-09    | SINCE | true
            2024       | He visited last month.                       | last month               | -          | AT | true
            -          | He visited last month.                       | last month               | -          | AT | true
            2024-02-14 | He visited last year.                        | last year                | 2023       | AT | true
            2024       | He visited this year.                        | this year                | 2024       | AT | true
            2024-02    | He visited earlier this year.                | earlier this year        | 2024       | AT | true
            2023-09    | Kim last visited the plant late last year.   | late last year           | 2022       | AT | true
            2024       | He visited two years ago.                    | two years ago            | 2022       | AT | true
            2024       | Output will double next year.                | next year                | 2025       | AT | true
            2024       | It has grown since late last year.           | since late last year     | 2023       | SINCE | true
            2024-02-14 | It was finished at the end of last year.     | at the end of last year  | 2023       | AT | true
            -          | He visited last year.                        | last year                | -          | AT | true
            -          | It happened before August 2023.              | before August 2023       | 2023-08    | BEFORE | false
            -          | It happened prior to 2020.                   | prior to 2020            | 2020       | BEFORE | false
            -          | It happened ahead of the August 2023 drills. | August 2023              | 2023-08    | BEFORE | false
            -          | It happened after July 2024.                 | after July 2024          | 2024-07    | AFTER | false
            -          | It happened following talks in July 2024.    | in July 2024             | 2024-07    | AFTER | false
            -          | the visit followed a major political meeting in July 2024. | in July 2024 | 2024-07 | AFTER | false
            -          | The visit was followed by a parade in October 2023. | in October 2023   | 2023-10    | BEFORE | false
            -          | It has run since March 2022.                 | since March 2022         | 2022-03    | SINCE | false
            -          | It will run until 2025.                      | until 2025               | 2025       | UNTIL | false
            -          | It will run through 2025.                    | through 2025             | 2025       | UNTIL | false
            -          | It will be ready by 2025.                    | by 2025                  | 2025       | UNTIL | false
            2024       | It happened before August.                   | before August            | 2024-08    | BEFORE | true
            -          | After the meeting, he toured the plant in July 2024. | in July 2024     | 2024-07    | AT | false
            -          | He left after lunch, which he took in July 2024. | in July 2024         | 2024-07    | AT | false
            """)
    void resolves(String anchor, String text, String span, String iso, TimeRelation rel, boolean relative) {
        check(anchor, text, span, iso, rel, relative);
    }
}
