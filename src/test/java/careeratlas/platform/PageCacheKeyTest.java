package careeratlas.platform;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page cache key: known parameters only, in a fixed order, empty ones dropped, tracking tags ignored. */
class PageCacheKeyTest {

    static final Set<String> KNOWN = Set.of("role", "level", "q", "page");

    @Test
    void parametersAreSortedAndEmptyOnesDropped() {
        assertEquals(Optional.of("/jobs?level=senior&role=data-engineer"),
                PageCache.key("/jobs", "role=data-engineer&q=&level=senior", KNOWN));
        assertEquals(PageCache.key("/jobs", "level=senior&role=data-engineer", KNOWN),
                PageCache.key("/jobs", "role=data-engineer&level=senior&page=", KNOWN));
        assertEquals(Optional.of("/jobs"), PageCache.key("/jobs", "", KNOWN));
        assertEquals(Optional.of("/jobs"), PageCache.key("/jobs", null, KNOWN));
    }

    @Test
    void valuesAreDecodedThenEncodedTheSameWay() {
        assertEquals(PageCache.key("/jobs", "q=data+engineer", KNOWN), PageCache.key("/jobs", "q=data%20engineer", KNOWN));
        assertEquals(Optional.of("/jobs?q=a%26b"), PageCache.key("/jobs", "q=a%26b", KNOWN));
    }

    @Test
    void trackingTagsAreIgnored() {
        assertEquals(Optional.of("/"), PageCache.key("/", "utm_source=news&utm_medium=mail&fbclid=x1&gclid=y", KNOWN));
        assertEquals(Optional.of("/jobs?role=data-engineer"),
                PageCache.key("/jobs", "utm_campaign=spring&role=data-engineer", KNOWN));
    }

    @Test
    void unknownParametersOrBadEncodingAreNotCached() {
        assertFalse(PageCache.key("/", "session=abc", KNOWN).isPresent());
        assertFalse(PageCache.key("/jobs", "q=%E0%A4%A", KNOWN).isPresent());
        assertTrue(PageCache.key("/jobs", "q=%E2%82%AC", KNOWN).isPresent());
    }
}
