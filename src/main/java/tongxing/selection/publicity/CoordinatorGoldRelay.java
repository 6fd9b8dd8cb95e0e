package tongxing.selection.publicity;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tongxing.coordinator.GoldAwards;
import tongxing.selection.Category;
import tongxing.selection.GoldAwarded;

/**
 * Tells the coordinator program about gold coordinators. Synchronous, inside the transaction that
 * makes the campaign FINAL, so the award and the final state commit together. It lives here, not in
 * the coordinator module, because selection already depends on coordinator; a listener over there
 * would need this module's event type and close a cycle. Coordinators typed by hand ("M:…") have no
 * registry record and are skipped.
 */
@Component
class CoordinatorGoldRelay {

    private final GoldAwards goldAwards;

    CoordinatorGoldRelay(GoldAwards goldAwards) {
        this.goldAwards = goldAwards;
    }

    @EventListener
    void on(GoldAwarded award) {
        if (award.category() != Category.COORDINATOR || award.nomineeRef() == null) return;
        if (!award.nomineeRef().matches("\\d{1,18}")) return;
        goldAwards.record(Long.parseLong(award.nomineeRef()), award.year(), award.campaignId());
    }
}
