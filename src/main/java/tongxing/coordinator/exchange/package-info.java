/**
 * 学习交流平台 (plan 一.3, 搭建学习交流平台): study and exchange sessions for coordinators, their
 * materials and attendance. Province sessions are visible to every region, a city's to that city
 * and the province; only the organizer's region (or the province office) may change them.
 * Attendance with hours counts as training: it owns one {@code coordinator_training} row.
 */
package tongxing.coordinator.exchange;
