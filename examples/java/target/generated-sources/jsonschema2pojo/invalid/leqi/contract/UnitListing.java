
package invalid.leqi.contract;

import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * UnitListing
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "unitId",
    "workflowId",
    "runId",
    "status",
    "phase",
    "termEndsAt",
    "nextDeadline",
    "concurrencyLimit",
    "openCases",
    "oldestPending",
    "startedAt"
})
public class UnitListing {

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("unitId")
    @JsonPropertyDescription("an 18-character unified social credit code (GB 32100-2015)")
    private String unitId;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("workflowId")
    private String workflowId;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("runId")
    private String runId;
    /**
     * the workflow status: RUNNING, or COMPLETED etc. for a closed record
     * (Required)
     * 
     */
    @JsonProperty("status")
    @JsonPropertyDescription("the workflow status: RUNNING, or COMPLETED etc. for a closed record")
    private String status;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("phase")
    private Object phase;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("termEndsAt")
    private Object termEndsAt;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("nextDeadline")
    private Object nextDeadline;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("concurrencyLimit")
    private Double concurrencyLimit;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("openCases")
    private Double openCases;
    /**
     * T-18: since when its oldest request waits for an officer
     * (Required)
     * 
     */
    @JsonProperty("oldestPending")
    @JsonPropertyDescription("T-18: since when its oldest request waits for an officer")
    private Object oldestPending;
    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("startedAt")
    @JsonPropertyDescription("an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1")
    private String startedAt;
    @JsonIgnore
    private Map<String, Object> additionalProperties = new LinkedHashMap<String, Object>();

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("unitId")
    public String getUnitId() {
        return unitId;
    }

