package tongxing.wage.demonstration;

import java.time.OffsetDateTime;

/** 薪酬分配制度改革示范企业: one demonstration of a year, with its practice write-up (做法). */
public record Demonstration(long id, int year, DemonstrationKind kind, String uscc, String name, String regionCode,
                            String regionName, String title, String practice, String createdBy, OffsetDateTime createdAt,
                            OffsetDateTime updatedAt, int version, int attachmentCount) {

    Demonstration named(String enterpriseName, String region) {
        return new Demonstration(id, year, kind, uscc, enterpriseName, regionCode, region, title, practice, createdBy,
                createdAt, updatedAt, version, attachmentCount);
    }
}
