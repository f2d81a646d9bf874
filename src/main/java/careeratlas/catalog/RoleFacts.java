package careeratlas.catalog;

import java.time.OffsetDateTime;

/** A role's own fields as pages show them: plain data, safe to cache (the entity is not). */
public record RoleFacts(long id, String slug, String name, Family family, String summary, String definition,
                        String outlook, String outlookFigure, String outlookSource, String outlookPeriod,
                        OffsetDateTime updatedAt) {

    public record Family(long id, String slug, String name) {
    }

    static RoleFacts of(Role r) {
        return new RoleFacts(r.id, r.slug, r.name, new Family(r.family.id, r.family.slug, r.family.name), r.summary,
                r.definition, r.outlook, r.outlookFigure, r.outlookSource, r.outlookPeriod, r.updatedAt);
    }
}
