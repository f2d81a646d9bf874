package careeratlas.platform;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormattingTest {

    @Test
    void datesUseShortMonthNamesWithAPeriod() {
        assertEquals("Oct. 30, 2024", Dates.display(LocalDate.of(2024, 10, 30)));
        assertEquals("May 2, 2025", Dates.display(LocalDate.of(2025, 5, 2)));
        assertEquals("Sept. 9, 2025", Dates.display(LocalDate.of(2025, 9, 9)));
        assertEquals("March 1, 2026", Dates.display(LocalDate.of(2026, 3, 1)));
    }

    @Test
    void readingTimeCountsRenderedWordsAtAbout230AMinute() {
        String words230 = "<p>" + "word ".repeat(230) + "</p>";
        assertEquals(230, ReadingTime.words(words230));
        assertEquals(1, ReadingTime.minutes(words230));
        assertEquals(2, ReadingTime.minutes(words230 + "<p>one more</p>"));
        assertEquals(4, ReadingTime.minutes("<div>" + "alpha beta ".repeat(400) + "</div>"));
        assertEquals(1, ReadingTime.minutes(""));
    }

    @Test
    void amountsAreGroupedInThousandsAsAFormatterWould() {
        for (long v : new long[] {0, 7, 999, 1000, 74301, 100000, 1234567, -1234567, Long.MAX_VALUE}) {
            assertEquals(String.format(java.util.Locale.ROOT, "%,d", v), Money.grouped(v), Long.toString(v));
        }
        assertEquals("95,000", Money.full(95000.4));
        assertEquals("95,001", Money.full(95000.5));
    }

    @Test
    void readingTimeCountsJoinedWordsOnceAndSkipsTagsAndReferences() {
        assertEquals(3, ReadingTime.words("don't stop now"));
        assertEquals(3, ReadingTime.words("a long-term plan."));
        assertEquals(2, ReadingTime.words("version 3.5"));
        assertEquals(4, ReadingTime.words("it’s R&amp;D work"), "a reference separates words");
        assertEquals(2, ReadingTime.words("<a href=\"/x-y\" title=\"not counted\">linked</a>text"));
        assertEquals(2, ReadingTime.words("end. Next"));
        assertEquals(3, ReadingTime.words("AT&T & co"), "a lone ampersand is not a reference");
        assertEquals(1, ReadingTime.words("<p>unclosed"));
    }

    @Test
    void tagsAndEntitiesAreNotWords() {
        assertEquals(3, ReadingTime.words("<h2 class=\"x y z\">Data &amp; AI</h2><p>careers</p>"));
        assertEquals(2, ReadingTime.words("<li>Scikit-learn isn't</li>"));
    }
}
