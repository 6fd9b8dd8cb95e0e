package tongxing.selection.nomination;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tongxing.coordinator.CoordinatorSummary;
import tongxing.coordinator.Coordinators;
import tongxing.platform.audit.AuditAction;
import tongxing.platform.audit.AuditLog;
import tongxing.platform.i18n.Texts;
import tongxing.platform.region.Regions;
import tongxing.platform.security.CurrentUser;
import tongxing.platform.security.Role;
import tongxing.platform.validation.ValidationException;
import tongxing.platform.validation.Violation;
import tongxing.platform.web.NotFoundException;
import tongxing.selection.Category;
import tongxing.selection.HainanDate;
import tongxing.selection.SelectionAccess;
import tongxing.selection.campaign.Campaign;
import tongxing.selection.campaign.Campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 推荐: a city bureau (in its region, within its quota, before the deadline) or a provincial party
 * (province-wide) enters nominees, then recommends (submits) them to the office in one step.
 */
@Service
public class Nominations {

    private final JdbcClient jdbc;
    private final Campaigns campaigns;
    private final CandidateOrgs orgs;
    private final Regions regions;
    private final Coordinators coordinators;
    private final AuditLog audit;
    private final Texts texts;

    Nominations(JdbcClient jdbc, Campaigns campaigns, CandidateOrgs orgs, Regions regions, Coordinators coordinators,
                AuditLog audit, Texts texts) {
        this.jdbc = jdbc;
        this.coordinators = coordinators;
        this.campaigns = campaigns;
        this.orgs = orgs;
        this.regions = regions;
        this.audit = audit;
        this.texts = texts;
    }

    @Transactional
    public long nominate(long campaignId, NominationDraft draft) {
        CurrentUser user = SelectionAccess.requireNominator();
        Campaign c = campaigns.find(user, campaignId);
        // One nomination of a campaign at a time, so that two clerks cannot both take the last quota place.
        jdbc.sql("SELECT id FROM selection_campaign WHERE id = :id FOR UPDATE").param("id", campaignId).query(Long.class).single();
        NominationRules.open(texts, c, HainanDate.today()).ifPresent(v -> { throw new ValidationException(List.of(v)); });
        String nominatingRegion = NominationRules.nominatingRegion(user);
        int used = jdbc.sql("SELECT count(*) FROM selection_nomination WHERE campaign_id = :c AND nominating_region = :r")
                .param("c", campaignId).param("r", nominatingRegion).query(Integer.class).single();
        NominationRules.withinQuota(texts, c, nominatingRegion, used).ifPresent(v -> { throw new ValidationException(List.of(v)); });

        List<Violation> problems = new ArrayList<>(NominationRules.fields(texts, draft, c.category().nomineeIsPerson()));
        String ref;
        String name;
        String region;
        String skillLevel = trim(draft.skillLevel());
        if (c.category().nomineeIsPerson() && draft.coordinatorId() != null) {
            // A registered coordinator: identity, name, region and skill level come from the coordinator program.
            CoordinatorSummary coordinator = coordinators.find(user.scope(), draft.coordinatorId()).orElse(null);
            if (coordinator == null) problems.add(new Violation("coordinatorId", texts.get("selection.nomination.error.coordinator")));
            ref = coordinator == null ? null : String.valueOf(coordinator.id());
            name = coordinator == null ? null : coordinator.name();
            region = coordinator == null ? null : coordinator.regionCode();
            if (coordinator != null && coordinator.skillLevel() != null) skillLevel = texts.stored("coordinator.level." + coordinator.skillLevel().name());
        } else if (c.category().nomineeIsPerson()) {
            // Not registered yet: as typed, under a reference that cannot collide with registry ids.
            ref = trim(draft.nomineeRef()) == null ? null : "M:" + trim(draft.nomineeRef());
            name = trim(draft.nomineeName());
            region = user.role() == Role.CITY_STAFF ? user.regionCode() : trim(draft.regionCode());
            if (region == null || !regions.isCity(region)) problems.add(new Violation("regionCode", texts.get("selection.nomination.error.nomineeRegion")));
        } else {
            CandidateOrg org = draft.candidateOrgId() == null ? null : orgs.find(draft.candidateOrgId())
                    .filter(o -> o.kind().equals(c.category().name())).orElse(null);
            if (draft.candidateOrgId() != null && org == null) problems.add(new Violation("candidateOrgId", texts.get("selection.nomination.error.orgNotFound")));
            ref = org == null ? null : String.valueOf(org.id());
            name = org == null ? null : org.name();
            region = org == null ? null : org.regionCode();
        }
        if (region != null) NominationRules.regionAllowed(texts, user, region).ifPresent(problems::add);
        if (ref != null && problems.isEmpty()) {
            boolean dup = jdbc.sql("""
                            SELECT count(*) FROM selection_nomination
                            WHERE campaign_id = :c AND nominee_type = :t AND nominee_ref = :r""")
                    .param("c", campaignId).param("t", c.category().name()).param("r", ref).query(Integer.class).single() > 0;
            if (dup) problems.add(new Violation(c.category().nomineeIsPerson() ? "nomineeRef" : "candidateOrgId", texts.get("selection.nomination.error.duplicate", name)));
        }
        if (!problems.isEmpty()) throw new ValidationException(problems);

        long id = jdbc.sql("""
                        INSERT INTO selection_nomination (campaign_id, nominee_type, nominee_ref, nominee_name, region_code,
                               unit_post, skill_level, reasons, nominating_region, nominating_org_id, nominated_by)
                        VALUES (:c, :t, :ref, :name, :region, :unit, :skill, :reasons, :nr, :org, :by) RETURNING id""")
                .param("c", campaignId).param("t", c.category().name()).param("ref", ref).param("name", name)
                .param("region", region).param("unit", trim(draft.unitPost())).param("skill", skillLevel)
                .param("reasons", draft.reasons().strip()).param("nr", nominatingRegion).param("org", user.organizationId())
                .param("by", user.username())
                .query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("campaign", campaignId);
        after.put("nominee", name);
        after.put("ref", ref);
        after.put("region", region);
        audit.record(AuditAction.CREATE, "selection_nomination", String.valueOf(id), "推荐：" + name, null, after);
        return id;
    }

