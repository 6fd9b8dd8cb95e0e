/**
 * Program 7, 企业薪酬指引计划: the annual wage survey (campaign, collection, validation), wage price
 * guidelines (工资价位, percentiles with small-cell suppression), enterprise feedback reports,
 * personalized services and pay-reform demonstrations.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enterprise wage guidance")
package tongxing.wage;
