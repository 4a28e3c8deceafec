/**
 * Mapping a CRM's row-shaped records (column name to value) onto the domain, without any
 * dependency: {@link io.ssi.core.mapping.Row} holds one record; a
 * {@link io.ssi.core.mapping.TypeTable} turns a CRM's type or subject values into
 * {@link io.ssi.core.ActivityType}s; {@link io.ssi.core.mapping.ActivityRows} maps rows to
 * activities per owner, with ready-made mappings for Sales Navigator's Salesforce Task writeback
 * and HubSpot's LinkedIn message communications, and reports what it could not map in a
 * {@link io.ssi.core.mapping.MappingReport}; {@link io.ssi.core.mapping.JobTitles} guesses a
 * {@link io.ssi.core.Seniority} from a free-text job title; {@link io.ssi.core.mapping.CrmValues}
 * reads counts such as "500+" and CRM dates and times.
 *
 * <p>Null contract: no method accepts or returns {@code null}; a value that may be absent is an
 * {@link java.util.Optional}, and a blank cell counts as absent. Every type here is immutable
 * and thread-safe, except the builders. Nothing here logs: cell values are often personal data.
 */
package io.ssi.core.mapping;