    /** 推荐上报: the user's region submits all its draft nominations of the campaign; returns how many. */
    @Transactional
    public int submitAll(long campaignId) {
        CurrentUser user = SelectionAccess.requireNominator();
        Campaign c = campaigns.find(user, campaignId);
        NominationRules.open(texts, c, HainanDate.today()).ifPresent(v -> { throw new ValidationException(List.of(v)); });
        int n = jdbc.sql("""
                        UPDATE selection_nomination SET status = 'SUBMITTED', submitted_at = now(), version = version + 1
                        WHERE campaign_id = :c AND nominating_region = :r AND status = 'DRAFT'""")
                .param("c", campaignId).param("r", NominationRules.nominatingRegion(user)).update();
        if (n == 0) throw new ValidationException("nominations", texts.get("selection.nomination.error.nothingToSubmit"));
        audit.record(AuditAction.UPDATE, "selection_campaign", String.valueOf(campaignId),
                "上报推荐 " + n + " 个（" + regions.name(NominationRules.nominatingRegion(user)) + "）");
        return n;
    }

    /** The nominations of a campaign the user may see. */
    public List<Nomination> list(CurrentUser user, Campaign c) {
        return jdbc.sql("SELECT * FROM selection_nomination WHERE campaign_id = :c ORDER BY nominating_region, id")
                .param("c", c.id()).query(Nominations::map).list()
                .stream().filter(n -> maySee(user, c, n)).toList();
    }

    /** One nomination the user may see, else 404. */
    public Nomination find(CurrentUser user, long id) {
        Nomination n = get(id).orElseThrow(NotFoundException::new);
        Campaign c = campaigns.find(user, n.campaignId());
        if (!maySee(user, c, n)) throw new NotFoundException();
        return n;
    }

    public Optional<Nomination> get(long id) {
        return jdbc.sql("SELECT * FROM selection_nomination WHERE id = :id").param("id", id).query(Nominations::map).optional();
    }

    /** The office and the provincial parties see all; a city its own region's; a reviewer the submitted ones. */
    boolean maySee(CurrentUser user, Campaign c, Nomination n) {
        if (user.role() == Role.PROVINCE_ADMIN || user.role() == Role.PROVINCE_PARTY) return true;
        if (user.role() == Role.CITY_STAFF)
            return user.regionCode().equals(n.nominatingRegion()) || user.regionCode().equals(n.regionCode());
        return n.submitted() && campaigns.isReviewer(c.id(), user.id());
    }

    /** May the user still change this nomination (add materials)? Its own region, still a draft, campaign open. */
    public boolean mayEdit(CurrentUser user, Campaign c, Nomination n) {
        return SelectionAccess.NOMINATORS.contains(user.role())
                && NominationRules.nominatingRegion(user).equals(n.nominatingRegion())
                && !n.submitted() && NominationRules.open(texts, c, HainanDate.today()).isEmpty();
    }

    public static Nomination map(ResultSet rs, int i) throws SQLException {
        Long org = rs.getObject("nominating_org_id", Long.class);
        return new Nomination(rs.getLong("id"), rs.getLong("campaign_id"), Category.valueOf(rs.getString("nominee_type")),
                rs.getString("nominee_ref"), rs.getString("nominee_name"), rs.getString("region_code"),
                rs.getString("unit_post"), rs.getString("skill_level"), rs.getString("reasons"),
                rs.getString("nominating_region"), org, rs.getString("nominated_by"),
                rs.getString("status"), rs.getBoolean("winner"), rs.getString("removed_reason"), rs.getInt("version"));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
