/**
 * From a CRM's records to a score: a generated Salesforce export shaped like what Sales
 * Navigator's CRM sync writes ({@link io.ssi.examples.crm.SalesforceExport}), and an example that
 * maps and scores it ({@link io.ssi.examples.crm.CrmExample}).
 *
 * <p>Null contract: no method accepts or returns {@code null}.
 */
package io.ssi.examples.crm;
