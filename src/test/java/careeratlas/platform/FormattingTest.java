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
    void tagsAndEntitiesAreNotWords() {
        assertEquals(3, ReadingTime.words("<h2 class=\"x y z\">Data &amp; AI</h2><p>careers</p>"));
        assertEquals(2, ReadingTime.words("<li>Scikit-learn isn't</li>"));
    }
}
