package io.ssi.examples.spark;

import io.ssi.core.CompactResult;

import java.io.Serializable;

/**
 * One output row of {@link SparkNightlyJob}: a member's total, pillars, band and model version,
 * or the failure that kept the member from being scored. A Java bean, as Spark's bean encoder
 * needs; {@code band} is null on a failure and {@code failure} is null on success, as columns
 * of a table are.
 */
public final class MemberScoreRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String memberId;
    private double total;
    private double professionalBrand;
    private double findRightPeople;
    private double engageWithInsights;
    private double buildRelationships;
    private String band;
    private String modelVersion;
    private String failure;

    /** For Spark's bean encoder. */
    public MemberScoreRow() {
    }

    /**
     * The row of one member's compact result.
     *
     * @param memberId the member's id, from the members table
     * @param r        the result
     * @return the row
     */
    public static MemberScoreRow of(String memberId, CompactResult r) {
        MemberScoreRow row = new MemberScoreRow();
        row.memberId = memberId;
        row.total = r.total();
        row.professionalBrand = r.professionalBrand();
        row.findRightPeople = r.findRightPeople();
        row.engageWithInsights = r.engageWithInsights();
        row.buildRelationships = r.buildRelationships();
        row.band = r.band().map(Enum::name).orElse(null);
        row.modelVersion = r.modelVersion();
        row.failure = r.failure().orElse(null);
        return row;
    }

    /** @return the member's id */
    public String getMemberId() {
        return memberId;
    }

    /** @param memberId the member's id */
    public void setMemberId(String memberId) {
        this.memberId = memberId;
    }

    /** @return the total, 0 on a failure */
    public double getTotal() {
        return total;
    }

    /** @param total the total */
    public void setTotal(double total) {
        this.total = total;
    }

    /** @return the professional-brand points */
    public double getProfessionalBrand() {
        return professionalBrand;
    }

    /** @param points the professional-brand points */
    public void setProfessionalBrand(double points) {
        this.professionalBrand = points;
    }

    /** @return the find-the-right-people points */
    public double getFindRightPeople() {
        return findRightPeople;
    }

    /** @param points the find-the-right-people points */
    public void setFindRightPeople(double points) {
        this.findRightPeople = points;
    }

    /** @return the engage-with-insights points */
    public double getEngageWithInsights() {
        return engageWithInsights;
    }

    /** @param points the engage-with-insights points */
    public void setEngageWithInsights(double points) {
        this.engageWithInsights = points;
    }

    /** @return the build-relationships points */
    public double getBuildRelationships() {
        return buildRelationships;
    }

    /** @param points the build-relationships points */
    public void setBuildRelationships(double points) {
        this.buildRelationships = points;
    }

    /** @return the band's name, null on a failure */
    public String getBand() {
        return band;
    }

    /** @param band the band's name */
    public void setBand(String band) {
        this.band = band;
    }

    /** @return the model version */
    public String getModelVersion() {
        return modelVersion;
    }

    /** @param modelVersion the model version */
    public void setModelVersion(String modelVersion) {
        this.modelVersion = modelVersion;
    }

    /** @return why the member was not scored, null on success */
    public String getFailure() {
        return failure;
    }

    /** @param failure why the member was not scored */
    public void setFailure(String failure) {
        this.failure = failure;
    }
}
