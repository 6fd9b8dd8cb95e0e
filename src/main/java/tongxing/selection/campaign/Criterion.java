package tongxing.selection.campaign;

/** One scoring criterion (评分项) and its weight in percent. */
public record Criterion(int position, String name, int weight) {
}
