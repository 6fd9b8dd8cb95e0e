package tongxing.wage.publication;

import org.springframework.stereotype.Service;
import tongxing.platform.web.NotFoundException;
import tongxing.wage.guideline.CellFilter;
import tongxing.wage.guideline.Edition;
import tongxing.wage.guideline.Editions;
import tongxing.wage.guideline.GuidelineCells;
import tongxing.wage.guideline.GuidelineRow;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the public may see: only published editions (the latest of a year), only cells whose
 * values exist, which for a suppressed cell they never do.
 */
@Service
public class PublishedGuidelines {

    private final Editions editions;
    private final GuidelineCells cells;

    PublishedGuidelines(Editions editions, GuidelineCells cells) {
        this.editions = editions;
        this.cells = cells;
    }

    public List<Integer> years() {
        return editions.publishedYears();
    }

    /** The published edition of the year, or of the latest published year when none is given. */
    public Optional<Edition> edition(Integer year) {
        if (year != null) return editions.latestPublished(year);
        return years().stream().findFirst().flatMap(editions::latestPublished);
    }

    public Edition require(Integer year) {
        return edition(year).orElseThrow(NotFoundException::new);
    }

    public GuidelineCells.Page page(Edition e, CellFilter filter, int page, int size) {
        if (!e.published()) throw new NotFoundException();
        return cells.page(e.id(), filter, page, size);
    }

    public void stream(Edition e, CellFilter filter, Consumer<GuidelineRow> sink) {
        if (!e.published()) throw new NotFoundException();
        cells.stream(e.id(), filter, sink);
    }
}
