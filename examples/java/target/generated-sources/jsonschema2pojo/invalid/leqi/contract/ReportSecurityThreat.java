
package invalid.leqi.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * ReportSecurityThreat
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "details",
    "observationMonths",
    "limit",
    "interview",
    "target"
})
public class ReportSecurityThreat {

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    private String type;
    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    private Actor actor;
    @JsonProperty("requestId")
    private String requestId;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("details")
    private String details;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("observationMonths")
    private Integer observationMonths;
    @JsonProperty("limit")
    private Integer limit;
    @JsonProperty("interview")
    private Interview__2 interview;
    @JsonProperty("target")
    private Target__3 target;

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    public String getType() {
        return type;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("type")
    public void setType(String type) {
        this.type = type;
    }

    public ReportSecurityThreat withType(String type) {
        this.type = type;
        return this;
    }

    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    public Actor getActor() {
        return actor;
    }

    /**
     * Actor
     * <p>
     * 
     * (Required)
     * 
     */
    @JsonProperty("actor")
    public void setActor(Actor actor) {
        this.actor = actor;
    }

    public ReportSecurityThreat withActor(Actor actor) {
        this.actor = actor;
        return this;
    }

    @JsonProperty("requestId")
    public String getRequestId() {
        return requestId;
    }

    @JsonProperty("requestId")
    public void setRequestId(String requestId) {
        this.requestId = requestId;
    }

    public ReportSecurityThreat withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("details")
    public String getDetails() {
        return details;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("details")
    public void setDetails(String details) {
        this.details = details;
    }

    public ReportSecurityThreat withDetails(String details) {
        this.details = details;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("observationMonths")
    public Integer getObservationMonths() {
        return observationMonths;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("observationMonths")
    public void setObservationMonths(Integer observationMonths) {
        this.observationMonths = observationMonths;
    }

    public ReportSecurityThreat withObservationMonths(Integer observationMonths) {
        this.observationMonths = observationMonths;
        return this;
    }

    @JsonProperty("limit")
    public Integer getLimit() {
        return limit;
    }

    @JsonProperty("limit")
    public void setLimit(Integer limit) {
        this.limit = limit;
    }

    public ReportSecurityThreat withLimit(Integer limit) {
        this.limit = limit;
        return this;
    }

    @JsonProperty("interview")
    public Interview__2 getInterview() {
        return interview;
    }

    @JsonProperty("interview")
    public void setInterview(Interview__2 interview) {
        this.interview = interview;
    }

    public ReportSecurityThreat withInterview(Interview__2 interview) {
        this.interview = interview;
        return this;
    }

    @JsonProperty("target")
    public Target__3 getTarget() {
        return target;
    }

    @JsonProperty("target")
    public void setTarget(Target__3 target) {
        this.target = target;
    }

    public ReportSecurityThreat withTarget(Target__3 target) {
        this.target = target;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(ReportSecurityThreat.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
        sb.append("type");
        sb.append('=');
        sb.append(((this.type == null)?"<null>":this.type));
        sb.append(',');
        sb.append("actor");
        sb.append('=');
        sb.append(((this.actor == null)?"<null>":this.actor));
        sb.append(',');
        sb.append("requestId");
        sb.append('=');
        sb.append(((this.requestId == null)?"<null>":this.requestId));
        sb.append(',');
        sb.append("details");
        sb.append('=');
        sb.append(((this.details == null)?"<null>":this.details));
        sb.append(',');
        sb.append("observationMonths");
        sb.append('=');
        sb.append(((this.observationMonths == null)?"<null>":this.observationMonths));
        sb.append(',');
        sb.append("limit");
        sb.append('=');
        sb.append(((this.limit == null)?"<null>":this.limit));
        sb.append(',');
        sb.append("interview");
        sb.append('=');
        sb.append(((this.interview == null)?"<null>":this.interview));
        sb.append(',');
        sb.append("target");
        sb.append('=');
        sb.append(((this.target == null)?"<null>":this.target));
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
        result = ((result* 31)+((this.actor == null)? 0 :this.actor.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.limit == null)? 0 :this.limit.hashCode()));
        result = ((result* 31)+((this.details == null)? 0 :this.details.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.interview == null)? 0 :this.interview.hashCode()));
        result = ((result* 31)+((this.observationMonths == null)? 0 :this.observationMonths.hashCode()));
        result = ((result* 31)+((this.target == null)? 0 :this.target.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof ReportSecurityThreat) == false) {
            return false;
        }
        ReportSecurityThreat rhs = ((ReportSecurityThreat) other);
        return (((((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.limit == rhs.limit)||((this.limit!= null)&&this.limit.equals(rhs.limit))))&&((this.details == rhs.details)||((this.details!= null)&&this.details.equals(rhs.details))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.interview == rhs.interview)||((this.interview!= null)&&this.interview.equals(rhs.interview))))&&((this.observationMonths == rhs.observationMonths)||((this.observationMonths!= null)&&this.observationMonths.equals(rhs.observationMonths))))&&((this.target == rhs.target)||((this.target!= null)&&this.target.equals(rhs.target))));
    }

}
