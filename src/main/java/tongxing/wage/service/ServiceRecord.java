package tongxing.wage.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** 个性化服务记录: one service given to a surveyed enterprise, as lists and exports show it. */
public record ServiceRecord(long id, int year, String uscc, String name, String regionCode, String regionName,
                            LocalDate servedOn, ServiceKind kind, String staff, String content, String createdBy,
                            OffsetDateTime createdAt, int version) {

    ServiceRecord named(String enterpriseName, String region) {
        return new ServiceRecord(id, year, uscc, enterpriseName, regionCode, region, servedOn, kind, staff, content,
                createdBy, createdAt, version);
    }
}
