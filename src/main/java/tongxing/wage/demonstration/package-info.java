/**
 * Program 7 (薪酬分配制度改革示范): SOE and private pay-reform demonstrations with their attachments. A named
 * interface so that the demo data can create some.
 */
@org.springframework.modulith.NamedInterface("demonstration")
package tongxing.wage.demonstration;
