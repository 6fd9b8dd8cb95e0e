package tongxing.enterprise;

/**
 * A line on an enterprise's page in the registry about what another program holds on it (its
 * coordinators, its place on the key-enterprise list, its wage survey return), with where to read more.
 *
 * @param order   where the line goes (the program's number)
 * @param program the program's message key (e.g. {@code menu.program.coordinator})
 * @param summary what the program holds, in words for the user's language
 * @param href    the page of the program about this enterprise, or null
 */
public record EnterpriseWork(int order, String program, String summary, String href) {
}
