package tongxing.wage.publication;

import org.springframework.web.util.UriComponentsBuilder;
import tongxing.wage.guideline.CellFilter;

/** The query string of the current filter, for the download links and the pager. */
final class PublicLinks {

    private PublicLinks() {
    }

    static String query(int year, CellFilter f) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance().queryParam("year", year);
        f.asMap().forEach(b::queryParam);
        return b.encode().build().getQuery();
    }
}
