/**
 * 金牌评选: the gold selections of the plan — 金牌劳动关系协调员 (一.4, 100 a year), 金牌协调劳动关系社会组织
 * (二.4, 3–5), 金牌劳动人事争议调解组织 (三, 10 a year) — as one workflow: campaign → nomination → review →
 * decision → publicity → final, with the certificate and the report to the national office.
 * The API for other modules is {@link tongxing.selection.GoldStatus}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gold selections")
package tongxing.selection;
