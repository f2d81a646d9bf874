package careeratlas.catalog;

import careeratlas.catalog.Vocabulary.Kind;
import careeratlas.catalog.Vocabulary.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermFinderTest {

    static final Vocabulary VOCABULARY = new Vocabulary(
            List.of(skill("r", "R"), skill("sql", "SQL"), skill("data-pipelines", "Data pipelines"),
                    skill("linear-algebra", "Linear algebra")),
            List.of(tool("postgresql", "PostgreSQL", "postgres"), tool("scikit-learn", "scikit-learn", "sklearn"),
                    tool("apache-spark", "Apache Spark", "spark"), tool("spark-sql", "Spark SQL"),
                    tool("c-sharp", "C#"), tool("dbt", "dbt", "data build tool")),
            List.of());

    static final TermFinder FINDER = TermFinder.of(VOCABULARY);

    @Test
    void namesAndAliasesAreFoundInAnyCase() {
        assertEquals(List.of("postgresql", "scikit-learn", "data-pipelines", "linear-algebra"),
                slugs("Load it into Postgres, fit it with SKLearn; build data pipelines with linear Algebra."));
    }

    @Test
    void shortNamesAreFoundAsWrittenOrInCapitalsAndOnlyAsWholeWords() {
        assertEquals(List.of("r", "sql"), slugs("Our team uses R and SQL daily, in Rust, sql and SQL-like tools."));
        assertEquals(List.of("dbt", "sql"), slugs("DBT models, SQL. Not dbtx or Sql."));
        assertEquals(List.of("c-sharp"), slugs("Services in C# and C#x"));
    }

    @Test
    void theLongerOfTwoOverlappingNamesWins() {
        List<TermFinder.Match> found = FINDER.find("Queries in Spark SQL, jobs in Spark.");
        assertEquals(List.of("spark-sql", "apache-spark"), found.stream().map(m -> m.term().slug()).toList());
        assertEquals("Spark SQL", "Queries in Spark SQL, jobs in Spark.".substring(found.get(0).start(), found.get(0).end()));
    }

    @Test
    void aTermInsideAFileNameOrAddressIsNotFound() {
        assertEquals(List.of(), slugs("see spark.conf and example.com/postgres or me@sklearn"));
        assertEquals(List.of(), slugs(""));
    }

    private static List<String> slugs(String text) {
        return FINDER.find(text).stream().map(m -> m.term().slug()).toList();
    }

    private static Term skill(String slug, String name, String... aliases) {
        return new Term(Kind.SKILL, slug, name, "", null, List.of(aliases));
    }

    private static Term tool(String slug, String name, String... aliases) {
        return new Term(Kind.TOOL, slug, name, "", "Cat", List.of(aliases));
    }
}
