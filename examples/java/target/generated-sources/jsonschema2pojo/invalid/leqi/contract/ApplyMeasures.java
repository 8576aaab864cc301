
package invalid.leqi.contract;

import java.util.List;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * ApplyMeasures
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "measures",
    "rectificationMonths",
    "findings",
    "dutyRuleId",
    "interview",
    "target"
})
public class ApplyMeasures {

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
    @JsonProperty("measures")
    private List<Measure> measures;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("rectificationMonths")
    private Integer rectificationMonths;
    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("findings")
    private String findings;
    @JsonProperty("dutyRuleId")
    private String dutyRuleId;
    @JsonProperty("interview")
    private Interview interview;
    @JsonProperty("target")
    private Target target;

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

    public ApplyMeasures withType(String type) {
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

    public ApplyMeasures withActor(Actor actor) {
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

    public ApplyMeasures withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("measures")
    public List<Measure> getMeasures() {
        return measures;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("measures")
    public void setMeasures(List<Measure> measures) {
        this.measures = measures;
    }

    public ApplyMeasures withMeasures(List<Measure> measures) {
        this.measures = measures;
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

    public ApplyMeasures withRectificationMonths(Integer rectificationMonths) {
        this.rectificationMonths = rectificationMonths;
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

    public ApplyMeasures withFindings(String findings) {
        this.findings = findings;
        return this;
    }

    @JsonProperty("dutyRuleId")
    public String getDutyRuleId() {
        return dutyRuleId;
    }

    @JsonProperty("dutyRuleId")
    public void setDutyRuleId(String dutyRuleId) {
        this.dutyRuleId = dutyRuleId;
    }

    public ApplyMeasures withDutyRuleId(String dutyRuleId) {
        this.dutyRuleId = dutyRuleId;
        return this;
    }

    @JsonProperty("interview")
    public Interview getInterview() {
        return interview;
    }

    @JsonProperty("interview")
    public void setInterview(Interview interview) {
        this.interview = interview;
    }

    public ApplyMeasures withInterview(Interview interview) {
        this.interview = interview;
        return this;
    }

    @JsonProperty("target")
    public Target getTarget() {
        return target;
    }

    @JsonProperty("target")
    public void setTarget(Target target) {
        this.target = target;
    }

    public ApplyMeasures withTarget(Target target) {
        this.target = target;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(ApplyMeasures.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("measures");
        sb.append('=');
        sb.append(((this.measures == null)?"<null>":this.measures));
        sb.append(',');
        sb.append("rectificationMonths");
        sb.append('=');
        sb.append(((this.rectificationMonths == null)?"<null>":this.rectificationMonths));
        sb.append(',');
        sb.append("findings");
        sb.append('=');
        sb.append(((this.findings == null)?"<null>":this.findings));
        sb.append(',');
        sb.append("dutyRuleId");
        sb.append('=');
        sb.append(((this.dutyRuleId == null)?"<null>":this.dutyRuleId));
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
        result = ((result* 31)+((this.measures == null)? 0 :this.measures.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.rectificationMonths == null)? 0 :this.rectificationMonths.hashCode()));
        result = ((result* 31)+((this.findings == null)? 0 :this.findings.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.dutyRuleId == null)? 0 :this.dutyRuleId.hashCode()));
        result = ((result* 31)+((this.interview == null)? 0 :this.interview.hashCode()));
        result = ((result* 31)+((this.target == null)? 0 :this.target.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof ApplyMeasures) == false) {
            return false;
        }
        ApplyMeasures rhs = ((ApplyMeasures) other);
        return ((((((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.measures == rhs.measures)||((this.measures!= null)&&this.measures.equals(rhs.measures))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.rectificationMonths == rhs.rectificationMonths)||((this.rectificationMonths!= null)&&this.rectificationMonths.equals(rhs.rectificationMonths))))&&((this.findings == rhs.findings)||((this.findings!= null)&&this.findings.equals(rhs.findings))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.dutyRuleId == rhs.dutyRuleId)||((this.dutyRuleId!= null)&&this.dutyRuleId.equals(rhs.dutyRuleId))))&&((this.interview == rhs.interview)||((this.interview!= null)&&this.interview.equals(rhs.interview))))&&((this.target == rhs.target)||((this.target!= null)&&this.target.equals(rhs.target))));
    }

}
