package tongxing.platform.api;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a request body that must be a JSON array of at most {@code maxItems} elements. It
 * streams, so an oversized batch is refused at its first extra element instead of being held
 * in memory whole; each element is returned as a tree, so one bad element cannot spoil the
 * others (the endpoint reports it per item).
 */
@Component
public class JsonBatchReader {

    private final JsonMapper mapper;
    private final ObjectReader elementReader;

    JsonBatchReader(JsonMapper mapper) {
        this.mapper = mapper;
        // Each element is followed by the next one: that is not a "trailing token" here.
        this.elementReader = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public List<JsonNode> readArray(InputStream body, int maxItems) {
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken token = parser.nextToken();
            if (token == null) throw ApiRequestRejected.malformed("api.problem.emptyBody");
            if (token != JsonToken.START_ARRAY) throw ApiRequestRejected.malformed("api.problem.notArray");
            List<JsonNode> items = new ArrayList<>();
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) throw ApiRequestRejected.malformed("api.problem.truncated");
                if (items.size() == maxItems) throw ApiRequestRejected.tooLarge(maxItems);
                items.add(elementReader.readTree(parser));
            }
            if (parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentLocation();
                throw ApiRequestRejected.malformed("api.problem.trailing", at.getLineNr(), at.getColumnNr());
            }
            return items;
        } catch (JacksonException e) {
            throw malformed(e);
        }
    }

    /** Names where and why the JSON is broken, without exception class names or source excerpts. */
    static ApiRequestRejected malformed(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        // The parser's own words ("Unexpected character ... was expecting ...") name the problem;
        // binding errors may mention Java types, so they are not passed on.
        String why = e instanceof StreamReadException && e.getOriginalMessage() != null ? e.getOriginalMessage() : "";
        boolean located = at != null && at.getLineNr() > 0;
        if (why.isEmpty()) return located
                ? ApiRequestRejected.malformed("api.problem.malformedJsonAt", at.getLineNr(), at.getColumnNr())
                : ApiRequestRejected.malformed("api.problem.unreadable");
        return located
                ? ApiRequestRejected.malformed("api.problem.malformedJson", at.getLineNr(), at.getColumnNr(), why)
                : ApiRequestRejected.malformed("api.problem.malformedJsonNoLocation", why);
    }
}
