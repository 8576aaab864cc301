
package invalid.leqi.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * SuspendForNoncompliance
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "findings",
    "rectificationMonths",
    "interview",
    "target"
})
public class SuspendForNoncompliance {

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
    @JsonProperty("findings")
    private String findings;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("rectificationMonths")
    private Integer rectificationMonths;
    @JsonProperty("interview")
    private Interview__3 interview;
    @JsonProperty("target")
    private Target__6 target;

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

    public SuspendForNoncompliance withType(String type) {
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

    public SuspendForNoncompliance withActor(Actor actor) {
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

    public SuspendForNoncompliance withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("findings")
    public String getFindings() {
        return findings;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("findings")
    public void setFindings(String findings) {
        this.findings = findings;
    }

    public SuspendForNoncompliance withFindings(String findings) {
        this.findings = findings;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("rectificationMonths")
    public Integer getRectificationMonths() {
        return rectificationMonths;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("rectificationMonths")
    public void setRectificationMonths(Integer rectificationMonths) {
        this.rectificationMonths = rectificationMonths;
    }

    public SuspendForNoncompliance withRectificationMonths(Integer rectificationMonths) {
        this.rectificationMonths = rectificationMonths;
        return this;
    }

    @JsonProperty("interview")
    public Interview__3 getInterview() {
        return interview;
    }

    @JsonProperty("interview")
    public void setInterview(Interview__3 interview) {
        this.interview = interview;
    }

    public SuspendForNoncompliance withInterview(Interview__3 interview) {
        this.interview = interview;
        return this;
    }

    @JsonProperty("target")
    public Target__6 getTarget() {
        return target;
    }

    @JsonProperty("target")
    public void setTarget(Target__6 target) {
        this.target = target;
    }

    public SuspendForNoncompliance withTarget(Target__6 target) {
        this.target = target;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(SuspendForNoncompliance.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("findings");
        sb.append('=');
        sb.append(((this.findings == null)?"<null>":this.findings));
        sb.append(',');
        sb.append("rectificationMonths");
        sb.append('=');
        sb.append(((this.rectificationMonths == null)?"<null>":this.rectificationMonths));
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
        result = ((result* 31)+((this.findings == null)? 0 :this.findings.hashCode()));
        result = ((result* 31)+((this.rectificationMonths == null)? 0 :this.rectificationMonths.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.interview == null)? 0 :this.interview.hashCode()));
        result = ((result* 31)+((this.target == null)? 0 :this.target.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof SuspendForNoncompliance) == false) {
            return false;
        }
        SuspendForNoncompliance rhs = ((SuspendForNoncompliance) other);
        return ((((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.findings == rhs.findings)||((this.findings!= null)&&this.findings.equals(rhs.findings))))&&((this.rectificationMonths == rhs.rectificationMonths)||((this.rectificationMonths!= null)&&this.rectificationMonths.equals(rhs.rectificationMonths))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.interview == rhs.interview)||((this.interview!= null)&&this.interview.equals(rhs.interview))))&&((this.target == rhs.target)||((this.target!= null)&&this.target.equals(rhs.target))));
    }

}
