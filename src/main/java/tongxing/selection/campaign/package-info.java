/**
 * Selection campaigns: the office's settings (year, category, quota, deadlines, criteria, city quotas) and
 * the campaign's state. {@link tongxing.selection.campaign.Campaigns} is exposed to the demo data loader.
 */
@org.springframework.modulith.NamedInterface("campaign")
package tongxing.selection.campaign;
