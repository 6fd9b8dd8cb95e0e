package tongxing.selection.review;

import tongxing.platform.region.Regions;
import tongxing.selection.nomination.Nomination;

import java.util.Optional;

/**
 * 回避规则: a reviewer does not score a nominee they are close to.
 * <ol>
 *   <li>the reviewer's organization (platform_user.organization_id) made the nomination;</li>
 *   <li>the reviewer is bound to a city or county (not 460000) and the nominee is in that region,
 *       or that region nominated it.</li>
 * </ol>
 * Province-level reviewers of another organization may score anyone. The reason is a message key.
 */
public final class ConflictRule {

    private ConflictRule() {
    }

    public static Optional<String> conflict(Reviewer r, Nomination n) {
        if (r.organizationId() != null && r.organizationId().equals(n.nominatingOrgId()))
            return Optional.of("selection.review.conflict.organization");
        if (!Regions.PROVINCE.equals(r.regionCode())
                && (r.regionCode().equals(n.regionCode()) || r.regionCode().equals(n.nominatingRegion())))
            return Optional.of("selection.review.conflict.region");
        return Optional.empty();
    }
}
