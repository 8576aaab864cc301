
package invalid.leqi.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;


/**
 * RecordMonitoringRun
 * <p>
 * 
 * 
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "type",
    "actor",
    "requestId",
    "period",
    "findings"
})
public class RecordMonitoringRun {

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
    @JsonProperty("period")
    private String period;
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

    public RecordMonitoringRun withType(String type) {
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

    public RecordMonitoringRun withActor(Actor actor) {
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

    public RecordMonitoringRun withRequestId(String requestId) {
        this.requestId = requestId;
        return this;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("period")
    public String getPeriod() {
        return period;
    }

    /**
     * 
     * (Required)
     * 
     */
    @JsonProperty("period")
    public void setPeriod(String period) {
        this.period = period;
    }

    public RecordMonitoringRun withPeriod(String period) {
        this.period = period;
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

    public RecordMonitoringRun withFindings(String findings) {
        this.findings = findings;
        return this;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append(RecordMonitoringRun.class.getName()).append('@').append(Integer.toHexString(System.identityHashCode(this))).append('[');
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
        sb.append("period");
        sb.append('=');
        sb.append(((this.period == null)?"<null>":this.period));
        sb.append(',');
        sb.append("findings");
        sb.append('=');
        sb.append(((this.findings == null)?"<null>":this.findings));
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
        result = ((result* 31)+((this.period == null)? 0 :this.period.hashCode()));
        result = ((result* 31)+((this.type == null)? 0 :this.type.hashCode()));
        result = ((result* 31)+((this.requestId == null)? 0 :this.requestId.hashCode()));
        result = ((result* 31)+((this.findings == null)? 0 :this.findings.hashCode()));
        return result;
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if ((other instanceof RecordMonitoringRun) == false) {
            return false;
        }
        RecordMonitoringRun rhs = ((RecordMonitoringRun) other);
        return ((((((this.actor == rhs.actor)||((this.actor!= null)&&this.actor.equals(rhs.actor)))&&((this.period == rhs.period)||((this.period!= null)&&this.period.equals(rhs.period))))&&((this.type == rhs.type)||((this.type!= null)&&this.type.equals(rhs.type))))&&((this.requestId == rhs.requestId)||((this.requestId!= null)&&this.requestId.equals(rhs.requestId))))&&((this.findings == rhs.findings)||((this.findings!= null)&&this.findings.equals(rhs.findings))));
    }

}
