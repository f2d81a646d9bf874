package careeratlas.catalog;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonPathTest {

    @Test
    void parsesSlugsWithHyphens() {
        ComparisonPath p = ComparisonPath.parse("machine-learning-research-engineer-vs-data-engineer").orElseThrow();
        assertEquals("machine-learning-research-engineer", p.first());
        assertEquals("data-engineer", p.second());
        assertFalse(p.isCanonical());
        assertEquals("/compare/data-engineer-vs-machine-learning-research-engineer", p.canonical().url());
    }

    @Test
    void rejectsMalformedPaths() {
        assertTrue(ComparisonPath.parse("data-engineer").isEmpty());
        assertTrue(ComparisonPath.parse("-vs-data-engineer").isEmpty());
        assertTrue(ComparisonPath.parse("data-engineer-vs-").isEmpty());
        assertTrue(ComparisonPath.parse("a-vs-b-vs-c").isEmpty());
    }
}