    /**
     * Uscc
     * <p>
     * an 18-character unified social credit code (GB 32100-2015)
     * (Required)
     * 
     */
    @JsonProperty("unitId")
    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public UnitListing withUnitId(String unitId) {
        this.unitId = unitId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("workflowId")
    public String getWorkflowId() {
        return workflowId;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("workflowId")
    public void setWorkflowId(String workflowId) {
        this.workflowId = workflowId;
    }

    public UnitListing withWorkflowId(String workflowId) {
        this.workflowId = workflowId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("runId")
    public String getRunId() {
        return runId;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("runId")
    public void setRunId(String runId) {
        this.runId = runId;
    }

    public UnitListing withRunId(String runId) {
        this.runId = runId;
        return this;
    }

    /**
     * the workflow status: RUNNING, or COMPLETED etc. for a closed record
     * (Required)
     * 
     */
    @JsonProperty("status")
    public String getStatus() {
        return status;
    }

    /**
     * the workflow status: RUNNING, or COMPLETED etc. for a closed record
     * (Required)
     * 
     */
    @JsonProperty("status")
    public void setStatus(String status) {
        this.status = status;
    }

    public UnitListing withStatus(String status) {
        this.status = status;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("phase")
    public Object getPhase() {
        return phase;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("phase")
    public void setPhase(Object phase) {
        this.phase = phase;
    }

    public UnitListing withPhase(Object phase) {
        this.phase = phase;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("termEndsAt")
    public Object getTermEndsAt() {
        return termEndsAt;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("termEndsAt")
    public void setTermEndsAt(Object termEndsAt) {
        this.termEndsAt = termEndsAt;
    }

    public UnitListing withTermEndsAt(Object termEndsAt) {
        this.termEndsAt = termEndsAt;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("nextDeadline")
    public Object getNextDeadline() {
        return nextDeadline;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("nextDeadline")
    public void setNextDeadline(Object nextDeadline) {
        this.nextDeadline = nextDeadline;
    }

    public UnitListing withNextDeadline(Object nextDeadline) {
        this.nextDeadline = nextDeadline;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("concurrencyLimit")
    public Double getConcurrencyLimit() {
        return concurrencyLimit;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("concurrencyLimit")
    public void setConcurrencyLimit(Double concurrencyLimit) {
        this.concurrencyLimit = concurrencyLimit;
    }

    public UnitListing withConcurrencyLimit(Double concurrencyLimit) {
        this.concurrencyLimit = concurrencyLimit;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("openCases")
    public Double getOpenCases() {
        return openCases;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("openCases")
    public void setOpenCases(Double openCases) {
        this.openCases = openCases;
    }

    public UnitListing withOpenCases(Double openCases) {
        this.openCases = openCases;
        return this;
    }

    /**
     * T-18: since when its oldest request waits for an officer
     * (Required)
     * 
     */
    @JsonProperty("oldestPending")
    public Object getOldestPending() {
        return oldestPending;
    }

    /**
     * T-18: since when its oldest request waits for an officer
     * (Required)
     * 
     */
    @JsonProperty("oldestPending")
    public void setOldestPending(Object oldestPending) {
        this.oldestPending = oldestPending;
    }

    public UnitListing withOldestPending(Object oldestPending) {
        this.oldestPending = oldestPending;
        return this;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("startedAt")
    public String getStartedAt() {
        return startedAt;
    }

    /**
     * Instant
     * <p>
     * an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1
     * (Required)
     * 
     */
    @JsonProperty("startedAt")
    public void setStartedAt(String startedAt) {
        this.startedAt = startedAt;
    }

    public UnitListing withStartedAt(String startedAt) {
        this.startedAt = startedAt;
        return this;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalProperties() {
        return this.additionalProperties;
    }

    @JsonAnySetter
    public void setAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
    }

    public UnitListing withAdditionalProperty(String name, Object value) {
        this.additionalProperties.put(name, value);
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(UnitListing.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("unitId");
        sb.append('=');
        sb.append(((this.unitId == null)?"<null>":this.unitId));
        sb.append(',');
        sb.append("workflowId");
        sb.append('=');
        sb.append(((this.workflowId == null)?"<null>":this.workflowId));
        sb.append(',');
        sb.append("runId");
        sb.append('=');
        sb.append(((this.runId == null)?"<null>":this.runId));
        sb.append(',');
        sb.append("status");
        sb.append('=');
        sb.append(((this.status == null)?"<null>":this.status));
        sb.append(',');
        sb.append("phase");
        sb.append('=');
        sb.append(((this.phase == null)?"<null>":this.phase));
        sb.append(',');
        sb.append("termEndsAt");
        sb.append('=');
        sb.append(((this.termEndsAt == null)?"<null>":this.termEndsAt));
        sb.append(',');
        sb.append("nextDeadline");
        sb.append('=');
        sb.append(((this.nextDeadline == null)?"<null>":this.nextDeadline));
        sb.append(',');
        sb.append("concurrencyLimit");
        sb.append('=');
        sb.append(((this.concurrencyLimit == null)?"<null>":this.concurrencyLimit));
        sb.append(',');
        sb.append("openCases");
        sb.append('=');
        sb.append(((this.openCases == null)?"<null>":this.openCases));
        sb.append(',');
        sb.append("oldestPending");
        sb.append('=');
        sb.append(((this.oldestPending == null)?"<null>":this.oldestPending));
        sb.append(',');
        sb.append("startedAt");
        sb.append('=');
        sb.append(((this.startedAt == null)?"<null>":this.startedAt));
        sb.append(',');
        sb.append("additionalProperties");
        sb.append('=');
        sb.append(((this.additionalProperties == null)?"<null>":this.additionalProperties));
        sb.append(',');
        if (sb.charAt((sb.length()- 1)) == ',') {
            sb.setCharAt((sb.length()- 1), ']');
        } else {
            sb.append(']');
        }
        return sb.toString();
    }

    @Override
    public int hashCode() {
        int result = 1;
        result = ((result* 31)+((this.phase == null)? 0 :this.phase.hashCode()));
        result = ((result* 31)+((this.openCases == null)? 0 :this.openCases.hashCode()));
        result = ((result* 31)+((this.startedAt == null)? 0 :this.startedAt.hashCode()));
        result = ((result* 31)+((this.concurrencyLimit == null)? 0 :this.concurrencyLimit.hashCode()));
        result = ((result* 31)+((this.nextDeadline == null)? 0 :this.nextDeadline.hashCode()));
        result = ((result* 31)+((this.termEndsAt == null)? 0 :this.termEndsAt.hashCode()));
        result = ((result* 31)+((this.oldestPending == null)? 0 :this.oldestPending.hashCode()));
        result = ((result* 31)+((this.unitId == null)? 0 :this.unitId.hashCode()));
        result = ((result* 31)+((this.runId == null)? 0 :this.runId.hashCode()));
        result = ((result* 31)+((this.additionalProperties == null)? 0 :this.additionalProperties.hashCode()));
        result = ((result* 31)+((this.workflowId == null)? 0 :this.workflowId.hashCode()));
        result = ((result* 31)+((this.status == null)? 0 :this.status.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof UnitListing) == false) {
            return false;
        }
        UnitListing rhs = ((UnitListing) other);
        return (((((((((((((this.phase == rhs.phase)||((this.phase!= null)&&this.phase.equals(rhs.phase)))&&((this.openCases == rhs.openCases)||((this.openCases!= null)&&this.openCases.equals(rhs.openCases))))&&((this.startedAt == rhs.startedAt)||((this.startedAt!= null)&&this.startedAt.equals(rhs.startedAt))))&&((this.concurrencyLimit == rhs.concurrencyLimit)||((this.concurrencyLimit!= null)&&this.concurrencyLimit.equals(rhs.concurrencyLimit))))&&((this.nextDeadline == rhs.nextDeadline)||((this.nextDeadline!= null)&&this.nextDeadline.equals(rhs.nextDeadline))))&&((this.termEndsAt == rhs.termEndsAt)||((this.termEndsAt!= null)&&this.termEndsAt.equals(rhs.termEndsAt))))&&((this.oldestPending == rhs.oldestPending)||((this.oldestPending!= null)&&this.oldestPending.equals(rhs.oldestPending))))&&((this.unitId == rhs.unitId)||((this.unitId!= null)&&this.unitId.equals(rhs.unitId))))&&((this.runId == rhs.runId)||((this.runId!= null)&&this.runId.equals(rhs.runId))))&&((this.additionalProperties == rhs.additionalProperties)||((this.additionalProperties!= null)&&this.additionalProperties.equals(rhs.additionalProperties))))&&((this.workflowId == rhs.workflowId)||((this.workflowId!= null)&&this.workflowId.equals(rhs.workflowId))))&&((this.status == rhs.status)||((this.status!= null)&&this.status.equals(rhs.status))));
    }

}
